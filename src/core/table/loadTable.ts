// The data layer's one entry point: any supported log file into a LoadedTable (see types.ts), the
// reader chosen by extension. Nothing but LoadError leaves this function.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { assembleTable } from './assembleTable';
import { readArrow } from './loadArrow';
import { readCsv } from './loadCsv';
import { readJsonl } from './loadJsonl';
import { readParquet } from './loadParquet';
import { checkMemoryBudget, defaultMemoryBudget } from './memoryBudget';
import type { ReaderContext, ReaderOutput } from './readerContext';
import { LoadError, type LoadOptions, type LoadedTable } from './types';

export const DEFAULT_MAX_CELL_BYTES = 64 << 10;
export const DEFAULT_MAX_ROW_BYTES = 64 << 20;
const PROGRESS_INTERVAL_MS = 100;

type Format = LoadedTable['format'];

const READERS: Record<Format, (context: ReaderContext) => Promise<ReaderOutput>> = {
  csv: readCsv,
  jsonl: readJsonl,
  arrow: readArrow,
  parquet: readParquet,
};

/** The format a path's extension names, or undefined. `.pq` is a common Parquet spelling. */
export function formatOfPath(path: string): Format | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  switch (ext) {
    case 'csv':
    case 'tsv':
      return 'csv';
    case 'jsonl':
    case 'ndjson':
      return 'jsonl';
    case 'arrow':
    case 'feather':
    case 'ipc':
      return 'arrow';
    case 'parquet':
    case 'pq':
      return 'parquet';
    default:
      return undefined;
  }
}

export async function loadTable(path: string, options: LoadOptions = {}): Promise<LoadedTable> {
  const startedAt = performance.now();
  try {
    const format = formatOfPath(path);
    if (format === undefined) {
      throw new LoadError('unsupported file type: expected .csv, .tsv, .jsonl, .ndjson, .arrow, .feather, .ipc, .parquet or .pq', { path });
    }
    const size = await fileSize(path);
    const budget = options.memoryBudgetBytes ?? defaultMemoryBudget();
    // Text is checked here for the whole file; projected text loads and the binary formats check
    // again with their own estimate once they know the columns.
    if (format === 'csv' || format === 'jsonl') {
      if (options.columns === undefined) checkMemoryBudget(path, size, budget, false);
    }
    let lastProgress = 0;
    // The file's SHA-256 from the bytes the reader reads anyway; trusted only if it saw all of them.
    const hash = options.sha256 ? createHash('sha256') : undefined;
    let hashed = 0;
    const context: ReaderContext = {
      path,
      options: { ...options, memoryBudgetBytes: budget },
      maxCellBytes: options.maxCellBytes ?? DEFAULT_MAX_CELL_BYTES,
      maxRowBytes: options.maxRowBytes ?? DEFAULT_MAX_ROW_BYTES,
      progress(done, total) {
        const now = performance.now();
        if (options.onProgress && (now - lastProgress >= PROGRESS_INTERVAL_MS || done >= total)) {
          lastProgress = now;
          options.onProgress({ done, total, unit: 'bytes' });
        }
      },
      ...(hash
        ? {
            onBytes: (bytes: Uint8Array) => {
              hash.update(bytes);
              hashed += bytes.length;
            },
          }
        : {}),
    };
    const output = await READERS[format](context);
    if (options.signal?.aborted) throw new LoadError('loading cancelled', { path });
    options.onProgress?.({ done: output.bytesRead, total: size, unit: 'bytes' });
    const loaded = assembleTable({ path, format, startedAt, ...output }, options);
    return hash && hashed === size ? { ...loaded, sha256: hash.digest('hex') } : loaded;
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (options.signal?.aborted) throw new LoadError('loading cancelled', { path });
    throw new LoadError(describe(error), { path });
  }
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new LoadError('not a file', { path });
    return info.size;
  } catch (error) {
    if (error instanceof LoadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LoadError('no such file', { path });
    if (code === 'EACCES') throw new LoadError('permission denied', { path });
    throw error;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOMEM' || error instanceof RangeError) {
      return `out of memory while loading (${error.message}); load fewer columns`;
    }
    return error.message;
  }
  return String(error);
}
