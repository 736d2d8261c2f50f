// Each PSI bin's term, so the reader sees which part of the range carries the drift.
import type { PsiBins } from '../drift/report';
import type { ChartView, TableCell } from './chartView';
import { formatInterval, formatNumber, formatShare } from './format';

/** Labels of PSI's bins: (-∞, e1), [e1, e2), …, [ek, +∞), as the statistic defines them. */
export function psiBinLabels(edges: readonly number[]): string[] {
  const bounds = [-Infinity, ...edges, Infinity];
  return bounds.slice(0, -1).map((lower, i) => formatInterval(lower, bounds[i + 1]!));
}

/**
 * PSI contributions per bin: the term `(c - b) · ln(c / b)` of each baseline-decile bin (zero shares at
 * 1e-6), as the drift engine computed them; the bars sum to the feature's PSI.
 */
export function psiContributions(name: string, bins: PsiBins): ChartView {
  const labels = psiBinLabels(bins.edges);
  const values = labels.map((bin, i) => ({ bin, order: i, contribution: bins.contribution[i] ?? 0, baseline: bins.baseline[i] ?? 0, current: bins.current[i] ?? 0 }));
  const rows: TableCell[][] = values.map((v) => [v.bin, formatShare(v.baseline), formatShare(v.current), v.contribution]);
  const total = values.reduce((sum, v) => sum + v.contribution, 0);
  const top = values.reduce((best, v) => (v.contribution > best.contribution ? v : best), values[0] ?? { bin: '', contribution: 0 });
  const description = `PSI contributions of ${name} over ${values.length} baseline-decile bins, summing to ${formatNumber(total)}; the largest, ${formatNumber(top.contribution)}, is in ${top.bin}.`;
  return {
    kind: 'psiContributions',
    title: `${name}: PSI by bin`,
    description,
    table: { columns: ['bin', 'baseline share', 'current share', 'PSI term'], rows },
    spec: {
      description,
      width: 'container',
      height: 150,
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'bin', type: 'ordinal', sort: null, title: 'bin', axis: { labelAngle: -40, labelLimit: 90 } },
        y: { field: 'contribution', type: 'quantitative', title: 'PSI term' },
        tooltip: [
          { field: 'bin', type: 'nominal', title: 'bin' },
          { field: 'baseline', type: 'quantitative', title: 'baseline', format: '.1%' },
          { field: 'current', type: 'quantitative', title: 'current', format: '.1%' },
          { field: 'contribution', type: 'quantitative', title: 'PSI term', format: '.4~g' },
        ],
      },
    },
  };
}
