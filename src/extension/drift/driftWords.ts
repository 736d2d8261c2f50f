// How a finished report reads in the host's small surfaces (tree, quick pick, status bar, Problems).
// The signal words and the feature order come from src/core/views (featureLabels, rankFeatures) so the
// tree and the webviews agree; this adds the one-line forms those surfaces need. Pure, no `vscode`.
import { formatNumber } from '../../core/charts/format';
import { rankDecision } from '../../core/drift/rankDecision';
import type { DriftReport, FeatureReport } from '../../core/drift/report';
import type { Thresholds } from '../../core/drift/thresholds';
import { decidingSignal } from '../../core/views/featureLabels';

/**
 * One line for a feature: `PSI 0.31 ≥ 0.2`, `since 2024-01-12: PSI 0.27 ≥ 0.2`, `peak 2024-01-20: PSI 0.43 ≥
 * 0.2`, or `PSI 0.012` when ok. The window named is the one that decided the rank (core/drift/rankDecision).
 */
export function featureDescription(feature: FeatureReport, thresholds?: Thresholds): string {
  const decision = rankDecision(feature, thresholds);
  const deciding = decidingSignal(decision?.decidedBy ?? null);
  if (!decision || !deciding) {
    if (feature.constantBaseline) return 'constant baseline';
    return feature.psi === null ? 'no values to compare' : `PSI ${formatNumber(feature.psi)}`;
  }
  if (decision.window === 'whole') return deciding.text;
  const chunk = decision.window === 'peak' ? feature.peak?.chunkIndex : feature.onset?.chunkIndex;
  const start = decision.at?.slice(0, 10) ?? `chunk ${chunk ?? '?'}`;
  return `${decision.window === 'peak' ? 'peak' : 'since'} ${start}: ${deciding.text}`;
}

/** The status bar's text: `Drift: 2 critical, 1 warn of 12 features` or `Drift: none in 12 features`. */
export function summaryText(report: Pick<DriftReport, 'summary'>): string {
  const { bySeverity, features } = report.summary;
  const noun = features === 1 ? 'feature' : 'features';
  if (bySeverity.critical === 0 && bySeverity.warn === 0) return `Drift: none in ${features} ${noun}`;
  const parts = [bySeverity.critical > 0 ? `${bySeverity.critical} critical` : null, bySeverity.warn > 0 ? `${bySeverity.warn} warn` : null];
  return `Drift: ${parts.filter((p) => p !== null).join(', ')} of ${features} ${noun}`;
}
