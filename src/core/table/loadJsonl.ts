// JSON Lines into a LoadedTable: one JSON object per line, parsed with JSON.parse (correctly rounded
// numbers). Nested objects are flattened into dotted names (`{"user":{"region":"eu"}}` gives the column
// `user.region`); arrays are kept as their JSON text; booleans become the categories "true"/"false".
// A line that is not a JSON object is skipped and counted with its line; an unparsable last line
// without a newline is reported as truncated (a log still being written).
import { ChunkedFile } from './chunkedFile';
import { checkTextLooksLikeText } from './detectBinary';
import type { RawColumn } from './columnValues';
import { RowSkips } from './rowSkips';
import { TextColumn } from './textColumn';
import { LoadError, type LoadIssue } from './types';
import type { ReaderContext, ReaderOutput } from './readerContext';

const LF = 10;

export async function readJsonl(context: ReaderContext): Promise<ReaderOutput> {
  const { path, options } = context;
  const file = await ChunkedFile.open(path, context.maxRowBytes, options.signal, context.onBytes);
  const columns = new Map<string, TextColumn>();
  const wanted = options.columns === undefined ? undefined : new Set(options.columns);
  const skips = new RowSkips(path);
  const issues: LoadIssue[] = [];
  let rows = 0;
  let line = 1;
  try {
    await file.refill(0, 1);
    if (file.filled === 0) throw new LoadError('the file is empty: no rows', { path });
    let pos = file.buffer[0] === 0xef && file.buffer[1] === 0xbb && file.buffer[2] === 0xbf ? 3 : 0;
    checkTextLooksLikeText(path, file.buffer.subarray(pos, Math.min(file.filled, 64 << 10)), 'JSON Lines');

    const add = (name: string, value: unknown, lineNo: number): void => {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value)) add(`${name}.${key}`, inner, lineNo);
        return;
      }
      if (wanted !== undefined && !wanted.has(name)) return;
      let column = columns.get(name);
      if (column === undefined) {
        column = new TextColumn(name, path, context.maxCellBytes);
        columns.set(name, column);
      }
      column.padTo(rows);
      if (column.rows > rows) return; // the same key twice in one object: the first wins
      if (value === null || value === undefined) column.addNull();
      else if (typeof value === 'number') column.addNumber(value, lineNo);
      else if (typeof value === 'string') column.addText(value, lineNo);
      else if (typeof value === 'boolean') column.addText(value ? 'true' : 'false', lineNo);
      else column.addText(JSON.stringify(value), lineNo);
    };

    for (;;) {
      let end = file.buffer.indexOf(LF, pos);
      if (end === -1 || end >= file.filled) {
        if (!file.eof) {
          await file.refill(pos, line);
          pos = 0;
          context.progress(file.offset, file.size);
          continue;
        }
        end = file.filled;
        if (pos >= end) break;
      }
      const lastWithoutNewline = end === file.filled;
      let textEnd = end;
      if (textEnd > pos && file.buffer[textEnd - 1] === 13) textEnd--;
      const text = file.buffer.toString('utf8', pos, textEnd);
      pos = end + 1;
      const lineNo = line++;
      if (text.trim() === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        skips.add(lastWithoutNewline ? 'truncated last line (the file ends inside a JSON value)' : 'not valid JSON', lineNo);
        continue;
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        skips.add('not a JSON object', lineNo);
        continue;
      }
      for (const [key, value] of Object.entries(parsed)) add(key, value, lineNo);
      rows++;
      if (pos >= file.filled && file.eof) break;
    }
  } finally {
    await file.close();
  }
  if (wanted !== undefined) {
    const missing = [...wanted].filter((name) => !columns.has(name));
    if (missing.length > 0 && rows > 0) {
      throw new LoadError(`no key named ${missing.map((m) => `'${m}'`).join(', ')} in any row`, { path });
    }
  }
  if (rows === 0 && skips.total === 0) {
    issues.push({ severity: 'warning', message: 'no rows', location: { path, line: 1 } });
  }
  const out: RawColumn[] = [];
  for (const column of columns.values()) {
    column.padTo(rows);
    out.push(column.finish());
  }
  return { columns: out, rows, bytesRead: file.size, skipped: skips.list(), issues };
}
