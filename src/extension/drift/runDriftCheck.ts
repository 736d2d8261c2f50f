// The shared path of every command that runs a drift check (Run Drift Check, Compare Model Versions, the
// side panel's button): a progress notification with Cancel, the check, then the results everywhere
// (tree, status bar, Problems, side panel, report panel) and the choice remembered for this workspace.
import * as vscode from 'vscode';
import { CancelledError } from '../workerClient';
import type { DriftChecker } from './driftChecker';
import type { DriftDiagnostics } from './driftDiagnostics';
import type { DriftResult, DriftResults } from './driftResults';
import { summaryText } from './driftWords';
import { describeInputs, type DriftInputs } from './inputChoices';
import { rememberInputs } from './pickDriftInputs';

/** What a drift check command returns (tests read it; the palette ignores it). */
export type DriftOutcome =
  | { readonly status: 'done'; readonly result: DriftResult }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string }
  /** The user closed a quick pick before choosing. */
  | { readonly status: 'dismissed' };

export interface RunDependencies {
  readonly checker: DriftChecker;
  readonly results: DriftResults;
  readonly diagnostics: DriftDiagnostics;
  readonly state: vscode.Memento;
  readonly log: vscode.LogOutputChannel;
  /** Opens the report panel (the notification's button). */
  openReport(): Promise<void>;
}

export async function runAndShow(deps: RunDependencies, inputs: DriftInputs, token?: vscode.CancellationToken): Promise<DriftOutcome> {
  const label = describeInputs(inputs, (p) => vscode.workspace.asRelativePath(vscode.Uri.file(p), false));
  deps.log.info(`drift check: ${label}`);
  let result: DriftResult;
  deps.results.setState({ state: 'running' });
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Model Incident: drift check', cancellable: true },
      async (progress, notificationToken) => {
        const cancel = token ? linkedToken(notificationToken, token) : { token: notificationToken, dispose: () => {} };
        let reported = 0;
        try {
          return await deps.checker.check(inputs, cancel.token, (message, fraction) => {
            // withProgress takes increments; the worker reports fractions done.
            const increment = fraction === undefined ? undefined : Math.max(0, fraction * 100 - reported);
            if (fraction !== undefined) reported = Math.max(reported, fraction * 100);
            progress.report({ message, increment });
          });
        } finally {
          cancel.dispose();
        }
      },
    );
  } catch (error) {
    if (error instanceof CancelledError) {
      deps.log.info('drift check cancelled');
      deps.results.setState(undefined);
      void vscode.window.showInformationMessage('Drift check cancelled.');
      return { status: 'cancelled' };
    }
    const message = error instanceof Error ? error.message : String(error);
    deps.log.error(`drift check failed: ${message}`);
    deps.results.setState({ state: 'failed', message });
    void vscode.window.showErrorMessage(`Drift check failed: ${message}`);
    return { status: 'failed', message };
  }
  deps.log.info(`drift check done in ${result.elapsedMs} ms${result.fromCache ? ' (cached)' : ''}: ${summaryText(result.report)}`);
  deps.results.set(result);
  await Promise.all([deps.diagnostics.show(result), rememberInputs(deps.state, inputs)]);
  const warnings = result.report.warnings;
  if (warnings.length > 0) {
    // Rows the loaders skipped or repaired: the check ran, but the user must know on which lines.
    void vscode.window.showWarningMessage(`The drift check read its inputs with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${warnings[0]}${warnings.length > 1 ? ' (all in the report)' : ''}`);
  }
  const open = 'Open Report';
  void vscode.window
    .showInformationMessage(`${summaryText(result.report)}${result.fromCache ? ' (unchanged inputs, from cache)' : ''}.`, open)
    .then((choice) => (choice === open ? deps.openReport() : undefined));
  return { status: 'done', result };
}

/** A token cancelled when either of two is. */
function linkedToken(a: vscode.CancellationToken, b: vscode.CancellationToken): vscode.CancellationTokenSource {
  const source = new vscode.CancellationTokenSource();
  const subscriptions = [a.onCancellationRequested(() => source.cancel()), b.onCancellationRequested(() => source.cancel())];
  if (a.isCancellationRequested || b.isCancellationRequested) source.cancel();
  const dispose = source.dispose.bind(source);
  source.dispose = () => {
    for (const s of subscriptions) s.dispose();
    dispose();
  };
  return source;
}
