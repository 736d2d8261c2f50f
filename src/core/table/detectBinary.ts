// Binary data under a text extension (a Parquet file renamed .csv, a zip, an image) would otherwise parse
// into one garbage column. Text logs never contain NUL bytes; UTF-16 files (Excel's "Unicode text")
// start with a byte-order mark we can name.
import { LoadError } from './types';

const MAGIC: readonly (readonly [string, string])[] = [
  ['PAR1', 'a Parquet file (rename it to .parquet)'],
  ['ARROW1', 'an Arrow IPC / Feather file (rename it to .arrow or .feather)'],
  ['PK\u0003\u0004', 'a zip archive (unpack it first)'],
  ['\u001f\u008b', 'a gzip-compressed file (decompress it first)'],
  ['\u0028\u00b5\u002f\u00fd', 'a zstd-compressed file (decompress it first)'],
];

export function checkTextLooksLikeText(path: string, head: Uint8Array, format: string): void {
  const start = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 8)).toString('latin1');
  for (const [magic, what] of MAGIC) {
    if (start.startsWith(magic)) throw new LoadError(`not ${format} text: this is ${what}`, { path, line: 1 });
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new LoadError(`not ${format} text in UTF-8: the file is UTF-16; save it as UTF-8`, { path, line: 1 });
  }
  const nul = head.indexOf(0);
  if (nul !== -1) {
    let line = 1;
    for (let i = 0; i < nul; i++) if (head[i] === 10) line++;
    throw new LoadError(`not ${format} text: binary data (a NUL byte at offset ${nul})`, { path, line });
  }
}
