// A small, hand-made DriftReport: income drifted (critical, by PSI, onset on the deploy day) in the eu
// segment only; device is fine. Chart aggregates are left empty: the runbook never reads them.
import { defaultThresholds } from '../../../../src/core/drift/thresholds';
import type { DriftReport, FeatureReport, NumericCharts } from '../../../../src/core/drift/report';

const charts: NumericCharts = {
  type: 'numeric',
  psiBins: null,
  histogram: null,
  ecdf: { baseline: { x: [], y: [] }, current: { x: [], y: [] } },
  ksLocation: null,
  quantiles: { p: [], baseline: [], current: [] },
  mean: { baseline: null, current: null },
  std: { baseline: null, current: null },
};

function feature(id: number, name: string, severity: 'ok' | 'warn' | 'critical', psi: number, onset: string | null): FeatureReport {
  const decidedBy = severity === 'ok' ? null : { signal: 'psi' as const, value: psi, threshold: severity === 'critical' ? 0.2 : 0.1, level: severity };
  const stats = {
    severity,
    decidedBy,
    psi,
    ks: null,
    wasserstein: null,
    wassersteinNormed: null,
    jensenShannon: null,
    chiSquare: null,
    nullRate: { baseline: 0, current: 0.01, delta: 0.01 },
    nonFiniteRate: { baseline: 0, current: 0, delta: 0 },
    unseenCategories: null,
    values: { baseline: 1000, current: 1000 },
  };
  return {
    ...stats,
    id: `f${id}`,
    name,
    kind: 'numeric',
    role: 'feature',
    onset: onset ? { start: onset, chunkIndex: 19, threshold: 0.05, signal: 'psi', sinceOnset: { ...stats, rows: 400 }, nearest: { changelog: 'm1', modelVersion: 'm2', commits: ['m0'] } } : null,
    blips: [],
    peak: null,
    rankSeverity: severity,
    constantBaseline: false,
    charts,
  };
}

export function driftReportFixture(): DriftReport {
  return {
    version: 1,
    generatedAt: '2026-11-22T10:00:00.000Z',
    features: [feature(0, 'device_age', 'ok', 0.01, null), feature(1, 'user.income', 'critical', 0.31, '2026-10-20T00:00:00.000Z')],
    prediction: {
      scoreColumn: 'score',
      predictedLabelColumn: null,
      groundTruthColumn: 'label',
      scoreFeatureId: null,
      predictedLabelFeatureId: null,
      confidence: null,
      entropy: null,
      topClass: null,
      collapsed: false,
      calibration: null,
      accuracy: null,
      labelCoverage: null,
      scoreHistogram: null,
      severity: 'warn',
      signals: [{ signal: 'calibration', severity: 'warn', message: 'ECE 0.08 above 0.05' }],
    },
    timeline: {
      timeColumn: 'ts',
      chunking: { by: 'day', rowsPerChunk: null, auto: true },
      statistic: 'psi',
      chunks: [],
      baselineChunks: 10,
      series: [],
      markers: [
        { id: 'm0', kind: 'commit', time: '2026-10-19T15:00:00.000Z', label: 'scale income in feature pipeline', ref: 'a'.repeat(40), author: 'dev' },
        { id: 'm1', kind: 'changelog', time: '2026-10-20T00:00:00.000Z', label: '2.0: new features', ref: '2.0@2026-10-20' },
        { id: 'm2', kind: 'modelVersion', time: '2026-10-20T00:10:00.000Z', label: 'model_version 2.0 first seen', ref: '2.0' },
      ],
      commits: { read: true, via: 'vscode.git', inWindow: 1 },
    },
    segments: [
      { column: 'region', value: 'eu', share: { baseline: 0.2, current: 0.15 }, rows: { baseline: 200, current: 150 }, severity: 'critical', features: [{ id: 'f1', name: 'user.income', psi: 2.1, severity: 'critical', onset: null }], accuracy: { baseline: 0.9, current: 0.7 }, reference: 'segment' },
      { column: 'region', value: 'us', share: { baseline: 0.8, current: 0.85 }, rows: { baseline: 800, current: 850 }, severity: 'ok', features: [], accuracy: null, reference: 'segment' },
    ],
    blastRadius: {
      class: 'featureEncodingBug',
      likelyCause: 'feature encoding bug',
      action: 'hotfix the pipeline',
      evidence: ['user.income drifts only in region=eu (15% of traffic)'],
      affected: { rows: 150, share: 0.15 },
      findings: [
        {
          class: 'featureEncodingBug',
          likelyCause: 'feature encoding bug',
          action: 'hotfix the pipeline',
          featureIds: ['f1'],
          features: ['user.income'],
          segments: [{ column: 'region', value: 'eu' }],
          onset: '2026-10-20T00:00:00.000Z',
          evidence: ['user.income drifts only in region=eu (15% of traffic)'],
          affected: { rows: 150, share: 0.15 },
        },
      ],
    },
    summary: { features: 2, bySeverity: { ok: 1, warn: 0, critical: 1 }, datasetDrift: { share: 0.5, count: 1, of: 2 }, worst: 'critical', rows: { baseline: 1000, current: 1000 } },
    inputs: [
      { side: 'baseline', path: 'data/train.csv', format: 'csv', rows: 1000, sha256: '1'.repeat(64), where: null },
      { side: 'current', path: 'logs/serving.csv', format: 'csv', rows: 1000, sha256: '2'.repeat(64), where: 'model_version in {2.0}' },
    ],
    methods: { thresholds: defaultThresholds, definitions: [{ statistic: 'psi', definition: 'baseline deciles, open outer bins', reference: 'brute force' }], segmentColumns: ['region'] },
    skippedColumns: [],
    warnings: [],
  };
}
