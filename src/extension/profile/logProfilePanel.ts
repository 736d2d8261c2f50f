// Open Prediction Log: one log's profile (schema, kinds and roles, per-column statistics, histograms) in a
// webview, read-only. The same view serves two doors: a CustomReadonlyEditorProvider for the binary
// formats (.arrow, .feather, .ipc, .parquet, which have no text to show) and a command for CSV and JSONL
// (whose text editor stays the default). The profile is computed in the worker; a load error is shown
// in the view and as a notification, with `path:line` from the loader.
import * as vscode from 'vscode';
import type { LogProfileView } from '../../core/views/logProfileView';
import { isLogProfileToHost, type HostToLogProfile, type LogProfileIntent } from '../../protocol/logProfile';
import { CommandId } from '../commandIds';
import { renderShell, webviewOptions } from '../webviewHtml';
import { CancelledError } from '../workerClient';

export const logProfileViewType = 'modelIncident.logProfile';
/** The command's panels (CSV, JSONL) are plain webview panels: a view type of their own, apart from the custom editor's. */
export const logProfilePanelViewType = 'modelIncident.logProfilePanel';

export interface LogProfileDependencies {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  /** Profiles the log in the worker; `displayPath` is what the view shows. */
  profile(path: string, displayPath: string, token: vscode.CancellationToken): Promise<LogProfileView>;
  /** Pre-selects this log as one side of the next drift check. */
  useInDriftCheck(path: string, side: 'baseline' | 'current'): Promise<void>;
}

class ReadonlyLog implements vscode.CustomDocument {
  constructor(readonly uri: vscode.Uri) {}
  dispose(): void {}
}

export class LogProfilePanels implements vscode.CustomReadonlyEditorProvider<ReadonlyLog>, vscode.Disposable {
  private readonly open = new Map<vscode.WebviewPanel, vscode.Uri>();
  private readonly posted = new vscode.EventEmitter<{ readonly uri: vscode.Uri; readonly message: HostToLogProfile }>();
  /** Fires with every message posted to a profile view (integration tests read it). */
  readonly onDidPost = this.posted.event;

  constructor(private readonly deps: LogProfileDependencies) {}

  openCustomDocument(uri: vscode.Uri): ReadonlyLog {
    return new ReadonlyLog(uri);
  }

  resolveCustomEditor(document: ReadonlyLog, panel: vscode.WebviewPanel): void {
    this.attach(panel, document.uri);
  }

  /** The command's door: any log, in a panel of its own beside the text editor. */
  showPanel(uri: vscode.Uri): vscode.WebviewPanel {
    for (const [panel, shown] of this.open) {
      if (shown.toString() === uri.toString()) {
        panel.reveal();
        return panel;
      }
    }
    const panel = vscode.window.createWebviewPanel(logProfilePanelViewType, `Profile: ${basename(uri)}`, vscode.ViewColumn.Active, webviewOptions(this.deps.extensionUri));
    this.attach(panel, uri);
    return panel;
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri): void {
    panel.webview.options = webviewOptions(this.deps.extensionUri);
    panel.webview.html = renderShell(panel.webview, this.deps.extensionUri, { title: `Profile: ${basename(uri)}`, bundle: 'logProfile' });
    this.open.set(panel, uri);
    // The profile starts loading while the webview boots; the latest message is sent again when it says ready.
    let latest: HostToLogProfile | undefined;
    const post = (message: HostToLogProfile) => {
      latest = message;
      this.post(panel, uri, message);
    };
    let loading: vscode.CancellationTokenSource | undefined;
    const load = async () => {
      loading?.cancel();
      const source = (loading = new vscode.CancellationTokenSource());
      const displayPath = vscode.workspace.asRelativePath(uri, false);
      post({ type: 'loading', path: displayPath });
      try {
        const snapshot = await this.deps.profile(uri.fsPath, displayPath, source.token);
        if (!source.token.isCancellationRequested) post({ type: 'snapshot', snapshot });
      } catch (error) {
        if (error instanceof CancelledError || source.token.isCancellationRequested) return;
        const message = error instanceof Error ? error.message : String(error);
        this.deps.log.error(`profile ${uri.fsPath}: ${message}`);
        post({ type: 'error', message });
        void vscode.window.showErrorMessage(`Could not read the log: ${message}`);
      }
    };
    const subscription = panel.webview.onDidReceiveMessage((raw: unknown) => {
      const message = isLogProfileToHost(raw);
      if (!message) {
        this.deps.log.warn('log profile: dropped an unknown message', JSON.stringify(raw)?.slice(0, 200));
        return;
      }
      if (message.type === 'ready') {
        if (latest) this.post(panel, uri, latest);
      } else void this.runIntent(message.intent, uri, load);
    });
    void load();
    panel.onDidDispose(() => {
      loading?.cancel();
      subscription.dispose();
      this.open.delete(panel);
    });
  }

  private post(panel: vscode.WebviewPanel, uri: vscode.Uri, message: HostToLogProfile): void {
    void panel.webview.postMessage(message);
    this.posted.fire({ uri, message });
  }

  private async runIntent(intent: LogProfileIntent, uri: vscode.Uri, reload: () => Promise<void>): Promise<void> {
    switch (intent) {
      case 'reload':
        return reload();
      case 'useAsBaseline':
        return this.deps.useInDriftCheck(uri.fsPath, 'baseline');
      case 'useAsCurrent':
        return this.deps.useInDriftCheck(uri.fsPath, 'current');
      case 'runDriftCheck':
        await vscode.commands.executeCommand(CommandId.runDriftCheck);
        return;
    }
  }

  dispose(): void {
    for (const panel of [...this.open.keys()]) panel.dispose();
    this.posted.dispose();
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
