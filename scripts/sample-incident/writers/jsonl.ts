// JSON Lines as a logging library writes them: one flat object per line, keys in column order, ISO-8601 UTC
// timestamps, `null` for missing values.
import { closeSync, openSync, writeSync } from 'node:fs';
import { type PredictionLog } from '../predictionLog';
import { COLUMNS, type ColumnSpec } from '../schema';

const ROWS_PER_WRITE = 10_000;

export function writeJsonl(log: PredictionLog, path: string): void {
  const fields = COLUMNS.map((spec) => fieldFormatter(log, spec));
  const fd = openSync(path, 'w');
  try {
    for (let start = 0; start < log.rows; start += ROWS_PER_WRITE) {
      const lines: string[] = [];
      for (let row = start; row < Math.min(log.rows, start + ROWS_PER_WRITE); row++) {
        lines.push(`{${fields.map((field) => field(row)).join(',')}}`);
      }
      writeSync(fd, lines.join('\n') + '\n');
    }
  } finally {
    closeSync(fd);
  }
}

/** One `"key":value` pair; numbers print as JSON.stringify prints them (finite values only reach here). */
function fieldFormatter(log: PredictionLog, spec: ColumnSpec): (row: number) => string {
  const key = `${JSON.stringify(spec.name)}:`;
  if (spec.storage === 'string') {
    const values = log.text(spec.name);
    return (row) => key + JSON.stringify(values[row] ?? '');
  }
  const values = log.numeric(spec.name);
  if (spec.storage === 'timestamp') return (row) => `${key}"${new Date(values[row] ?? NaN).toISOString()}"`;
  return (row) => {
    const value = values[row] ?? NaN;
    return key + (Number.isNaN(value) ? 'null' : String(value));
  };
}
