// Messages between the extension host (src/extension/workerClient.ts) and the worker thread
// (src/worker/main.ts). Each job kind maps to one parameter type and one result type in `Jobs`;
// add a job by adding an entry here and a handler in src/worker/jobs.ts.

export interface Jobs {
  /** SHA-256 of a file, streamed (cache keys, report inputs). */
  hashFile: { params: { path: string }; result: { sha256: string; bytes: number } };
}

export type JobKind = keyof Jobs;
export type JobParams<K extends JobKind> = Jobs[K]['params'];
export type JobResult<K extends JobKind> = Jobs[K]['result'];

export type HostToWorker =
  | { readonly type: 'run'; readonly jobId: number; readonly kind: JobKind; readonly params: unknown }
  | { readonly type: 'cancel'; readonly jobId: number };

export interface JobProgress {
  readonly done: number;
  readonly total?: number;
  readonly unit: 'bytes' | 'rows' | 'steps';
  readonly message?: string;
}

export type WorkerToHost =
  | { readonly type: 'progress'; readonly jobId: number; readonly progress: JobProgress }
  | { readonly type: 'result'; readonly jobId: number; readonly result: unknown }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string; readonly cancelled: boolean };
