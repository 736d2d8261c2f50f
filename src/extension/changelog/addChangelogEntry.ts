// Add Changelog Entry: appends to the workspace's model changelog (the first one the index found, or a new
// model-changelog.yaml at the folder's root), keeping every comment and the layout, as one undoable edit.
import * as vscode from 'vscode';
import type { NewChangelogEntry } from '../../core/documents/changelog';
import { appendChangelogEntry, newChangelogText } from '../../core/documents/changelogAppend';
import type { WorkspaceIndex } from '../workspaceIndex';
import { assertTrusted, readText, writeFile } from '../runbook/workspaceWrites';

export interface AddedEntry {
  readonly uri: vscode.Uri;
  /** 1-based line of the new entry. */
  readonly line: number;
}

/** The changelog a new entry goes to. */
export function changelogTarget(index: WorkspaceIndex, folder: vscode.Uri): vscode.Uri {
  const inFolder = index.changelogs.filter((u) => u.fsPath.startsWith(folder.fsPath));
  return inFolder.sort((a, b) => a.fsPath.length - b.fsPath.length)[0] ?? vscode.Uri.joinPath(folder, 'model-changelog.yaml');
}

export async function addChangelogEntry(target: vscode.Uri, entry: NewChangelogEntry): Promise<AddedEntry> {
  assertTrusted('adding a changelog entry');
  const path = vscode.workspace.asRelativePath(target, false);
  const previous = await readText(target);
  if (previous === undefined) {
    const text = newChangelogText(entry);
    await writeFile(target, undefined, text, `Add changelog entry ${entry.version}`);
    return { uri: target, line: text.split('\n').findIndex((l) => l.trimStart().startsWith('- ')) + 1 };
  }
  const result = appendChangelogEntry(previous, path, entry);
  await writeFile(target, previous, result.text, `Add changelog entry ${entry.version}`);
  return { uri: target, line: result.line };
}

/** Asks for the fields the draft cannot know (version, date) and lets the user edit the rest; undefined when dismissed. */
export async function askForEntry(draft: Partial<NewChangelogEntry>): Promise<NewChangelogEntry | undefined> {
  const version = await vscode.window.showInputBox({
    title: 'Add Changelog Entry (1/2): model version',
    prompt: 'The model version this entry is about (the fixed or rolled-back version)',
    value: draft.version ?? '',
    validateInput: (v) => (v.trim() === '' ? 'A version is required' : undefined),
  });
  if (version === undefined) return undefined;
  const today = new Date().toISOString().slice(0, 10);
  const date = await vscode.window.showInputBox({
    title: 'Add Changelog Entry (2/2): date',
    prompt: 'YYYY-MM-DD',
    value: draft.date ?? today,
    validateInput: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? undefined : 'Use YYYY-MM-DD'),
  });
  if (date === undefined) return undefined;
  const fields: [keyof NewChangelogEntry & ('incident' | 'root_cause' | 'drift_signal' | 'resolution'), string][] = [
    ['incident', 'Incident id'],
    ['root_cause', 'Root cause'],
    ['drift_signal', 'Drift signal'],
    ['resolution', 'Resolution'],
  ];
  const entry: Record<string, unknown> = { version: version.trim(), date: date.trim() };
  for (const [key, label] of fields) {
    const value = await vscode.window.showInputBox({ title: `Add Changelog Entry: ${label}`, prompt: `${label} (optional; Escape keeps the suggestion)`, value: draft[key] ?? '' });
    const chosen = (value ?? draft[key] ?? '').trim();
    if (chosen !== '') entry[key] = chosen;
  }
  if (draft.new_alerts_added && draft.new_alerts_added.length > 0) {
    const keep = await vscode.window.showQuickPick(
      draft.new_alerts_added.map((a) => ({ label: a.name, description: `${String(a.threshold)} → ${a.channel}`, picked: true, alert: a })),
      { title: 'Add Changelog Entry: new alerts', canPickMany: true, placeHolder: 'The alerts added for this incident' },
    );
    if (keep && keep.length > 0) entry.new_alerts_added = keep.map((k) => k.alert);
  }
  return entry as unknown as NewChangelogEntry;
}
