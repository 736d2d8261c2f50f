// The side-by-side references of the loader benchmark: what someone would write without our loader. Each
// returns the rows and columns it produced so the run can be checked for having done the whole job.
import { createReadStream, readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { asyncBufferFromFile, parquetRead } from 'hyparquet';
import { arrowBytes } from './arrowBytes';

export interface ReferenceResult {
  readonly rows: number;
  readonly columns: number;
  /** Arrow size when the reference produces an Arrow table. */
  readonly arrowBytes?: number;
}

/** readFileSync + tableFromIPC: apache-arrow's own reader, columns kept as stored (Int32, dictionaries). */
export function arrowReference(path: string): ReferenceResult {
  const table = tableFromIPC(readFileSync(path));
  return { rows: table.numRows, columns: table.numCols, arrowBytes: arrowBytes(table) };
}

/**
 * The naive CSV parse: the whole file as one string, split on newlines and commas (no quoting), `Number()`
 * into a Float64Array for numeric-looking columns, strings kept as they are.
 */
export function csvReference(path: string): ReferenceResult {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = (lines[0] ?? '').split(',');
  const rows = lines.length - 1;
  const first = (lines[1] ?? '').split(',');
  const numeric = first.map((cell) => cell !== '' && !Number.isNaN(Number(cell)));
  const columns = header.map((_, c) => (numeric[c] ? new Float64Array(rows) : new Array<string>(rows)));
  for (let r = 0; r < rows; r++) {
    const cells = (lines[r + 1] ?? '').split(',');
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const cell = cells[c] ?? '';
      if (column instanceof Float64Array) column[r] = cell === '' ? NaN : Number(cell);
      else if (column) column[r] = cell;
    }
  }
  return { rows, columns: columns.length };
}

/** JSON.parse per line, streamed, values pushed into one array per key. */
export async function jsonlReference(path: string): Promise<ReferenceResult> {
  const columns = new Map<string, unknown[]>();
  let rows = 0;
  let rest = '';
  const take = (line: string): void => {
    if (line === '') return;
    const record = JSON.parse(line) as Record<string, unknown>;
    for (const key in record) {
      let column = columns.get(key);
      if (!column) columns.set(key, (column = []));
      column[rows] = record[key];
    }
    rows++;
  };
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) take(line);
  }
  take(rest);
  return { rows, columns: columns.size };
}

/** hyparquet (the pure-JS reader) on the projected columns, column-oriented output. */
export async function parquetReference(path: string, columns: readonly string[]): Promise<ReferenceResult> {
  const file = await asyncBufferFromFile(path);
  const got = new Map<string, number>();
  await parquetRead({
    file,
    columns: [...columns],
    onChunk({ columnName, rowEnd }) {
      got.set(columnName, Math.max(got.get(columnName) ?? 0, rowEnd));
    },
  });
  return { rows: Math.min(...got.values()), columns: got.size };
}
