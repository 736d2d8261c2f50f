import { strict as assert } from 'node:assert';
import { selectRows } from '../../../../src/core/drift/rowFilter';
import { describeWhere } from '../../../../src/core/drift/datasetSpec';
import { side } from './syntheticSide';

const day = (d: number): number => Date.UTC(2026, 9, d);
const data = side('current', [
  { name: 'ts', kind: 'timestamp', role: 'timestamp', values: [day(1), day(2), null, day(3)] },
  { name: 'model_version', kind: 'categorical', role: 'modelVersion', values: ['v1', 'v2', 'v2', null] },
]);

describe('selectRows (DatasetSpec.where)', () => {
  it('keeps every row without a filter', () => {
    assert.equal(selectRows(data.table, data.columns, undefined), null);
  });
  it('keeps rows whose value is one of `equals`', () => {
    assert.deepEqual(Array.from(selectRows(data.table, data.columns, { column: 'model_version', equals: ['v2'] })!), [1, 2]);
  });
  it('keeps rows in [from, to), open ends allowed, null times dropped', () => {
    assert.deepEqual(Array.from(selectRows(data.table, data.columns, { column: 'ts', from: '2026-10-02', to: '2026-10-03' })!), [1]);
    assert.deepEqual(Array.from(selectRows(data.table, data.columns, { column: 'ts', from: '2026-10-02' })!), [1, 3]);
    // A date-time without a zone is UTC, like the data, whatever the machine's zone.
    assert.deepEqual(Array.from(selectRows(data.table, data.columns, { column: 'ts', from: '2026-10-01T00:00', to: '2026-10-02T00:00:00' })!), [0]);
    assert.deepEqual(Array.from(selectRows(data.table, data.columns, { column: 'ts', from: '2026-10-02T01:00:00+02:00' })!), [1, 3]);
  });
  it('names a missing column, a bad date and a range on a category', () => {
    assert.throws(() => selectRows(data.table, data.columns, { column: 'region', equals: ['eu'] }), /'region' is not in the file/);
    assert.throws(() => selectRows(data.table, data.columns, { column: 'ts', from: 'yesterday' }), /'yesterday' is not an ISO 8601/);
    assert.throws(() => selectRows(data.table, data.columns, { column: 'model_version', from: '2026-10-01' }), /needs a timestamp column/);
  });
  it('describes the filter for the report', () => {
    assert.equal(describeWhere({ column: 'model_version', equals: ['v2', 'v3'] }), 'model_version in {v2, v3}');
    assert.equal(describeWhere({ column: 'ts', to: '2026-10-20' }), 'ts in [-inf, 2026-10-20)');
  });
});
