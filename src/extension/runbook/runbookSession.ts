// One open incident: its runbook state, the file it lives in, and the evidence gathered in this window.
// Every change goes through the state machine and is saved straight away (one undoable edit each), so the
// file in the repository is always the truth; in Restricted Mode changes stay in memory and say so.
import * as vscode from 'vscode';
import type { StepEvidence } from '../../core/runbook/evidence/stepEvidence';
import { readRunbook, runbookPath, runbookText } from '../../core/runbook/runbookFile';
import { applyStepAction, newRunbook, type RunbookInput, type RunbookState, type StepAction } from '../../core/runbook/runbookState';
import type { StepId } from '../../core/runbook/steps';
import { readText, writeFile } from './workspaceWrites';

export class RunbookSession {
  readonly evidence = new Map<StepId, StepEvidence>();
  readonly busy = new Set<StepId>();
  message: { tone: 'info' | 'error'; text: string } | null = null;

  private constructor(
    readonly folder: vscode.Uri,
    readonly uri: vscode.Uri,
    private current: RunbookState,
    /** The file's text as last read or written; undefined while nothing is on disk. */
    private savedText: string | undefined,
  ) {}

  get state(): RunbookState {
    return this.current;
  }

  get relativePath(): string {
    return vscode.workspace.asRelativePath(this.uri, false);
  }

  /** Reads an incident's runbook.yaml; undefined when there is none. Throws, located, on a broken file. */
  static async open(folder: vscode.Uri, incident: string, template: string): Promise<RunbookSession | undefined> {
    const uri = vscode.Uri.joinPath(folder, runbookPath(incident, template));
    return RunbookSession.openUri(folder, uri);
  }

  static async openUri(folder: vscode.Uri, uri: vscode.Uri): Promise<RunbookSession | undefined> {
    const text = await readText(uri);
    if (text === undefined) return undefined;
    return new RunbookSession(folder, uri, readRunbook(text, vscode.workspace.asRelativePath(uri, false)), text);
  }

  /** A new incident, written at once (creating the file refuses to replace one). */
  static async create(folder: vscode.Uri, incident: string, title: string, template: string, now: Date): Promise<RunbookSession> {
    const uri = vscode.Uri.joinPath(folder, runbookPath(incident, template));
    const session = new RunbookSession(folder, uri, newRunbook(incident, title, now), undefined);
    await session.save();
    return session;
  }

  async apply(stepId: StepId, action: StepAction): Promise<void> {
    this.current = applyStepAction(this.current, stepId, action, new Date());
    await this.save();
  }

  async setInputs(inputs: { baseline?: RunbookInput; current?: RunbookInput; candidate?: RunbookInput }): Promise<void> {
    this.current = { ...this.current, inputs: { ...this.current.inputs, ...inputs } };
    await this.save();
  }

  /** Writes the state when it differs from the file; in Restricted Mode keeps it in memory and says so. */
  async save(): Promise<void> {
    const text = runbookText(this.current, this.relativePath, this.savedText);
    if (text === this.savedText) return;
    if (!vscode.workspace.isTrusted) {
      this.message = { tone: 'error', text: `Restricted Mode: changes are shown but not saved to ${this.relativePath}.` };
      return;
    }
    await writeFile(this.uri, this.savedText, text, `Runbook ${this.current.incident}`);
    this.savedText = text;
  }
}
