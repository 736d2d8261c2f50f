// Open Prediction Log in a real extension host: the read-only custom editor for Arrow and Parquet, the
// panel for CSV, the profile computed in the worker, and a log that fails to load.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { HostToLogProfile } from '../../../src/protocol/logProfile';
import { activeApi, workspaceRoot } from '../support/extension';

/** The first profile message for `path` that is not `loading`. */
async function profileOf(path: string, open: () => Thenable<unknown>): Promise<HostToLogProfile> {
  const api = await activeApi();
  const target = vscode.Uri.file(path).toString();
  const settled = new Promise<HostToLogProfile>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no profile of ${path} within 60 s`)), 60_000);
    const subscription = api.drift.logProfiles.onDidPost(({ uri, message }) => {
      if (uri.toString() !== target || message.type === 'loading') return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(message);
    });
  });
  await open();
  return settled;
}

describe('open prediction log (integration)', function () {
  this.timeout(90_000);

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens an Arrow log in the read-only profile editor', async () => {
    const path = join(workspaceRoot(), 'logs', 'predictions-2026-10-16_30.arrow');
    const message = await profileOf(path, () => vscode.commands.executeCommand('modelIncident.openPredictionLog', vscode.Uri.file(path)));
    assert.equal(message.type, 'snapshot', JSON.stringify(message).slice(0, 300));
    const snapshot = (message as Extract<HostToLogProfile, { type: 'snapshot' }>).snapshot;
    assert.equal(snapshot.rows, 7520);
    assert.equal(snapshot.format, 'arrow');
    assert.equal(snapshot.path, 'logs/predictions-2026-10-16_30.arrow');
    assert.ok(snapshot.schema.rows.length >= 28, `${snapshot.schema.rows.length} schema rows`);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputCustom, 'the Arrow log did not open in a custom editor');
    assert.equal((tab.input as vscode.TabInputCustom).viewType, 'modelIncident.logProfile');
  });

  it('opens a Parquet baseline with a double click too (the custom editor is the default)', async () => {
    const path = join(workspaceRoot(), 'data', 'training_baseline.parquet');
    const message = await profileOf(path, () => vscode.commands.executeCommand('vscode.open', vscode.Uri.file(path)));
    assert.equal(message.type, 'snapshot');
    assert.equal((message as Extract<HostToLogProfile, { type: 'snapshot' }>).snapshot.rows, 10000);
  });

  it('profiles a CSV log in a panel by command', async () => {
    const message = await profileOf(join(workspaceRoot(), 'logs', 'predictions-2026-10-01_15.csv'), () =>
      vscode.commands.executeCommand('modelIncident.openPredictionLog', 'logs/predictions-2026-10-01_15.csv'),
    );
    assert.equal(message.type, 'snapshot');
    const snapshot = (message as Extract<HostToLogProfile, { type: 'snapshot' }>).snapshot;
    assert.equal(snapshot.rows, 7480);
    assert.equal(snapshot.format, 'csv');
  });

  it('shows a load error with path:line for a broken file', async () => {
    const bad = join(workspaceRoot(), 'logs', 'not-a-log.csv');
    writeFileSync(bad, Buffer.from('a,b\n1,2\n\u0000\u0001,3\n', 'latin1'));
    const message = await profileOf(bad, () => vscode.commands.executeCommand('modelIncident.openPredictionLog', vscode.Uri.file(bad)));
    assert.equal(message.type, 'error');
    assert.match((message as Extract<HostToLogProfile, { type: 'error' }>).message, /not-a-log\.csv:3: /);
  });
});
