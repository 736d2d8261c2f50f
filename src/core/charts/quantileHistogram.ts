// A numeric column's distribution from its profile quantiles alone (a log profile keeps no bins).
import type { ChartView, TableCell } from './chartView';
import { formatInterval, formatNumber, formatShare } from './format';

export interface QuantilePoint {
  readonly p: number;
  readonly value: number;
}

/**
 * Histogram on quantile bins: between consecutive profile quantiles (type 7, e.g. 1, 5, 25, 50, 75, 95,
 * 99%) lies a known share of the finite values; each bar spans that interval and its height is the
 * share per unit of the column (a density), so wide bins read low. The 1% tails beyond the outer
 * quantiles are not drawn. Zero-width intervals (repeated values) are listed in the table only.
 */
export function quantileHistogram(name: string, quantiles: readonly QuantilePoint[]): ChartView | null {
  const sorted = [...quantiles].filter((q) => Number.isFinite(q.value) && Number.isFinite(q.p)).sort((a, b) => a.p - b.p);
  if (sorted.length < 2) return null;
  const values: { x0: number; x1: number; share: number; density: number }[] = [];
  const rows: TableCell[][] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const lo = sorted[i]!;
    const hi = sorted[i + 1]!;
    const share = hi.p - lo.p;
    const width = hi.value - lo.value;
    rows.push([`p${Math.round(lo.p * 100)}–p${Math.round(hi.p * 100)}`, formatInterval(lo.value, hi.value, i + 2 === sorted.length), formatShare(share)]);
    if (width > 0) values.push({ x0: lo.value, x1: hi.value, share, density: share / width });
  }
  if (values.length === 0) return null;
  const median = sorted.find((q) => q.p === 0.5);
  const description =
    `Distribution of ${name} from its quantiles: ${formatShare(sorted.at(-1)!.p - sorted[0]!.p)} of values lie between ${formatNumber(sorted[0]!.value)} and ${formatNumber(sorted.at(-1)!.value)}` +
    (median ? `, median ${formatNumber(median.value)}.` : '.');
  return {
    kind: 'quantileHistogram',
    title: name,
    description,
    table: { columns: ['quantiles', 'interval', 'share of values'], rows },
    spec: {
      description,
      width: 'container',
      height: 90,
      data: { values },
      mark: { type: 'bar', binSpacing: 1 },
      encoding: {
        x: { field: 'x0', type: 'quantitative', bin: { binned: true }, title: 'value' },
        x2: { field: 'x1' },
        y: { field: 'density', type: 'quantitative', title: 'share per unit', axis: { tickCount: 3, format: '.2~g' } },
        tooltip: [
          { field: 'x0', type: 'quantitative', title: 'from', format: '.4~g' },
          { field: 'x1', type: 'quantitative', title: 'to', format: '.4~g' },
          { field: 'share', type: 'quantitative', title: 'share', format: '.1%' },
        ],
      },
    },
  };
}
