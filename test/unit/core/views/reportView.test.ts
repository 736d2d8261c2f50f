import { strict as assert } from 'node:assert';
import { reportCaps, reportView } from '../../../../src/core/views/reportView';
import { assertSafeChart, loadVegaLite } from '../charts/specChecks';
import { hostileHtml, sampleReport, workspaceStrings } from './sampleReport';
import { manyFeatures } from './manyFeatures';

describe('reportView', () => {
  before(loadVegaLite);

  it('summarises drift share, severities, blast radius and action', () => {
    const { summary } = reportView(sampleReport());
    assert.deepEqual(summary.bySeverity, { ok: 1, warn: 1, critical: 1 });
    assert.equal(summary.datasetDrift.count, 2);
    assert.equal(summary.blastRadius.label, 'Feature encoding bug');
    assert.equal(summary.blastRadius.action, 'hotfix the pipeline');
    assert.equal(summary.predictionSeverity, 'warn');
  });

  it('has one table row per feature, ranked, with every statistic as a number', () => {
    const view = reportView(sampleReport());
    assert.deepEqual(view.features.map((r) => r.id), ['f1', 'f2', 'f0']);
    const worst = view.features[0]!;
    assert.equal(worst.name, hostileHtml);
    assert.equal(worst.psi, 0.25);
    assert.equal(worst.ksPValue, 1e-12);
    assert.equal(worst.sinceOnsetPsi, 0.5);
    assert.equal(view.features[1]!.chiSquarePValue, 1e-8);
    for (const column of view.columns) assert.ok(column.key in worst, column.key);
  });

  it('charts each feature: histogram, ECDF with KS and PSI bins for numerics, category shares for categoricals', () => {
    const view = reportView(sampleReport());
    const kinds = new Map(view.details.map((d) => [d.id, d.charts.map((c) => c.kind)]));
    assert.deepEqual(kinds.get('f1'), ['histogramOverlay', 'ecdfPair', 'psiContributions', 'driftOverTime', 'segmentBreakdown']);
    assert.deepEqual(kinds.get('f2'), ['categoryShares', 'driftOverTime']);
    for (const detail of view.details) for (const chart of detail.charts) assertSafeChart(chart, workspaceStrings);
  });

  it('has the prediction section, the heatmap and the segment table', () => {
    const view = reportView(sampleReport());
    assert.equal(view.prediction?.score?.kind, 'scoreDistribution');
    assert.equal(view.prediction?.calibration?.kind, 'calibration');
    assert.equal(view.prediction?.collapsed, true);
    assert.deepEqual(view.prediction?.facts.rows.find((r) => r[0] === 'ECE'), ['ECE', '0.02', '0.09']);
    assertSafeChart(view.prediction!.score!, workspaceStrings);
    assertSafeChart(view.prediction!.calibration!, workspaceStrings);
    assertSafeChart(view.heatmap!, workspaceStrings);
    assert.deepEqual(view.segments.rows[0]!.slice(0, 2), ['device', 'tablet']);
    assert.equal(view.segments.rows[0]![6], hostileHtml);
    assert.equal(view.inputs.rows[1]![4], 'model_version in {v2}');
  });

  it('caps charts and heatmap rows on a wide report and says what it left out', () => {
    const view = reportView(manyFeatures(1000));
    assert.equal(view.features.length, 1000);
    assert.equal(view.details.length, reportCaps.detailedFeatures);
    assert.equal(view.omitted.details, 1000 - reportCaps.detailedFeatures);
    assert.equal(view.omitted.heatmapRows, 1000 - reportCaps.heatmapFeatures);
    const bytes = JSON.stringify(view).length;
    assert.ok(bytes < 3_000_000, `${bytes} bytes`);
  });
});

describe('reportView findings', () => {
  it('lists each blast-radius finding with its features, segments and onset', () => {
    const [finding] = reportView(sampleReport()).summary.blastRadius.findings;
    assert.equal(finding?.label, 'Feature encoding bug');
    assert.deepEqual(finding?.features, [hostileHtml]);
    assert.deepEqual(finding?.segments, ['device = tablet']);
    assert.equal(finding?.onset, '2026-01-15T00:00:00.000Z');
  });

  it('gives every table cell its display text', () => {
    const row = reportView(sampleReport()).features[0]!;
    assert.equal(row.text.psi, '0.25');
    assert.equal(row.text.ksPValue, '1.00e-12');
    assert.equal(row.text.nullRateCurrent, '2.0%');
    assert.equal(row.text.chiSquare, '—');
    assert.equal(row.text.name, hostileHtml);
  });
});

describe('reportView onset text', () => {
  it('shows a midnight onset as its date and keeps the raw ISO value for sorting', () => {
    const row = reportView(sampleReport()).features[0]!;
    assert.equal(row.onset, '2026-01-15T00:00:00.000Z');
    assert.equal(row.text.onset, '2026-01-15');
  });
});
