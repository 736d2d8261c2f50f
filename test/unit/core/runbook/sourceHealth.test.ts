import { strict as assert } from 'node:assert';
import { allRows } from '../../../../src/core/runbook/columnText';
import { sourceHealth, sourceOf } from '../../../../src/core/runbook/sourceHealth';
import { arrowFixture, type FixtureColumn } from './arrowFixture';

function side(columns: FixtureColumn[]) {
  const { table, columns: infos } = arrowFixture(columns);
  return { table, columns: infos, rows: allRows(table) };
}

describe('sourceOf', () => {
  it('takes the prefix before the first dot or double underscore', () => {
    assert.equal(sourceOf('user.age'), 'user');
    assert.equal(sourceOf('geo__lat.x'), 'geo');
    assert.equal(sourceOf('income'), '(no prefix)');
    assert.equal(sourceOf('.hidden'), '(no prefix)');
  });
});

describe('sourceHealth', () => {
  it('gives null rates per source, worst column first, and freshness from age columns and extra timestamps', () => {
    const ts = ['2026-01-01T00:10:00Z', '2026-01-01T00:20:00Z', '2026-01-01T00:30:00Z', '2026-01-01T00:40:00Z'];
    const baseline = side([
      { name: 'ts', kind: 'timestamp', role: 'timestamp', values: ts },
      { name: 'user.age', kind: 'numeric', values: [1, 2, 3, 4] },
      { name: 'user.country', kind: 'categorical', values: ['a', 'b', 'a', 'b'] },
      { name: 'user.features_age_s', kind: 'numeric', values: [60, 60, 60, 60] },
      { name: 'geo.updated_at', kind: 'timestamp', values: ['2026-01-01T00:09:00Z', '2026-01-01T00:19:00Z', '2026-01-01T00:29:00Z', '2026-01-01T00:39:00Z'] },
      { name: 'geo.lat', kind: 'numeric', values: [1, 1, 1, 1] },
    ]);
    const current = side([
      { name: 'ts', kind: 'timestamp', role: 'timestamp', values: ts },
      { name: 'user.age', kind: 'numeric', values: [1, null, null, 4] },
      { name: 'user.country', kind: 'categorical', values: ['a', null, 'a', 'b'] },
      { name: 'user.features_age_s', kind: 'numeric', values: [600, 600, 600, 600] },
      { name: 'geo.updated_at', kind: 'timestamp', values: ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'] },
      { name: 'geo.lat', kind: 'numeric', values: [1, 1, 1, 1] },
    ]);
    const [user, geo] = sourceHealth(baseline, current);
    assert.equal(user!.source, 'user');
    assert.equal(user!.columns, 3);
    assert.deepEqual(user!.nullRate, { baseline: 0, current: (0.5 + 0.25 + 0) / 3 });
    assert.deepEqual(user!.worst, { column: 'user.age', baseline: 0, current: 0.5 });
    assert.deepEqual(user!.freshness, [{ column: 'user.features_age_s', baseline: { p50: 60, p99: 60 }, current: { p50: 600, p99: 600 } }]);
    assert.equal(geo!.source, 'geo');
    // lags: baseline 60 s each; current 600, 1200, 1800, 2400 s -> p50 1500, p99 2382 (np.percentile)
    assert.deepEqual(geo!.freshness[0]!.baseline, { p50: 60, p99: 60 });
    assert.equal(geo!.freshness[0]!.current!.p50, 1500);
    assert.ok(Math.abs(geo!.freshness[0]!.current!.p99 - 2382) < 1e-9);
  });
});
