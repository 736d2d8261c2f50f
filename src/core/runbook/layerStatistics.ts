// Step 4: intermediate layer statistics, when the serving logs carry them as columns named
// `layer.<name>.mean`, `layer.<name>.std`, `layer.<name>.has_nan` and `layer.<name>.has_inf`.
// For mean and std, the shift is how many baseline standard deviations the current average moved
// (|mean_cur - mean_base| / std_base of that column across baseline rows, ddof 0); flags are row shares.
import type { Table } from 'apache-arrow';
import { numericValues } from '../drift/columnValues';
import type { ColumnInfo } from '../table/types';
import { binaryText, columnAsText } from './columnText';

export const layerColumnPattern = /^layer\.(.+)\.(mean|std|has_nan|has_inf)$/;

/** A shift of at least this many baseline standard deviations is flagged (the 3σ rule NannyML uses for chunks). */
export const layerShiftSigmas = 3;

export type LayerStat = 'mean' | 'std';
export type LayerFlag = 'has_nan' | 'has_inf';

export interface LayerMoment {
  readonly baseline: number | null;
  readonly current: number | null;
  /** In baseline standard deviations; null when either side has no value or the baseline is constant. */
  readonly shiftSigmas: number | null;
}

export interface LayerReport {
  readonly layer: string;
  readonly mean: LayerMoment | null;
  readonly std: LayerMoment | null;
  /** Share of rows where the flag is set. */
  readonly hasNan: { readonly baseline: number; readonly current: number } | null;
  readonly hasInf: { readonly baseline: number; readonly current: number } | null;
  readonly verdict: 'ok' | 'shifted' | 'broken';
}

export interface LayerSide {
  readonly table: Table;
  readonly columns: readonly ColumnInfo[];
  readonly rows: Uint32Array;
}

/** Layers in the order their columns first appear; empty when the logs carry no layer columns. */
export function layerStatistics(baseline: LayerSide, current: LayerSide): LayerReport[] {
  const layers = new Map<string, Map<string, ColumnInfo>>();
  for (const column of current.columns) {
    const match = layerColumnPattern.exec(column.name);
    if (!match) continue;
    const stats = layers.get(match[1]!) ?? new Map<string, ColumnInfo>();
    stats.set(match[2]!, column);
    layers.set(match[1]!, stats);
  }
  return [...layers].map(([layer, stats]) => {
    const moment = (stat: LayerStat) => momentOf(baseline, current, stats.get(stat));
    const flag = (name: LayerFlag) => flagOf(baseline, current, stats.get(name));
    const mean = moment('mean');
    const std = moment('std');
    const hasNan = flag('has_nan');
    const hasInf = flag('has_inf');
    const broken = [hasNan, hasInf].some((f) => f !== null && f.current > f.baseline);
    const shifted = [mean, std].some((m) => m?.shiftSigmas !== null && m?.shiftSigmas !== undefined && m.shiftSigmas >= layerShiftSigmas);
    return { layer, mean, std, hasNan, hasInf, verdict: broken ? 'broken' : shifted ? 'shifted' : 'ok' };
  });
}

function finite(side: LayerSide, name: string): number[] {
  if (!side.columns.some((c) => c.name === name && c.kind === 'numeric')) return [];
  const values = numericValues(side.table, name);
  const out: number[] = [];
  for (const i of side.rows) if (Number.isFinite(values[i]!)) out.push(values[i]!);
  return out;
}

function momentOf(baseline: LayerSide, current: LayerSide, info: ColumnInfo | undefined): LayerMoment | null {
  if (!info) return null;
  const b = finite(baseline, info.name);
  const c = finite(current, info.name);
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
  const mb = mean(b);
  const mc = mean(c);
  let shiftSigmas: number | null = null;
  if (mb !== null && mc !== null) {
    const sd = Math.sqrt(b.reduce((s, x) => s + (x - mb) ** 2, 0) / b.length);
    shiftSigmas = sd > 0 ? Math.abs(mc - mb) / sd : mc === mb ? 0 : null;
  }
  return { baseline: mb, current: mc, shiftSigmas };
}

function flagOf(baseline: LayerSide, current: LayerSide, info: ColumnInfo | undefined): { baseline: number; current: number } | null {
  if (!info) return null;
  const share = (side: LayerSide) => {
    const column = side.columns.find((c) => c.name === info.name);
    if (!column) return 0;
    const values = columnAsText(side.table, column, side.rows).filter((v): v is string => v !== null);
    return values.length === 0 ? 0 : values.filter((v) => binaryText(v) === '1').length / values.length;
  };
  return { baseline: share(baseline), current: share(current) };
}
