// The drift commands of the palette. Each accepts optional arguments so tests (and keybindings, and the
// webviews' intents) take the same path as the quick picks after the pick:
//   runDriftCheck({ baseline: DatasetSpec, current: DatasetSpec })
//   compareModelVersions({ path, column?, baseline: version, current: version })
//   showFeatureHistogram({ featureId })     openDriftReport({ featureId })
// Paths may be absolute or relative to the first workspace folder.
import { isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import type { DatasetSpec } from '../../core/drift/datasetSpec';
import type { FeatureId } from '../../core/drift/report';
import { rankFeatures } from '../../core/views/rankFeatures';
import { isFeatureId } from '../../protocol/featureId';
import { formatBytes } from '../incidentTree';
import type { WorkspaceIndex } from '../workspaceIndex';
import type { DriftResults } from './driftResults';
import { featureDescription } from './driftWords';
import { isDriftInputs, versionPair, type DriftInputs } from './inputChoices';
import type { LogShapes } from './logShape';
import { pickDriftInputs } from './pickDriftInputs';
import { runAndShow, type DriftOutcome, type RunDependencies } from './runDriftCheck';

export interface CommandDependencies extends RunDependencies {
  readonly index: WorkspaceIndex;
  readonly shapes: LogShapes;
  readonly results: DriftResults;
  /** Shows one feature's histogram and charts (in the side panel, beside the tree). */
  showFeature(featureId: FeatureId): Promise<void>;
}

export async function runDriftCheckCommand(deps: CommandDependencies, args?: unknown): Promise<DriftOutcome> {
  const inputs = isDriftInputs(args)
    ? resolveInputs(args)
    : await pickDriftInputs({ index: deps.index, state: deps.state, shapeOf: (path, token) => deps.shapes.shapeOf(path, token) });
  return inputs ? runAndShow(deps, inputs) : { status: 'dismissed' };
}

interface VersionArgs {
  readonly path: string;
  readonly column?: string;
  readonly baseline: string;
  readonly current: string;
}

function isVersionArgs(value: unknown): value is VersionArgs {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.baseline === 'string' && typeof v.current === 'string' && (v.column === undefined || typeof v.column === 'string');
}

export async function compareModelVersionsCommand(deps: CommandDependencies, args?: unknown): Promise<DriftOutcome> {
  if (isVersionArgs(args)) {
    const path = resolvePath(args.path);
    const column = args.column ?? (await deps.shapes.shapeOf(path)).modelVersion?.column;
    if (!column) return refuse(`${vscode.workspace.asRelativePath(path, false)} has no model_version column.`);
    return runAndShow(deps, versionPair(path, column, args.baseline, args.current));
  }
  const logs = deps.index.logs;
  if (logs.length === 0) return refuse('No prediction logs were found in this workspace.');
  const log = await vscode.window.showQuickPick(
    logs.map((l) => ({ label: vscode.workspace.asRelativePath(l.uri, false), description: `${l.format} · ${formatBytes(l.sizeBytes)}`, path: l.uri.fsPath })),
    { title: 'Compare Model Versions (1/3): the log', placeHolder: 'A log with a model_version column' },
  );
  if (!log) return { status: 'dismissed' };
  let shape;
  try {
    shape = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Reading ${log.label}`, cancellable: true }, (_p, token) =>
      deps.shapes.shapeOf(log.path, token),
    );
  } catch (error) {
    return refuse(`Could not read ${log.label}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const versions = shape.modelVersion;
  if (!versions || versions.values.length < 2) {
    return refuse(versions ? `${log.label} has a single ${versions.column} value (${versions.values[0] ?? 'none'}): nothing to compare.` : `${log.label} has no model_version column.`);
  }
  const baseline = await vscode.window.showQuickPick([...versions.values], { title: `Compare Model Versions (2/3): baseline ${versions.column}` });
  if (baseline === undefined) return { status: 'dismissed' };
  const current = await vscode.window.showQuickPick(
    versions.values.filter((v) => v !== baseline),
    { title: `Compare Model Versions (3/3): current ${versions.column}, against ${baseline}` },
  );
  if (current === undefined) return { status: 'dismissed' };
  return runAndShow(deps, versionPair(log.path, versions.column, baseline, current));
}

/** Quick pick of the last check's features, worst first; shows the chosen one's charts in the side panel. */
export async function showFeatureHistogramCommand(deps: CommandDependencies, args?: unknown): Promise<FeatureId | undefined> {
  const requested = featureIdOf(args);
  const result = deps.results.current;
  if (!result) {
    const run = 'Run Drift Check';
    const answer = await vscode.window.showInformationMessage('No drift check has run in this window yet.', run);
    if (answer === run) await vscode.commands.executeCommand('modelIncident.runDriftCheck');
    return undefined;
  }
  let featureId = requested && result.report.features.some((f) => f.id === requested) ? requested : undefined;
  if (!featureId) {
    const icons = { critical: '$(error)', warn: '$(warning)', ok: '$(pass)' } as const;
    const picked = await vscode.window.showQuickPick(
      rankFeatures(result.report.features).map((f) => ({ label: `${icons[f.rankSeverity]} ${f.name}`, description: featureDescription(f, result.report.methods.thresholds), detail: `${f.kind} · ${f.rankSeverity}`, id: f.id })),
      { title: 'Show Feature Histogram', placeHolder: 'Features, most drifted first', matchOnDescription: true },
    );
    featureId = picked?.id;
  }
  if (featureId) await deps.showFeature(featureId);
  return featureId;
}

export function featureIdOf(args: unknown): FeatureId | undefined {
  if (typeof args !== 'object' || args === null) return undefined;
  const id = (args as Record<string, unknown>).featureId;
  return isFeatureId(id) ? id : undefined;
}

function refuse(message: string): DriftOutcome {
  void vscode.window.showWarningMessage(message);
  return { status: 'failed', message };
}

function resolveInputs(inputs: DriftInputs): DriftInputs {
  const side = (spec: DatasetSpec): DatasetSpec => ({ ...spec, path: resolvePath(spec.path) });
  return { baseline: side(inputs.baseline), current: side(inputs.current) };
}

function resolvePath(path: string): string {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return isAbsolute(path) || !root ? path : join(root, path);
}
