import { strict as assert } from 'node:assert';
import type { TableProfile } from '../../../../src/core/table/profile';
import { logProfileView, maxProfileCharts } from '../../../../src/core/views/logProfileView';
import { hostileHtml, hostileProto } from './sampleReport';

const profile: TableProfile = {
  path: '/abs/ws/logs/a.csv',
  format: 'csv',
  rows: 100,
  loadMs: 12,
  bytesRead: 4096,
  columns: [
    { name: 'timestamp', arrowType: 'Timestamp<MILLISECOND>', kind: 'timestamp', role: 'timestamp', source: 'inferred', nullCount: 0, distinct: { count: 100, exact: true }, min: '2026-01-01T00:00:00.000Z', max: '2026-01-02T00:00:00.000Z' },
    {
      name: hostileHtml, arrowType: 'Float64', kind: 'numeric', role: 'feature', source: 'override', nullCount: 3, distinct: { count: 90, exact: true }, min: 0, max: 100, mean: 41.5,
      quantiles: [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99].map((p) => ({ p, value: p * 100 })),
    },
    { name: hostileProto, arrowType: 'Dictionary<Utf8, Int32>', kind: 'categorical', role: 'segment', source: 'inferred', nullCount: 0, distinct: { count: 2, exact: true }, topCategories: [{ value: 'a', count: 70 }, { value: 'b', count: 30 }] },
    { name: 'request_id', arrowType: 'Utf8', kind: 'identifier', role: 'requestId', source: 'inferred', nullCount: 0, distinct: { count: 123456, exact: false } },
  ],
  skipped: [{ reason: 'ragged row', count: 2, first: { path: '/abs/ws/logs/a.csv', line: 17 } }],
  issues: [{ severity: 'warning', message: 'cell truncated', location: { path: '/abs/ws/logs/a.csv', line: 40, column: 'note' } }],
};

describe('logProfileView', () => {
  it('lists every column with type, kind, role and statistics', () => {
    const view = logProfileView(profile, 'logs/a.csv');
    assert.equal(view.schema.rows.length, 4);
    assert.deepEqual(view.schema.rows[1], [hostileHtml, 'Float64', 'numeric', 'feature (set)', 3, 90, '0', '100', '41.5', '50']);
    assert.equal(view.schema.rows[3]![5], '≈123456');
    assert.equal(view.schema.rows[0]![6], '2026-01-01T00:00:00.000Z');
  });

  it('charts numeric and categorical columns only', () => {
    const view = logProfileView(profile, 'logs/a.csv');
    assert.deepEqual(view.charts.map((c) => [c.kind, c.title]), [['quantileHistogram', hostileHtml], ['topCategories', hostileProto]]);
    assert.equal(view.omittedCharts, 0);
  });

  it('shows issues with workspace-relative path:line', () => {
    assert.deepEqual(logProfileView(profile, 'logs/a.csv').issues, ['logs/a.csv:17: 2 rows skipped: ragged row', 'logs/a.csv:40: warning: cell truncated']);
  });

  it('caps the charts on a wide log', () => {
    const wide = { ...profile, columns: Array.from({ length: 100 }, (_, i) => ({ ...profile.columns[1]!, name: `c${i}` })) };
    const view = logProfileView(wide, 'w.csv');
    assert.equal(view.charts.length, maxProfileCharts);
    assert.equal(view.omittedCharts, 100 - maxProfileCharts);
    assert.equal(view.schema.rows.length, 100);
  });
});
