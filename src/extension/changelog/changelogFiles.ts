// The model changelogs the workspace index found, read and validated; a file that does not parse is kept
// with its located error so views can show it instead of hiding it.
import * as vscode from 'vscode';
import { readChangelog, type ChangelogEntry } from '../../core/documents/changelog';
import type { WorkspaceIndex } from '../workspaceIndex';
import { readText } from '../runbook/workspaceWrites';

export interface ChangelogFileView {
  readonly uri: vscode.Uri;
  readonly entries: readonly ChangelogEntry[];
  /** `path:line:col: reason` when the file could not be read or validated. */
  readonly error: string | null;
}

export async function readChangelogFiles(index: WorkspaceIndex): Promise<ChangelogFileView[]> {
  return Promise.all(
    index.changelogs.map(async (uri) => {
      const path = vscode.workspace.asRelativePath(uri, false);
      try {
        const text = (await readText(uri)) ?? '';
        return { uri, entries: readChangelog(text, path).entries, error: null };
      } catch (error) {
        return { uri, entries: [], error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}

/** Every entry of every readable changelog, oldest first. */
export function allEntries(files: readonly ChangelogFileView[]): ChangelogEntry[] {
  return files.flatMap((f) => f.entries).sort((a, b) => a.time - b.time);
}
