// Worker-thread entry (dist/load-worker.js): loads and hashes one input file for a drift check,
// so that the baseline and the current log load at once on two cores (workerSideLoader.ts). The table goes
// back without a copy, its buffers transferred (tableTransfer.ts); a table that cannot go that way goes as
// Arrow IPC bytes in one transferred buffer.
import { tableToIPC, type Table } from 'apache-arrow';
import { parentPort, workerData } from 'node:worker_threads';
import { inProcessSideLoader } from '../core/drift/runDriftCheck';
import { LoadError, type LoadedTable, type LoadOptions, type SourceLocation } from '../core/table/types';
import { describeTable, type TableDescription } from './tableTransfer';

export interface LoadRequest {
  readonly path: string;
  /** LoadOptions without what cannot cross threads (the signal: the caller terminates this worker instead). */
  readonly options: Omit<LoadOptions, 'signal' | 'onProgress'>;
}

/** The table's way back: its own buffers described, or Arrow IPC. */
export type TableBody = { readonly form: 'buffers'; readonly table: TableDescription } | { readonly form: 'ipc'; readonly bytes: Uint8Array };

export type LoadReply =
  | { readonly type: 'loaded'; readonly loaded: Omit<LoadedTable, 'table'>; readonly body: TableBody; readonly sha256: string }
  | { readonly type: 'loadError'; readonly message: string; readonly location: SourceLocation }
  | { readonly type: 'error'; readonly message: string };

function ipcBody(table: Table): { body: TableBody; transfer: ArrayBuffer[] } {
  const bytes = tableToIPC(table, 'stream');
  return { body: { form: 'ipc', bytes }, transfer: [bytes.buffer as ArrayBuffer] };
}

async function load(request: LoadRequest): Promise<void> {
  let described: Awaited<ReturnType<typeof inProcessSideLoader>>;
  try {
    described = await inProcessSideLoader(request.path, request.options);
  } catch (error) {
    const reply: LoadReply =
      error instanceof LoadError
        ? { type: 'loadError', message: error.message, location: error.location }
        : { type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    parentPort!.postMessage(reply);
    return;
  }
  const { loaded, sha256 } = described;
  const { table, ...rest } = loaded;
  const buffers = describeTable(table);
  if (buffers) {
    try {
      const reply: LoadReply = { type: 'loaded', loaded: rest, body: { form: 'buffers', table: buffers.description }, sha256 };
      parentPort!.postMessage(reply, buffers.transfer);
      return;
    } catch {
      // A buffer that cannot be transferred (a shared pool): nothing was sent; the IPC copy below goes instead.
    }
  }
  const ipc = ipcBody(table);
  const reply: LoadReply = { type: 'loaded', loaded: rest, body: ipc.body, sha256 };
  parentPort!.postMessage(reply, ipc.transfer);
}

void load(workerData as LoadRequest);
