// Column memory that worker threads can read as it is: a SharedArrayBuffer. The Arrow reader reads its file
// into one and keeps columns in place there, and puts the columns it converts into one too, so that the
// drift check hands them to its threads without a copy or a transfer (columnValues.ts in drift, src/threads).
import { open } from 'node:fs/promises';
import { LoadError } from './types';

/** Bytes asked of the OS per read: large enough that the calls cost nothing, small enough to stop soon on cancel. */
const READ_BYTES = 8 << 20;

/**
 * The whole file, the same bytes as readFile's. `onBytes` sees each piece in file order while the next one is
 * being read (the OS copies on a libuv thread meanwhile), so hashing a file costs its reading time, not more.
 */
export async function readFileShared(path: string, signal?: AbortSignal, onBytes?: (bytes: Uint8Array) => void): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const bytes = Buffer.from(new SharedArrayBuffer(size));
    const readAt = (at: number): Promise<{ bytesRead: number }> => handle.read(bytes, at, Math.min(READ_BYTES, size - at), at);
    let at = 0;
    let reading = size > 0 ? readAt(0) : null;
    while (reading) {
      const { bytesRead } = await reading;
      if (signal?.aborted) throw new LoadError('loading cancelled', { path });
      const piece = bytes.subarray(at, at + bytesRead);
      at += bytesRead;
      // The file shrank while being read when a read returns nothing: what was read is what there is.
      reading = bytesRead > 0 && at < size ? readAt(at) : null;
      if (bytesRead > 0) onBytes?.(piece);
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
