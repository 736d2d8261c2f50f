// The extension's entry: wires the adapter's parts together and owns their disposables.
import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import { IncidentTreeProvider } from './incidentTree';
import { SidePanelViewProvider, sidePanelViewId } from './sidePanelView';
import { WorkspaceIndex } from './workspaceIndex';

export const incidentTreeViewId = 'modelIncident.incidentTree';

/** What activate() returns: a small surface the integration tests use to observe the extension. */
export interface ExtensionApi {
  readonly sidePanel: SidePanelViewProvider;
  readonly index: WorkspaceIndex;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = vscode.window.createOutputChannel('Model Incident', { log: true });
  const index = new WorkspaceIndex();
  const tree = new IncidentTreeProvider(index);
  const sidePanel = new SidePanelViewProvider(context.extensionUri, index, log);

  context.subscriptions.push(
    log,
    index,
    tree,
    sidePanel,
    vscode.window.registerTreeDataProvider(incidentTreeViewId, tree),
    vscode.window.registerWebviewViewProvider(sidePanelViewId, sidePanel),
    vscode.commands.registerCommand(CommandId.refresh, () => index.refresh()),
    vscode.commands.registerCommand(CommandId.showSidePanel, () =>
      vscode.commands.executeCommand(`${sidePanelViewId}.focus`),
    ),
  );
  void index.refresh();
  return { sidePanel, index };
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
