// Baseline and current shares over the same equal-width bins, drawn over each other.
import type { DisplayHistogram } from '../drift/report';
import { sides, type ChartView, type TableCell } from './chartView';
import { formatInterval, formatNumber, formatShare } from './format';

export interface HistogramOverlayOptions {
  /** Visible heading; defaults to the feature name. */
  readonly title?: string;
  readonly height?: number;
}

/**
 * A histogram overlay of one numeric column. Input is the report's display histogram (shares of finite
 * values per side over a common range); values outside that range are counted in the description and
 * the table, not drawn.
 */
export function histogramOverlay(name: string, histogram: DisplayHistogram, options: HistogramOverlayOptions = {}): ChartView {
  const bins = histogram.edges.length - 1;
  const values: { x0: number; x1: number; side: string; share: number }[] = [];
  const rows: TableCell[][] = [];
  let widest = { gap: -1, index: 0 };
  for (let i = 0; i < bins; i++) {
    const x0 = histogram.edges[i]!;
    const x1 = histogram.edges[i + 1]!;
    const baseline = histogram.baseline[i] ?? 0;
    const current = histogram.current[i] ?? 0;
    values.push({ x0, x1, side: 'baseline', share: baseline }, { x0, x1, side: 'current', share: current });
    rows.push([formatInterval(x0, x1, i === bins - 1), formatShare(baseline), formatShare(current)]);
    const gap = Math.abs(current - baseline);
    if (gap > widest.gap) widest = { gap, index: i };
  }
  const { underflow, overflow } = histogram;
  if (underflow.baseline + underflow.current > 0) rows.unshift(['below range (count)', underflow.baseline, underflow.current]);
  if (overflow.baseline + overflow.current > 0) rows.push(['above range (count)', overflow.baseline, overflow.current]);

  const title = options.title ?? name;
  const first = histogram.edges[0];
  const last = histogram.edges[bins];
  const gapText =
    bins > 0
      ? ` The largest gap is in ${formatInterval(histogram.edges[widest.index]!, histogram.edges[widest.index + 1]!)}: baseline ${formatShare(histogram.baseline[widest.index])}, current ${formatShare(histogram.current[widest.index])}.`
      : '';
  const outside =
    underflow.current + overflow.current > 0 ? ` ${underflow.current + overflow.current} current values fall outside the drawn range.` : '';
  const description = `Histogram of ${name}: shares of baseline and current values in ${bins} equal bins from ${formatNumber(first)} to ${formatNumber(last)}.${gapText}${outside}`;

  return {
    kind: 'histogramOverlay',
    title,
    description,
    table: { columns: ['bin', 'baseline share', 'current share'], rows },
    spec: {
      description,
      width: 'container',
      height: options.height ?? 150,
      data: { values },
      mark: { type: 'bar', opacity: 0.55, binSpacing: 0 },
      encoding: {
        x: { field: 'x0', type: 'quantitative', bin: { binned: true }, title: 'value' },
        x2: { field: 'x1' },
        y: { field: 'share', type: 'quantitative', stack: null, axis: { format: '%' }, title: 'share of values' },
        color: { field: 'side', type: 'nominal', scale: { domain: [...sides] }, legend: { orient: 'top', title: null } },
        tooltip: [
          { field: 'side', type: 'nominal', title: 'side' },
          { field: 'x0', type: 'quantitative', title: 'from', format: '.4~g' },
          { field: 'x1', type: 'quantitative', title: 'to', format: '.4~g' },
          { field: 'share', type: 'quantitative', title: 'share', format: '.1%' },
        ],
      },
    },
  };
}
