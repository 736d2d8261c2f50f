// The charts of one feature, built from its aggregates in the report; shared by the side panel and the
// report panel so both draw the same thing from the same numbers.
import type { DriftReport, FeatureReport } from '../drift/report';
import type { ChartView } from '../charts/chartView';
import { categoryShares } from '../charts/categoryShares';
import { driftOverTime } from '../charts/driftOverTime';
import { ecdfPair } from '../charts/ecdfPair';
import { histogramOverlay } from '../charts/histogramOverlay';
import { psiContributions } from '../charts/psiContributions';
import { segmentBreakdown } from '../charts/segmentBreakdown';

/** Histogram overlay (numeric) or category shares (categorical); null when the report has neither. */
export function distributionChart(feature: FeatureReport): ChartView | null {
  const charts = feature.charts;
  if (charts.type === 'categorical') return charts.categories.length > 0 ? categoryShares(feature.name, charts) : null;
  return charts.histogram && charts.histogram.edges.length > 1 ? histogramOverlay(feature.name, charts.histogram) : null;
}

export function ecdfChart(feature: FeatureReport): ChartView | null {
  const charts = feature.charts;
  if (charts.type !== 'numeric' || charts.ecdf.baseline.x.length === 0 || charts.ecdf.current.x.length === 0) return null;
  return ecdfPair(feature.name, charts.ecdf, charts.ksLocation, feature.ks?.statistic ?? null);
}

export function psiChart(feature: FeatureReport): ChartView | null {
  const charts = feature.charts;
  return charts.type === 'numeric' && charts.psiBins && !feature.constantBaseline ? psiContributions(feature.name, charts.psiBins) : null;
}

export function overTimeChart(report: Pick<DriftReport, 'timeline'>, feature: FeatureReport): ChartView | null {
  const timeline = report.timeline;
  const series = timeline?.series.find((s) => s.featureId === feature.id);
  if (!timeline || !series || timeline.chunks.length === 0) return null;
  return driftOverTime({ name: feature.name, timeline, series, onset: feature.onset });
}

export function segmentChart(report: Pick<DriftReport, 'segments' | 'methods'>, feature: FeatureReport): ChartView | null {
  if (report.segments.length === 0) return null;
  const chart = segmentBreakdown(feature.id, feature.name, report.segments, report.methods.thresholds.psi);
  return chart.table.rows.length > 0 ? chart : null;
}
