// The host's side of the worker thread: starts dist/worker.js on first use, runs typed jobs, forwards
// cancellation, and replaces a worker that does not stop within half a second of a cancel.
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { JobKind, JobParams, JobProgress, JobResult, WorkerToHost } from '../protocol/worker';

interface Pending {
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
    const worker = this.ensureWorker();
    const jobId = this.nextJobId++;
    return new Promise<JobResult<K>>((resolve, reject) => {
      if (options.token?.isCancellationRequested) return reject(new CancelledError());
      this.pending.set(jobId, { resolve: resolve as (r: unknown) => void, reject, onProgress: options.onProgress });
      const cancel = options.token?.onCancellationRequested(() => {
        worker.postMessage({ type: 'cancel', jobId });
        // A handler that does not check its signal in time costs the worker, not the user.
        setTimeout(() => {
          const job = this.pending.get(jobId);
          if (!job) return;
          this.pending.delete(jobId);
          job.reject(new CancelledError());
          this.restart();
        }, 500);
      });
      const settle = () => cancel?.dispose();
      const job = this.pending.get(jobId)!;
      const { resolve: done, reject: fail } = job;
      job.resolve = (r) => (settle(), done(r));
      job.reject = (e) => (settle(), fail(e));
      worker.postMessage({ type: 'run', jobId, kind, params });
    });
  }

  /**
   * Workers replaced because a cancelled job did not stop within half a second. Stays 0 while every job
   * honours its abort signal (the integration tests check it after a Cancel).
   */
  get restarts(): number {
    return this.restartCount;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.scriptPath);
    worker.on('message', (message: WorkerToHost) => this.receive(message));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
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
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }

  private restart(): void {
    this.restartCount++;
    const old = this.worker;
    this.worker = undefined;
    void old?.terminate();
  }

  dispose(): void {
    this.failAll(new CancelledError());
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
