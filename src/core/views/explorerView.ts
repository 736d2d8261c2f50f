// The side panel's drift part: the comparison, the feature list with sketches, and the selected
// feature's charts. Built on the host from the report; the webview only draws it.
import { rankDecision } from '../drift/rankDecision';
import type { DriftReport, FeatureId, FeatureKind, FeatureReport, Severity } from '../drift/report';
import type { Thresholds } from '../drift/thresholds';
import type { ChartView, DataTable } from '../charts/chartView';
import { sparkline } from '../charts/sparkline';
import { comparisonView, type ComparisonView } from './comparisonView';
import { rankDecisionSignal, type DecidingSignalView } from './featureLabels';
import { distributionChart, overTimeChart, segmentChart } from './featureCharts';
import { featureStatistics } from './featureStatistics';
import { rankFeatures } from './rankFeatures';
import { summaryView, type SummaryView } from './summaryView';

/** The feature list stops here; the report panel lists them all. */
export const maxExplorerFeatures = 300;

export interface FeatureListItem {
  readonly id: FeatureId;
  readonly name: string;
  readonly kind: FeatureKind;
  /** The rank severity: the worse of the whole window and since onset. */
  readonly severity: Severity;
  readonly deciding: DecidingSignalView | null;
  /** ISO start of the onset chunk, `#n` for row chunks, or null. */
  readonly onset: string | null;
  readonly sketch: ChartView | null;
}

export interface FeatureDetailView {
  readonly id: FeatureId;
  readonly name: string;
  readonly kind: FeatureKind;
  readonly severity: Severity;
  readonly deciding: DecidingSignalView | null;
  readonly statistics: DataTable;
  /** Histogram overlay or category shares. */
  readonly distribution: ChartView | null;
  readonly overTime: ChartView | null;
  readonly segments: ChartView | null;
}

export interface ExplorerView {
  readonly comparison: ComparisonView;
  readonly summary: SummaryView;
  readonly features: readonly FeatureListItem[];
  /** All features in the report (the list is capped at `maxExplorerFeatures`). */
  readonly totalFeatures: number;
  readonly selected: FeatureDetailView | null;
}

/** Builds the explorer from a report; `selectedId` picks the detailed feature (default: the worst one). */
export function explorerView(report: DriftReport, selectedId?: string): ExplorerView {
  const ranked = rankFeatures(report.features);
  const listed = ranked.slice(0, maxExplorerFeatures);
  const chosen = report.features.find((f) => f.id === selectedId) ?? listed[0];
  return {
    comparison: comparisonView(report),
    summary: summaryView(report),
    features: listed.map((f) => listItem(f, report.methods.thresholds)),
    totalFeatures: report.features.length,
    selected: chosen ? featureDetail(report, chosen) : null,
  };
}

function listItem(feature: FeatureReport, thresholds: Thresholds): FeatureListItem {
  return {
    id: feature.id,
    name: feature.name,
    kind: feature.kind,
    severity: feature.rankSeverity,
    deciding: rankDecisionSignal(rankDecision(feature, thresholds)),
    onset: feature.onset ? (feature.onset.start ?? `#${feature.onset.chunkIndex + 1}`) : null,
    sketch: sparkline(feature),
  };
}

export function featureDetail(report: DriftReport, feature: FeatureReport): FeatureDetailView {
  return {
    id: feature.id,
    name: feature.name,
    kind: feature.kind,
    severity: feature.rankSeverity,
    deciding: rankDecisionSignal(rankDecision(feature, report.methods.thresholds)),
    statistics: featureStatistics(feature),
    distribution: distributionChart(feature),
    overTime: overTimeChart(report, feature),
    segments: segmentChart(report, feature),
  };
}
