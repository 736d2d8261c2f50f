import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { dayStarts, LOG_SNAPSHOT_MS, SERVING_START_MS } from '../../../../scripts/sample-incident/calendar';
import { COLUMNS } from '../../../../scripts/sample-incident/schema';
import { generateTraffic } from '../../../../scripts/sample-incident/traffic';
import { writeArrow } from '../../../../scripts/sample-incident/writers/arrow';
import { writeCsv } from '../../../../scripts/sample-incident/writers/csv';
import { writeJsonl } from '../../../../scripts/sample-incident/writers/jsonl';
import { writeParquet } from '../../../../scripts/sample-incident/writers/parquet';

// Every writer, read back by an independent reader, gives the generated values: same columns in the same
// order, numbers exactly, nulls where the log has NaN, timestamps to the millisecond.
describe('sample-incident writers', () => {
  // Days 27-30: labels still missing, credit_score nulls, bnpl, amounts in cents, so every kind of value occurs.
  const log = generateTraffic({ seed: 17, dayStartsMs: dayStarts(SERVING_START_MS, 30).slice(26), rows: 400, labelSnapshotMs: LOG_SNAPSHOT_MS });
  const dir = mkdtempSync(join(tmpdir(), 'sample-writers-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The generated value of a cell as the readers below report it: ms for timestamps, null for missing. */
  function expected(name: string, row: number): string | number | null {
    const spec = COLUMNS.find((c) => c.name === name);
    if (spec?.storage === 'string') return log.text(name)[row] ?? null;
    const value = log.numeric(name)[row] ?? NaN;
    return Number.isNaN(value) ? null : value;
  }

  function assertRows(read: (name: string, row: number) => string | number | null): void {
    let nulls = 0;
    for (const spec of COLUMNS) {
      for (let row = 0; row < log.rows; row++) {
        const want = expected(spec.name, row);
        if (want === null) nulls++;
        assert.equal(read(spec.name, row), want, `${spec.name} row ${row}`);
      }
    }
    assert.ok(nulls > 0, 'the sample has nulls to check');
  }

  it('CSV: header in column order, empty cells for null, ISO timestamps', () => {
    const path = join(dir, 'log.csv');
    writeCsv(log, path);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    const header = (lines[0] ?? '').split(',');
    assert.deepEqual(header, COLUMNS.map((c) => c.name));
    assert.equal(lines.length, log.rows + 1);
    assertRows((name, row) => {
      const cell = (lines[row + 1] ?? '').split(',')[header.indexOf(name)] ?? '';
      const spec = COLUMNS.find((c) => c.name === name);
      if (spec?.storage === 'string') return cell;
      if (cell === '') return null;
      return spec?.storage === 'timestamp' ? Date.parse(cell) : Number(cell);
    });
  });

  it('JSONL: one object per line, keys in column order, null for missing', () => {
    const path = join(dir, 'log.jsonl');
    writeJsonl(log, path);
    const records = readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(Object.keys(records[0] ?? {}), COLUMNS.map((c) => c.name));
    assertRows((name, row) => {
      const value = records[row]?.[name];
      if (name === 'timestamp') return Date.parse(String(value));
      return value as string | number | null;
    });
  });

  it('Arrow IPC: typed columns with validity, readable by apache-arrow', () => {
    const path = join(dir, 'log.arrow');
    writeArrow(log, path);
    const table = tableFromIPC(readFileSync(path));
    assert.deepEqual(table.schema.fields.map((f) => f.name), COLUMNS.map((c) => c.name));
    assert.equal(String(table.getChild('timestamp')?.type), 'Timestamp<MILLISECOND, UTC>');
    assert.equal(String(table.getChild('device')?.type), 'Dictionary<Int32, Utf8>');
    assert.equal(String(table.getChild('credit_score')?.type), 'Int32');
    assertRows((name, row) => {
      const value: unknown = table.getChild(name)?.get(row);
      return typeof value === 'bigint' ? Number(value) : (value as string | number | null);
    });
  });

  it('Parquet: snappy row groups readable by hyparquet', async () => {
    const path = join(dir, 'log.parquet');
    writeParquet(log, path, 150);
    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file);
    assert.equal(Number(metadata.num_rows), log.rows);
    assert.equal(metadata.row_groups.length, 3);
    assert.equal(metadata.row_groups[0]?.columns[0]?.meta_data?.codec, 'SNAPPY');
    const rows = await parquetReadObjects({ file });
    assertRows((name, row) => {
      const value: unknown = rows[row]?.[name];
      return value instanceof Date ? value.getTime() : (value as string | number | null);
    });
  });
});
