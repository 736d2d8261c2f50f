// Step 4: null rates and freshness per upstream source. A feature's source is the prefix of its name
// before the first `.` or `__` (`user.age` and `user__tenure` come from `user`); unprefixed features form
// the source "(no prefix)". Freshness comes from numeric columns named like `<source>.age_s` or
// `<source>.staleness_seconds` (seconds), and from timestamp columns other than the log's own time column
// (the lag between the row's time and that column's time, in seconds). Medians and p99 are type 7.
import type { Table } from 'apache-arrow';
import { numericValues, timestampValues } from '../drift/columnValues';
import { quantileSorted } from '../stats/quantile';
import type { ColumnInfo } from '../table/types';
import { columnAsText } from './columnText';
import type { LayerSide } from './layerStatistics';
import { layerColumnPattern } from './layerStatistics';
import { modelScoreColumn } from './serviceMetrics';

/** `…_age_s`, `….staleness_seconds`, `…_lag_sec`, `….freshness`: an age in seconds (a bare `age` is a feature). */
export const freshnessColumnPattern = /(?:^|[._])(?:(?:age|staleness|lag|freshness)_(?:s|sec|secs|seconds)|staleness|freshness)$/i;

export interface SourceNullRate {
  readonly column: string;
  readonly baseline: number;
  readonly current: number;
}

export interface SourceFreshness {
  readonly column: string;
  /** Seconds. */
  readonly baseline: { readonly p50: number; readonly p99: number } | null;
  readonly current: { readonly p50: number; readonly p99: number } | null;
}

export interface SourceHealth {
  readonly source: string;
  readonly columns: number;
  /** Mean null rate over the source's columns, per side. */
  readonly nullRate: { readonly baseline: number; readonly current: number };
  /** The column whose null rate rose most. */
  readonly worst: SourceNullRate | null;
  readonly freshness: readonly SourceFreshness[];
}

const noPrefix = '(no prefix)';

export function sourceOf(column: string): string {
  const dot = column.indexOf('.');
  const underscore = column.indexOf('__');
  const cuts = [dot, underscore].filter((i) => i > 0);
  return cuts.length === 0 ? noPrefix : column.slice(0, Math.min(...cuts));
}

/** Sources sorted by the rise of their mean null rate, largest first. */
export function sourceHealth(baseline: LayerSide, current: LayerSide): SourceHealth[] {
  const inBaseline = new Set(baseline.columns.map((c) => c.name));
  // Columns inferred as scores that are not the model's own (credit_score) are inputs from a source too.
  const score = modelScoreColumn(current.columns);
  const isInput = (c: ColumnInfo) => c.role === 'feature' || (c.role === 'predictionScore' && c !== score);
  const features = current.columns.filter((c) => isInput(c) && inBaseline.has(c.name) && !layerColumnPattern.test(c.name));
  const timeColumn = current.columns.find((c) => c.role === 'timestamp')?.name;
  const bySource = new Map<string, ColumnInfo[]>();
  for (const column of features) {
    const source = sourceOf(column.name);
    bySource.set(source, [...(bySource.get(source) ?? []), column]);
  }
  const extraTimes = current.columns.filter((c) => c.kind === 'timestamp' && c.name !== timeColumn && inBaseline.has(c.name));
  for (const column of extraTimes) if (!bySource.has(sourceOf(column.name))) bySource.set(sourceOf(column.name), []);

  const result = [...bySource].map(([source, columns]): SourceHealth => {
    const rates = columns.map((c) => ({ column: c.name, baseline: nullRate(baseline, c), current: nullRate(current, c) }));
    const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
    const worst = rates.reduce<SourceNullRate | null>((w, r) => (w === null || r.current - r.baseline > w.current - w.baseline ? r : w), null);
    const freshness = [
      ...columns.filter((c) => c.kind === 'numeric' && freshnessColumnPattern.test(c.name)).map((c) => ({
        column: c.name,
        baseline: spread(ages(baseline, c.name)),
        current: spread(ages(current, c.name)),
      })),
      ...extraTimes.filter((c) => sourceOf(c.name) === source).map((c) => ({
        column: c.name,
        baseline: timeColumn ? spread(lags(baseline, timeColumn, c.name)) : null,
        current: timeColumn ? spread(lags(current, timeColumn, c.name)) : null,
      })),
    ];
    return { source, columns: columns.length, nullRate: { baseline: mean(rates.map((r) => r.baseline)), current: mean(rates.map((r) => r.current)) }, worst, freshness };
  });
  return result.sort((a, b) => b.nullRate.current - b.nullRate.baseline - (a.nullRate.current - a.nullRate.baseline));
}

function nullRate(side: LayerSide, info: ColumnInfo): number {
  if (side.rows.length === 0) return 0;
  const column = side.columns.find((c) => c.name === info.name) ?? info;
  const values = columnAsText(side.table, column, side.rows);
  return values.filter((v) => v === null).length / values.length;
}

function ages(side: LayerSide, name: string): number[] {
  const values = numericValues(side.table as Table, name);
  const out: number[] = [];
  for (const i of side.rows) if (Number.isFinite(values[i]!)) out.push(values[i]!);
  return out;
}

function lags(side: LayerSide, timeColumn: string, name: string): number[] {
  const rowTimes = timestampValues(side.table, timeColumn);
  const sourceTimes = timestampValues(side.table, name);
  const out: number[] = [];
  for (const i of side.rows) {
    const lag = (rowTimes[i]! - sourceTimes[i]!) / 1000;
    if (Number.isFinite(lag)) out.push(lag);
  }
  return out;
}

function spread(values: number[]): { p50: number; p99: number } | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return { p50: quantileSorted(sorted, 0.5), p99: quantileSorted(sorted, 0.99) };
}
