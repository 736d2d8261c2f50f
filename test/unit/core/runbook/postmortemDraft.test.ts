import { strict as assert } from 'node:assert';
import { readChangelog } from '../../../../src/core/documents/changelog';
import { postmortemText, readPostmortem } from '../../../../src/core/documents/postmortemFile';
import { alertsFromSignals } from '../../../../src/core/runbook/alertsFromSignals';
import { draftPostmortem } from '../../../../src/core/runbook/postmortemDraft';
import { defaultGateThresholds } from '../../../../src/core/runbook/rollbackGate';
import { applyStepAction, newRunbook } from '../../../../src/core/runbook/runbookState';
import { driftReportFixture } from './driftReportFixture';

const changelog = readChangelog('- version: "2.0"\n  date: 2026-10-20\n  resolution: new income feature\n', 'model-changelog.yaml').entries;
const commits = [{ sha: 'a'.repeat(40), time: '2026-10-19T15:00:00.000Z', author: 'dev', subject: 'scale income' }];

function walkedState() {
  let state = newRunbook('INC-2026-0142', 'Income drift after 2.0', new Date('2026-11-22T10:00:00Z'));
  state = applyStepAction(state, 'define', { type: 'addFinding', finding: 'Accuracy moved 90.0% → 70.0%' }, new Date('2026-11-22T10:05:00Z'));
  state = applyStepAction(state, 'define', { type: 'complete' }, new Date('2026-11-22T10:06:00Z'));
  state = applyStepAction(state, 'infrastructure', { type: 'addFinding', finding: 'commit aaaaaaaa scaled income' }, new Date('2026-11-22T10:07:00Z'));
  state = applyStepAction(state, 'fix', { type: 'addFinding', finding: 'hotfix rolled out through canary' }, new Date('2026-11-22T10:30:00Z'));
  return state;
}

describe('draftPostmortem', () => {
  it('fills every field from the evidence and validates against the schema', () => {
    const report = driftReportFixture();
    const draft = draftPostmortem({
      state: walkedState(),
      report,
      changelog,
      commits,
      alerts: alertsFromSignals(report, '#ml-oncall'),
      gateThresholds: defaultGateThresholds,
      tool: 'model-incident-debugger 0.1.0',
    });
    assert.equal(draft.status, 'Draft');
    assert.equal(draft.severity, 'SEV2');
    assert.equal(draft.rootCauseClass, 'feature-encoding-bug');
    assert.equal(draft.decision.action, 'hotfix');
    assert.match(draft.decision.why, /^feature encoding bug: hotfix the pipeline\. user\.income drifts only in region=eu/);
    assert.equal(draft.detection.signal, 'user.income: critical by psi 0.31 since 2026-10-20');
    assert.equal(draft.detection.time, '2026-10-20T00:00:00.000Z');
    assert.deepEqual(draft.driftedFeatures, [{ name: 'user.income', severity: 'critical', decidedBy: 'psi', value: 0.31, onset: '2026-10-20T00:00:00.000Z' }]);
    assert.deepEqual(draft.impactedSegments, [{ column: 'region', value: 'eu', share: 0.15, severity: 'critical' }]);
    assert.deepEqual(draft.whatChanged, ['commit aaaaaaaa scaled income']);
    assert.equal(draft.resolution, 'hotfix rolled out through canary');
    assert.deepEqual(draft.evidence.inputs.map((i) => [i.role, i.sha256.slice(0, 2)]), [['baseline', '11'], ['current (model_version in {2.0})', '22']]);
    assert.equal(draft.evidence.thresholds['psi.warn'], 0.1);
    assert.equal(draft.evidence.thresholds.gateAccuracyDrop, 0.005);
    assert.deepEqual(draft.timeline.map((e) => e.source), ['commit', 'changelog', 'drift', 'model_version', 'runbook', 'runbook']);
    assert.equal(draft.actionItems[0]!.description, 'Add a regression test that reproduces this failure');
    assert.equal(draft.newAlerts.length, 2);
    const text = postmortemText(draft, 'incidents/INC-2026-0142/postmortem.yaml');
    assert.deepEqual(readPostmortem(text, 'p.yaml'), JSON.parse(JSON.stringify(draft)));
  });

  it('without a report, says the decision is open and still validates', () => {
    const draft = draftPostmortem({ state: walkedState(), report: null, changelog, commits: [], alerts: [], gateThresholds: defaultGateThresholds, tool: 't' });
    assert.equal(draft.rootCauseClass, 'unknown');
    assert.equal(draft.severity, 'SEV4');
    assert.equal(draft.detection.signal, 'Accuracy moved 90.0% → 70.0%');
    assert.match(draft.decision.why, /To be decided/);
    postmortemText(draft, 'p.yaml');
  });

  it('without infrastructure findings, names the changelog entries of the 30 days up to the latest onset', () => {
    const entries = readChangelog(
      '- {version: "1.9", date: 2026-09-01}\n- {version: "2.0", date: 2026-10-20}\n- {version: "2.0.1", date: 2026-10-31, resolution: the fix}\n',
      'c.yaml',
    ).entries;
    const state = newRunbook('INC-1', 't', new Date('2026-11-22T10:00:00Z'));
    const draft = draftPostmortem({ state, report: driftReportFixture(), changelog: entries, commits: [], alerts: [], gateThresholds: defaultGateThresholds, tool: 't' });
    assert.deepEqual(draft.whatChanged, ['model 2.0']);
  });
});
