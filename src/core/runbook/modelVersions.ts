// Step 2: when each model_version value first appears in a log: a deploy seen from the traffic's side.
import type { Table } from 'apache-arrow';
import { timestampValues } from '../drift/columnValues';
import type { ColumnInfo } from '../table/types';
import { allRows, columnAsText } from './columnText';

export interface ModelVersionSighting {
  readonly version: string;
  /** ISO time of its first row; null when the log has no time column. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly rows: number;
}

/** Versions ordered by first appearance (by time when there is a time column, else by row order). */
export function modelVersionSightings(table: Table, columns: readonly ColumnInfo[]): ModelVersionSighting[] {
  const versionColumn = columns.find((c) => c.role === 'modelVersion');
  if (!versionColumn) return [];
  const timeColumn = columns.find((c) => c.role === 'timestamp' && c.kind === 'timestamp');
  const versions = columnAsText(table, versionColumn, allRows(table));
  const times = timeColumn ? timestampValues(table, timeColumn.name) : null;
  const seen = new Map<string, { first: number; last: number; firstRow: number; rows: number }>();
  versions.forEach((version, i) => {
    if (version === null) return;
    const t = times ? times[i]! : Number.NaN;
    const entry = seen.get(version) ?? { first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY, firstRow: i, rows: 0 };
    if (t < entry.first) entry.first = t;
    if (t > entry.last) entry.last = t;
    entry.rows++;
    seen.set(version, entry);
  });
  const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);
  return [...seen]
    .sort(([, a], [, b]) => (times ? a.first - b.first : a.firstRow - b.firstRow))
    .map(([version, s]) => ({ version, firstSeen: iso(s.first), lastSeen: iso(s.last), rows: s.rows }));
}
