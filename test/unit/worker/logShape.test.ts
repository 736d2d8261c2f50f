import { strict as assert } from 'node:assert';
import { Dictionary, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray } from 'apache-arrow';
import type { ColumnInfo } from '../../../src/core/table/types';
import { logShapeOf } from '../../../src/worker/logShape';

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
