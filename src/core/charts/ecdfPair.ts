// The two empirical CDFs with the KS distance D drawn where it is reached.
import type { EcdfPoints, NumericCharts } from '../drift/report';
import { sides, type ChartView, type Side, type TableCell } from './chartView';
import { formatNumber } from './format';

const tableRowsPerSide = 20;

/**
 * ECDF pair of one numeric column: step lines of baseline and current (the report's downsampled points)
 * and a vertical rule at `ksLocation` spanning the gap between them; its length is the KS statistic D.
 */
export function ecdfPair(name: string, ecdf: NumericCharts['ecdf'], ksLocation: NumericCharts['ksLocation'], ksStatistic: number | null): ChartView {
  const values: { x: number; p: number; side: Side }[] = [];
  const rows: TableCell[][] = [];
  const add = (side: Side, points: EcdfPoints): void => {
    const n = Math.min(points.x.length, points.y.length);
    // The table lists about `tableRowsPerSide` evenly spaced points (and the last); the chart draws all.
    const step = Math.max(1, Math.ceil(n / tableRowsPerSide));
    for (let i = 0; i < n; i++) {
      values.push({ x: points.x[i]!, p: points.y[i]!, side });
      if (i % step === 0 || i === n - 1) rows.push([side, points.x[i]!, points.y[i]!]);
    }
  };
  add('baseline', ecdf.baseline);
  add('current', ecdf.current);

  const where = ksLocation
    ? ` The largest vertical gap, D = ${formatNumber(ksStatistic ?? Math.abs(ksLocation.current - ksLocation.baseline))}, is at ${formatNumber(ksLocation.x)} (baseline ${formatNumber(ksLocation.baseline)}, current ${formatNumber(ksLocation.current)}).`
    : '';
  const description = `Empirical cumulative distributions of ${name}, baseline and current.${where}`;

  const lines = {
    data: { values },
    mark: { type: 'line' as const, interpolate: 'step-after' as const },
    encoding: {
      x: { field: 'x', type: 'quantitative' as const, title: 'value', scale: { zero: false } },
      y: { field: 'p', type: 'quantitative' as const, title: 'cumulative share', scale: { domain: [0, 1] } },
      color: { field: 'side', type: 'nominal' as const, scale: { domain: [...sides] }, legend: { orient: 'top' as const, title: null } },
    },
  };
  const marker = ksLocation
    ? [
        {
          data: { values: [{ x: ksLocation.x, low: Math.min(ksLocation.baseline, ksLocation.current), high: Math.max(ksLocation.baseline, ksLocation.current) }] },
          mark: { type: 'rule' as const, strokeWidth: 2, strokeDash: [3, 2] },
          encoding: {
            x: { field: 'x', type: 'quantitative' as const },
            y: { field: 'low', type: 'quantitative' as const },
            y2: { field: 'high' },
          },
        },
        {
          data: { values: [{ x: ksLocation.x, high: Math.max(ksLocation.baseline, ksLocation.current), text: `D = ${formatNumber(ksStatistic ?? Math.abs(ksLocation.current - ksLocation.baseline))}` }] },
          mark: { type: 'text' as const, align: 'left' as const, dx: 4, dy: -6 },
          encoding: {
            x: { field: 'x', type: 'quantitative' as const },
            y: { field: 'high', type: 'quantitative' as const },
            text: { field: 'text', type: 'nominal' as const },
          },
        },
      ]
    : [];

  return {
    kind: 'ecdfPair',
    title: `${name}: cumulative distributions`,
    description,
    table: { columns: ['side', 'value', 'cumulative share'], rows },
    spec: { description, width: 'container', height: 150, layer: [lines, ...marker] },
  };
}
