// The drift check in a real extension host, on a copy of the sample incident: every drift command through
// the same code path the palette takes after its quick picks (commands accept the picked values as
// arguments), the results in the tree, status bar, Problems and both webviews, Cancel reaching the worker,
// a bad file, and every number compared with the CLI's JSON for the same files.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { DriftReport } from '../../../src/core/drift/report';
import { DriftResults } from '../../../src/extension/drift/driftResults';
import { DriftReportPanel, shownReportKey } from '../../../src/extension/drift/reportPanel';
import type { HostToReport } from '../../../src/protocol/report';
import type { DriftOutcome } from '../../../src/extension/drift/runDriftCheck';
import { activeApi, extension, waitUntil, workspaceRoot } from '../support/extension';

const baselineFile = 'data/training_baseline.parquet';
const currentFile = 'logs/predictions-2026-10-16_30.arrow';
const csvLog = 'logs/predictions-2026-10-01_15.csv';

function done(outcome: DriftOutcome | undefined): Extract<DriftOutcome, { status: 'done' }>['result'] {
  assert.ok(outcome, 'the command returned nothing');
  assert.equal(outcome.status, 'done', `the check did not finish: ${JSON.stringify(outcome)}`);
  return (outcome as Extract<DriftOutcome, { status: 'done' }>).result;
}

/** `model-incident drift <baseline> <current> --json`, run in the workspace like a user would. */
function cliReport(baseline: string, current: string): Promise<DriftReport> {
  const cli = join(extension().extensionPath, 'dist', 'cli.js');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, 'drift', baseline, current, '--json'], { cwd: workspaceRoot(), maxBuffer: 64 << 20, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (error, stdout, stderr) => {
      if (error && !stdout) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as DriftReport);
    });
  });
}

/**
 * The report without what legitimately differs between two runs: when and how the inputs were named, and
 * the commits (the extension reads git, the CLI does not): commit markers are left out and the other
 * markers named by kind and ref, since marker ids number all markers in time order.
 */
function comparable(report: DriftReport): unknown {
  const markers = report.timeline?.markers ?? [];
  const named = (id: string | null): string | null => {
    const marker = markers.find((m) => m.id === id);
    return marker ? `${marker.kind}:${marker.ref}` : id;
  };
  return {
    ...report,
    generatedAt: null,
    inputs: report.inputs.map((i) => ({ ...i, path: i.path.replace(/^.*?(data|logs)\//, '$1/') })),
    warnings: report.warnings.length,
    features: report.features.map((f) => ({ ...f, onset: f.onset && { ...f.onset, nearest: { changelog: named(f.onset.nearest.changelog), modelVersion: named(f.onset.nearest.modelVersion), commits: [] } } })),
    timeline: report.timeline && {
      ...report.timeline,
      markers: markers.filter((m) => m.kind !== 'commit').map(({ id: _id, ...marker }) => marker),
      commits: null,
    },
  };
}

describe('drift check (integration)', function () {
  this.timeout(120_000);

  it('runs from the command with picked files and fills the tree, status bar, Problems and side panel', async () => {
    const api = await activeApi();
    await api.index.refresh();
    const result = done(await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', { baseline: { path: baselineFile }, current: { path: currentFile } }));
    const report = result.report;
    assert.ok(report.features.length > 10, `only ${report.features.length} features`);
    assert.equal(api.drift.results.current?.key, result.key);

    // Status bar: the summary, and a click opens the report.
    const item = api.drift.statusBar.item;
    assert.match(item.text, /Drift: \d+ critical/);
    assert.equal((item.command as vscode.Command).command, 'modelIncident.openDriftReport');

    // Problems: one error per critical feature, linked to the report.
    const critical = report.features.filter((f) => f.rankSeverity === 'critical');
    assert.ok(critical.length > 0, 'the sample incident has critical drift');
    const entries = vscode.languages.getDiagnostics().flatMap(([, list]) => list.filter((d) => d.source === 'Model Incident'));
    assert.equal(entries.length, critical.length);
    for (const feature of critical) assert.ok(entries.some((d) => d.message.includes(`"${feature.name}"`)), `no Problems entry for ${feature.name}`);
    const code = entries[0]!.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'modelIncident.openDriftReport');

    // The side panel's explorer is built from the same report.
    await vscode.commands.executeCommand('modelIncident.showSidePanel');
    await waitUntil(() => api.sidePanel.isResolved, 'the side panel to resolve', api.sidePanel.onDidResolve);
    const explorer = api.sidePanel.snapshot().explorer;
    assert.ok(explorer, 'the side panel has no explorer after a check');
    assert.equal(explorer.totalFeatures, report.features.length);
    assert.deepEqual(explorer.summary.bySeverity, report.summary.bySeverity);
  });

  it('shows features grouped by severity in the tree, with the deciding signal', async () => {
    const api = await activeApi();
    const report = api.drift.results.current!.report;
    const [summary] = api.tree.getChildren();
    assert.equal(summary?.kind, 'driftSummary', 'the drift summary is not the first node of the tree');
    const groups = api.tree.getChildren(summary);
    const counted = Object.fromEntries(groups.map((g) => [g.kind === 'driftSeverity' ? g.severity : g.kind, api.tree.getChildren(g).length]));
    assert.deepEqual(counted, Object.fromEntries(Object.entries(report.summary.bySeverity).filter(([, n]) => n > 0)));
    const worst = api.tree.getChildren(groups[0])[0]!;
    const item = api.tree.getTreeItem(worst);
    assert.match(String(item.description), /(PSI|KS p-value|JS divergence|null-rate Δ|unseen share) /);
    assert.equal(item.command?.command, 'modelIncident.showFeatureHistogram');
  });

  it('gives the same numbers as the CLI JSON for the same files', async () => {
    const api = await activeApi();
    const ours = api.drift.results.current!.report;
    const cli = await cliReport(baselineFile, currentFile);
    assert.deepEqual(comparable(ours), comparable(cli));
  });

  it('answers a re-run on unchanged inputs from the cache', async () => {
    const first = (await activeApi()).drift.results.current!;
    const again = done(await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', { baseline: { path: baselineFile }, current: { path: currentFile } }));
    assert.equal(again.fromCache, true);
    assert.equal(again.key, first.key);
    assert.deepEqual(again.report, first.report);
  });

  it('stops the worker when the check is cancelled', async () => {
    const api = await activeApi();
    const restartsBefore = api.worker.restarts;
    const source = new vscode.CancellationTokenSource();
    // A slice never checked before, so the worker really runs (no cache hit); its files are hashed first,
    // so the cancel lands in the drift check job itself, not in hashing.
    const inputs = { baseline: { path: join(workspaceRoot(), csvLog), where: { column: 'timestamp', to: '2026-10-05T00:00:00Z' } }, current: { path: join(workspaceRoot(), currentFile) } };
    assert.equal(await api.drift.checker.cachedResult(inputs), undefined);
    const running = api.drift.run(inputs, source.token);
    setTimeout(() => source.cancel(), 50);
    const outcome = await running;
    assert.equal(outcome.status, 'cancelled');
    // The worker stopped on its abort signal: the client never had to replace it.
    await new Promise((r) => setTimeout(r, 700));
    assert.equal(api.worker.restarts, restartsBefore);
    // And it still works.
    const { sha256 } = await api.worker.run('hashFile', { path: join(workspaceRoot(), csvLog) });
    assert.match(sha256, /^[0-9a-f]{64}$/);
  });

  it('reports a log that fails to load with path:line and keeps working', async () => {
    // Binary garbage under a text extension: a NUL byte on line 4.
    writeFileSync(join(workspaceRoot(), 'logs', 'garbage.csv'), Buffer.from('timestamp,income\n2026-10-01T00:00:00Z,1\n2026-10-01T01:00:00Z,2\n\u0000\u0001\u0002,3\n', 'latin1'));
    const outcome = await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', { baseline: { path: baselineFile }, current: { path: 'logs/garbage.csv' } });
    assert.equal(outcome?.status, 'failed');
    assert.match((outcome as { message: string }).message, /logs\/garbage\.csv:4: /);
    const api = await activeApi();
    assert.equal(api.drift.results.state?.state, 'failed');
    done(await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', { baseline: { path: baselineFile }, current: { path: currentFile } }));
  });

  it('splits one log by time', async () => {
    const result = done(
      await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', {
        baseline: { path: csvLog, where: { column: 'timestamp', to: '2026-10-08T00:00:00Z' } },
        current: { path: csvLog, where: { column: 'timestamp', from: '2026-10-08T00:00:00Z' } },
      }),
    );
    const [baseline, current] = [result.report.inputs.find((i) => i.side === 'baseline')!, result.report.inputs.find((i) => i.side === 'current')!];
    assert.match(baseline.where ?? '', /timestamp/);
    assert.equal(baseline.rows + current.rows, 7480);
  });

  it('compares two model versions of one log', async () => {
    const result = done(
      await vscode.commands.executeCommand<DriftOutcome>('modelIncident.compareModelVersions', { path: currentFile, baseline: 'v2.3.0', current: 'v2.4.0' }),
    );
    assert.deepEqual(result.inputs.baseline.where, { column: 'model_version', equals: ['v2.3.0'] });
    const score = result.report.features.find((f) => f.name === 'score');
    assert.ok(score, 'no score feature');
    assert.equal(score.rankSeverity, 'critical', 'v2.4.0 shifts the score (the injected bad deployment)');
  });

  it('offers the log shape the quick picks split by', async () => {
    const api = await activeApi();
    const shape = await api.worker.run('logShape', { path: join(workspaceRoot(), currentFile) });
    assert.equal(shape.time?.column, 'timestamp');
    assert.ok(shape.time!.min.startsWith('2026-10-16'), shape.time!.min);
    assert.deepEqual(shape.modelVersion, { column: 'model_version', values: ['v2.3.0', 'v2.4.0'] });
  });

  it('opens the drift report and posts the report view of the last check', async () => {
    const api = await activeApi();
    const report = api.drift.results.current!.report;
    const posted = new Promise<unknown>((resolve) => {
      const subscription = api.drift.reportPanel.onDidPost((message) => {
        if (message.type === 'snapshot') {
          subscription.dispose();
          resolve(message.snapshot);
        }
      });
    });
    await vscode.commands.executeCommand('modelIncident.openDriftReport');
    assert.ok(api.drift.reportPanel.isOpen);
    // The panel posts its snapshot when the webview says it is ready.
    const snapshot = (await Promise.race([posted, new Promise((_, reject) => setTimeout(() => reject(new Error('the report webview never asked for its snapshot')), 20_000))])) as { features: readonly { name: string; psi: number | null }[]; summary: { bySeverity: unknown } };
    assert.equal(snapshot.features.length, report.features.length);
    assert.deepEqual(snapshot.summary.bySeverity, report.summary.bySeverity);
    for (const row of snapshot.features) assert.equal(row.psi, report.features.find((f) => f.name === row.name)?.psi);
  });

  it('opens the report on a feature named by a Problems link or the tree', async () => {
    const api = await activeApi();
    const worst = api.drift.results.current!.report.features.find((f) => f.severity === 'critical')!;
    const posted = new Promise<HostToReport>((resolve) => {
      const subscription = api.drift.reportPanel.onDidPost((message) => {
        if (message.type === 'snapshot' && message.focusFeatureId !== undefined) {
          subscription.dispose();
          resolve(message);
        }
      });
    });
    await vscode.commands.executeCommand('modelIncident.openDriftReport', { featureId: worst.id });
    const message = (await Promise.race([posted, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no focused snapshot was posted')), 20_000))])) as Extract<HostToReport, { type: 'snapshot' }>;
    assert.equal(message.focusFeatureId, worst.id);
  });

  it('restores a report panel after a reload from the cache (the serializer path)', async () => {
    const api = await activeApi();
    const last = api.drift.results.current!;
    // A fresh panel owner, as after a reload: no result in memory, only the key the workspace remembers.
    const results = new DriftResults();
    const remembered = new Map<string, unknown>([[shownReportKey, last.key]]);
    const state = { keys: () => [...remembered.keys()], get: (key: string) => remembered.get(key), update: async (key: string, value: unknown) => void remembered.set(key, value) } as vscode.Memento;
    const restored = new DriftReportPanel({
      extensionUri: extension().extensionUri,
      results,
      state,
      log: vscode.window.createOutputChannel('drift restore test', { log: true }),
      cached: (key) => api.drift.checker.cached(key),
      showInSidePanel: async () => undefined,
    });
    const posted = new Promise<HostToReport>((resolve) => restored.onDidPost(resolve));
    const panel = vscode.window.createWebviewPanel('modelIncident.driftReport', 'Drift Report', vscode.ViewColumn.Active);
    try {
      await restored.deserializeWebviewPanel(panel);
      const message = await posted;
      assert.equal(message.type, 'snapshot');
      assert.equal((message as Extract<HostToReport, { type: 'snapshot' }>).snapshot.features.length, last.report.features.length);
    } finally {
      restored.dispose();
      results.dispose();
    }
  });

  it('shows a feature histogram by id in the side panel', async () => {
    const api = await activeApi();
    const report = api.drift.results.current!.report;
    const target = report.features[report.features.length - 1]!;
    const chosen = await vscode.commands.executeCommand('modelIncident.showFeatureHistogram', { featureId: target.id });
    assert.equal(chosen, target.id);
    await waitUntil(() => api.sidePanel.snapshot().explorer?.selected?.id === target.id, 'the side panel to select the feature');
    assert.ok(api.sidePanel.snapshot().explorer?.selected?.distribution, 'no distribution chart for the selected feature');
  });

  it('exports Markdown, JSON and SVG charts without overwriting', async () => {
    const api = await activeApi();
    const report = api.drift.results.current!.report;
    const first = await vscode.commands.executeCommand<{ status: string; markdown: vscode.Uri; json: vscode.Uri; charts: vscode.Uri[] }>('modelIncident.exportReport', { path: 'reports/drift.md' });
    assert.equal(first?.status, 'written');
    const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.deepEqual(JSON.parse(await read(first.json)), report);
    const markdown = await read(first.markdown);
    for (const feature of report.features) assert.ok(markdown.includes(feature.name), `${feature.name} missing from the Markdown`);
    assert.ok(first.charts.length > 0, 'no charts');
    const svg = await read(first.charts[0]!);
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const second = await vscode.commands.executeCommand<{ status: string; markdown: vscode.Uri }>('modelIncident.exportReport', { path: 'reports/drift.md' });
    assert.equal(second?.status, 'written');
    assert.ok(second.markdown.path.endsWith('/reports/drift-2.md'), second.markdown.path);
    assert.equal(await read(first.markdown), markdown, 'the first export was overwritten');
  });
  it('puts Problems on .model-incident.yaml when the workspace has one, and reports a bad config at path:line', async () => {
    const config = join(workspaceRoot(), '.model-incident.yaml');
    try {
      writeFileSync(config, '# thresholds for the fraud model\nthresholds:\n  psi:\n    warn: 0.1\n    critical: 0.2\n');
      const result = done(await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', { baseline: { path: baselineFile }, current: { path: currentFile } }));
      const critical = result.report.features.filter((f) => f.rankSeverity === 'critical').length;
      assert.equal(vscode.languages.getDiagnostics(vscode.Uri.file(config)).length, critical);
      assert.equal(vscode.languages.getDiagnostics(vscode.Uri.file(join(workspaceRoot(), currentFile))).length, 0);

      writeFileSync(config, 'thresholds:\n  psi:\n    warn: 0.1\n  nonsense: 3\n');
      const outcome = await vscode.commands.executeCommand<DriftOutcome>('modelIncident.runDriftCheck', { baseline: { path: baselineFile }, current: { path: currentFile } });
      assert.equal(outcome?.status, 'failed');
      assert.match((outcome as { message: string }).message, /\.model-incident\.yaml:4: /);
    } finally {
      rmSync(config, { force: true });
    }
  });
});
