// Open Prediction Log: one log's profile (schema, kinds and roles, per-column statistics, histograms) in a
// webview, read-only. The same view serves two doors: a CustomReadonlyEditorProvider for the binary
// formats (.arrow, .feather, .ipc, .parquet, which have no text to show) and a command for CSV and JSONL
// (whose text editor stays the default). The profile is computed in the worker; a load error is shown
// in the view and as a notification, with `path:line` from the loader.
//
// After a window reload VS Code restores the custom editors itself; the command's panels come back through
// a WebviewPanelSerializer: each panel's view keeps an opaque restore id, and workspace state maps the id to
// its log (the view never holds a path the host would have to trust).
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { LogProfileView } from '../../core/views/logProfileView';
import { isLogProfileToHost, type HostToLogProfile, type LogProfileIntent } from '../../protocol/logProfile';
import { CommandId } from '../commandIds';
import { renderShell, webviewOptions } from '../webviewHtml';
import { CancelledError } from '../workerClient';

export const logProfileViewType = 'modelIncident.logProfile';
/** The command's panels (CSV, JSONL) are plain webview panels: a view type of their own, apart from the custom editor's. */
export const logProfilePanelViewType = 'modelIncident.logProfilePanel';

/** Workspace state: restore id -> log URI of the command's panels, newest last. */
const restoreIdsKey = 'modelIncident.logProfilePanels';
/** Ids kept: a panel closed before a reload leaves its id behind, so the map is bounded rather than pruned. */
const MAX_RESTORE_IDS = 20;

export interface LogProfileDependencies {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly state: vscode.Memento;
  /** Profiles the log in the worker; `displayPath` is what the view shows. */
  profile(path: string, displayPath: string, token: vscode.CancellationToken): Promise<LogProfileView>;
  /** Pre-selects this log as one side of the next drift check. */
  useInDriftCheck(path: string, side: 'baseline' | 'current'): Promise<void>;
}

class ReadonlyLog implements vscode.CustomDocument {
  constructor(readonly uri: vscode.Uri) {}
  dispose(): void {}
}

export class LogProfilePanels implements vscode.CustomReadonlyEditorProvider<ReadonlyLog>, vscode.WebviewPanelSerializer<unknown>, vscode.Disposable {
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
    const restoreId = randomUUID();
    void this.deps.state.update(restoreIdsKey, Object.fromEntries([...Object.entries(this.restoreIds()), [restoreId, uri.toString()]].slice(-MAX_RESTORE_IDS)));
    this.attach(panel, uri, restoreId);
    return panel;
  }

  /** A command panel after a window reload: its log again, found by the restore id its view kept; closed when that log is unknown or gone. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const restoreId = typeof state === 'object' && state !== null ? (state as { restoreId?: unknown }).restoreId : undefined;
    const known = typeof restoreId === 'string' ? this.restoreIds()[restoreId] : undefined;
    const uri = known === undefined ? undefined : vscode.Uri.parse(known, true);
    if (uri === undefined || !(await exists(uri))) {
      this.deps.log.info(`log profile: a panel from before the reload names no log that is still there (${String(known ?? restoreId)}); closed`);
      panel.dispose();
      return;
    }
    this.attach(panel, uri, restoreId as string);
  }

  private restoreIds(): Record<string, string> {
    return this.deps.state.get<Record<string, string>>(restoreIdsKey) ?? {};
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri, restoreId?: string): void {
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
        if (restoreId !== undefined) this.post(panel, uri, { type: 'restoreId', id: restoreId });
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

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
