// The drift check reads the workspace's git history (the harness's copy of the sample incident has the
// commits of make-git-history.mjs) and sets each onset beside the commits made as it began: the Android
// amount incident beside "feature pipeline: amounts in cents for Android SDK 5".
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { DriftReport } from '../../../src/core/drift/report';
import type { DriftOutcome } from '../../../src/extension/drift/runDriftCheck';
import { activeApi } from '../support/extension';

const centsCommit = 'feature pipeline: amounts in cents for Android SDK 5';

async function check(baseline: string, current: string): Promise<DriftReport> {
  await (await activeApi()).index.refresh();
  const outcome = await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', { baseline: { path: baseline }, current: { path: current } });
  assert.equal(outcome?.status, 'done', `the check did not finish: ${JSON.stringify(outcome)}`);
  return (outcome as Extract<DriftOutcome, { status: 'done' }>).result.report;
}

describe('drift check: commits beside the onsets (integration)', function () {
  this.timeout(120_000);

  it('lists the "amounts in cents" commit at the onset of the Android amount incident', async () => {
    assert.ok(vscode.workspace.isTrusted, 'this suite runs in a trusted workspace');
    const report = await check('data/training_baseline.parquet', 'logs/predictions-2026-10-16_30.arrow');
    const timeline = report.timeline;
    assert.ok(timeline, 'the report has no timeline');
    assert.equal(timeline.commits.read, true, `commits were not read: ${JSON.stringify(timeline.commits)}`);

    const amount = report.features.find((f) => f.name === 'transaction_amount');
    assert.equal(amount?.onset?.start, '2026-10-24T00:00:00.000Z');
    const beside = amount.onset.nearest.commits.map((id) => timeline.markers.find((m) => m.id === id));
    assert.deepEqual(
      beside.map((m) => [m?.kind, m?.label, m?.author, m?.time]),
      [['commit', centsCommit, 'Li Wei', '2026-10-24T07:55:00.000Z']],
    );

    // Only commits inside the window (Oct 16 to the end of Oct 30) are markers, and the count says so.
    const commits = timeline.markers.filter((m) => m.kind === 'commit');
    assert.ok(commits.length >= 2, `only ${commits.length} commits in the window`);
    for (const m of commits) assert.ok(m.time >= '2026-10-16' && m.time < '2026-10-31', `${m.label} at ${m.time} is outside the window`);
    if (timeline.commits.read) assert.equal(timeline.commits.inWindow, commits.length);
  });
});
