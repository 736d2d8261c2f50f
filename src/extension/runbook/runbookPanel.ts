// The runbook editor panel: one per window, showing the open incident. It renders RunbookSnapshots and
// turns the panel's intents into state transitions, evidence runs and commands. Restored after a reload
// by the serializer (the panel's only memory is the incident id; the state comes back from runbook.yaml).
import * as vscode from 'vscode';
import { RunbookRuleError, type StepAction } from '../../core/runbook/runbookState';
import type { StepId } from '../../core/runbook/steps';
import { isRunbookToHost, type HostToRunbook, type RunbookIntent } from '../../protocol/runbook';
import { renderShell, webviewOptions } from '../webviewHtml';
import { runbookSnapshot } from './runbookSnapshot';
import type { RunbookSession } from './runbookSession';
import { WriteRefused } from './workspaceWrites';

export const runbookViewType = 'modelIncident.runbook';

export interface RunbookPanelHost {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  /** The session the panel shows, when there is one. */
  session(): RunbookSession | undefined;
  /** Gathers a step's evidence into the session (the panel shows progress meanwhile). */
  gather(stepId: StepId): Promise<void>;
  intent(intent: RunbookIntent): Promise<void>;
  /** Workspace-relative path of the incident's postmortem when it exists. */
  postmortemFile(): Promise<string | null>;
  /** Restores the session of a restored panel. */
  restore(incident: string): Promise<void>;
}

export class RunbookPanel implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly posted = new vscode.EventEmitter<HostToRunbook>();
  /** Fires with every snapshot sent (integration tests read what the panel shows). */
  readonly onDidPost = this.posted.event;

  constructor(private readonly host: RunbookPanelHost) {
    this.disposables.push(this.posted, vscode.workspace.onDidGrantWorkspaceTrust(() => void this.update()));
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      void this.update();
      return;
    }
    const panel = vscode.window.createWebviewPanel(runbookViewType, this.title(), vscode.ViewColumn.Active, webviewOptions(this.host.extensionUri));
    this.attach(panel);
  }

  /** Called by VS Code for a panel open before a reload: the shell at once, the incident from its runbook.yaml. */
  deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Thenable<void> {
    const incident = typeof state === 'object' && state !== null && typeof (state as { incident?: unknown }).incident === 'string' ? (state as { incident: string }).incident : undefined;
    panel.webview.options = webviewOptions(this.host.extensionUri);
    this.attach(panel);
    if (incident) {
      void this.host
        .restore(incident)
        .catch((error: unknown) => this.host.log.warn(`runbook: could not restore ${incident}: ${String(error)}`))
        .then(() => this.update());
    }
    return Promise.resolve();
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.html = renderShell(panel.webview, this.host.extensionUri, { title: 'Incident Runbook', bundle: 'runbook' });
    const subscriptions = [panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw))];
    panel.onDidDispose(() => {
      this.panel = undefined;
      for (const s of subscriptions) s.dispose();
    });
  }

  private title(): string {
    const session = this.host.session();
    return session ? `Runbook: ${session.state.incident}` : 'Incident Runbook';
  }

  /** Pushes a fresh snapshot. */
  async update(): Promise<void> {
    const session = this.host.session();
    if (!this.panel || !session) return;
    this.panel.title = this.title();
    const message: HostToRunbook = { type: 'snapshot', snapshot: runbookSnapshot(session, await this.host.postmortemFile()) };
    this.posted.fire(message);
    await this.panel.webview.postMessage(message);
  }

  /** Handles one message as if the panel had sent it (integration tests drive the panel through here). */
  async receive(raw: unknown): Promise<void> {
    const message = isRunbookToHost(raw);
    if (!message) {
      this.host.log.warn('runbook panel: dropped an unknown message', JSON.stringify(raw)?.slice(0, 200));
      return;
    }
    const session = this.host.session();
    if (message.type === 'ready' || !session) {
      await this.update();
      return;
    }
    session.message = null;
    try {
      switch (message.type) {
        case 'step': {
          const action: StepAction = message.action === 'skip' ? { type: 'skip', reason: message.reason ?? '' } : { type: message.action };
          await session.apply(message.stepId, action);
          break;
        }
        case 'check':
          await session.apply(message.stepId, { type: 'check', item: message.item, checked: message.checked });
          break;
        case 'notes':
          await session.apply(message.stepId, { type: 'setNotes', notes: message.notes });
          break;
        case 'finding':
          await session.apply(message.stepId, { type: 'addFinding', finding: message.finding });
          break;
        case 'evidence':
          await this.host.gather(message.stepId);
          break;
        case 'intent':
          await this.host.intent(message.intent);
          break;
      }
    } catch (error) {
      const known = error instanceof RunbookRuleError || error instanceof WriteRefused;
      const text = error instanceof Error ? error.message : String(error);
      if (!known) this.host.log.error(`runbook: ${text}`);
      session.message = { tone: 'error', text };
    }
    await this.update();
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
