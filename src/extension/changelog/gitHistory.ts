// Recent commits for the runbook's timeline and the drift check's onsets: through the built-in git extension's API when it is there,
// else one direct `git log` (execFile, no shell; the arguments come from gitLogArgs). Never in Restricted
// Mode: a repository's git config is workspace content.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { gitLogArgs, parseGitLog, type GitCommit } from '../../core/runbook/gitCommit';
import { commitMarkers } from '../../core/timeline/commitMarkers';
import type { CommitHistory } from '../../core/timeline/markers';

export const maxCommits = 200;
const gitTimeoutMs = 10_000;
const maxOutputBytes = 4 * 1024 * 1024;

/** The slice of the built-in git extension's API (extensions/git/src/api/git.d.ts) used here. */
interface GitCommitRecord {
  readonly hash: string;
  readonly message: string;
  readonly authorDate?: Date;
  readonly authorName?: string;
}
interface GitRepository {
  readonly rootUri: vscode.Uri;
  log(options?: { maxEntries?: number }): Promise<GitCommitRecord[]>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  readonly repositories: readonly GitRepository[];
}
interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

export type CommitsResult = { readonly commits: readonly GitCommit[]; readonly via: 'vscode.git' | 'git' } | { readonly commits: null; readonly reason: string };

export async function recentCommits(folder: vscode.Uri): Promise<CommitsResult> {
  if (!vscode.workspace.isTrusted) return { commits: null, reason: 'Restricted Mode: git is not run in an untrusted workspace' };
  try {
    const fromApi = await viaExtension(folder);
    if (fromApi) return { commits: fromApi, via: 'vscode.git' };
  } catch {
    // The git extension is present but failed (no repository yet, still opening): try git directly.
  }
  try {
    return { commits: await viaGitLog(folder.fsPath), via: 'git' };
  } catch (error) {
    return { commits: null, reason: `git log failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

/** `recentCommits` as the drift check takes them: commit markers and where they came from, or why there are none. */
export async function commitHistory(folder: vscode.Uri): Promise<CommitHistory> {
  const result = await recentCommits(folder);
  return result.commits ? { read: true, via: result.via, commits: commitMarkers(result.commits) } : { read: false, reason: result.reason };
}

async function viaExtension(folder: vscode.Uri): Promise<GitCommit[] | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  const exports = extension.isActive ? extension.exports : await extension.activate();
  if (!exports.enabled) return undefined;
  const api = exports.getAPI(1);
  const repository = api.getRepository(folder) ?? api.repositories.find((r) => folder.fsPath.startsWith(r.rootUri.fsPath));
  if (!repository) return undefined;
  const records = await repository.log({ maxEntries: maxCommits });
  return records.map((r) => ({
    sha: r.hash,
    time: (r.authorDate ?? new Date(0)).toISOString(),
    author: r.authorName ?? '',
    subject: r.message.split('\n')[0] ?? '',
  }));
}

function viaGitLog(cwd: string): Promise<GitCommit[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      gitLogArgs('HEAD', maxCommits),
      { cwd, timeout: gitTimeoutMs, maxBuffer: maxOutputBytes, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => (error ? reject(error) : resolve(parseGitLog(stdout))),
    );
  });
}

