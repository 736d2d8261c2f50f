// The tree view in the "Model Incident" container: the last drift check's results (drift/driftTreeNodes.ts)
// above the logs and changelogs of the workspace.
import * as vscode from 'vscode';
import type { DriftResults } from './drift/driftResults';
import { driftChildren, driftRoots, driftTreeItem, isDriftNode, type DriftNode } from './drift/driftTreeNodes';
import type { WorkspaceIndex } from './workspaceIndex';

type Node =
  | { readonly kind: 'group'; readonly label: string; readonly children: readonly Node[] }
  | { readonly kind: 'file'; readonly uri: vscode.Uri; readonly description: string }
  | DriftNode;

export class IncidentTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly drift: DriftResults,
  ) {
    this.subscriptions = [index.onDidChange(() => this.changed.fire()), drift.onDidChange(() => this.changed.fire())];
  }

  getChildren(node?: Node): Node[] {
    if (node && isDriftNode(node)) return driftChildren(node);
    if (node?.kind === 'group') return [...node.children];
    if (node) return [];
    const logs: Node[] = this.index.logs.map((log) => ({
      kind: 'file',
      uri: log.uri,
      description: `${log.format} · ${formatBytes(log.sizeBytes)}`,
    }));
    const changelogs: Node[] = this.index.changelogs.map((uri) => ({ kind: 'file', uri, description: 'changelog' }));
    return [
      ...driftRoots(this.drift.current),
      { kind: 'group', label: `Prediction logs (${logs.length})`, children: logs },
      { kind: 'group', label: `Model changelogs (${changelogs.length})`, children: changelogs },
    ];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (isDriftNode(node)) return driftTreeItem(node);
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.contextValue = 'group';
      return item;
    }
    const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.None);
    item.label = vscode.workspace.asRelativePath(node.uri, false);
    item.description = node.description;
    item.command = { command: 'vscode.open', title: 'Open', arguments: [node.uri] };
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
