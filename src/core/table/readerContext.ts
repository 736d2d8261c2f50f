// What loadTable gives each format reader, and what a reader gives back before table assembly.
import type { RawColumn } from './columnValues';
import type { LoadIssue, LoadOptions, SkippedRows } from './types';

export interface ReaderContext {
  readonly path: string;
  readonly options: LoadOptions;
  readonly maxCellBytes: number;
  readonly maxRowBytes: number;
  /** Reports progress in bytes; throttled by the caller. */
  progress(done: number, total: number): void;
  /**
   * Every byte the reader reads, in file order, for the file's SHA-256 without a second read. Readers that
   * read the whole file front to back call it (Arrow, CSV, JSONL); Parquet reads byte ranges and does not.
   */
  readonly onBytes?: (bytes: Uint8Array) => void;
}

export interface ReaderOutput {
  readonly columns: readonly RawColumn[];
  readonly rows: number;
  readonly bytesRead: number;
  readonly skipped: readonly SkippedRows[];
  readonly issues: readonly LoadIssue[];
}
