// The order every list of features uses: worst rank severity first, then the larger deciding value,
// then the report's own order (stable), so the side panel, the report and the tree agree.
import type { FeatureReport, Severity } from '../drift/report';

const severityOrder: Readonly<Record<Severity, number>> = { critical: 0, warn: 1, ok: 2 };

export function rankFeatures<F extends Pick<FeatureReport, 'rankSeverity' | 'psi'>>(features: readonly F[]): F[] {
  return features
    .map((feature, index) => ({ feature, index }))
    .sort(
      (a, b) =>
        severityOrder[a.feature.rankSeverity] - severityOrder[b.feature.rankSeverity] ||
        (b.feature.psi ?? -1) - (a.feature.psi ?? -1) ||
        a.index - b.index,
    )
    .map((entry) => entry.feature);
}
