// "Model Changelog": the changelog as a timeline in the side bar, newest first, one node per entry with its
// incident, root cause, drift signal, resolution and alerts as children. Clicking an entry opens its line.
import * as vscode from 'vscode';
import type { ChangelogEntry } from '../../core/documents/changelog';
import { changelogEntryTitle } from '../../core/runbook/changelogEntryTitle';
import type { WorkspaceIndex } from '../workspaceIndex';
import { readChangelogFiles, type ChangelogFileView } from './changelogFiles';

export const changelogViewId = 'modelIncident.changelog';

type Node =
  | { readonly kind: 'file'; readonly file: ChangelogFileView }
  | { readonly kind: 'entry'; readonly file: ChangelogFileView; readonly entry: ChangelogEntry }
  | { readonly kind: 'field'; readonly label: string; readonly value: string }
  | { readonly kind: 'error'; readonly file: ChangelogFileView };

const fieldLabels: readonly [keyof ChangelogEntry, string][] = [
  ['incident', 'Incident'],
  ['root_cause', 'Root cause'],
  ['drift_signal', 'Drift signal'],
  ['resolution', 'Resolution'],
];

export class ChangelogTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private files: Promise<ChangelogFileView[]> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly index: WorkspaceIndex) {
    const reload = () => {
      this.files = undefined;
      this.changed.fire();
    };
    this.subscriptions = [
      this.changed,
      index.onDidChange(reload),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (index.changelogs.some((u) => u.toString() === d.uri.toString())) reload();
      }),
    ];
  }

  /** The files as last read (tests and the runbook read them through here). */
  read(): Promise<ChangelogFileView[]> {
    this.files ??= readChangelogFiles(this.index);
    return this.files;
  }

  refresh(): void {
    this.files = undefined;
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const files = await this.read();
      if (files.length === 1 && !files[0]!.error) return this.entriesOf(files[0]!);
      return files.map((file) => ({ kind: 'file', file }));
    }
    if (node.kind === 'file') return node.file.error ? [{ kind: 'error', file: node.file }] : this.entriesOf(node.file);
    if (node.kind === 'entry') {
      const fields: Node[] = fieldLabels.flatMap(([key, label]) => {
        const value = node.entry[key];
        return typeof value === 'string' ? [{ kind: 'field' as const, label, value }] : [];
      });
      for (const alert of node.entry.new_alerts_added ?? []) fields.push({ kind: 'field', label: 'New alert', value: `${alert.name} at ${String(alert.threshold)} → ${alert.channel}` });
      return fields;
    }
    return [];
  }

  private entriesOf(file: ChangelogFileView): Node[] {
    return [...file.entries].sort((a, b) => b.time - a.time).map((entry) => ({ kind: 'entry', file, entry }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'file': {
        const item = new vscode.TreeItem(vscode.workspace.asRelativePath(node.file.uri, false), vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon(node.file.error ? 'warning' : 'history');
        item.resourceUri = node.file.uri;
        return item;
      }
      case 'error': {
        const item = new vscode.TreeItem(node.file.error ?? '', vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('error');
        item.tooltip = node.file.error ?? '';
        item.command = { command: 'vscode.open', title: 'Open', arguments: [node.file.uri] };
        return item;
      }
      case 'entry': {
        const { entry } = node;
        const hasDetails = fieldLabels.some(([key]) => typeof entry[key] === 'string') || (entry.new_alerts_added?.length ?? 0) > 0;
        const item = new vscode.TreeItem(changelogEntryTitle(entry), hasDetails ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = entry.date;
        item.iconPath = new vscode.ThemeIcon(entry.incident ? 'flame' : 'git-commit');
        const tooltip = new vscode.MarkdownString();
        tooltip.appendText(`${entry.version} · ${entry.date}\n`);
        for (const [key, label] of fieldLabels) if (typeof entry[key] === 'string') tooltip.appendText(`${label}: ${entry[key] as string}\n`);
        item.tooltip = tooltip;
        item.command = {
          command: 'vscode.open',
          title: 'Open entry',
          arguments: [node.file.uri, { selection: new vscode.Range(entry.line - 1, 0, entry.line - 1, 0) } satisfies vscode.TextDocumentShowOptions],
        };
        return item;
      }
      case 'field': {
        const item = new vscode.TreeItem(`${node.label}: ${node.value.split('\n')[0]}`, vscode.TreeItemCollapsibleState.None);
        item.tooltip = node.value;
        return item;
      }
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
