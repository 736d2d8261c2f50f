// The side panel webview view: renders a SidePanelSnapshot (the workspace's logs and, after a drift check,
// the explorer built by `explorerView`), turns the panel's intents into commands.
import * as vscode from 'vscode';
import type { FeatureId } from '../core/drift/report';
import { explorerView } from '../core/views/explorerView';
import { isSidePanelToHost, type HostToSidePanel, type SidePanelSnapshot, type SidePanelToHost } from '../protocol/sidePanel';
import { CommandId } from './commandIds';
import type { DriftResults } from './drift/driftResults';
import { renderShell, webviewOptions } from './webviewHtml';
import type { WorkspaceIndex } from './workspaceIndex';

export const sidePanelViewId = 'modelIncident.sidePanel';

export class SidePanelViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly resolved = new vscode.EventEmitter<void>();
  /** Fires each time VS Code resolves the view (integration tests wait on it). */
  readonly onDidResolve = this.resolved.event;
  private readonly posted = new vscode.EventEmitter<SidePanelSnapshot>();
  /** Fires with every snapshot posted to the view (integration tests read it). */
  readonly onDidPost = this.posted.event;
  /** The feature whose charts the explorer shows; the worst one when unset or not in the report. */
  private selectedFeature: FeatureId | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly drift: DriftResults,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      index.onDidChange(() => this.postSnapshot()),
      drift.onDidChange(() => this.postSnapshot()),
      drift.onDidChangeState(() => this.postSnapshot()),
      this.resolved,
      this.posted,
    );
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

  /** Shows a feature's charts in the panel and reveals it. */
  async selectFeature(featureId: FeatureId): Promise<void> {
    this.selectedFeature = featureId;
    this.postSnapshot();
    await vscode.commands.executeCommand(`${sidePanelViewId}.focus`);
  }

  snapshot(): SidePanelSnapshot {
    const result = this.drift.current;
    const check = this.drift.state;
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
      ...(result ? { explorer: explorerView(result.report, this.selectedFeature) } : {}),
      ...(check ? { check } : {}),
    };
  }

  private postSnapshot(): void {
    if (!this.view) return;
    const snapshot = this.snapshot();
    const message: HostToSidePanel = { type: 'snapshot', snapshot };
    void this.view.webview.postMessage(message);
    this.posted.fire(snapshot);
  }

  private receive(raw: unknown): void {
    const message = isSidePanelToHost(raw);
    if (!message) {
      this.log.warn('side panel: dropped an unknown message', JSON.stringify(raw)?.slice(0, 200));
      return;
    }
    if (message.type === 'ready') this.postSnapshot();
    else void this.runIntent(message);
  }

  private async runIntent(message: Extract<SidePanelToHost, { type: 'intent' }>): Promise<void> {
    switch (message.intent) {
      case 'refresh':
        await vscode.commands.executeCommand(CommandId.refresh);
        return;
      case 'openLog': {
        const log = message.logId === undefined ? undefined : this.index.log(message.logId);
        if (log) await vscode.commands.executeCommand(CommandId.openPredictionLog, log.uri);
        return;
      }
      case 'runDriftCheck':
        await vscode.commands.executeCommand(CommandId.runDriftCheck);
        return;
      case 'openReport':
        await vscode.commands.executeCommand(CommandId.openDriftReport);
        return;
      case 'configureLogGlobs':
        await vscode.commands.executeCommand('workbench.action.openSettings', 'modelIncident.logGlobs');
        return;
      case 'selectFeature':
        if (message.featureId) {
          this.selectedFeature = message.featureId;
          this.postSnapshot();
        }
        return;
      case 'showFeatureInReport':
        if (message.featureId) await vscode.commands.executeCommand(CommandId.openDriftReport, { featureId: message.featureId });
        return;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
