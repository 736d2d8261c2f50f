// Reading a text file in large chunks while the parser holds on to an unfinished row: the unparsed
// tail moves to the front of the buffer and the rest is refilled. The buffer grows only for a row longer
// than itself, up to `maxRowBytes`, so memory stays bounded whatever the file holds.
import { open, type FileHandle } from 'node:fs/promises';
import { LoadError } from './types';

const CHUNK_BYTES = 4 << 20;

export class ChunkedFile {
  buffer: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  /** Valid bytes in `buffer`. */
  filled = 0;
  /** True once the last byte of the file is in the buffer. */
  eof = false;
  /** File offset of `buffer[0]`. */
  offset = 0;

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    readonly size: number,
    private readonly maxRowBytes: number,
    private readonly signal: AbortSignal | undefined,
    private readonly onBytes: ((bytes: Uint8Array) => void) | undefined,
  ) {}

  /** `onBytes` sees every byte read, in file order (ReaderContext.onBytes). */
  static async open(path: string, maxRowBytes: number, signal?: AbortSignal, onBytes?: (bytes: Uint8Array) => void): Promise<ChunkedFile> {
    const handle = await open(path, 'r');
    const { size } = await handle.stat();
    return new ChunkedFile(handle, path, size, maxRowBytes, signal, onBytes);
  }

  /**
   * Keeps `buffer[keepFrom, filled)`, moved to the front, and reads more after it. `line` is where the
   * kept row starts, for the message when one row outgrows `maxRowBytes`.
   */
  async refill(keepFrom: number, line: number): Promise<void> {
    if (this.signal?.aborted) throw new LoadError('loading cancelled', { path: this.path });
    const kept = this.filled - keepFrom;
    if (kept >= this.buffer.length) {
      if (this.buffer.length >= this.maxRowBytes) {
        throw new LoadError(
          `a row longer than ${formatBytes(this.maxRowBytes)} (an unterminated quote, or not a line-oriented text file?)`,
          { path: this.path, line },
        );
      }
      const grown = Buffer.allocUnsafe(Math.min(this.buffer.length * 2, this.maxRowBytes));
      this.buffer.copy(grown, 0, keepFrom, this.filled);
      this.buffer = grown;
    } else if (keepFrom > 0) {
      this.buffer.copy(this.buffer, 0, keepFrom, this.filled);
    }
    this.offset += keepFrom;
    this.filled = kept;
    const { bytesRead } = await this.handle.read(this.buffer, this.filled, this.buffer.length - this.filled, null);
    if (bytesRead > 0) this.onBytes?.(this.buffer.subarray(this.filled, this.filled + bytesRead));
    this.filled += bytesRead;
    if (bytesRead === 0 || this.offset + this.filled >= this.size) this.eof = true;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1 << 30) return `${(bytes / (1 << 30)).toFixed(1)} GiB`;
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MiB`;
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
