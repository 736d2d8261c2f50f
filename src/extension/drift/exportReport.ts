// Export Report: the last check as Markdown (reportMarkdown.ts) and JSON (the DriftReport, as the CLI's
// --json prints it) into the workspace, with every chart as an SVG file rendered in the worker from the
// same specs the report panel draws. Writes files, so it is refused in Restricted Mode; never overwrites
// silently: a path given by a caller moves to a free name, the save dialog's own confirmation covers the
// Markdown file and a modal asks before replacing its JSON or chart folder.
import * as vscode from 'vscode';
import type { ChartView } from '../../core/charts/chartView';
import { reportView } from '../../core/views/reportView';
import type { WorkerClient } from '../workerClient';
import type { DriftResults } from './driftResults';
import { reportMarkdown, type ChartFile } from './reportMarkdown';

export type ExportOutcome =
  | { readonly status: 'written'; readonly markdown: vscode.Uri; readonly json: vscode.Uri; readonly charts: readonly vscode.Uri[] }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'dismissed' };

export interface ExportDependencies {
  readonly results: DriftResults;
  readonly worker: WorkerClient;
  readonly log: vscode.LogOutputChannel;
  readonly generator: string;
}

/**
 * Charts of the drifted features only (warn or worse, at most 20; the 3 worst when none drifted): an
 * export is read by people, and the JSON holds every number.
 */
const maxFeatureCharts = 20;
const chartsWhenNoneDrifted = 3;

export async function exportReportCommand(deps: ExportDependencies, args?: unknown): Promise<ExportOutcome> {
  if (!vscode.workspace.isTrusted) return refuse('Export Report writes files into the workspace: trust the workspace first (Restricted Mode only reads).');
  const result = deps.results.current;
  if (!result) return refuse('No drift check has run in this window yet: run one first (Model Incident: Run Drift Check).');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return refuse('Open a folder to export the report into.');

  const requested = targetOf(args);
  let markdown: vscode.Uri;
  if (requested) {
    markdown = await freeBase(requested);
  } else {
    const date = result.report.generatedAt.slice(0, 10);
    const chosen = await vscode.window.showSaveDialog({
      title: 'Export Drift Report',
      defaultUri: await freeBase(vscode.Uri.joinPath(folder.uri, `drift-report-${date}.md`)),
      filters: { Markdown: ['md'] },
      saveLabel: 'Export',
    });
    if (!chosen) return { status: 'dismissed' };
    markdown = chosen.path.endsWith('.md') ? chosen : chosen.with({ path: `${chosen.path}.md` });
    const siblings = await existing([siblingsOf(markdown).json, siblingsOf(markdown).charts]);
    if (siblings.length > 0) {
      const replace = 'Replace';
      const answer = await vscode.window.showWarningMessage(
        `${siblings.map((u) => vscode.workspace.asRelativePath(u, false)).join(' and ')} already exist${siblings.length === 1 ? 's' : ''}. Replace?`,
        { modal: true },
        replace,
      );
      if (answer !== replace) return { status: 'dismissed' };
    }
  }
  const { json, charts: chartDir } = siblingsOf(markdown);

  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Exporting the drift report', cancellable: true }, async (progress, token) => {
    const view = reportView(result.report);
    const jobs: { readonly chart: ChartView; readonly file: string; readonly featureId?: (typeof view.details)[number]['id']; readonly prediction?: boolean }[] = [];
    const dirName = chartDir.path.slice(chartDir.path.lastIndexOf('/') + 1);
    if (view.heatmap) jobs.push({ chart: view.heatmap, file: `${dirName}/heatmap.svg` });
    for (const [name, chart] of [['score', view.prediction?.score], ['calibration', view.prediction?.calibration]] as const) {
      if (chart) jobs.push({ chart, file: `${dirName}/prediction-${name}.svg`, prediction: true });
    }
    const drifted = new Set(result.report.features.filter((f) => f.rankSeverity !== 'ok').map((f) => f.id));
    const charted = drifted.size > 0 ? view.details.filter((d) => drifted.has(d.id)).slice(0, maxFeatureCharts) : view.details.slice(0, chartsWhenNoneDrifted);
    for (const detail of charted) {
      detail.charts.forEach((chart, i) => jobs.push({ chart, file: `${dirName}/${detail.id}-${i + 1}-${chart.kind}.svg`, featureId: detail.id }));
    }
    progress.report({ message: `rendering ${jobs.length} charts` });
    // Vega-Lite compiles each chart in a few hundred milliseconds: the count keeps the wait readable.
    let rendered = 0;
    const { svgs } = await deps.worker.run(
      'renderSvg',
      { specs: jobs.map((j) => j.chart.spec) },
      {
        token,
        onProgress: (p) => {
          progress.report({ message: `rendering chart ${p.done} of ${jobs.length}`, increment: ((p.done - rendered) * 90) / jobs.length });
          rendered = p.done;
        },
      },
    );

    const features = new Map<(typeof view.details)[number]['id'], ChartFile[]>();
    const prediction: ChartFile[] = [];
    let heatmap: ChartFile | undefined;
    for (const job of jobs) {
      const file = { title: job.chart.title, description: job.chart.description, file: job.file };
      if (job.featureId) features.set(job.featureId, [...(features.get(job.featureId) ?? []), file]);
      else if (job.prediction) prediction.push(file);
      else heatmap = file;
    }
    const encoder = new TextEncoder();
    const written: vscode.Uri[] = [];
    if (jobs.length > 0) await vscode.workspace.fs.createDirectory(chartDir);
    for (const [i, job] of jobs.entries()) {
      const uri = vscode.Uri.joinPath(markdown, '..', job.file);
      await vscode.workspace.fs.writeFile(uri, encoder.encode(svgs[i] ?? ''));
      written.push(uri);
    }
    await vscode.workspace.fs.writeFile(json, encoder.encode(`${JSON.stringify(result.report, null, 2)}\n`));
    await vscode.workspace.fs.writeFile(markdown, encoder.encode(reportMarkdown(view, { features, heatmap, prediction }, deps.generator)));
    deps.log.info(`exported the drift report to ${markdown.fsPath} (${written.length} charts)`);
    const open = 'Open';
    void vscode.window
      .showInformationMessage(`Drift report exported to ${vscode.workspace.asRelativePath(markdown, false)}.`, open)
      .then((choice) => (choice === open ? vscode.commands.executeCommand('markdown.showPreview', markdown) : undefined));
    return { status: 'written' as const, markdown, json, charts: written };
  });
}

function refuse(message: string): ExportOutcome {
  void vscode.window.showWarningMessage(message);
  return { status: 'refused', message };
}

/** `{ uri }` or `{ path }` (absolute or relative to the first workspace folder) of the Markdown file. */
function targetOf(args: unknown): vscode.Uri | undefined {
  if (typeof args !== 'object' || args === null) return undefined;
  const { uri, path } = args as Record<string, unknown>;
  if (uri instanceof vscode.Uri) return uri;
  if (typeof path !== 'string' || path.length === 0) return undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  return path.startsWith('/') || !root ? vscode.Uri.file(path) : vscode.Uri.joinPath(root, path);
}

function siblingsOf(markdown: vscode.Uri): { json: vscode.Uri; charts: vscode.Uri } {
  const base = markdown.path.replace(/\.md$/i, '');
  return { json: markdown.with({ path: `${base}.json` }), charts: markdown.with({ path: `${base}-charts` }) };
}

/** `report.md`, else `report-2.md`, `report-3.md`, …: the first whose Markdown, JSON and chart folder are all free. */
async function freeBase(markdown: vscode.Uri): Promise<vscode.Uri> {
  const base = markdown.path.replace(/\.md$/i, '');
  for (let n = 1; ; n++) {
    const candidate = markdown.with({ path: `${base}${n === 1 ? '' : `-${n}`}.md` });
    const { json, charts } = siblingsOf(candidate);
    if ((await existing([candidate, json, charts])).length === 0) return candidate;
  }
}

async function existing(uris: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const uri of uris) {
    try {
      await vscode.workspace.fs.stat(uri);
      found.push(uri);
    } catch {
      // free
    }
  }
  return found;
}
