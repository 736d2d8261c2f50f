// What the extension knows about the open workspace: the logs and changelogs it found, each with a short
// id that webviews use in place of a path. Views subscribe to `onDidChange` and re-read the whole index.
import * as vscode from 'vscode';
import { findChangelogs, findLogs, type FoundLog } from './logDiscovery';

export interface IndexedLog extends FoundLog {
  readonly id: string;
}

export class WorkspaceIndex implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private logsById = new Map<string, IndexedLog>();
  private changelogUris: vscode.Uri[] = [];
  private refreshing: Promise<void> | undefined;
  private readonly watchers: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{csv,tsv,jsonl,ndjson,arrow,feather,ipc,parquet,yaml,yml}');
    const later = () => void this.refresh();
    this.watchers.push(watcher, watcher.onDidCreate(later), watcher.onDidDelete(later), this.changed);
  }

  get logs(): readonly IndexedLog[] {
    return [...this.logsById.values()];
  }

  get changelogs(): readonly vscode.Uri[] {
    return this.changelogUris;
  }

  log(id: string): IndexedLog | undefined {
    return this.logsById.get(id);
  }

  /** Re-scans the workspace; concurrent calls share one scan. */
  refresh(): Promise<void> {
    this.refreshing ??= this.scan().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async scan(): Promise<void> {
    const [logs, changelogs] = await Promise.all([findLogs(), findChangelogs()]);
    this.logsById = new Map(logs.map((log, i) => [`log-${i}`, { ...log, id: `log-${i}` }]));
    this.changelogUris = changelogs;
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.watchers) d.dispose();
  }
}
