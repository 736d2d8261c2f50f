// The drift report panel's snapshot: summary, the full feature table, per-feature charts, the
// prediction section, the time × feature heatmap and the segment table.
import type { DriftReport, FeatureId } from '../drift/report';
import type { ChartView, DataTable, TableCell } from '../charts/chartView';
import { driftHeatmap } from '../charts/driftHeatmap';
import { formatShare } from '../charts/format';
import { comparisonView, type ComparisonView } from './comparisonView';
import { distributionChart, ecdfChart, overTimeChart, psiChart, segmentChart } from './featureCharts';
import { featureStatistics } from './featureStatistics';
import { featureTableColumns, featureTableRow, type FeatureTableColumn, type FeatureTableRow } from './featureTable';
import { predictionView, type PredictionView } from './predictionView';
import { rankFeatures } from './rankFeatures';
import { summaryView, type SummaryView } from './summaryView';

/** Payload caps: charts for the worst features only, heatmap rows, table rows and warnings. */
export const reportCaps = { detailedFeatures: 60, heatmapFeatures: 40, tableFeatures: 5000, segments: 500, warnings: 200 } as const;

export interface FeatureCharts {
  readonly id: FeatureId;
  readonly name: string;
  readonly statistics: DataTable;
  /** Histogram overlay, ECDF pair with KS, PSI by bin (numeric) or category shares; then drift over time and segments. */
  readonly charts: readonly ChartView[];
}

export interface ReportView {
  readonly comparison: ComparisonView;
  readonly summary: SummaryView;
  readonly columns: readonly FeatureTableColumn[];
  /** Ranked worst first. */
  readonly features: readonly FeatureTableRow[];
  /** Charts of the first `reportCaps.detailedFeatures` ranked features. */
  readonly details: readonly FeatureCharts[];
  readonly prediction: PredictionView | null;
  readonly heatmap: ChartView | null;
  readonly segments: DataTable;
  readonly inputs: DataTable;
  readonly methods: DataTable;
  readonly warnings: readonly string[];
  /** What the caps left out, so the panel can say so. */
  readonly omitted: { readonly features: number; readonly details: number; readonly heatmapRows: number; readonly segments: number; readonly warnings: number };
}

export function reportView(report: DriftReport): ReportView {
  const ranked = rankFeatures(report.features);
  const detailed = ranked.slice(0, reportCaps.detailedFeatures);
  const timeline = report.timeline;
  const heatmapRows = timeline
    ? ranked.flatMap((feature) => {
        const series = timeline.series.find((s) => s.featureId === feature.id);
        return series ? [{ feature, series }] : [];
      })
    : [];
  const segments = report.segments.slice(0, reportCaps.segments);
  const names = new Map(report.features.map((f) => [f.id, f.name]));
  return {
    comparison: comparisonView(report),
    summary: summaryView(report),
    columns: featureTableColumns,
    features: ranked.slice(0, reportCaps.tableFeatures).map((f) => featureTableRow(f, report.methods.thresholds)),
    details: detailed.map((feature) => ({
      id: feature.id,
      name: feature.name,
      statistics: featureStatistics(feature),
      charts: [distributionChart(feature), ecdfChart(feature), psiChart(feature), overTimeChart(report, feature), segmentChart(report, feature)].filter(
        (c): c is ChartView => c !== null,
      ),
    })),
    prediction: predictionView(report),
    heatmap: timeline && heatmapRows.length > 0 ? driftHeatmap({ timeline, rows: heatmapRows.slice(0, reportCaps.heatmapFeatures) }) : null,
    segments: {
      columns: ['column', 'value', 'baseline share', 'current share', 'current rows', 'severity', 'drifting features', 'accuracy (current)'],
      rows: segments.map((s): TableCell[] => [
        s.column,
        s.value,
        formatShare(s.share.baseline),
        formatShare(s.share.current),
        s.rows.current,
        s.severity,
        s.features
          .filter((f) => f.severity !== 'ok')
          .map((f) => names.get(f.id) ?? f.name)
          .join(', '),
        s.accuracy ? formatShare(s.accuracy.current) : '—',
      ]),
    },
    inputs: {
      columns: ['side', 'path', 'format', 'rows', 'filter', 'SHA-256'],
      rows: report.inputs.map((i) => [i.side, i.path, i.format, i.rows, i.where ?? '', i.sha256]),
    },
    methods: {
      columns: ['statistic', 'definition', 'reference'],
      rows: report.methods.definitions.map((m) => [m.statistic, m.definition, m.reference]),
    },
    warnings: report.warnings.slice(0, reportCaps.warnings),
    omitted: {
      features: Math.max(0, ranked.length - reportCaps.tableFeatures),
      details: Math.max(0, ranked.length - detailed.length),
      heatmapRows: Math.max(0, heatmapRows.length - reportCaps.heatmapFeatures),
      segments: Math.max(0, report.segments.length - segments.length),
      warnings: Math.max(0, report.warnings.length - reportCaps.warnings),
    },
  };
}
