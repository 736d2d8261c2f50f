// The side panel webview view: renders a SidePanelSnapshot, turns the panel's intents into commands.
import * as vscode from 'vscode';
import { isSidePanelToHost, type HostToSidePanel, type SidePanelIntent, type SidePanelSnapshot } from '../protocol/sidePanel';
import { CommandId } from './commandIds';
import { renderShell, webviewOptions } from './webviewHtml';
import type { WorkspaceIndex } from './workspaceIndex';

export const sidePanelViewId = 'modelIncident.sidePanel';

export class SidePanelViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly resolved = new vscode.EventEmitter<void>();
  /** Fires each time VS Code resolves the view (integration tests wait on it). */
  readonly onDidResolve = this.resolved.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(index.onDidChange(() => this.postSnapshot()), this.resolved);
  }

  get isResolved(): boolean {
    return this.view !== undefined;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = renderShell(view.webview, this.extensionUri, { title: 'Model Incident', bundle: 'sidePanel' });
    const subscriptions = [
      view.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.postSnapshot()),
    ];
    view.onDidDispose(() => {
      this.view = undefined;
      for (const s of subscriptions) s.dispose();
    });
    this.resolved.fire();
  }

  snapshot(): SidePanelSnapshot {
    return {
      workspaceName: vscode.workspace.name ?? 'No folder open',
      trusted: vscode.workspace.isTrusted,
      logs: this.index.logs.map((log) => ({
        id: log.id,
        label: vscode.workspace.asRelativePath(log.uri, false),
        format: log.format,
        sizeBytes: log.sizeBytes,
      })),
      changelogs: this.index.changelogs.map((uri) => vscode.workspace.asRelativePath(uri, false)),
    };
  }

  private postSnapshot(): void {
    const message: HostToSidePanel = { type: 'snapshot', snapshot: this.snapshot() };
    void this.view?.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const message = isSidePanelToHost(raw);
    if (!message) {
      this.log.warn('side panel: dropped an unknown message', JSON.stringify(raw)?.slice(0, 200));
      return;
    }
    if (message.type === 'ready') this.postSnapshot();
    else void this.runIntent(message.intent, message.logId);
  }

  private async runIntent(intent: SidePanelIntent, logId: string | undefined): Promise<void> {
    switch (intent) {
      case 'refresh':
        await vscode.commands.executeCommand(CommandId.refresh);
        return;
      case 'openLog': {
        const log = logId === undefined ? undefined : this.index.log(logId);
        if (log) await vscode.commands.executeCommand('vscode.open', log.uri);
        return;
      }
      case 'runDriftCheck':
        // Wired when the drift check command lands (issue 5); until then the panel does not offer it.
        this.log.info('side panel: drift check requested before it exists');
        return;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
