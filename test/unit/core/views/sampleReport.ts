// A small, complete DriftReport for chart and view tests, with hostile names where a workspace can put
// them: a feature named like an HTML payload, one named `__proto__`, categories and segment values that
// collide with Object.prototype, a changelog label with markup.
import type { ChunkSeries, DriftReport, FeatureReport, RatePair } from '../../../../src/core/drift/report';
import { defaultThresholds } from '../../../../src/core/drift/thresholds';

export const hostileHtml = '<img src=x onerror=alert(1)>';
export const hostileProto = '__proto__';
export const hostileQuote = `it's "quoted" ${'${x}'} datum.x`;
/** Every workspace string in the sample, for checks that none reaches an expression. */
export const workspaceStrings = [hostileHtml, hostileProto, hostileQuote, 'income', 'device', 'constructor', 'tablet', 'Deploy v2 <b>now</b>'];

const rate = (baseline: number, current: number): RatePair => ({ baseline, current, delta: current - baseline });
const days = Array.from({ length: 10 }, (_, i) => new Date(Date.UTC(2026, 0, 11 + i)).toISOString());
const dayEnd = (i: number): string => new Date(Date.UTC(2026, 0, 12 + i)).toISOString();

function numericFeature(id: `f${number}`, name: string, psi: number, severity: FeatureReport['severity'], onsetChunk: number | null): FeatureReport {
  const edges = [0, 10, 20, 30, 40, 50];
  return {
    id,
    name,
    kind: 'numeric',
    role: 'feature',
    severity,
    rankSeverity: severity,
    decidedBy: severity === 'ok' ? null : { signal: 'psi', value: psi, threshold: severity === 'critical' ? 0.2 : 0.1, level: severity },
    psi,
    ks: { statistic: 0.31, pValue: 1e-12, method: 'asymptotic' },
    wasserstein: 4.2,
    wassersteinNormed: 0.35,
    jensenShannon: 0.12,
    chiSquare: null,
    nullRate: rate(0.01, 0.02),
    nonFiniteRate: rate(0, 0),
    unseenCategories: null,
    values: { baseline: 5000, current: 4900 },
    onset:
      onsetChunk === null
        ? null
        : {
            start: days[onsetChunk]!,
            chunkIndex: onsetChunk,
            threshold: 0.02,
            signal: 'psi',
            sinceOnset: {
              severity: 'critical',
              decidedBy: { signal: 'psi', value: psi * 2, threshold: 0.2, level: 'critical' },
              psi: psi * 2,
              ks: { statistic: 0.5, pValue: 1e-20, method: 'asymptotic' },
              wasserstein: 8,
              wassersteinNormed: 0.7,
              jensenShannon: 0.2,
              chiSquare: null,
              nullRate: rate(0.01, 0.03),
              nonFiniteRate: rate(0, 0),
              unseenCategories: null,
              values: { baseline: 5000, current: 2400 },
              rows: 2500,
            },
            nearest: { changelog: 'm0', modelVersion: 'm1', commits: ['m2'] },
          },
    blips: [],
    constantBaseline: false,
    charts: {
      type: 'numeric',
      psiBins: {
        edges: [5, 10, 15, 20, 25, 30, 35, 40, 45],
        baseline: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
        current: [0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2],
        contribution: [0.0347, 0.0347, 0, 0, 0, 0, 0, 0, 0, 0.0693],
      },
      histogram: {
        edges,
        baseline: [0.2, 0.3, 0.3, 0.1, 0.1],
        current: [0.1, 0.2, 0.3, 0.2, 0.2],
        underflow: { baseline: 0, current: 3 },
        overflow: { baseline: 1, current: 12 },
      },
      ecdf: { baseline: { x: [0, 10, 20, 30, 40, 50], y: [0, 0.2, 0.5, 0.8, 0.9, 1] }, current: { x: [0, 10, 20, 30, 40, 50], y: [0, 0.1, 0.3, 0.6, 0.8, 1] } },
      ksLocation: { x: 20, baseline: 0.5, current: 0.3 },
      quantiles: { p: [1, 5, 25, 50, 75, 95, 99], baseline: [1, 3, 12, 20, 28, 45, 49], current: [1, 4, 15, 25, 35, 48, 50] },
      mean: { baseline: 20, current: 24 },
      std: { baseline: 12, current: 13 },
    },
  };
}

const categorical: FeatureReport = {
  id: 'f2',
  name: hostileProto,
  kind: 'categorical',
  role: 'feature',
  severity: 'warn',
  rankSeverity: 'warn',
  decidedBy: { signal: 'unseenCategoryShare', value: 0.005, threshold: 0, level: 'warn' },
  psi: 0.05,
  ks: null,
  wasserstein: null,
  wassersteinNormed: null,
  jensenShannon: 0.1,
  chiSquare: { statistic: 40.2, pValue: 1e-8, dof: 3 },
  nullRate: rate(0, 0),
  nonFiniteRate: rate(0, 0),
  unseenCategories: { categories: ['constructor'], share: 0.005, count: 1 },
  values: { baseline: 5000, current: 5000 },
  onset: null,
  blips: [],
  constantBaseline: false,
  charts: {
    type: 'categorical',
    categories: [
      { value: hostileProto, baseline: 0.5, current: 0.4 },
      { value: hostileHtml, baseline: 0.3, current: 0.35 },
      { value: hostileQuote, baseline: 0.2, current: 0.245 },
      { value: 'constructor', baseline: 0, current: 0.005 },
    ].map((c) => ({ ...c, unseen: c.baseline === 0 })),
    other: { baseline: 0, current: 0, count: 0 },
  },
};

const features: FeatureReport[] = [
  numericFeature('f0', 'income', 0.02, 'ok', null),
  numericFeature('f1', hostileHtml, 0.25, 'critical', 4),
  categorical,
];

const series = (featureId: `f${number}`, values: number[]): ChunkSeries => ({
  featureId,
  threshold: 0.02,
  thresholdSource: 'learned',
  values,
  exceeds: values.map((v) => v > 0.02),
  baselineValues: [0.005, 0.006, 0.004, 0.007, 0.005, 0.006],
  nullRateDelta: values.map(() => 0),
});

export function sampleReport(): DriftReport {
  return {
    version: 1,
    generatedAt: '2026-01-21T10:00:00.000Z',
    features,
    prediction: {
      scoreColumn: 'score',
      predictedLabelColumn: 'predicted_label',
      groundTruthColumn: 'label',
      scoreFeatureId: null,
      predictedLabelFeatureId: null,
      confidence: { baseline: 0.8, current: 0.7 },
      entropy: { baseline: { mean: 0.4, std: 0.1 }, current: { mean: 0.5, std: 0.25 } },
      topClass: { baseline: { value: '1', share: 0.6 }, current: { value: '1', share: 0.85 } },
      collapsed: true,
      calibration: {
        baseline: { ece: 0.02, bins: Array.from({ length: 10 }, (_, i) => ({ lower: i / 10, upper: (i + 1) / 10, count: i === 0 ? 0 : 100, meanScore: i === 0 ? null : i / 10 + 0.05, positiveRate: i === 0 ? null : i / 10 + 0.04 })) },
        current: { ece: 0.09, bins: Array.from({ length: 10 }, (_, i) => ({ lower: i / 10, upper: (i + 1) / 10, count: 50, meanScore: i / 10 + 0.05, positiveRate: i / 10 })) },
      },
      accuracy: { baseline: 0.91, current: 0.84 },
      labelCoverage: {
        baseline: { rows: 5000, labelled: 5000, share: 1, from: days[0]!, to: days[9]! },
        current: { rows: 5000, labelled: 3000, share: 0.6, from: days[0]!, to: days[5]! },
      },
      scoreHistogram: { edges: [0, 0.25, 0.5, 0.75, 1], baseline: [0.25, 0.25, 0.25, 0.25], current: [0.1, 0.1, 0.3, 0.5], underflow: { baseline: 0, current: 0 }, overflow: { baseline: 0, current: 0 } },
      severity: 'warn',
      signals: [{ signal: 'collapse', severity: 'warn', message: 'Top class 1 is 85.0% of predictions (threshold 80%).' }],
    },
    timeline: {
      timeColumn: 'timestamp',
      chunking: { by: 'day', rowsPerChunk: null, auto: true },
      statistic: 'psi',
      chunks: days.map((start, i) => ({ index: i, start, end: dayEnd(i), rows: 500 })),
      baselineChunks: 6,
      series: [
        series('f0', [0.004, 0.006, 0.005, 0.004, 0.006, 0.005, 0.004, 0.006, 0.005, 0.004]),
        series('f1', [0.004, 0.006, 0.005, 0.03, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1]),
        series('f2', [0.004, 0.006, 0.005, 0.004, 0.006, 0.005, 0.004, 0.03, 0.005, 0.004]),
      ],
      markers: [
        { id: 'm0', kind: 'changelog', time: days[3]!, label: 'Deploy v2 <b>now</b>', ref: 'v2' },
        { id: 'm1', kind: 'modelVersion', time: days[4]!, label: 'model_version v2 first seen', ref: 'v2' },
        { id: 'm2', kind: 'commit', time: days[3]!, label: hostileQuote, ref: '0123456789abcdef', author: 'dev' },
        { id: 'm3', kind: 'commit', time: '2025-06-01T00:00:00.000Z', label: 'long before the window', ref: 'fedcba9876543210' },
      ],
      commits: { read: true, via: 'git', inWindow: 2 },
    },
    segments: [
      {
        column: 'device',
        value: 'tablet',
        share: { baseline: 0.1, current: 0.12 },
        rows: { baseline: 500, current: 600 },
        severity: 'critical',
        features: [
          { id: 'f0', name: 'income', psi: 0.01, severity: 'ok', onset: null },
          { id: 'f1', name: hostileHtml, psi: 0.9, severity: 'critical', onset: { start: days[4]!, chunkIndex: 4 } },
        ],
        accuracy: { baseline: 0.9, current: 0.6 },
        reference: 'segment',
      },
      {
        column: 'device',
        value: hostileProto,
        share: { baseline: 0.9, current: 0.88 },
        rows: { baseline: 4500, current: 4400 },
        severity: 'ok',
        features: [
          { id: 'f0', name: 'income', psi: 0.02, severity: 'ok', onset: null },
          { id: 'f1', name: hostileHtml, psi: 0.05, severity: 'ok', onset: null },
        ],
        accuracy: null,
        reference: 'segment',
      },
    ],
    blastRadius: {
      class: 'featureEncodingBug',
      likelyCause: 'feature encoding bug',
      action: 'hotfix the pipeline',
      evidence: ['Drift of <img src=x onerror=alert(1)> is concentrated in device = tablet (12.0% of traffic).'],
      affected: { rows: 600, share: 0.12 },
      findings: [
        {
          class: 'featureEncodingBug',
          likelyCause: 'feature encoding bug',
          action: 'hotfix the pipeline',
          featureIds: ['f1'],
          features: [hostileHtml],
          segments: [{ column: 'device', value: 'tablet' }],
          onset: days[4]!,
          evidence: ['PSI 0.9 in device = tablet, 0.05 elsewhere.'],
          affected: { rows: 600, share: 0.12 },
        },
      ],
    },
    summary: {
      features: 3,
      bySeverity: { ok: 1, warn: 1, critical: 1 },
      datasetDrift: { share: 2 / 3, count: 2, of: 3 },
      worst: 'critical',
      rows: { baseline: 5000, current: 5000 },
    },
    inputs: [
      { side: 'baseline', path: 'logs/train.csv', format: 'csv', rows: 5000, sha256: 'a'.repeat(64), where: null },
      { side: 'current', path: 'logs/serving.parquet', format: 'parquet', rows: 5000, sha256: 'b'.repeat(64), where: 'model_version in {v2}' },
    ],
    methods: { thresholds: defaultThresholds, definitions: [{ statistic: 'PSI', definition: 'Σ (c - b) · ln(c / b)', reference: 'brute force' }], segmentColumns: ['device'] },
    skippedColumns: [{ name: 'request_id', reason: 'identifier' }],
    warnings: ['logs/serving.parquet (row group 2, column x): 3 rows skipped'],
  };
}
