// Worker-thread entry (dist/cli-load-worker.js): loads and hashes one input file for the CLI's drift check,
// so that the baseline and the current log load at once on two cores (workerSideLoader.ts). The table goes
// back as Arrow IPC bytes in one transferred buffer: serialising is one copy here, and the main thread's
// `tableFromIPC` only makes views on it.
import { tableToIPC } from 'apache-arrow';
import { parentPort, workerData } from 'node:worker_threads';
import { inProcessSideLoader } from '../core/drift/runDriftCheck';
import { LoadError, type LoadedTable, type LoadOptions, type SourceLocation } from '../core/table/types';

export interface LoadRequest {
  readonly path: string;
  /** LoadOptions without what cannot cross threads (the signal: the caller terminates this worker instead). */
  readonly options: Omit<LoadOptions, 'signal' | 'onProgress'>;
}

export type LoadReply =
  | { readonly type: 'loaded'; readonly loaded: Omit<LoadedTable, 'table'>; readonly ipc: Uint8Array; readonly sha256: string }
  | { readonly type: 'loadError'; readonly message: string; readonly location: SourceLocation }
  | { readonly type: 'error'; readonly message: string };

async function reply(request: LoadRequest): Promise<LoadReply> {
  try {
    const { loaded, sha256 } = await inProcessSideLoader(request.path, request.options);
    const { table, ...described } = loaded;
    return { type: 'loaded', loaded: described, ipc: tableToIPC(table, 'stream'), sha256 };
  } catch (error) {
    if (error instanceof LoadError) return { type: 'loadError', message: error.message, location: error.location };
    return { type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

void reply(workerData as LoadRequest).then((message) => {
  parentPort!.postMessage(message, message.type === 'loaded' ? [message.ipc.buffer as ArrayBuffer] : []);
});
