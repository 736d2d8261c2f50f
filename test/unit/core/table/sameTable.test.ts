// The same table written as CSV, JSONL, Arrow (plain, LZ4 and ZSTD Feather) and Parquet (snappy, gzip,
// zstd) loads to the same columns, types, kinds, roles, values and nulls. Fixtures:
// test/fixtures/same-table/, written by test/fixtures/generate-table-fixtures.ts from sameTableData.ts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadTable } from '../../../../src/core/table/loadTable';
import type { LoadedTable } from '../../../../src/core/table/types';
import { sameTableRows } from '../../../fixtures/sameTableData';

const dir = join(__dirname, '../../../fixtures/same-table');
const files = ['table.csv', 'table.jsonl', 'table.arrow', 'table.lz4.feather', 'table.zstd.feather', 'table.snappy.parquet', 'table.gzip.parquet', 'table.zstd.parquet'];

function rowsOf(loaded: LoadedTable): unknown[] {
  return loaded.table.toArray().map((row) => ({ ...(row.toJSON() as Record<string, unknown>) }));
}

describe('loadTable: the same table in every format', () => {
  const loaded = new Map<string, LoadedTable>();
  before(async () => {
    for (const file of files) loaded.set(file, await loadTable(join(dir, file)));
  });

  it('infers the expected kinds, roles and Arrow types from the CSV', () => {
    const csv = loaded.get('table.csv')!;
    assert.deepEqual(
      csv.columns.map((c) => [c.name, c.kind, c.role, c.arrowType]),
      [
        ['timestamp', 'timestamp', 'timestamp', 'Timestamp<MILLISECOND>'],
        ['request_id', 'identifier', 'requestId', 'Utf8'],
        ['model_version', 'categorical', 'modelVersion', 'Dictionary<Int32, Utf8>'],
        ['region', 'categorical', 'segment', 'Dictionary<Int32, Utf8>'],
        ['income', 'numeric', 'feature', 'Float64'],
        ['clicks', 'numeric', 'feature', 'Float64'],
        ['score', 'numeric', 'predictionScore', 'Float64'],
        ['label', 'categorical', 'groundTruth', 'Dictionary<Int32, Utf8>'],
        ['note', 'categorical', 'feature', 'Dictionary<Int32, Utf8>'],
      ],
    );
  });

  it('holds the source values, with nulls where the source has none', () => {
    const expected = sameTableRows().map((r) => ({
      ...r,
      timestamp: Date.parse(r.timestamp),
      label: r.label === null ? null : String(r.label),
    }));
    assert.deepEqual(rowsOf(loaded.get('table.csv')!), expected);
  });

  for (const file of files.slice(1)) {
    it(`${file} loads exactly as the CSV does`, () => {
      const csv = loaded.get('table.csv')!;
      const other = loaded.get(file)!;
      assert.deepEqual(other.columns, csv.columns);
      assert.deepEqual(rowsOf(other), rowsOf(csv));
      for (const column of csv.columns) {
        assert.equal(other.table.getChild(column.name)!.nullCount, csv.table.getChild(column.name)!.nullCount, column.name);
      }
      assert.deepEqual(other.skipped, []);
      assert.deepEqual(other.issues, []);
    });
  }

  it('reads only the projected columns, in every format', async () => {
    for (const file of files) {
      const projected = await loadTable(join(dir, file), { columns: ['score', 'region'] });
      assert.deepEqual(projected.columns.map((c) => c.name), ['region', 'score'], file);
      assert.equal(projected.table.numRows, 40, file);
    }
  });

  it('names the missing column and lists the file\'s columns when a projection asks for an unknown one', async () => {
    for (const file of ['table.csv', 'table.arrow', 'table.snappy.parquet']) {
      await assert.rejects(loadTable(join(dir, file), { columns: ['scroe'] }), {
        name: 'LoadError',
        message: new RegExp(`${file}: no column named 'scroe'; the file has: timestamp, request_id, .*score`),
      });
    }
  });
});
