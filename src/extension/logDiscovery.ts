// Finds prediction logs and model changelogs in the workspace by the globs in settings.
import * as vscode from 'vscode';
import { SettingKey, stringList } from './settings';

export type LogFormat = 'csv' | 'jsonl' | 'arrow' | 'parquet';

export interface FoundLog {
  readonly uri: vscode.Uri;
  readonly format: LogFormat;
  readonly sizeBytes: number;
}

export const defaultLogGlobs = ['**/*.{csv,tsv,jsonl,ndjson,arrow,feather,ipc,parquet}'];
export const defaultChangelogGlobs = ['**/model-changelog.{yaml,yml}'];
export const defaultExcludeGlobs = ['**/node_modules/**', '**/.git/**', '**/.venv/**'];

const formatByExtension = new Map<string, LogFormat>([
  ['csv', 'csv'], ['tsv', 'csv'], ['jsonl', 'jsonl'], ['ndjson', 'jsonl'],
  ['arrow', 'arrow'], ['feather', 'arrow'], ['ipc', 'arrow'], ['parquet', 'parquet'],
]);

export function formatOf(path: string): LogFormat | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : formatByExtension.get(path.slice(dot + 1).toLowerCase());
}

function excludePattern(): string | undefined {
  const globs = stringList(SettingKey.excludeGlobs, defaultExcludeGlobs);
  return globs.length === 0 ? undefined : `{${globs.join(',')}}`;
}

async function findAll(globs: readonly string[], token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const exclude = excludePattern();
  const seen = new Map<string, vscode.Uri>();
  for (const glob of globs) {
    for (const uri of await vscode.workspace.findFiles(glob, exclude, 2000, token)) seen.set(uri.toString(), uri);
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export async function findLogs(token?: vscode.CancellationToken): Promise<FoundLog[]> {
  const uris = await findAll(stringList(SettingKey.logGlobs, defaultLogGlobs), token);
  const logs: FoundLog[] = [];
  for (const uri of uris) {
    const format = formatOf(uri.path);
    if (format === undefined) continue;
    const stat = await vscode.workspace.fs.stat(uri);
    logs.push({ uri, format, sizeBytes: stat.size });
  }
  return logs;
}

export function findChangelogs(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  return findAll(stringList(SettingKey.changelogGlobs, defaultChangelogGlobs), token);
}
