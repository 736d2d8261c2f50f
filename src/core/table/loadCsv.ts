// CSV and TSV into a LoadedTable: streamed in 4 MiB chunks, fields found on the bytes, numbers parsed
// from the bytes (see parseDecimal.ts), types per textColumn.ts. The first row is the header. Once every
// column's type is settled, plain rows take the fast lane (csvFastRow.ts); the rest the general path.
import { ChunkedFile } from './chunkedFile';
import type { RawColumn } from './columnValues';
import { CsvFastRow } from './csvFastRow';
import { CsvRowScanner, FieldQuoting, NEED_MORE, UNTERMINATED_QUOTE } from './csvRowScanner';
import { checkTextLooksLikeText } from './detectBinary';
import { checkMemoryBudget } from './memoryBudget';
import { projectColumns } from './projectColumns';
import { RowSkips } from './rowSkips';
import { sniffDelimiter } from './sniffDelimiter';
import { TextColumn } from './textColumn';
import { LoadError, type LoadIssue } from './types';
import type { ReaderContext, ReaderOutput } from './readerContext';

const SNIFF_BYTES = 64 << 10;
// Local copies of the scanner's constants: see the note on local bindings in textColumn.ts.
const BARE: number = FieldQuoting.Bare;
const MORE: number = NEED_MORE;
const PROGRESS_ROWS = 1 << 16;
/** How often (in rows) the fast lane is offered until every column's type is settled. */
const FAST_RETRY_ROWS = 1 << 10;
const LF = 10;

export async function readCsv(context: ReaderContext): Promise<ReaderOutput> {
  const { path, options } = context;
  const file = await ChunkedFile.open(path, context.maxRowBytes, options.signal, context.onBytes);
  try {
    await file.refill(0, 1);
    if (file.filled === 0) throw new LoadError('the file is empty: no header, no rows', { path });
    let pos = 0;
    const buffer0 = file.buffer;
    if (buffer0[0] === 0xef && buffer0[1] === 0xbb && buffer0[2] === 0xbf) pos = 3;
    checkTextLooksLikeText(path, buffer0.subarray(pos, Math.min(file.filled, SNIFF_BYTES)), 'CSV');
    const head = buffer0.subarray(pos, Math.min(file.filled, SNIFF_BYTES));
    if (head.indexOf(10) === -1 && head.indexOf(13) !== -1) {
      throw new LoadError('lines end with a bare carriage return (classic Mac OS); convert the file to LF or CRLF line ends', { path, line: 1 });
    }
    const delimiter = options.delimiter ?? (/\.tsv$/i.test(path) ? '\t' : sniffDelimiter(buffer0.subarray(pos, Math.min(file.filled, SNIFF_BYTES))));
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new LoadError(`the delimiter must be one character other than a quote or a line end, got ${JSON.stringify(delimiter)}`, { path });
    }
    const scanner = new CsvRowScanner(delimiter.charCodeAt(0));
    const issues: LoadIssue[] = [];
    const skips = new RowSkips(path);

    // Header.
    let line = 1;
    let next: number;
    while ((next = scanner.scan(file.buffer, pos, file.filled, file.eof)) === NEED_MORE) {
      await file.refill(pos, line);
      pos = 0;
    }
    if (next === UNTERMINATED_QUOTE) throw new LoadError('the header has an unterminated quoted field', { path, line });
    const names = headerNames(scanner, file.buffer, path, issues);
    line += 1 + scanner.quotedNewlines;
    pos = next;

    const wanted = projectColumns(path, names, options.columns);
    if (options.columns !== undefined && names.length > 0) {
      checkMemoryBudget(path, (file.size * wanted.size) / names.length, options.memoryBudgetBytes ?? Infinity, true);
    }
    const expectedRows = estimateRows(file.buffer.subarray(pos, Math.min(file.filled, SNIFF_BYTES)), file.size);
    const sinks: (TextColumn | undefined)[] = names.map((name, i) =>
      wanted.has(i) ? new TextColumn(name, path, context.maxCellBytes, expectedRows) : undefined,
    );
    const fieldCount = names.length;
    const fastRow = new CsvFastRow(delimiter.charCodeAt(0), sinks);
    // The last line end in the buffer: a row starting at or before it ends inside the buffer, which is
    // what the fast lane needs to read it without bounds checks.
    let lastLineEnd = file.buffer.lastIndexOf(LF, file.filled - 1);
    let rows = 0;
    for (;;) {
      if (pos >= file.filled && file.eof) break;
      if (pos <= lastLineEnd && (fastRow.enabled || ((rows & (FAST_RETRY_ROWS - 1)) === 0 && fastRow.tryEnable(rows)))) {
        const after = fastRow.read(file.buffer, pos, rows);
        if (after >= 0) {
          pos = after;
          line++;
          if ((++rows & (PROGRESS_ROWS - 1)) === 0) context.progress(file.offset + pos, file.size);
          continue;
        }
        fastRow.sync();
      }
      next = scanner.scan(file.buffer, pos, file.filled, file.eof);
      if (next === MORE) {
        await file.refill(pos, line);
        pos = 0;
        lastLineEnd = file.buffer.lastIndexOf(LF, file.filled - 1);
        context.progress(file.offset, file.size);
        continue;
      }
      if (next === UNTERMINATED_QUOTE) {
        skips.add('unterminated quoted field (runs to the end of the file)', line);
        break;
      }
      const rowLine = line;
      line += 1 + scanner.quotedNewlines;
      pos = next;
      const count = scanner.count;
      if (count !== fieldCount) {
        const blank = count === 1 && scanner.starts[0] === scanner.ends[0] && scanner.quoting[0] === FieldQuoting.Bare;
        if (!blank) skips.add(`wrong number of fields (expected ${fieldCount})`, rowLine);
        continue;
      }
      const bytes = file.buffer;
      const { starts, ends, quoting } = scanner;
      for (let i = 0; i < fieldCount; i++) {
        const sink = sinks[i];
        if (sink === undefined) continue;
        if (quoting[i] === BARE) sink.addBytes(bytes, starts[i]!, ends[i]!, rowLine);
        else sink.addText(scanner.text(bytes, i), rowLine);
      }
      if ((++rows & (PROGRESS_ROWS - 1)) === 0) context.progress(file.offset + pos, file.size);
    }
    fastRow.sync();
    if (rows === 0 && skips.total === 0) {
      issues.push({ severity: 'warning', message: 'no data rows: the file has a header only', location: { path, line: 1 } });
    }
    const columns: RawColumn[] = [];
    for (const sink of sinks) if (sink !== undefined) columns.push(sink.finish());
    return { columns, rows, bytesRead: file.size, skipped: skips.list(), issues };
  } finally {
    await file.close();
  }
}

/** Rows in the file, from the line length of a sample, 5% over; 0 (no hint) when the sample has no full line. */
function estimateRows(sample: Uint8Array, fileSize: number): number {
  let lines = 0;
  let last = -1;
  for (let i = sample.indexOf(10); i !== -1; i = sample.indexOf(10, i + 1)) {
    lines++;
    last = i;
  }
  if (lines < 2) return 0;
  return Math.min(Math.ceil((fileSize / ((last + 1) / lines)) * 1.05), 1 << 27);
}

/** Header fields, trimmed; empty names become `column_N`, repeated names get `_2`, `_3`, … (with a warning). */
function headerNames(scanner: CsvRowScanner, bytes: Buffer, path: string, issues: LoadIssue[]): string[] {
  const names: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < scanner.count; i++) {
    let name = scanner.text(bytes, i).trim();
    if (name === '') name = `column_${i + 1}`;
    if (used.has(name)) {
      let k = 2;
      while (used.has(`${name}_${k}`)) k++;
      issues.push({ severity: 'warning', message: `header repeats the column name '${name}'; the repeat is read as '${name}_${k}'`, location: { path, line: 1 } });
      name = `${name}_${k}`;
    }
    used.add(name);
    names.push(name);
  }
  return names;
}
