import { strict as assert } from 'node:assert';
import { Dictionary, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray } from 'apache-arrow';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTable } from '../../../src/core/table/loadTable';
import type { ColumnInfo } from '../../../src/core/table/types';
import { logShapeOf, readLogShape, shapeColumns } from '../../../src/worker/logShape';

const info = (name: string, kind: ColumnInfo['kind'], role: ColumnInfo['role']): ColumnInfo => ({ name, arrowType: '', kind, role, source: 'inferred' });

describe('logShapeOf', () => {
  it('reads the time range and the model versions in order of first appearance', () => {
    const times = [Date.UTC(2026, 9, 16, 12), null, Date.UTC(2026, 9, 1, 0, 5), Date.UTC(2026, 9, 30, 23)];
    const table = new Table({
      ts: vectorFromArray(times, new TimestampMillisecond()),
      model_version: vectorFromArray(['v2.4.0', 'v2.3.0', null, 'v2.4.0'], new Dictionary(new Utf8(), new Int32())),
    });
    const shape = logShapeOf({ table, columns: [info('ts', 'timestamp', 'timestamp'), info('model_version', 'categorical', 'modelVersion')] });
    assert.deepEqual(shape, {
      time: { column: 'ts', min: '2026-10-01T00:05:00Z', max: '2026-10-30T23:00:00Z' },
      modelVersion: { column: 'model_version', values: ['v2.4.0', 'v2.3.0'] },
    });
  });

  it('answers null for a log without those columns or without values in them', () => {
    const table = new Table({ ts: vectorFromArray([null, null], new TimestampMillisecond()) });
    assert.deepEqual(logShapeOf({ table, columns: [info('ts', 'timestamp', 'timestamp')] }), { time: null, modelVersion: null });
    assert.deepEqual(logShapeOf({ table, columns: [] }), { time: null, modelVersion: null });
  });
});

describe('readLogShape (schema-projected load)', () => {
  const fixtures = join(__dirname, '../../fixtures');
  const files = [
    'same-table/table.csv', 'same-table/table.jsonl', 'same-table/table.arrow', 'same-table/table.zstd.parquet',
    'sample-incident/logs/predictions-2026-10-01_15.csv', 'sample-incident/logs/predictions-2026-10-16_30.arrow', 'sample-incident/data/training_baseline.parquet',
  ];
  for (const file of files) {
    it(`${file}: the same shape as from the whole table, from the time and version columns only`, async () => {
      const path = join(fixtures, file);
      const whole = logShapeOf(await loadTable(path));
      assert.notEqual(whole.time, null);
      assert.deepEqual(await readLogShape(path, new AbortController().signal), whole);
      const columns = (await shapeColumns(path)) ?? [];
      assert.ok(columns.includes(whole.time!.column));
      if (whole.modelVersion) assert.ok(columns.includes(whole.modelVersion.column));
      assert.ok(!columns.includes('request_id'));
    });
  }

  it('reads the whole log when the time column is named otherwise (ISO text in a column called "when")', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'shape-')), 'log.csv');
    writeFileSync(path, 'model_version,when,x\nv1,2026-01-02T00:00:00Z,1\nv2,2026-01-01T00:00:00Z,2\n');
    assert.deepEqual(await shapeColumns(path), ['model_version']);
    assert.deepEqual(await readLogShape(path, new AbortController().signal), {
      time: { column: 'when', min: '2026-01-01T00:00:00Z', max: '2026-01-02T00:00:00Z' },
      modelVersion: { column: 'model_version', values: ['v1', 'v2'] },
    });
  });
});
