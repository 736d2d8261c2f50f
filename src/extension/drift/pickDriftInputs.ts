// The two quick picks of "Run Drift Check": first the baseline (the remembered choice of this workspace
// first, then every log the index found), then the current side: another log, or a slice of the same log
// by time or by model_version when it has those columns (read from the log's shape while the pick is open).
import * as vscode from 'vscode';
import { formatBytes } from '../incidentTree';
import type { WorkspaceIndex } from '../workspaceIndex';
import { describeInputs, isDriftInputs, parseDateInput, readableTime, splitAt, timeSplits, versionSplits, type DriftInputs } from './inputChoices';
import type { LogShape } from './logShape';

const rememberedKey = 'modelIncident.drift.lastInputs';

export interface PickDependencies {
  readonly index: WorkspaceIndex;
  readonly state: vscode.Memento;
  /** The time range and model versions of a log (cached by the caller). */
  shapeOf(path: string, token: vscode.CancellationToken): Promise<LogShape>;
}

type Item = vscode.QuickPickItem & { readonly pick?: () => Promise<DriftInputs | undefined> | DriftInputs | undefined };

export function rememberInputs(state: vscode.Memento, inputs: DriftInputs): Thenable<void> {
  return state.update(rememberedKey, inputs);
}

export function rememberedInputs(state: vscode.Memento): DriftInputs | undefined {
  const value = state.get<unknown>(rememberedKey);
  return isDriftInputs(value) ? value : undefined;
}

const relative = (path: string) => vscode.workspace.asRelativePath(vscode.Uri.file(path), false);

export async function pickDriftInputs(deps: PickDependencies): Promise<DriftInputs | undefined> {
  const logs = deps.index.logs;
  if (logs.length === 0) {
    const rescan = 'Rescan Workspace';
    const answer = await vscode.window.showWarningMessage(
      'No prediction logs (CSV, JSONL, Arrow, Parquet) were found in this workspace. The globs are in the setting modelIncident.logGlobs.',
      rescan,
    );
    if (answer === rescan) await deps.index.refresh();
    return undefined;
  }
  const known = new Set(logs.map((l) => l.uri.fsPath));
  const remembered = rememberedInputs(deps.state);
  const items: Item[] = [];
  if (remembered && known.has(remembered.baseline.path) && known.has(remembered.current.path)) {
    items.push(
      { label: '$(history) Last comparison', detail: describeInputs(remembered, relative), pick: () => remembered },
      { label: 'Logs', kind: vscode.QuickPickItemKind.Separator },
    );
  }
  for (const log of logs) {
    items.push({
      label: relative(log.uri.fsPath),
      description: `${log.format} · ${formatBytes(log.sizeBytes)}`,
      pick: () => pickCurrent(deps, log.uri.fsPath),
    });
  }
  const chosen = await pickOne(items, { title: 'Run Drift Check (1/2): baseline', placeholder: 'The log (or the log to split) that shows normal behaviour' });
  return chosen?.pick?.();
}

/** The current-side pick for a baseline chosen elsewhere (a log profile's "use as baseline"). */
export function pickWithBaseline(deps: PickDependencies, baseline: string): Promise<DriftInputs | undefined> {
  return pickCurrent(deps, baseline);
}

/** The baseline pick for a current log chosen elsewhere (a log profile's "use as current"). */
export async function pickWithCurrent(deps: PickDependencies, current: string): Promise<DriftInputs | undefined> {
  const items: Item[] = deps.index.logs
    .filter((log) => log.uri.fsPath !== current)
    .map((log) => ({
      label: relative(log.uri.fsPath),
      description: `${log.format} · ${formatBytes(log.sizeBytes)}`,
      pick: () => ({ baseline: { path: log.uri.fsPath }, current: { path: current } }),
    }));
  const chosen = await pickOne(items, { title: `Run Drift Check: baseline for ${relative(current)}`, placeholder: 'The log that shows normal behaviour' });
  return chosen?.pick?.();
}

async function pickCurrent(deps: PickDependencies, baseline: string): Promise<DriftInputs | undefined> {
  const items: Item[] = deps.index.logs
    .filter((log) => log.uri.fsPath !== baseline)
    .map((log) => ({
      label: relative(log.uri.fsPath),
      description: `${log.format} · ${formatBytes(log.sizeBytes)}`,
      pick: () => ({ baseline: { path: baseline }, current: { path: log.uri.fsPath } }),
    }));
  const slices = async (token: vscode.CancellationToken): Promise<Item[]> => {
    const shape = await deps.shapeOf(baseline, token);
    const out: Item[] = [];
    if (shape.time) {
      const { column, min, max } = shape.time;
      for (const split of timeSplits(baseline, column, min, max)) out.push({ label: `$(calendar) ${split.label}`, detail: split.detail, pick: () => split.inputs });
      out.push({
        label: '$(calendar) Before and after a date…',
        detail: `${column} runs from ${readableTime(min)} to ${readableTime(max)}`,
        pick: () => askDate(baseline, column, min, max),
      });
    }
    if (shape.modelVersion) {
      const { column, values } = shape.modelVersion;
      for (const split of versionSplits(baseline, column, values)) out.push({ label: `$(versions) ${split.label}`, detail: split.detail, pick: () => split.inputs });
    }
    return out.length === 0 ? [] : [{ label: `Slices of ${relative(baseline)}`, kind: vscode.QuickPickItemKind.Separator }, ...out];
  };
  const chosen = await pickOne(items, { title: `Run Drift Check (2/2): current, against ${relative(baseline)}`, placeholder: 'Another log, or a slice of the same log' }, slices);
  return chosen?.pick?.();
}

async function askDate(path: string, column: string, min: string, max: string): Promise<DriftInputs | undefined> {
  const low = Date.parse(min);
  const high = Date.parse(max);
  const text = await vscode.window.showInputBox({
    title: `Split by ${column}: rows before the date are the baseline`,
    prompt: `A date between ${readableTime(min)} and ${readableTime(max)} (YYYY-MM-DD or ISO 8601)`,
    validateInput: (value) => {
      const parsed = parseDateInput(value);
      if ('error' in parsed) return parsed.error;
      const at = Date.parse(parsed.iso);
      return at <= low || at > high ? `The log's ${column} runs from ${readableTime(min)} to ${readableTime(max)}: both sides need rows.` : undefined;
    },
  });
  if (text === undefined) return undefined;
  const parsed = parseDateInput(text);
  return 'iso' in parsed ? splitAt(path, column, parsed.iso) : undefined;
}

/** A quick pick whose items can grow while it is open (`more` runs once, with the pick's busy indicator). */
function pickOne(
  items: Item[],
  options: { title: string; placeholder: string },
  more?: (token: vscode.CancellationToken) => Promise<Item[]>,
): Promise<Item | undefined> {
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  // Typing a path finds that log only: the last comparison names paths in its detail, not its label.
  pick.matchOnDescription = true;
  pick.matchOnDetail = false;
  pick.items = items;
  const loading = new vscode.CancellationTokenSource();
  if (more) {
    pick.busy = true;
    more(loading.token)
      .then((extra) => {
        if (!loading.token.isCancellationRequested) pick.items = [...pick.items, ...extra];
      })
      .catch((error: unknown) => {
        // The slices are an offer, not a requirement: a log that cannot be read still pairs with others.
        if (!loading.token.isCancellationRequested) pick.placeholder = `Slices unavailable: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => (pick.busy = false));
  }
  return new Promise((resolve) => {
    let chosen: Item | undefined;
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0];
      pick.hide();
    });
    pick.onDidHide(() => {
      loading.cancel();
      loading.dispose();
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}
