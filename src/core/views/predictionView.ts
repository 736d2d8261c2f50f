// The model layer of a report: score distribution, calibration, entropy, collapse, labels.
import type { DriftReport, ModelSignal, Severity } from '../drift/report';
import type { ChartView, DataTable, TableCell } from '../charts/chartView';
import { calibration } from '../charts/calibration';
import { scoreDistribution } from '../charts/scoreDistribution';
import { formatNumber, formatShare } from '../charts/format';

export interface PredictionView {
  readonly severity: Severity;
  readonly signals: readonly ModelSignal[];
  readonly collapsed: boolean;
  /** Confidence, entropy, top class, ECE, accuracy, label coverage: baseline beside current. */
  readonly facts: DataTable;
  readonly score: ChartView | null;
  readonly calibration: ChartView | null;
}

/** Null when the logs have no prediction columns at all. */
export function predictionView(report: Pick<DriftReport, 'prediction'>): PredictionView | null {
  const p = report.prediction;
  if (p.scoreColumn === null && p.predictedLabelColumn === null) return null;
  const rows: TableCell[][] = [];
  const pair = (label: string, baseline: string, current: string): void => void rows.push([label, baseline, current]);
  if (p.scoreColumn !== null) pair('score column', p.scoreColumn, p.scoreColumn);
  if (p.confidence) pair('mean confidence', formatNumber(p.confidence.baseline), formatNumber(p.confidence.current));
  if (p.entropy) {
    pair('mean entropy (nats)', formatNumber(p.entropy.baseline?.mean), formatNumber(p.entropy.current?.mean));
    pair('entropy std', formatNumber(p.entropy.baseline?.std), formatNumber(p.entropy.current?.std));
  }
  if (p.topClass) {
    const top = (t: { value: string; share: number } | null): string => (t ? `${t.value} (${formatShare(t.share)})` : '—');
    pair('top predicted class', top(p.topClass.baseline), top(p.topClass.current));
  }
  pair('output collapse', '', p.collapsed ? 'yes' : 'no');
  if (p.calibration) pair('ECE', formatNumber(p.calibration.baseline?.ece), formatNumber(p.calibration.current?.ece));
  if (p.accuracy) pair('accuracy', formatShare(p.accuracy.baseline), formatShare(p.accuracy.current));
  if (p.labelCoverage) {
    const coverage = (c: { labelled: number; rows: number; share: number; from: string | null; to: string | null }): string =>
      `${formatShare(c.share)} of ${c.rows.toLocaleString('en-US')} rows${c.from && c.to ? ` (${c.from.slice(0, 10)} to ${c.to.slice(0, 10)})` : ''}`;
    pair('label coverage', coverage(p.labelCoverage.baseline), coverage(p.labelCoverage.current));
  }
  return {
    severity: p.severity,
    signals: p.signals,
    collapsed: p.collapsed,
    facts: { columns: ['signal', 'baseline', 'current'], rows },
    score: p.scoreColumn !== null && p.scoreHistogram && p.scoreHistogram.edges.length > 1 ? scoreDistribution(p.scoreColumn, p.scoreHistogram) : null,
    calibration: p.calibration && (p.calibration.baseline || p.calibration.current) ? calibration(p.calibration.baseline, p.calibration.current) : null,
  };
}
