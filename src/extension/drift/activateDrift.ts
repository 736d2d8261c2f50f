// Wires the drift check's host side: the checker and its cache, the commands, the report panel and its
// serializer, the status bar item and Problems. Everything is owned by the extension context.
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { DriftReport, FeatureId } from '../../core/drift/report';
import { logProfileView } from '../../core/views/logProfileView';
import { commitHistory } from '../changelog/gitHistory';
import { CommandId } from '../commandIds';
import { LogProfilePanels, logProfilePanelViewType, logProfileViewType } from '../profile/logProfilePanel';
import { openPredictionLogCommand } from '../profile/openPredictionLog';
import type { SidePanelViewProvider } from '../sidePanelView';
import type { WorkerClient } from '../workerClient';
import type { WorkspaceIndex } from '../workspaceIndex';
import { compareModelVersionsCommand, featureIdOf, runDriftCheckCommand, showFeatureHistogramCommand, type CommandDependencies } from './driftCommands';
import { DriftCache } from './driftCache';
import { DriftChecker } from './driftChecker';
import { DriftDiagnostics } from './driftDiagnostics';
import type { DriftResults } from './driftResults';
import { DriftStatusBar } from './driftStatusBar';
import { exportReportCommand } from './exportReport';
import type { DriftInputs } from './inputChoices';
import { LogShapes } from './logShape';
import { pickWithBaseline, pickWithCurrent, rememberedInputs } from './pickDriftInputs';
import { DriftReportPanel, driftReportViewType } from './reportPanel';
import { runAndShow, type DriftOutcome } from './runDriftCheck';

/** What the drift part adds to the extension's API (integration tests drive and observe it). */
export interface DriftApi {
  readonly results: DriftResults;
  readonly checker: DriftChecker;
  readonly reportPanel: DriftReportPanel;
  readonly diagnostics: DriftDiagnostics;
  readonly statusBar: DriftStatusBar;
  readonly logProfiles: LogProfilePanels;
  /** Runs a check on given inputs without any quick pick; `token` cancels it like the notification's Cancel. */
  run(inputs: DriftInputs, token?: vscode.CancellationToken): Promise<DriftOutcome>;
}

export interface DriftParts {
  readonly worker: WorkerClient;
  readonly index: WorkspaceIndex;
  readonly results: DriftResults;
  readonly sidePanel: SidePanelViewProvider;
  readonly log: vscode.LogOutputChannel;
}

export function activateDrift(context: vscode.ExtensionContext, parts: DriftParts): DriftApi {
  const { worker, index, results, sidePanel, log } = parts;
  // Reports are cached per workspace (they hold aggregates of this workspace's logs); without a folder, in memory.
  const storage = context.storageUri ?? undefined;
  const cache = new DriftCache<DriftReport>(storage ? join(storage.fsPath, 'drift-reports') : undefined);
  const checker = new DriftChecker(
    worker,
    cache,
    join(context.extensionPath, 'dist', 'worker.js'),
    (path) => vscode.workspace.asRelativePath(vscode.Uri.file(path), false),
    (path) => (vscode.workspace.getWorkspaceFolder(vscode.Uri.file(path)) ?? vscode.workspace.workspaceFolders?.[0])?.uri.fsPath,
    (root) => commitHistory(vscode.Uri.file(root)),
  );
  const shapes = new LogShapes(worker);
  const diagnostics = new DriftDiagnostics();
  const statusBar = new DriftStatusBar(results);
  const showInSidePanel = (featureId: FeatureId) => sidePanel.selectFeature(featureId);
  const reportPanel = new DriftReportPanel({
    extensionUri: context.extensionUri,
    results,
    state: context.workspaceState,
    log,
    cached: (key) => checker.cached(key),
    showInSidePanel,
  });
  const deps: CommandDependencies = {
    checker,
    results,
    diagnostics,
    state: context.workspaceState,
    log,
    index,
    shapes,
    openReport: async () => reportPanel.show(),
    showFeature: showInSidePanel,
  };
  const pickDeps = { index, state: context.workspaceState, shapeOf: (path: string, token: vscode.CancellationToken) => shapes.shapeOf(path, token) };
  const logProfiles = new LogProfilePanels({
    extensionUri: context.extensionUri,
    log,
    state: context.workspaceState,
    profile: async (path, displayPath, token) => logProfileView(await worker.run('profile', { path }, { token }), displayPath),
    useInDriftCheck: async (path, side) => {
      const inputs = await (side === 'baseline' ? pickWithBaseline(pickDeps, path) : pickWithCurrent(pickDeps, path));
      if (inputs) await runAndShow(deps, inputs);
    },
  });
  const generator = `Model Incident Debugger ${String((context.extension.packageJSON as { version?: unknown }).version ?? '')}`.trim();

  context.subscriptions.push(
    diagnostics,
    statusBar,
    reportPanel,
    logProfiles,
    vscode.window.registerCustomEditorProvider(logProfileViewType, logProfiles, { supportsMultipleEditorsPerDocument: false }),
    vscode.window.registerWebviewPanelSerializer(logProfilePanelViewType, logProfiles),
    vscode.commands.registerCommand(CommandId.openPredictionLog, (args?: unknown) => openPredictionLogCommand(logProfiles, index, args)),
    results.onDidChange((result) => void vscode.commands.executeCommand('setContext', 'modelIncident.hasDriftResult', result !== undefined)),
    vscode.window.registerWebviewPanelSerializer(driftReportViewType, reportPanel),
    vscode.commands.registerCommand(CommandId.runDriftCheck, (args?: unknown) => runDriftCheckCommand(deps, args)),
    vscode.commands.registerCommand(CommandId.compareModelVersions, (args?: unknown) => compareModelVersionsCommand(deps, args)),
    vscode.commands.registerCommand(CommandId.showFeatureHistogram, (args?: unknown) => showFeatureHistogramCommand(deps, args)),
    // A Problems link, the tree or the side panel may name a feature: the report opens on it.
    vscode.commands.registerCommand(CommandId.openDriftReport, (args?: unknown) => reportPanel.show(featureIdOf(args))),
    vscode.commands.registerCommand(CommandId.exportReport, (args?: unknown) => exportReportCommand({ results, worker, log, generator }, args)),
  );
  void restoreLastCheck(checker, context.workspaceState, results, diagnostics, log);
  return { results, checker, reportPanel, diagnostics, statusBar, logProfiles, run: (inputs, token) => runAndShow(deps, inputs, token) };
}

/**
 * After a reload, the last check of this workspace comes back (tree, status bar, Problems, side panel)
 * when its inputs are unchanged: the files are hashed again and only an exact cache hit is shown.
 */
async function restoreLastCheck(checker: DriftChecker, state: vscode.Memento, results: DriftResults, diagnostics: DriftDiagnostics, log: vscode.LogOutputChannel): Promise<void> {
  const inputs = rememberedInputs(state);
  if (!inputs) return;
  try {
    const result = await checker.cachedResult(inputs);
    if (!result || results.current) return;
    results.set(result);
    await diagnostics.show(result);
    log.info('restored the last drift check of this workspace from the cache');
  } catch (error) {
    // A log that was moved or deleted since: nothing to restore.
    log.info(`the last drift check was not restored: ${error instanceof Error ? error.message : String(error)}`);
  }
}
