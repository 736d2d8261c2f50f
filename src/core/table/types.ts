// The data layer's contract: what every loader returns, whatever the format.
//
// Normalised Arrow types (the same data in any of the four formats gives the same table):
//   numeric      -> Float64 (nulls in the validity bitmap; ±Infinity kept as values; NaN is a missing
//                   value per drift-methods.md, so every loader turns NaN into null)
//   categorical  -> Dictionary with Utf8 values and Int32 indices, which Arrow prints as
//                   `Dictionary<Int32, Utf8>` (booleans become the categories "true"/"false")
//   identifier   -> Utf8
//   timestamp    -> TimestampMillisecond (UTC)
import type { Table } from 'apache-arrow';

export type ColumnKind = 'numeric' | 'categorical' | 'identifier' | 'timestamp';

/** What a column means to the drift check. `feature` is everything the others are not. */
export type ColumnRole =
  | 'timestamp'
  | 'requestId'
  | 'modelVersion'
  | 'segment'
  | 'predictionScore'
  | 'predictedLabel'
  | 'groundTruth'
  | 'latency'
  | 'feature';

export interface ColumnInfo {
  readonly name: string;
  /** Arrow's own type name after normalisation: `Float64`, `Dictionary<Int32, Utf8>`, `Utf8`, `Timestamp<MILLISECOND>`. */
  readonly arrowType: string;
  readonly kind: ColumnKind;
  readonly role: ColumnRole;
  /** Where kind and role came from: inferred from name and values, or set by the user. */
  readonly source: 'inferred' | 'override';
}

/** A place in an input file, as precise as the format allows. Rendered as `path:line` or `path (row group 3, column x)`. */
export interface SourceLocation {
  readonly path: string;
  /** 1-based line in text formats. */
  readonly line?: number;
  readonly column?: string;
  readonly rowGroup?: number;
}

export interface LoadIssue {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly location: SourceLocation;
}

/** Rows a loader skipped, grouped by reason, with the first place each reason occurred. */
export interface SkippedRows {
  readonly reason: string;
  readonly count: number;
  readonly first: SourceLocation;
}

export interface LoadedTable {
  readonly path: string;
  readonly format: 'csv' | 'jsonl' | 'arrow' | 'parquet';
  readonly table: Table;
  readonly columns: readonly ColumnInfo[];
  readonly bytesRead: number;
  readonly skipped: readonly SkippedRows[];
  /** Warnings about what loaded (type conflicts resolved, cells truncated, …). */
  readonly issues: readonly LoadIssue[];
  readonly loadMs: number;
  /**
   * SHA-256 of the file (hex), when asked for (`LoadOptions.sha256`) and the reader read every byte of it; absent
   * otherwise (Parquet reads byte ranges: hash the file apart, as sha256OfFile does).
   */
  readonly sha256?: string;
}

export interface LoadProgress {
  readonly done: number;
  readonly total?: number;
  readonly unit: 'bytes' | 'rows';
}

export interface KindRoleOverride {
  readonly kind?: ColumnKind;
  readonly role?: ColumnRole;
}

export interface LoadOptions {
  /** Column projection: load only these columns (by name). Undefined loads all. */
  readonly columns?: readonly string[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** CSV only: force the delimiter instead of sniffing among `, ; \t |`. */
  readonly delimiter?: string;
  /** Kind and role overrides by column name (settings, workspace config). */
  readonly overrides?: ReadonlyMap<string, KindRoleOverride>;
  /**
   * Refuse, before reading, a load whose estimated in-memory size exceeds this many bytes
   * (default: a quarter of the machine's memory, at most 4 GiB). See `estimateLoadBytes`.
   */
  readonly memoryBudgetBytes?: number;
  /** Text cells longer than this many bytes are truncated (with a warning). Default 64 KiB. */
  readonly maxCellBytes?: number;
  /** A single CSV row or JSONL line longer than this is refused (unterminated quote?). Default 64 MiB. */
  readonly maxRowBytes?: number;
  /** Hash the bytes as they are read (LoadedTable.sha256): the drift check's input hashes without a second read. */
  readonly sha256?: boolean;
}

/** The one error a loader lets out: everything else is caught at the boundary and turned into this. */
export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    message: string,
    readonly location: SourceLocation,
  ) {
    super(`${formatLocation(location)}: ${message}`);
  }
}

export function formatLocation(location: SourceLocation): string {
  if (location.rowGroup !== undefined) {
    return `${location.path} (row group ${location.rowGroup}${location.column ? `, column ${location.column}` : ''})`;
  }
  return location.line !== undefined ? `${location.path}:${location.line}` : location.path;
}
