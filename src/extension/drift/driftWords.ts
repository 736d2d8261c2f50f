// How a finished report reads in the host's small surfaces (tree, quick pick, status bar, Problems).
// The signal words and the feature order come from src/core/views (featureLabels, rankFeatures) so the
// tree and the webviews agree; this adds the one-line forms those surfaces need. Pure, no `vscode`.
import { formatNumber } from '../../core/charts/format';
import type { DecidedBy, DriftReport, FeatureReport } from '../../core/drift/report';
import { decidingSignal } from '../../core/views/featureLabels';

/**
 * What decided a feature's rank: the since-onset window when it is the worse one (a drift that starts
 * mid-window is diluted in the whole-window numbers), else the whole window.
 */
export function rankingDecision(feature: FeatureReport): { readonly decided: DecidedBy | null; readonly sinceOnset: boolean } {
  const since = feature.onset?.sinceOnset;
  if (since && since.severity !== feature.severity && since.severity === feature.rankSeverity) {
    return { decided: since.decidedBy, sinceOnset: true };
  }
  return { decided: feature.decidedBy, sinceOnset: false };
}

/** One line for a feature: `PSI 0.31 ≥ 0.2`, `since 2024-01-12: PSI 0.27 ≥ 0.2`, or `PSI 0.012` when ok. */
export function featureDescription(feature: FeatureReport): string {
  const { decided, sinceOnset } = rankingDecision(feature);
  const deciding = decidingSignal(decided);
  if (!deciding) {
    if (feature.constantBaseline) return 'constant baseline';
    return feature.psi === null ? 'no values to compare' : `PSI ${formatNumber(feature.psi)}`;
  }
  if (!sinceOnset) return deciding.text;
  const start = feature.onset?.start?.slice(0, 10) ?? `chunk ${feature.onset?.chunkIndex ?? '?'}`;
  return `since ${start}: ${deciding.text}`;
}

/** The status bar's text: `Drift: 2 critical, 1 warn of 12 features` or `Drift: none in 12 features`. */
export function summaryText(report: Pick<DriftReport, 'summary'>): string {
  const { bySeverity, features } = report.summary;
  const noun = features === 1 ? 'feature' : 'features';
  if (bySeverity.critical === 0 && bySeverity.warn === 0) return `Drift: none in ${features} ${noun}`;
  const parts = [bySeverity.critical > 0 ? `${bySeverity.critical} critical` : null, bySeverity.warn > 0 ? `${bySeverity.warn} warn` : null];
  return `Drift: ${parts.filter((p) => p !== null).join(', ')} of ${features} ${noun}`;
}
