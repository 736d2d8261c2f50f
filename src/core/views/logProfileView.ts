// The Open Prediction Log view's snapshot: one log's schema, roles, per-column statistics and
// distribution charts, built from the data layer's TableProfile.
import type { ChartView, DataTable, TableCell } from '../charts/chartView';
import { formatNumber } from '../charts/format';
import { quantileHistogram } from '../charts/quantileHistogram';
import { topCategories } from '../charts/topCategories';
import type { ColumnProfile, TableProfile } from '../table/profile';
import { formatLocation } from '../table/types';

/** Charts beyond this many columns are left out (the schema table still lists every column). */
export const maxProfileCharts = 60;
const maxIssues = 200;

export interface LogProfileView {
  /** Workspace-relative path, display only. */
  readonly path: string;
  readonly format: 'csv' | 'jsonl' | 'arrow' | 'parquet';
  readonly rows: number;
  readonly bytes: number;
  readonly loadMs: number;
  /** name, Arrow type, kind, role (and where it came from), nulls, distinct, min, max, mean, median. */
  readonly schema: DataTable;
  /** One chart per column that has a distribution (numeric quantiles or top categories), capped. */
  readonly charts: readonly ChartView[];
  /** Load warnings and skipped rows, as `path:line: message`. */
  readonly issues: readonly string[];
  /** Columns beyond the chart cap. */
  readonly omittedCharts: number;
}

export function logProfileView(profile: TableProfile, displayPath: string): LogProfileView {
  const charts = profile.columns.flatMap((column) => {
    const chart = columnChart(column, profile.rows);
    return chart ? [chart] : [];
  });
  // Paths in messages are the loader's absolute ones; the view shows the workspace-relative path.
  const relative = (text: string): string => text.split(profile.path).join(displayPath);
  const issues = [
    ...profile.skipped.map((s) => relative(`${formatLocation(s.first)}: ${s.count.toLocaleString('en-US')} rows skipped: ${s.reason}`)),
    ...profile.issues.map((i) => relative(`${formatLocation(i.location)}: ${i.severity}: ${i.message}`)),
  ];
  return {
    path: displayPath,
    format: profile.format,
    rows: profile.rows,
    bytes: profile.bytesRead,
    loadMs: profile.loadMs,
    schema: {
      columns: ['column', 'Arrow type', 'kind', 'role', 'nulls', 'distinct', 'min', 'max', 'mean', 'median'],
      rows: profile.columns.map((c) => schemaRow(c)),
    },
    charts: charts.slice(0, maxProfileCharts),
    issues: issues.slice(0, maxIssues),
    omittedCharts: Math.max(0, charts.length - maxProfileCharts),
  };
}

function schemaRow(c: ColumnProfile): TableCell[] {
  const value = (v: number | string | undefined): TableCell => (v === undefined ? null : typeof v === 'number' ? formatNumber(v) : v);
  const median = c.quantiles?.find((q) => q.p === 0.5)?.value;
  return [
    c.name,
    c.arrowType,
    c.kind,
    c.source === 'override' ? `${c.role} (set)` : c.role,
    c.nullCount,
    c.distinct.exact ? c.distinct.count : `≈${c.distinct.count}`,
    value(c.min),
    value(c.max),
    value(c.mean),
    value(median),
  ];
}

function columnChart(column: ColumnProfile, rows: number): ChartView | null {
  if (column.kind === 'numeric' && column.quantiles) return quantileHistogram(column.name, column.quantiles);
  if (column.kind === 'categorical' && column.topCategories) return topCategories(column.name, column.topCategories, rows);
  return null;
}
