import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Table, Utf8, vectorFromArray } from 'apache-arrow';
import { estimateDistinctUtf8 } from '../../../../src/core/table/distinctEstimate';
import { loadTable } from '../../../../src/core/table/loadTable';
import { profileTable } from '../../../../src/core/table/profile';

const csv = join(__dirname, '../../../fixtures/same-table/table.csv');

describe('profileTable', () => {
  it('profiles a numeric column as numpy does (np.percentile, type 7)', async () => {
    const profile = profileTable(await loadTable(csv));
    assert.equal(profile.rows, 40);
    const income = profile.columns.find((c) => c.name === 'income')!;
    // /usr/bin/python3: x = income without nulls; x.min(), x.max(), x.mean(), np.percentile(x, [1, 5, 25, 50, 75, 95, 99])
    assert.equal(income.nullCount, 4);
    assert.deepEqual(income.distinct, { count: 36, exact: true });
    assert.equal(income.min, 1000);
    assert.equal(income.max, 6352.75);
    assert.ok(Math.abs(income.mean! - 3706.972222222222) < 1e-9);
    assert.deepEqual(income.quantiles!.map((q) => q.value), [1048.0725, 1240.3625, 2338.2625, 3676.5249999999996, 5014.7125, 6112.6875, 6304.782499999999]);
    assert.equal(income.nonFiniteCount, 0);
  });

  it('gives timestamps their range and categories their counts', async () => {
    const profile = profileTable(await loadTable(csv));
    const time = profile.columns.find((c) => c.name === 'timestamp')!;
    assert.equal(time.min, '2026-01-01T00:00:00.000Z');
    assert.equal(time.max, '2026-01-02T15:00:00.000Z');
    const region = profile.columns.find((c) => c.name === 'region')!;
    assert.deepEqual(region.topCategories, [
      { value: 'apac', count: 10 },
      { value: 'eu', count: 10 },
      { value: 'latam', count: 10 },
      { value: 'us', count: 10 },
    ]);
    const note = profile.columns.find((c) => c.name === 'note')!;
    assert.equal(note.nullCount, 8);
    assert.deepEqual(note.distinct, { count: 4, exact: true });
  });

  it('estimates distinct identifiers past the exact cap within a few percent, and says so', () => {
    const n = 150_000;
    const vector = vectorFromArray(Array.from({ length: n }, (_, i) => `req-${i}`), new Utf8());
    const estimate = estimateDistinctUtf8(new Table({ id: vector }).getChild('id')!);
    assert.equal(estimate.exact, false);
    assert.ok(Math.abs(estimate.count - n) / n < 0.06, `estimate ${estimate.count}`);
  });
});
