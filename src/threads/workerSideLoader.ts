// Both cores for loading: a SideLoader that loads and hashes each file on its own worker thread
// (dist/load-worker.js, loadWorker.ts), so that the drift check's two inputs load at once. A bad file
// fails exactly as it would on this thread (the same LoadError, with its location); a worker that cannot
// start or dies falls back to this thread, so the user still gets the report.
import { tableFromIPC } from 'apache-arrow';
import { Worker } from 'node:worker_threads';
import { inProcessSideLoader, type SideLoader } from '../core/drift/runDriftCheck';
import { formatLocation, LoadError, type LoadOptions } from '../core/table/types';
import type { LoadReply, LoadRequest } from './loadWorker';
import { rebuildTable } from './tableTransfer';

export interface SideLoaderOptions {
  readonly workerFile: string;
  /** Extra Node flags for the worker (tests run the TypeScript entry with tsx). */
  readonly execArgv?: readonly string[];
  /** Load on this thread when the worker cannot run (default); `false` lets the failure out (tests). */
  readonly fallback?: boolean;
}

export function workerSideLoader(options: SideLoaderOptions): SideLoader {
  return async (path, loadOptions) => {
    const { signal } = loadOptions;
    const request: LoadRequest = { path, options: withoutCallbacks(loadOptions) };
    let reply: LoadReply;
    try {
      reply = await inWorker(options, request, signal);
    } catch (error) {
      if (signal?.aborted) throw new LoadError('loading cancelled', { path });
      if (options.fallback === false) throw error;
      // The worker could not run (a missing bundle, memory): load on this thread instead.
      return inProcessSideLoader(path, loadOptions);
    }
    if (reply.type === 'loadError') {
      // The message arrives with its location already in front (LoadError's own format): take it off again.
      const prefix = `${formatLocation(reply.location)}: `;
      throw new LoadError(reply.message.startsWith(prefix) ? reply.message.slice(prefix.length) : reply.message, reply.location);
    }
    if (reply.type === 'error') throw new Error(reply.message);
    const table = reply.body.form === 'buffers' ? rebuildTable(reply.body.table) : tableFromIPC(reply.body.bytes);
    return { loaded: { ...reply.loaded, table }, sha256: reply.sha256 };
  };
}

function withoutCallbacks(options: LoadOptions): LoadRequest['options'] {
  const cloneable: { -readonly [K in keyof LoadOptions]: LoadOptions[K] } = { ...options };
  delete cloneable.signal;
  delete cloneable.onProgress;
  return cloneable;
}

function inWorker(options: SideLoaderOptions, request: LoadRequest, signal: AbortSignal | undefined): Promise<LoadReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(options.workerFile, { workerData: request, execArgv: [...(options.execArgv ?? [])] });
    const abort = (): void => {
      void worker.terminate();
      reject(new Error('cancelled'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    const settle = (): void => {
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
    };
    worker.once('message', (reply: LoadReply) => {
      settle();
      resolve(reply);
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', abort);
      reject(new Error(`the load worker stopped (exit code ${code})`));
    });
  });
}
