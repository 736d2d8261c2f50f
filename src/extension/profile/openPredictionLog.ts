// The Open Prediction Log command: a log from the argument (explorer context menu, the side panel), the
// active editor, or a quick pick of the logs the index found. Arrow and Parquet open in the read-only
// custom editor; CSV and JSONL keep their text editor and get the profile in a panel of its own.
import * as vscode from 'vscode';
import { formatOf } from '../logDiscovery';
import type { WorkspaceIndex } from '../workspaceIndex';
import { logProfileViewType, type LogProfilePanels } from './logProfilePanel';

export async function openPredictionLogCommand(panels: LogProfilePanels, index: WorkspaceIndex, args?: unknown): Promise<vscode.Uri | undefined> {
  const uri = await chooseLog(index, args);
  if (!uri) return undefined;
  const format = formatOf(uri.path);
  if (format === 'arrow' || format === 'parquet') await vscode.commands.executeCommand('vscode.openWith', uri, logProfileViewType);
  else panels.showPanel(uri);
  return uri;
}

async function chooseLog(index: WorkspaceIndex, args: unknown): Promise<vscode.Uri | undefined> {
  if (args instanceof vscode.Uri) return args;
  const path = typeof args === 'string' ? args : undefined;
  if (path) {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    return path.startsWith('/') || !root ? vscode.Uri.file(path) : vscode.Uri.joinPath(root, path);
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file' && formatOf(active.path)) return active;
  if (index.logs.length === 0) {
    void vscode.window.showWarningMessage('No prediction logs (CSV, JSONL, Arrow, Parquet) were found in this workspace.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    index.logs.map((log) => ({ label: vscode.workspace.asRelativePath(log.uri, false), description: log.format, uri: log.uri })),
    { title: 'Open Prediction Log', placeHolder: 'The log whose schema, roles and distributions to show' },
  );
  return picked?.uri;
}
