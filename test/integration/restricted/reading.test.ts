// Restricted Mode keeps what only reads: the logs are found, the model changelog is read, a drift check runs
// on the sample incident and its report opens with its charts, which the worker also renders to SVG. The
// side panel says it is in Restricted Mode. And reading writes nothing either (.git included: no git runs).
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { DriftOutcome } from '../../../src/extension/drift/runDriftCheck';
import type { ReportView } from '../../../src/core/views/reportView';
import { activeApi, waitUntil, workspaceRoot } from '../support/extension';
import { changedPaths, fingerprint, type Fingerprint } from './workspaceFingerprint';

const baselineFile = 'data/training_baseline.parquet';
const currentFile = 'logs/predictions-2026-10-16_30.arrow';
const csvLog = 'logs/predictions-2026-10-01_15.csv';

describe('Restricted Mode: reading and charts work', function () {
  this.timeout(120_000);
  let untouched: Fingerprint;

  before(() => {
    untouched = fingerprint(workspaceRoot());
  });

  it('finds the prediction logs and the model changelog', async () => {
    const api = await activeApi();
    await api.index.refresh();
    const logs = api.index.logs.map((log) => vscode.workspace.asRelativePath(log.uri, false)).sort();
    assert.deepEqual(logs, [baselineFile, csvLog, currentFile].sort());
    const changelogs = await api.runbook.changelog.read();
    assert.deepEqual(changelogs.flatMap((f) => f.entries.map((e) => e.version)), ['v2.1.0', 'v2.2.0', 'v2.3.0', 'v2.4.0']);
  });

  it('runs a drift check on the sample incident and yields a report', async () => {
    const api = await activeApi();
    const outcome = await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', { baseline: { path: baselineFile }, current: { path: currentFile } });
    assert.equal(outcome?.status, 'done', `the drift check did not finish: ${JSON.stringify(outcome).slice(0, 300)}`);
    const report = api.drift.results.current?.report;
    assert.ok(report, 'no report after the check');
    assert.ok(report.features.length > 10, `only ${report.features.length} features`);
    assert.ok(report.features.some((f) => f.rankSeverity === 'critical'), 'the sample incident has critical drift');
    assert.match(api.drift.statusBar.item.text, /Drift: \d+ critical/);
    // The drift check reads commits for its onsets in a trusted window; here it must not run git, and say so.
    assert.deepEqual(report.timeline?.commits, { read: false, reason: 'Restricted Mode: git is not run in an untrusted workspace' });
    assert.ok(!report.timeline.markers.some((m) => m.kind === 'commit'), 'commit markers in Restricted Mode');
  });

  it('opens the drift report panel with its charts, Export disabled', async () => {
    const api = await activeApi();
    const posted = new Promise<{ view: ReportView; trusted: boolean }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the report webview never asked for its snapshot')), 30_000);
      const subscription = api.drift.reportPanel.onDidPost((message) => {
        if (message.type !== 'snapshot') return;
        clearTimeout(timer);
        subscription.dispose();
        resolve({ view: message.snapshot, trusted: message.trusted });
      });
    });
    await vscode.commands.executeCommand('modelIncident.openDriftReport');
    assert.ok(api.drift.reportPanel.isOpen, 'the report panel did not open');
    const { view, trusted } = await posted;
    assert.equal(trusted, false, 'the report panel was not told it is in Restricted Mode (it would offer Export)');
    assert.equal(view.features.length, api.drift.results.current?.report.features.length);
    const charts = view.details.flatMap((d) => d.charts);
    assert.ok(charts.length > 0, 'the report carries no feature charts');
    assert.ok(view.heatmap, 'the report carries no drift-over-time heatmap');

    // The same specs, rendered by Vega in the worker: charting needs no trust.
    const specs = [view.heatmap.spec, charts[0]!.spec];
    const { svgs } = await api.worker.run('renderSvg', { specs });
    assert.equal(svgs.length, 2);
    for (const svg of svgs) assert.match(svg, /^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('profiles a log in the read-only editor', async () => {
    const api = await activeApi();
    const target = vscode.Uri.file(join(workspaceRoot(), currentFile));
    const profiled = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no profile within 60 s')), 60_000);
      const subscription = api.drift.logProfiles.onDidPost(({ uri, message }) => {
        if (uri.toString() !== target.toString() || message.type === 'loading') return;
        clearTimeout(timer);
        subscription.dispose();
        resolve(message.type);
      });
    });
    await vscode.commands.executeCommand('modelIncident.openPredictionLog', target);
    assert.equal(await profiled, 'snapshot');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('tells the side panel it is in Restricted Mode', async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('modelIncident.showSidePanel');
    await waitUntil(() => api.sidePanel.isResolved, 'the side panel to resolve', api.sidePanel.onDidResolve);
    const snapshot = api.sidePanel.snapshot();
    assert.equal(snapshot.trusted, false);
    assert.ok(snapshot.explorer, 'the side panel shows no explorer after the check');
  });

  it('changed nothing in the workspace, .git included', () => {
    assert.deepEqual(changedPaths(untouched, fingerprint(workspaceRoot())), []);
  });
});
