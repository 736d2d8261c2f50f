// Problems entries for critical drift: one per critical feature, on the workspace config
// (.model-incident.yaml) when it exists, else on the current log, underlining the feature's header cell in
// a CSV/TSV. Each entry's code links to the drift report opened at that feature.
import { open } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { FeatureReport } from '../../core/drift/report';
import { rankFeatures } from '../../core/views/rankFeatures';
import { CommandId } from '../commandIds';
import type { DriftResult } from './driftResults';
import { featureDescription } from './driftWords';
import { guessDelimiter, headerCellRange } from './headerCell';

export const workspaceConfigName = '.model-incident.yaml';

export class DriftDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('modelIncident.drift');

  /** Replaces every entry with the ones `result` calls for (none when nothing is critical). */
  async show(result: DriftResult | undefined): Promise<void> {
    this.collection.clear();
    if (!result) return;
    const critical = rankFeatures(result.report.features).filter((f) => f.rankSeverity === 'critical');
    if (critical.length === 0) return;
    const target = await this.target(result.inputs.current.path);
    const header = target.isText ? await firstLine(target.uri.fsPath) : undefined;
    const delimiter = header === undefined ? ',' : guessDelimiter(header);
    this.collection.set(
      target.uri,
      critical.map((feature) => {
        const cell = header === undefined ? undefined : headerCellRange(header, delimiter, feature.name);
        const range = cell ? new vscode.Range(0, cell.start, 0, cell.end) : new vscode.Range(0, 0, 0, 0);
        const diagnostic = new vscode.Diagnostic(range, message(feature), vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Model Incident';
        diagnostic.code = { value: 'critical-drift', target: reportLink(feature) };
        return diagnostic;
      }),
    );
  }

  private async target(currentLog: string): Promise<{ uri: vscode.Uri; isText: boolean }> {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(currentLog)) ?? vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const config = vscode.Uri.joinPath(folder.uri, workspaceConfigName);
      try {
        await vscode.workspace.fs.stat(config);
        return { uri: config, isText: false };
      } catch {
        // no workspace config: the log carries the entries
      }
    }
    return { uri: vscode.Uri.file(currentLog), isText: /\.(csv|tsv)$/i.test(currentLog) };
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function message(feature: FeatureReport): string {
  return `Critical drift in feature "${feature.name}": ${featureDescription(feature)}`;
}

/** `command:` link to the report at this feature; its argument is the report's synthetic id, never a name. */
export function reportLink(feature: Pick<FeatureReport, 'id'>): vscode.Uri {
  return vscode.Uri.parse(`command:${CommandId.openDriftReport}?${encodeURIComponent(JSON.stringify([{ featureId: feature.id }]))}`);
}

/** The first line of a text file, reading at most 64 KiB (a header longer than that is not underlined). */
async function firstLine(path: string): Promise<string | undefined> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const end = text.indexOf('\n');
    return end < 0 ? (bytesRead < buffer.length ? text : undefined) : text.slice(0, end);
  } finally {
    await handle.close();
  }
}

