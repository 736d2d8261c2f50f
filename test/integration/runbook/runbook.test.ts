// The runbook in a real extension host, on a copy of the sample incident (with its git history): start an
// incident, walk all seven steps through the panel's own message handler (evidence, findings, checklist,
// done and skip-with-reason), write the postmortem and a changelog entry, then resume from the written
// state as a reload would.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { readChangelog } from '../../../src/core/documents/changelog';
import { readPostmortem } from '../../../src/core/documents/postmortemFile';
import { readRunbook } from '../../../src/core/runbook/runbookFile';
import { stepIds } from '../../../src/core/runbook/steps';
import type { DriftOutcome } from '../../../src/extension/drift/runDriftCheck';
import type { RunbookSnapshot } from '../../../src/protocol/runbook';
import { activeApi, workspaceRoot } from '../support/extension';

const incident = 'INC-2026-0142';
const baselineFile = 'data/training_baseline.parquet';
const currentFile = 'logs/predictions-2026-10-16_30.arrow';

describe('incident runbook (integration)', function () {
  this.timeout(180_000);
  const changelogPath = () => join(workspaceRoot(), 'model-changelog.yaml');
  const runbookFile = () => join(workspaceRoot(), 'incidents', incident, 'runbook.yaml');
  let changelogBefore = '';
  let lastSnapshot: RunbookSnapshot | undefined;

  before(async () => {
    changelogBefore = readFileSync(changelogPath(), 'utf8');
    const api = await activeApi();
    await api.index.refresh();
    api.runbook.panel.onDidPost((message) => (lastSnapshot = message.snapshot));
  });

  it('registers its commands and contributes the changelog view', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['startIncident', 'resumeRunbook', 'generatePostmortem', 'addChangelogEntry', 'showModelChangelog']) {
      assert.ok(commands.includes(`modelIncident.${id}`), id);
    }
    await vscode.commands.executeCommand('modelIncident.showModelChangelog');
    const api = await activeApi();
    const files = await api.runbook.changelog.read();
    assert.deepEqual(files.flatMap((f) => f.entries.map((e) => e.version)), ['v2.1.0', 'v2.2.0', 'v2.3.0', 'v2.4.0']);
  });

  it('starts an incident and writes its runbook.yaml', async () => {
    const api = await activeApi();
    const session = await vscode.commands.executeCommand('modelIncident.startIncident', { incident, title: 'Fraud model flags too much after v2.4.0' });
    assert.ok(session, 'no session');
    assert.ok(existsSync(runbookFile()), 'runbook.yaml was not written');
    const state = readRunbook(readFileSync(runbookFile(), 'utf8'), 'runbook.yaml');
    assert.equal(state.incident, incident);
    assert.deepEqual(state.steps.map((s) => s.status), stepIds.map(() => 'pending'));
    assert.ok(api.runbook.panel.isOpen, 'the runbook panel did not open');
  });

  it('walks the seven steps with real evidence from the logs, git, the changelog and the drift check', async () => {
    const api = await activeApi();
    const panel = api.runbook.panel;
    const outcome = await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', { baseline: { path: baselineFile }, current: { path: currentFile } });
    assert.equal(outcome?.status, 'done');

    const evidence = async (stepId: (typeof stepIds)[number]) => {
      await panel.receive({ type: 'evidence', stepId });
      const step = lastSnapshot?.steps.find((s) => s.id === stepId);
      assert.ok(step?.evidence, `no evidence for ${stepId}: ${lastSnapshot?.message?.text ?? ''}`);
      return step.evidence;
    };
    const adoptFirst = async (stepId: (typeof stepIds)[number], pattern: RegExp) => {
      const step = lastSnapshot!.steps.find((s) => s.id === stepId)!;
      const finding = step.evidence!.suggestedFindings.find((f) => pattern.test(f));
      assert.ok(finding, `${stepId}: no suggested finding matches ${pattern}: ${JSON.stringify(step.evidence!.suggestedFindings)}`);
      await panel.receive({ type: 'finding', stepId, finding });
    };
    const complete = async (stepId: (typeof stepIds)[number]) => {
      await panel.receive({ type: 'step', stepId, action: 'complete' });
      assert.equal(lastSnapshot?.steps.find((s) => s.id === stepId)?.status, 'done', lastSnapshot?.message?.text);
    };

    // 1. The symptom: accuracy on labelled rows fell, scores moved.
    const define = await evidence('define');
    assert.match(define.facts.map((f) => `${f.label}: ${f.value}`).join('\n'), /Accuracy \(labelled rows\)/);
    await adoptFirst('define', /Accuracy|Mean score|Score p90/);
    await panel.receive({ type: 'check', stepId: 'define', item: 'accuracy', checked: true });
    await panel.receive({ type: 'notes', stepId: 'define', notes: 'Fraud queue tripled; chargebacks flat.\nSymptom: score distribution shift.' });
    await complete('define');

    // 2. What changed: commits from git, changelog entries and model_version sightings on one timeline.
    const infrastructure = await evidence('infrastructure');
    const kinds = new Set(infrastructure.tables[0]!.rows.map((r) => r[1]));
    assert.ok(kinds.has('changelog') && kinds.has('model_version'), [...kinds].join());
    assert.ok(kinds.has('commit'), `no commits on the timeline: ${infrastructure.missing.join('; ')}`);
    await panel.receive({ type: 'finding', stepId: 'infrastructure', finding: 'v2.4.0 deployed 2026-10-20 09:30Z, canary skipped' });
    await complete('infrastructure');

    // 3. Skew: the drift report, feature by feature.
    const skew = await evidence('skew');
    assert.equal(skew.tone, 'critical');
    assert.ok(skew.tables[0]!.rows.some((r) => r[0] === 'score' && r[2] === 'critical'), 'score is not critical');
    await adoptFirst('skew', /./);
    await complete('skew');

    // 4. Layer: credit_score nulls from the bureau source.
    const layer = await evidence('layer');
    assert.match(layer.suggestedFindings.join('\n'), /credit_score/);
    await adoptFirst('layer', /credit_score/);
    await complete('layer');

    // 5. Blast radius: class, action, share.
    const blast = await evidence('blastRadius');
    assert.match(blast.headline, /^Blast radius: \w+/);
    await adoptFirst('blastRadius', /^Blast radius/);
    await complete('blastRadius');

    // 6. Rollback gate: the training baseline against the v2.4.0 rows.
    const session = api.runbook.session()!;
    await session.setInputs({ candidate: { path: currentFile, where: { column: 'model_version', equals: ['v2.4.0'] } } });
    const fix = await evidence('fix');
    assert.equal(fix.tables[0]!.title, 'Rollback gate');
    assert.match(fix.headline, /^Gate failed: roll back/);
    await panel.receive({ type: 'step', stepId: 'fix', action: 'skip', reason: '   ' });
    assert.match(lastSnapshot?.message?.text ?? '', /needs a reason/);
    await panel.receive({ type: 'step', stepId: 'fix', action: 'skip', reason: 'rolled back to v2.3.0; no candidate promoted yet' });
    assert.equal(lastSnapshot?.steps.find((s) => s.id === 'fix')?.status, 'skipped');

    // 7. Alerts from the signals that fired.
    const postmortem = await evidence('postmortem');
    assert.ok(postmortem.tables[0]!.rows.length > 0, 'no alerts proposed');
    await panel.receive({ type: 'check', stepId: 'postmortem', item: 'regressionTest', checked: true });

    const state = readRunbook(readFileSync(runbookFile(), 'utf8'), 'runbook.yaml');
    assert.deepEqual(state.steps.map((s) => s.status), ['done', 'done', 'done', 'done', 'done', 'skipped', 'in-progress']);
    assert.equal(state.steps[0]!.notes, 'Fraud queue tripled; chargebacks flat.\nSymptom: score distribution shift.');
    assert.equal(state.inputs.baseline?.path, baselineFile);
    assert.deepEqual(state.inputs.candidate?.where?.equals, ['v2.4.0']);
  });

  it('writes a postmortem that validates, and refuses to overwrite it', async () => {
    const api = await activeApi();
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('modelIncident.generatePostmortem');
    assert.ok(uri, lastSnapshot?.message?.text);
    const path = join(workspaceRoot(), 'incidents', incident, 'postmortem.yaml');
    const text = readFileSync(path, 'utf8');
    const postmortem = readPostmortem(text, 'postmortem.yaml');
    assert.equal(postmortem.id, incident);
    assert.equal(postmortem.status, 'Draft');
    assert.ok(postmortem.driftedFeatures.length > 0);
    assert.ok(postmortem.evidence.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256)));
    assert.ok(postmortem.timeline.some((e) => e.source === 'commit'), 'no commits in the timeline');
    assert.match(postmortem.lessons.join('\n'), /credit_score/);
    const again = await api.runbook.generatePostmortem();
    assert.equal(again, undefined);
    assert.equal(readFileSync(path, 'utf8'), text, 'the postmortem was overwritten');
  });

  it('appends a changelog entry keeping every comment, as one undoable edit', async () => {
    const added = await vscode.commands.executeCommand<{ uri: vscode.Uri; line: number } | undefined>('modelIncident.addChangelogEntry', {
      entry: {
        version: 'v2.3.0-rollback',
        date: '2026-10-31',
        incident,
        root_cause: 'bad deployment: v2.4.0 never re-calibrated after up-weighting fraud x3',
        drift_signal: 'score PSI ~1 from day 24; ECE 0.004 -> 0.086',
        resolution: 'rolled back to v2.3.0',
        new_alerts_added: [{ name: 'drift.score.psi', threshold: 0.1, channel: '#ml-oncall' }],
      },
    });
    assert.ok(added, lastSnapshot?.message?.text);
    const text = readFileSync(changelogPath(), 'utf8');
    assert.ok(text.startsWith(changelogBefore), 'the existing text changed');
    const entries = readChangelog(text, 'model-changelog.yaml').entries;
    assert.deepEqual(entries.map((e) => e.version), ['v2.1.0', 'v2.2.0', 'v2.3.0', 'v2.4.0', 'v2.3.0-rollback']);
    assert.equal(entries[4]!.line, added.line);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === changelogPath());
    assert.ok(document, 'the changelog is not open');
    await vscode.window.showTextDocument(document, { preserveFocus: false });
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), changelogBefore, 'undo did not take the entry back');
    await vscode.commands.executeCommand('redo');
    assert.equal(document.getText(), text);
    await document.save();
  });

  it('resumes from the written state', async () => {
    const api = await activeApi();
    const written = readRunbook(readFileSync(runbookFile(), 'utf8'), 'runbook.yaml');
    const resumed = await vscode.commands.executeCommand('modelIncident.resumeRunbook', { incident });
    assert.ok(resumed);
    assert.deepEqual(api.runbook.session()!.state, written);
    await api.runbook.panel.receive({ type: 'ready' });
    assert.equal(lastSnapshot?.currentStep, 'postmortem');
    assert.equal(lastSnapshot?.postmortemFile, `incidents/${incident}/postmortem.yaml`);
    await api.runbook.panel.receive({ type: 'step', stepId: 'postmortem', action: 'complete' });
    const finished = readRunbook(readFileSync(runbookFile(), 'utf8'), 'runbook.yaml');
    assert.ok(finished.steps.every((s) => s.status === 'done' || s.status === 'skipped'));
    assert.equal(finished.steps[5]!.skipReason, 'rolled back to v2.3.0; no candidate promoted yet');
  });
});
