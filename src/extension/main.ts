// The extension's entry: wires the adapter's parts together and owns their disposables.
import * as vscode from 'vscode';
import { join } from 'node:path';
import { CommandId } from './commandIds';
import { activateDrift, type DriftApi } from './drift/activateDrift';
import { DriftResults } from './drift/driftResults';
import { IncidentTreeProvider } from './incidentTree';
import { activateRunbook, type RunbookApi } from './runbook/activateRunbook';
import { SidePanelViewProvider, sidePanelViewId } from './sidePanelView';
import { WorkerClient } from './workerClient';
import { WorkspaceIndex } from './workspaceIndex';

export const incidentTreeViewId = 'modelIncident.incidentTree';

/** What activate() returns: a small surface the integration tests use to observe the extension. */
export interface ExtensionApi {
  readonly sidePanel: SidePanelViewProvider;
  readonly index: WorkspaceIndex;
  readonly worker: WorkerClient;
  readonly tree: IncidentTreeProvider;
  readonly drift: DriftApi;
  readonly runbook: RunbookApi;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = vscode.window.createOutputChannel('Model Incident', { log: true });
  const index = new WorkspaceIndex();
  const worker = new WorkerClient(join(context.extensionPath, 'dist', 'worker.js'));
  const driftResults = new DriftResults();
  const tree = new IncidentTreeProvider(index, driftResults);
  const sidePanel = new SidePanelViewProvider(context.extensionUri, index, driftResults, log);

  context.subscriptions.push(
    log,
    index,
    worker,
    driftResults,
    tree,
    sidePanel,
    vscode.window.registerTreeDataProvider(incidentTreeViewId, tree),
    vscode.window.registerWebviewViewProvider(sidePanelViewId, sidePanel),
    vscode.commands.registerCommand(CommandId.refresh, () => index.refresh()),
    vscode.commands.registerCommand(CommandId.showSidePanel, () =>
      vscode.commands.executeCommand(`${sidePanelViewId}.focus`),
    ),
  );
  const drift = activateDrift(context, { worker, index, results: driftResults, sidePanel, log });
  const runbook = activateRunbook(context, { worker, index, drift, log });
  void index.refresh();
  return { sidePanel, index, worker, tree, drift, runbook };
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
