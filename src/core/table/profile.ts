// The profile of a loaded table: what `model-incident profile` prints and the side panel shows before any
// drift check. Per column: Arrow type, kind, role, null count, distinct count (exact, or a stated
// estimate), and by kind min, max, mean and quantiles (numeric, timestamp) or top categories.
import type { Data, Vector } from 'apache-arrow';
import { quantileSorted } from '../stats/quantile';
import { estimateDistinctUtf8 } from './distinctEstimate';
import type { ColumnInfo, ColumnKind, ColumnRole, LoadIssue, LoadedTable, SkippedRows } from './types';

/** The probabilities printed for numeric columns. */
export const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;
const TOP_CATEGORIES = 10;

export interface DistinctCount {
  readonly count: number;
  /** False when `count` is an estimate (identifier columns past EXACT_DISTINCT_CAP values; see distinctEstimate.ts). */
  readonly exact: boolean;
}

export interface ColumnProfile {
  readonly name: string;
  readonly arrowType: string;
  readonly kind: ColumnKind;
  readonly role: ColumnRole;
  readonly source: ColumnInfo['source'];
  readonly nullCount: number;
  readonly distinct: DistinctCount;
  /** Numeric: finite values only. Timestamp: ISO 8601 UTC. Absent when the column has no such value. */
  readonly min?: number | string;
  readonly max?: number | string;
  /** Numeric only: mean of the finite values. */
  readonly mean?: number;
  /** Numeric only: ±Infinity cells (reported apart from nulls, excluded from every statistic). */
  readonly nonFiniteCount?: number;
  /** Numeric only: numpy type-7 quantiles of the finite values (matches np.percentile). */
  readonly quantiles?: readonly { readonly p: number; readonly value: number }[];
  /** Categorical and identifier: most frequent values, most frequent first (ties by value). */
  readonly topCategories?: readonly { readonly value: string; readonly count: number }[];
}

export interface TableProfile {
  readonly path: string;
  readonly format: LoadedTable['format'];
  readonly rows: number;
  readonly columns: readonly ColumnProfile[];
  readonly loadMs: number;
  readonly bytesRead: number;
  readonly skipped: readonly SkippedRows[];
  readonly issues: readonly LoadIssue[];
}

export function profileTable(loaded: LoadedTable): TableProfile {
  const columns = loaded.columns.map((info) => {
    const vector = loaded.table.getChild(info.name);
    if (!vector) throw new Error(`column '${info.name}' is missing from its own table`);
    return profileColumn(info, vector);
  });
  return {
    path: loaded.path,
    format: loaded.format,
    rows: loaded.table.numRows,
    columns,
    loadMs: loaded.loadMs,
    bytesRead: loaded.bytesRead,
    skipped: loaded.skipped,
    issues: loaded.issues,
  };
}

function profileColumn(info: ColumnInfo, vector: Vector): ColumnProfile {
  const base = { name: info.name, arrowType: info.arrowType, kind: info.kind, role: info.role, source: info.source, nullCount: vector.nullCount };
  switch (info.kind) {
    case 'numeric':
      return { ...base, ...numericProfile(vector) };
    case 'timestamp':
      return { ...base, ...timestampProfile(vector) };
    case 'categorical':
    case 'identifier':
      return { ...base, ...categoryProfile(vector, info.kind) };
  }
}

function numericProfile(vector: Vector) {
  const finite: number[] = [];
  let nonFiniteCount = 0;
  let sum = 0;
  forEachPresent(vector, (v) => {
    const x = Number(v);
    if (Number.isFinite(x)) {
      finite.push(x);
      sum += x;
    } else if (x === Infinity || x === -Infinity) {
      nonFiniteCount++;
    }
  });
  const sorted = Float64Array.from(finite).sort();
  const distinct = countSortedDistinct(sorted) + (nonFiniteCount > 0 ? countInfinities(vector) : 0);
  const n = sorted.length;
  return {
    distinct: { count: distinct, exact: true },
    nonFiniteCount,
    ...(n > 0
      ? {
          min: sorted[0]!,
          max: sorted[n - 1]!,
          mean: sum / n,
          quantiles: PROFILE_QUANTILES.map((p) => ({ p, value: quantileSorted(sorted, p) })),
        }
      : {}),
  };
}

function timestampProfile(vector: Vector) {
  const millis: number[] = [];
  forEachPresent(vector, (v) => millis.push(Number(v)));
  const sorted = Float64Array.from(millis).sort();
  const n = sorted.length;
  return {
    distinct: { count: countSortedDistinct(sorted), exact: true },
    ...(n > 0 ? { min: new Date(sorted[0]!).toISOString(), max: new Date(sorted[n - 1]!).toISOString() } : {}),
  };
}

function categoryProfile(vector: Vector, kind: 'categorical' | 'identifier') {
  if (kind === 'identifier') {
    const estimate = estimateDistinctUtf8(vector);
    const counts = new Map<string, number>();
    if (estimate.exact) forEachPresent(vector, (v) => counts.set(String(v), (counts.get(String(v)) ?? 0) + 1));
    return { distinct: estimate, topCategories: estimate.exact ? top(counts) : [] };
  }
  const counts = new Map<string, number>();
  forEachPresent(vector, (v) => {
    const key = String(v);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return { distinct: { count: counts.size, exact: true }, topCategories: top(counts) };
}

function top(counts: ReadonlyMap<string, number>) {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TOP_CATEGORIES)
    .map(([value, count]) => ({ value, count }));
}

function forEachPresent(vector: Vector, visit: (value: unknown) => void): void {
  let offset = 0;
  for (const data of vector.data as Data[]) {
    for (let i = 0; i < data.length; i++) {
      if (data.getValid(i)) visit(vector.get(offset + i));
    }
    offset += data.length;
  }
}

function countSortedDistinct(sorted: Float64Array): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}

function countInfinities(vector: Vector): number {
  let positive = false;
  let negative = false;
  forEachPresent(vector, (v) => {
    if (v === Infinity) positive = true;
    else if (v === -Infinity) negative = true;
  });
  return (positive ? 1 : 0) + (negative ? 1 : 0);
}
