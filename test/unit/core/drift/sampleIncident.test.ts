// The injected incidents of test/fixtures/sample-incident/README.md are found with the right onset,
// segment and class. Onsets are the start of the first day of a run of at least two days above the
// learned threshold (or with |null-rate delta| >= 0.02).
import { strict as assert } from 'node:assert';
import { analyseDrift } from '../../../../src/core/drift/driftAnalysis';
import type { DriftReport, FeatureReport } from '../../../../src/core/drift/report';
import { loadSampleIncident } from './sampleIncidentFixture';

const day = (d: number): string => `2026-10-${String(d).padStart(2, '0')}T00:00:00.000Z`;

describe('drift check on the sample incident', () => {
  let month: DriftReport;
  let secondHalf: DriftReport;
  const feature = (report: DriftReport, name: string): FeatureReport => {
    const found = report.features.find((f) => f.name === name);
    assert.ok(found, `no feature ${name}`);
    return found;
  };

  before(async () => {
    const fixture = await loadSampleIncident();
    const markers = [{ kind: 'changelog' as const, id: 'model-changelog.yaml:44', time: '2026-10-20T09:30:00Z', title: 'v2.4.0', modelVersion: 'v2.4.0' }];
    month = analyseDrift(fixture.baseline, fixture.month, { markers, now: new Date(0) });
    secondHalf = analyseDrift(fixture.baseline, fixture.secondHalf, { markers, now: new Date(0) });
  });

  it('chunks the month by day with thresholds learned from the 20 baseline days', () => {
    assert.equal(month.timeline?.chunking.by, 'day');
    assert.equal(month.timeline?.chunks.length, 30);
    assert.equal(month.timeline?.baselineChunks, 20);
    assert.ok(month.timeline?.series.every((s) => s.thresholdSource === 'learned'));
  });

  it('#1 income: gradual drift, onset day 15, data drift growing in all segments', () => {
    const income = feature(month, 'income');
    assert.equal(income.onset?.start, day(15));
    const threshold = income.onset.threshold;
    assert.ok(threshold > 0.03 && threshold < 0.05, `learned threshold ${threshold} (README: about 0.038)`);
    const finding = month.blastRadius.findings.find((f) => f.features.includes('income'));
    assert.equal(finding?.class, 'dataDrift');
  });

  it('#2 credit_score: null-rate onset on day 14 (delta 1.5 points on day 13, 4.4 on day 14), values do not drift', () => {
    const credit = feature(month, 'credit_score');
    assert.equal(credit.onset?.start, day(14));
    assert.equal(credit.onset.signal, 'nullRateDelta');
    assert.ok((credit.psi ?? 1) < 0.01);
    assert.equal(credit.decidedBy?.signal, 'nullRateDelta');
  });

  it('#3 score and predicted_label: step on day 20 at the v2.4.0 deployment, class bad deployment, primary cause', () => {
    for (const name of ['score', 'predicted_label']) {
      const f = feature(month, name);
      assert.equal(f.onset?.start, day(20), name);
      assert.equal(f.rankSeverity, 'critical');
    }
    assert.equal(month.blastRadius.class, 'badDeployment');
    assert.match(month.blastRadius.action, /[Rr]oll back/);
    const versionMarker = month.timeline?.markers.find((m) => m.kind === 'modelVersion');
    assert.equal(versionMarker?.ref, 'v2.4.0');
    assert.ok(versionMarker.time.startsWith('2026-10-20T09:3'));
    assert.equal(feature(month, 'score').onset?.nearest.modelVersion, versionMarker.id);
  });

  it('#4 payment_method: unseen bnpl from day 22, critical', () => {
    const payment = feature(secondHalf, 'payment_method');
    assert.deepEqual(payment.unseenCategories?.categories, ['bnpl']);
    assert.ok(Math.abs(payment.unseenCategories.share - 0.043) < 0.002);
    assert.equal(feature(month, 'payment_method').onset?.start, day(22));
    assert.equal(payment.severity, 'critical');
  });

  it('#5 transaction_amount: android only from day 24, feature encoding bug in 22% of traffic', () => {
    const amount = feature(month, 'transaction_amount');
    assert.equal(amount.onset?.start, day(24));
    const android = month.segments.find((s) => s.column === 'device' && s.value === 'android');
    const inAndroid = android?.features.find((f) => f.name === 'transaction_amount');
    assert.equal(inAndroid?.severity, 'critical');
    assert.equal(inAndroid.onset?.start, day(24));
    for (const other of month.segments.filter((s) => s.column === 'device' && s.value !== 'android')) {
      assert.equal(other.features.find((f) => f.name === 'transaction_amount')?.severity, 'ok', other.value);
    }
    const finding = month.blastRadius.findings.find((f) => f.features.includes('transaction_amount'));
    assert.equal(finding?.class, 'featureEncodingBug');
    assert.deepEqual(finding.segments, [{ column: 'device', value: 'android' }]);
    assert.ok(Math.abs(finding.affected.share - 0.22) < 0.01);
  });

  it('#6 latency_ms: eu-west from day 20, infrastructure beside the bad deployment', () => {
    const latency = feature(month, 'latency_ms');
    assert.equal(latency.onset?.start, day(20));
    const finding = month.blastRadius.findings.find((f) => f.features.includes('latency_ms'));
    assert.equal(finding?.class, 'infrastructure');
    assert.deepEqual(finding.segments, [{ column: 'region', value: 'eu-west' }]);
  });

  it('nothing else reaches warn', () => {
    const injected = new Set(['income', 'credit_score', 'score', 'predicted_label', 'payment_method', 'transaction_amount', 'latency_ms']);
    const others = month.features.filter((f) => !injected.has(f.name) && f.rankSeverity !== 'ok');
    assert.deepEqual(others.map((f) => `${f.name}: ${f.rankSeverity}`), []);
  });

  it('reports the model layer: accuracy falls, labels are delayed, not counted as errors', () => {
    const p = secondHalf.prediction;
    assert.equal(p.scoreColumn, 'score');
    assert.ok(p.labelCoverage && p.labelCoverage.current.share < 0.8 && p.labelCoverage.baseline.share === 1);
    assert.ok(p.accuracy?.baseline !== null && p.accuracy?.current !== null && p.accuracy!.current! < p.accuracy!.baseline!);
    // README: ECE 0.004 on v2.3.0, 0.086 on v2.4.0's rows; the half-month mixes both and its late labels.
    const ece = { baseline: p.calibration?.baseline?.ece ?? NaN, current: p.calibration?.current?.ece ?? NaN };
    assert.ok(ece.baseline < 0.01 && ece.current > 5 * ece.baseline, `ECE ${ece.baseline} -> ${ece.current}`);
    assert.ok(p.confidence?.current !== null && p.entropy?.current !== null);
  });
});
