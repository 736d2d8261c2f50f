// CSV as serving stacks export it: a header, comma-separated, ISO-8601 UTC timestamps, empty cells for null,
// numbers in JavaScript's shortest round-trip form, `\n` line ends, RFC 4180 quoting where a value needs it.
import { closeSync, openSync, writeSync } from 'node:fs';
import { type PredictionLog } from '../predictionLog';
import { COLUMNS, type ColumnSpec } from '../schema';

/** Rows per write: big enough to be fast, small enough that a million rows never sit in one string. */
const ROWS_PER_WRITE = 20_000;

export function writeCsv(log: PredictionLog, path: string): void {
  const cells = COLUMNS.map((spec) => cellFormatter(log, spec));
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, COLUMNS.map((c) => quote(c.name)).join(',') + '\n');
    for (let start = 0; start < log.rows; start += ROWS_PER_WRITE) {
      const lines: string[] = [];
      for (let row = start; row < Math.min(log.rows, start + ROWS_PER_WRITE); row++) {
        lines.push(cells.map((cell) => cell(row)).join(','));
      }
      writeSync(fd, lines.join('\n') + '\n');
    }
  } finally {
    closeSync(fd);
  }
}

function cellFormatter(log: PredictionLog, spec: ColumnSpec): (row: number) => string {
  if (spec.storage === 'string') {
    const values = log.text(spec.name);
    return (row) => quote(values[row] ?? '');
  }
  const values = log.numeric(spec.name);
  if (spec.storage === 'timestamp') return (row) => new Date(values[row] ?? NaN).toISOString();
  return (row) => {
    const value = values[row] ?? NaN;
    return Number.isNaN(value) ? '' : String(value);
  };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
