// The drift report: one editor webview panel that draws `reportView(report)` for the last check, and comes
// back after a window reload (WebviewPanelSerializer) by finding the last shown report in the cache.
// The panel keeps its own selection and sort (setState); a feature named from outside (tree, Problems, side
// panel) is sent once as `focusFeatureId`, which selects it and scrolls to it.
import * as vscode from 'vscode';
import type { DriftReport, FeatureId } from '../../core/drift/report';
import { reportView } from '../../core/views/reportView';
import { isFeatureId } from '../../protocol/featureId';
import { isReportToHost, type HostToReport, type ReportIntent } from '../../protocol/report';
import { CommandId } from '../commandIds';
import { renderShell, webviewOptions } from '../webviewHtml';
import type { DriftResults } from './driftResults';

export const driftReportViewType = 'modelIncident.driftReport';

/** workspaceState key: the cache key of the report the panel shows, so a restored panel finds it. */
export const shownReportKey = 'modelIncident.drift.reportKey';

export interface ReportPanelDependencies {
  readonly extensionUri: vscode.Uri;
  readonly results: DriftResults;
  readonly state: vscode.Memento;
  readonly log: vscode.LogOutputChannel;
  /** A report checked earlier in this workspace, by cache key. */
  cached(key: string): Promise<DriftReport | undefined>;
  /** Selects a feature in the side panel and reveals it. */
  showInSidePanel(featureId: FeatureId): Promise<void>;
}

export class DriftReportPanel implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private panel: vscode.WebviewPanel | undefined;
  /** The report on screen: the last check's, or the one a restored panel found in the cache. */
  private shown: { readonly key: string; readonly report: DriftReport } | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** A focus asked for before a new panel's webview was ready: sent with its first snapshot. */
  private pendingFocus: FeatureId | undefined;
  private readonly posted = new vscode.EventEmitter<HostToReport>();
  /** Fires with every message posted to the panel (integration tests read the snapshot from it). */
  readonly onDidPost = this.posted.event;

  constructor(private readonly deps: ReportPanelDependencies) {
    this.subscriptions.push(
      this.posted,
      deps.results.onDidChange((result) => {
        if (!result) return;
        this.shown = { key: result.key, report: result.report };
        void deps.state.update(shownReportKey, result.key);
        this.post();
      }),
      deps.results.onDidChangeState(() => this.post()),
      // Export is offered again once the workspace is trusted.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.post()),
    );
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens (or reveals) the report, selecting `focus` when given. */
  show(focus?: FeatureId): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.post(focus);
      return;
    }
    const panel = vscode.window.createWebviewPanel(driftReportViewType, 'Drift Report', { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, webviewOptions(this.deps.extensionUri));
    this.attach(panel);
    // Sent now and again when the webview says it is ready (a message before its listener is dropped).
    this.pendingFocus = focus;
    this.post(focus);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    if (!this.shown) {
      const key = this.deps.state.get<string>(shownReportKey);
      const report = key === undefined ? undefined : await this.deps.cached(key);
      if (key !== undefined && report) this.shown = { key, report };
    }
    panel.webview.options = webviewOptions(this.deps.extensionUri);
    this.attach(panel);
    this.post();
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'activity-icon.svg');
    panel.webview.html = renderShell(panel.webview, this.deps.extensionUri, { title: 'Drift Report', bundle: 'report' });
    const subscriptions = [panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw))];
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      for (const s of subscriptions) s.dispose();
    });
  }

  /** The message the panel gets now: the report's view, or why there is none. */
  message(focus?: FeatureId): HostToReport {
    if (!this.shown) {
      const check = this.deps.results.state;
      if (check?.state === 'running') return { type: 'empty', reason: 'running' };
      if (check?.state === 'failed') return { type: 'empty', reason: 'failed', message: check.message };
      return { type: 'empty', reason: 'noCheck' };
    }
    const snapshot = reportView(this.shown.report);
    const focusable = focus !== undefined && this.shown.report.features.some((f) => f.id === focus);
    return focusable
      ? { type: 'snapshot', snapshot, trusted: vscode.workspace.isTrusted, focusFeatureId: focus }
      : { type: 'snapshot', snapshot, trusted: vscode.workspace.isTrusted };
  }

  private post(focus?: FeatureId): void {
    if (!this.panel) return;
    const message = this.message(focus);
    this.panel.title = this.shown ? `Drift Report: ${this.shown.report.summary.worst}` : 'Drift Report';
    void this.panel.webview.postMessage(message);
    this.posted.fire(message);
  }

  private receive(raw: unknown): void {
    const message = isReportToHost(raw);
    if (!message) {
      this.deps.log.warn('drift report: dropped an unknown message', JSON.stringify(raw)?.slice(0, 200));
      return;
    }
    if (message.type === 'ready') {
      this.post(this.pendingFocus);
      this.pendingFocus = undefined;
    } else void this.runIntent(message.intent, message.featureId);
  }

  private async runIntent(intent: ReportIntent, featureId: FeatureId | undefined): Promise<void> {
    switch (intent) {
      case 'runDriftCheck':
        await vscode.commands.executeCommand(CommandId.runDriftCheck);
        return;
      case 'exportReport':
        await vscode.commands.executeCommand(CommandId.exportReport);
        return;
      case 'showInSidePanel':
        if (isFeatureId(featureId)) await this.deps.showInSidePanel(featureId);
        return;
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
