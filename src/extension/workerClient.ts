// The host's side of the worker thread: starts dist/worker.js on first use, runs typed jobs, forwards
// cancellation, and replaces a worker that does not stop within half a second of a cancel. Jobs that were
// sharing the replaced worker are not the user's loss: they are run again on the new one.
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { HostToWorker, JobKind, JobParams, JobProgress, JobResult, WorkerToHost } from '../protocol/worker';

interface Pending {
  readonly kind: JobKind;
  readonly params: unknown;
  resolve(result: unknown): void;
  reject(error: Error): void;
  onProgress?: (progress: JobProgress) => void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export class WorkerClient implements vscode.Disposable {
  private worker: Worker | undefined;
  private nextJobId = 1;
  private readonly pending = new Map<number, Pending>();
  private restartCount = 0;

  constructor(private readonly scriptPath: string) {}

  run<K extends JobKind>(
    kind: K,
    params: JobParams<K>,
    options: { token?: vscode.CancellationToken; onProgress?: (progress: JobProgress) => void } = {},
  ): Promise<JobResult<K>> {
    const jobId = this.nextJobId++;
    return new Promise<JobResult<K>>((resolve, reject) => {
      if (options.token?.isCancellationRequested) return reject(new CancelledError());
      const cancel = options.token?.onCancellationRequested(() => {
        this.post({ type: 'cancel', jobId });
        // A handler that does not check its signal in time costs the worker, not the user.
        setTimeout(() => {
          const job = this.pending.get(jobId);
          if (!job) return;
          this.pending.delete(jobId);
          job.reject(new CancelledError());
          this.restart();
        }, 500);
      });
      this.pending.set(jobId, {
        kind,
        params,
        resolve: (result) => (cancel?.dispose(), resolve(result as JobResult<K>)),
        reject: (error) => (cancel?.dispose(), reject(error)),
        onProgress: options.onProgress,
      });
      this.post({ type: 'run', jobId, kind, params });
    });
  }

  /**
   * Workers replaced because a cancelled job did not stop within half a second. Stays 0 while every job
   * honours its abort signal (the integration tests check it after a Cancel).
   */
  get restarts(): number {
    return this.restartCount;
  }

  private post(message: HostToWorker): void {
    this.ensureWorker().postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.scriptPath);
    worker.on('message', (message: WorkerToHost) => {
      if (this.worker === worker) this.receive(message);
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.failAll(error);
    });
    worker.on('exit', () => {
      // A worker replaced on purpose (restart, dispose) is no longer `this.worker`: its jobs live on.
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(new Error('the worker thread stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerToHost): void {
    const job = this.pending.get(message.jobId);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.jobId);
    if (message.type === 'result') job.resolve(message.result);
    else job.reject(message.cancelled ? new CancelledError() : new Error(message.message));
  }

  private failAll(error: Error): void {
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) job.reject(error);
  }

  /** Replaces a worker stuck in a cancelled job and runs the jobs that shared it again on a fresh one. */
  private restart(): void {
    this.restartCount++;
    const old = this.worker;
    this.worker = undefined;
    void old?.terminate();
    for (const [jobId, job] of this.pending) this.post({ type: 'run', jobId, kind: job.kind, params: job.params });
  }

  dispose(): void {
    const old = this.worker;
    this.worker = undefined;
    this.failAll(new CancelledError());
    void old?.terminate();
  }
}
