import { strict as assert } from 'node:assert';
import { readChangelog } from '../../../../../src/core/documents/changelog';
import { gatherEvidence } from '../../../../../src/core/runbook/evidence/gatherEvidence';
import type { EvidenceSources } from '../../../../../src/core/runbook/evidence/stepEvidence';
import { defaultGateThresholds } from '../../../../../src/core/runbook/rollbackGate';
import type { ServiceMetrics } from '../../../../../src/core/runbook/serviceMetrics';
import { stepIds } from '../../../../../src/core/runbook/steps';
import { driftReportFixture } from '../driftReportFixture';

function metrics(accuracy: number, p99: number): ServiceMetrics {
  return { rows: 1000, accuracy: { value: accuracy, labelled: 400 }, latency: { column: 'latency_ms', p50: 20, p99 }, ctr: null, score: { column: 'score', mean: 0.4, p50: 0.4, p90: 0.8 } };
}

const empty: EvidenceSources = {
  now: new Date('2026-11-22T10:00:00Z'),
  report: null,
  metrics: { baseline: null, current: null, candidate: null },
  labels: { baseline: null, current: null, candidate: null },
  layers: null,
  sources: null,
  changelog: [],
  commits: null,
  commitsUnavailable: 'Restricted Mode: git is not run in an untrusted workspace',
  modelVersions: [],
  gateThresholds: defaultGateThresholds,
  alertChannel: '#ml-oncall',
};

const full: EvidenceSources = {
  ...empty,
  report: driftReportFixture(),
  metrics: { baseline: metrics(0.9, 100), current: metrics(0.7, 120), candidate: metrics(0.898, 130) },
  labels: { baseline: 'serving.csv (model_version 1.0)', current: 'serving.csv (model_version 2.0)', candidate: 'serving.csv (model_version 2.1)' },
  layers: [],
  sources: [],
  changelog: readChangelog('- version: "2.0"\n  date: 2026-10-20\n  incident: INC-1\n', 'c.yaml').entries,
  commits: [{ sha: 'a'.repeat(40), time: '2026-10-19T15:00:00.000Z', author: 'dev', subject: 'scale income' }],
  commitsUnavailable: null,
  modelVersions: [{ version: '2.0', firstSeen: '2026-10-20T00:10:00.000Z', lastSeen: null, rows: 500 }],
};

describe('gatherEvidence', () => {
  it('says what is missing for every step when nothing has been gathered', () => {
    for (const step of stepIds) {
      const evidence = gatherEvidence(step, empty);
      assert.equal(evidence.step, step);
      assert.ok(evidence.missing.length > 0 || step === 'postmortem', `${step} claims evidence from nothing`);
    }
    assert.match(gatherEvidence('infrastructure', empty).missing.join(), /Restricted Mode/);
  });

  it('step 1 turns metric moves into findings', () => {
    const evidence = gatherEvidence('define', full);
    assert.ok(evidence.suggestedFindings.includes('Accuracy (labelled rows) moved 90.0% → 70.0%'));
    assert.equal(evidence.tone, 'warn');
    assert.match(evidence.headline, /^Underperforming: Accuracy/);
  });

  it('step 2 puts commits, changelog and versions on one timeline and names the changes nearest the onset', () => {
    const evidence = gatherEvidence('infrastructure', full);
    assert.deepEqual(evidence.tables[0]!.rows.map((r) => r[1]), ['commit', 'changelog', 'model_version']);
    assert.match(evidence.headline, /^Drift in user\.income starts 2026-10-20 00:00, right after: changelog 2\.0: new features/);
  });

  it('step 3 lists features worst first with the deciding signal', () => {
    const evidence = gatherEvidence('skew', full);
    assert.deepEqual(evidence.tables[0]!.rows.map((r) => [r[0], r[2], r[3]]), [['user.income', 'critical', 'psi 0.31'], ['device_age', 'ok', '—']]);
    assert.equal(evidence.tone, 'critical');
  });

  it('step 5 reports the class, the action, the share and the segments', () => {
    const evidence = gatherEvidence('blastRadius', full);
    assert.deepEqual(evidence.tables[0]!.rows, [['featureEncodingBug', 'user.income', 'region=eu', '2026-10-20 00:00', '150 rows (15.0%)', 'hotfix the pipeline']]);
    assert.deepEqual(evidence.suggestedFindings, [
      'Blast radius: featureEncodingBug (feature encoding bug); suggested action: hotfix the pipeline',
      'Affected: 150 rows, 15.0% of current traffic, since 2026-10-20 00:00 UTC',
      'Segments: region=eu (15.0%)',
    ]);
  });

  it('step 6 runs the rollback gate on baseline and candidate', () => {
    const evidence = gatherEvidence('fix', full);
    assert.equal(evidence.tone, 'ok');
    assert.deepEqual(evidence.tables[0]!.rows.map((r) => r[5]), ['pass', 'pass', 'unavailable']);
    const failing = gatherEvidence('fix', { ...full, metrics: { ...full.metrics, candidate: metrics(0.89, 100) } });
    assert.equal(failing.tone, 'critical');
    assert.match(failing.headline, /^Gate failed: roll back\. Accuracy 90\.0% → 89\.0%/);
  });

  it('step 7 proposes the alerts', () => {
    assert.deepEqual(gatherEvidence('postmortem', full).tables[0]!.rows, [
      ['drift.user_income.psi', '0.1', '#ml-oncall'],
      ['model.calibration', '0.05', '#ml-oncall'],
    ]);
  });
});
