// Runs one drift check: hashes both input files, reads the workspace's git history (the commits set beside
// the onsets), answers from the cache when the same inputs, options and commits were checked before, else runs the `driftCheck` job in the worker (cancellable: the token's cancel
// reaches the worker's AbortSignal) and caches the report.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { DriftReport } from '../../core/drift/report';
import type { CommitHistory } from '../../core/timeline/markers';
import type { JobProgress } from '../../protocol/worker';
import type { WorkerClient } from '../workerClient';
import { driftCacheKey } from './cacheKey';
import type { DriftCache } from './driftCache';
import type { DriftResult } from './driftResults';
import type { DriftInputs } from './inputChoices';

export type ProgressSink = (message: string, fraction?: number) => void;

interface KnownHash {
  readonly mtimeMs: number;
  readonly size: number;
  readonly sha256: string;
}

export class DriftChecker {
  /** File hashes by path, trusted while size and mtime stay the same: a re-run then reads no file at all. */
  private readonly hashes = new Map<string, KnownHash>();
  private engine: Promise<string> | undefined;

  constructor(
    private readonly worker: WorkerClient,
    private readonly cache: DriftCache<DriftReport>,
    /** The worker bundle: its hash fingerprints the engine build in every cache key. */
    private readonly engineScript: string,
    /** How the report names its input files (workspace-relative for the views and exports). */
    private readonly displayPath: (path: string) => string = (path) => path,
    /** The workspace folder whose config and changelog apply to a log. */
    private readonly workspaceRootOf: (path: string) => string | undefined = () => undefined,
    /** The git history of a workspace folder, or why it is not read (Restricted Mode); none outside a folder. */
    private readonly commitsOf: (root: string) => Promise<CommitHistory> = () => Promise.resolve({ read: false, reason: 'no git reader was given' }),
  ) {}

  async check(inputs: DriftInputs, token?: vscode.CancellationToken, progress: ProgressSink = () => {}): Promise<DriftResult> {
    const started = Date.now();
    progress('Hashing inputs…');
    const workspaceRoot = this.workspaceRootOf(inputs.current.path);
    const commits = await this.commitsIn(workspaceRoot);
    const key = await this.keyOf(inputs, commits, token);
    const cached = await this.cache.get(key);
    if (cached) return { key, inputs, report: cached, fromCache: true, elapsedMs: Date.now() - started };

    const computed = await this.worker.run(
      'driftCheck',
      { baseline: inputs.baseline, current: inputs.current, ...(workspaceRoot ? { workspaceRoot } : {}), ...(commits ? { commits } : {}) },
      { token, onProgress: (p) => progress(progressMessage(p), fractionOf(p)) },
    );
    const report = { ...computed, inputs: computed.inputs.map((input) => ({ ...input, path: this.displayPath(input.path) })) };
    await this.cache.set(key, report);
    return { key, inputs, report, fromCache: false, elapsedMs: Date.now() - started };
  }

  /** The result for `inputs` if the cache already holds it for the files as they are now; never runs a check. */
  async cachedResult(inputs: DriftInputs): Promise<DriftResult | undefined> {
    const started = Date.now();
    const key = await this.keyOf(inputs, await this.commitsIn(this.workspaceRootOf(inputs.current.path)));
    const report = await this.cache.get(key);
    return report ? { key, inputs, report, fromCache: true, elapsedMs: Date.now() - started } : undefined;
  }

  private commitsIn(root: string | undefined): Promise<CommitHistory | undefined> {
    return root === undefined ? Promise.resolve(undefined) : this.commitsOf(root);
  }

  private async keyOf(inputs: DriftInputs, commits: CommitHistory | undefined, token?: vscode.CancellationToken): Promise<string> {
    const [baselineHash, currentHash, engine] = await Promise.all([
      this.hash(inputs.baseline.path, token),
      this.hash(inputs.current.path, token),
      (this.engine ??= this.worker.run('hashFile', { path: this.engineScript }).then((r) => r.sha256)),
    ]);
    return driftCacheKey({
      baseline: { sha256: baselineHash, where: inputs.baseline.where },
      current: { sha256: currentHash, where: inputs.current.where },
      // The workspace config, the changelog and the commits change the report too (thresholds, markers):
      // a new commit, or trusting the folder (commits read at last), is a new check.
      options: { workspaceFiles: await workspaceFileHashes(this.workspaceRootOf(inputs.current.path)), commits },
      engine,
    });
  }

  /** A report checked earlier in this workspace, by its cache key (restored report panels use it). */
  cached(key: string): Promise<DriftReport | undefined> {
    return this.cache.get(key);
  }

  private async hash(path: string, token?: vscode.CancellationToken): Promise<string> {
    const { mtimeMs, size } = await stat(path);
    const known = this.hashes.get(path);
    if (known && known.mtimeMs === mtimeMs && known.size === size) return known.sha256;
    const { sha256 } = await this.worker.run('hashFile', { path }, { token });
    this.hashes.set(path, { mtimeMs, size, sha256 });
    return sha256;
  }
}

/** SHA-256 of the small workspace files the worker reads beside the logs (absent files hash as null). */
async function workspaceFileHashes(root: string | undefined): Promise<Record<string, string | null>> {
  const hashes: Record<string, string | null> = {};
  if (root === undefined) return hashes;
  for (const name of ['.model-incident.yaml', 'model-changelog.yaml', 'model-changelog.yml']) {
    try {
      hashes[name] = createHash('sha256').update(await readFile(join(root, name))).digest('hex');
    } catch {
      hashes[name] = null;
    }
  }
  return hashes;
}

function progressMessage(progress: JobProgress): string {
  if (progress.message) return progress.message;
  const done = progress.unit === 'bytes' ? `${(progress.done / 1048576).toFixed(1)} MB` : `${progress.done.toLocaleString('en-US')} ${progress.unit}`;
  return progress.total ? `${done} of ${progress.unit === 'bytes' ? `${(progress.total / 1048576).toFixed(1)} MB` : progress.total.toLocaleString('en-US')}` : done;
}

function fractionOf(progress: JobProgress): number | undefined {
  return progress.total ? Math.min(1, progress.done / progress.total) : undefined;
}
