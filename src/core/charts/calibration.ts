// Reliability diagram: does a score of 0.8 mean 80% positives?
import type { CalibrationBin } from '../drift/report';
import { sides, type ChartView, type Side, type TableCell } from './chartView';
import { formatNumber } from './format';

export interface CalibrationSide {
  readonly ece: number;
  readonly bins: readonly CalibrationBin[];
}

/**
 * Calibration reliability diagram: for the 10 equal-width score bins of the ECE definition
 * (bin = min(floor(10·s), 9)), the observed positive rate against the mean score, per side, over the
 * diagonal of perfect calibration. Point size is the bin's row count. Empty bins are left out.
 */
export function calibration(baseline: CalibrationSide | null, current: CalibrationSide | null): ChartView {
  const values: { score: number; positive: number; count: number; side: Side; bin: string }[] = [];
  const rows: TableCell[][] = [];
  const add = (side: Side, data: CalibrationSide | null): void => {
    for (const bin of data?.bins ?? []) {
      const label = `[${formatNumber(bin.lower)}, ${formatNumber(bin.upper)})`;
      rows.push([side, label, bin.count, bin.meanScore, bin.positiveRate]);
      if (bin.count > 0 && bin.meanScore !== null && bin.positiveRate !== null) values.push({ score: bin.meanScore, positive: bin.positiveRate, count: bin.count, side, bin: label });
    }
  };
  add('baseline', baseline);
  add('current', current);
  const description = `Calibration reliability diagram: observed positive rate against mean score in 10 score bins. ECE baseline ${formatNumber(baseline?.ece)}, current ${formatNumber(current?.ece)}.`;
  const unit = { type: 'quantitative' as const, scale: { domain: [0, 1] } };
  return {
    kind: 'calibration',
    title: 'Calibration',
    description,
    table: { columns: ['side', 'score bin', 'rows', 'mean score', 'positive rate'], rows },
    spec: {
      description,
      width: 'container',
      height: 180,
      layer: [
        {
          data: { values: [{ p: 0 }, { p: 1 }] },
          mark: { type: 'line', strokeDash: [4, 3], opacity: 0.5 },
          encoding: { x: { field: 'p', ...unit, title: 'mean score' }, y: { field: 'p', ...unit, title: 'positive rate' } },
        },
        {
          data: { values },
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'score', ...unit },
            y: { field: 'positive', ...unit },
            color: { field: 'side', type: 'nominal', scale: { domain: [...sides] }, legend: { orient: 'top', title: null } },
            tooltip: [
              { field: 'side', type: 'nominal', title: 'side' },
              { field: 'bin', type: 'nominal', title: 'score bin' },
              { field: 'count', type: 'quantitative', title: 'rows' },
              { field: 'positive', type: 'quantitative', title: 'positive rate', format: '.3f' },
            ],
          },
        },
      ],
    },
  };
}
