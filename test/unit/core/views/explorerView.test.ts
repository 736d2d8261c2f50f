import { strict as assert } from 'node:assert';
import { explorerView, maxExplorerFeatures } from '../../../../src/core/views/explorerView';
import { assertSafeChart, loadVegaLite } from '../charts/specChecks';
import { hostileHtml, sampleReport, workspaceStrings } from './sampleReport';
import { manyFeatures } from './manyFeatures';

describe('explorerView', () => {
  before(loadVegaLite);

  it('lists features worst first with their deciding signal, onset and sketch', () => {
    const view = explorerView(sampleReport());
    assert.deepEqual(view.features.map((f) => [f.id, f.severity]), [['f1', 'critical'], ['f2', 'warn'], ['f0', 'ok']]);
    assert.equal(view.features[0]!.deciding?.text, 'PSI 0.25 ≥ 0.2');
    assert.equal(view.features[1]!.deciding?.text, 'unseen share 0.005 > 0');
    assert.equal(view.features[0]!.onset, '2026-01-15T00:00:00.000Z');
    assert.ok(view.features.every((f) => f.sketch !== null));
    assert.equal(view.totalFeatures, 3);
  });

  it('details the worst feature by default and the one asked for otherwise', () => {
    assert.equal(explorerView(sampleReport()).selected?.id, 'f1');
    const view = explorerView(sampleReport(), 'f2');
    assert.equal(view.selected?.name, '__proto__');
    assert.equal(view.selected?.distribution?.kind, 'categoryShares');
    assert.equal(view.selected?.segments, null);
    assert.equal(explorerView(sampleReport(), 'f99').selected?.id, 'f1');
  });

  it("gives the selected feature's histogram, drift over time and segment charts, all safe", () => {
    const selected = explorerView(sampleReport()).selected!;
    assert.equal(selected.name, hostileHtml);
    assert.deepEqual([selected.distribution?.kind, selected.overTime?.kind, selected.segments?.kind], ['histogramOverlay', 'driftOverTime', 'segmentBreakdown']);
    for (const chart of [selected.distribution, selected.overTime, selected.segments]) assertSafeChart(chart!, workspaceStrings);
    for (const f of explorerView(sampleReport()).features) assertSafeChart(f.sketch!, workspaceStrings);
  });

  it('states the comparison: files, rows, filter, chunks', () => {
    const { comparison } = explorerView(sampleReport());
    assert.deepEqual(comparison.current, { path: 'logs/serving.parquet', format: 'parquet', rows: 5000, where: 'model_version in {v2}' });
    assert.equal(comparison.chunking, '10 daily chunks');
    assert.deepEqual(comparison.window, { from: '2026-01-11T00:00:00.000Z', to: '2026-01-21T00:00:00.000Z' });
  });

  it('caps the list and stays small on a wide report', () => {
    const view = explorerView(manyFeatures(1000));
    assert.equal(view.features.length, maxExplorerFeatures);
    assert.equal(view.totalFeatures, 1000);
    const bytes = JSON.stringify(view).length;
    assert.ok(bytes < 1_500_000, `${bytes} bytes`);
  });
});
