// The foundation, checked inside a real extension host: the extension activates, every command the
// manifest contributes is registered, the side panel webview view resolves, and the workspace index finds
// the prediction logs that are on disk.
import { strict as assert } from 'node:assert';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { activeApi, extension, waitUntil } from '../support/extension';

interface ContributedCommand {
  readonly command: string;
}

function logsOnDisk(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === '.git' || name === 'node_modules' || name === '.venv') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(csv|tsv|jsonl|ndjson|arrow|feather|ipc|parquet)$/i.test(name)) out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

describe('foundation', () => {
  it('activates and returns its api', async () => {
    const api = await activeApi();
    assert.ok(extension().isActive, 'extension is not active after activate()');
    assert.ok(api.sidePanel, 'activate() returned no sidePanel');
    assert.ok(api.index, 'activate() returned no index');
  });

  it('registers every command package.json contributes', async () => {
    await activeApi();
    const contributed = (extension().packageJSON.contributes.commands as ContributedCommand[]).map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('resolves the side panel webview view when asked to show it', async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('modelIncident.showSidePanel');
    await waitUntil(() => api.sidePanel.isResolved, 'the side panel to resolve', api.sidePanel.onDidResolve);
    const snapshot = api.sidePanel.snapshot();
    assert.equal(snapshot.workspaceName, vscode.workspace.name);
  });

  it('indexes exactly the prediction logs on disk', async () => {
    const api = await activeApi();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workbench opened no folder');
    const expected = logsOnDisk(folder.uri.fsPath);
    assert.ok(expected.length > 0, `no prediction logs in ${folder.uri.fsPath}`);
    await api.index.refresh();
    const indexed = api.index.logs.map((log) => vscode.workspace.asRelativePath(log.uri, false)).sort();
    assert.deepEqual(indexed, expected);
  });
});
