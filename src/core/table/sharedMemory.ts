// Column memory that worker threads can read as it is: a SharedArrayBuffer. The Arrow reader reads its file
// into one and keeps columns in place there, and puts the columns it converts into one too, so that the
// drift check hands them to its threads without a copy or a transfer (columnValues.ts in drift, src/threads).
import { open } from 'node:fs/promises';
import { LoadError } from './types';

/** Bytes asked of the OS per read: large enough that the calls cost nothing, small enough to stop soon on cancel. */
const READ_BYTES = 8 << 20;

/** The whole file, the same bytes as readFile's. */
export async function readFileShared(path: string, signal?: AbortSignal): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const bytes = Buffer.from(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      if (signal?.aborted) throw new LoadError('loading cancelled', { path });
      const { bytesRead } = await handle.read(bytes, at, Math.min(READ_BYTES, size - at), at);
      if (bytesRead === 0) break; // the file shrank while being read: what was read is what there is
      at += bytesRead;
    }
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    await handle.close();
  }
}

/** A zero-filled Float64Array in shared memory. */
export function sharedFloat64Array(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(8 * length));
}
