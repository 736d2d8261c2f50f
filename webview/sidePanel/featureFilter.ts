// The side panel's filters as one predicate: name search (case-insensitive substring), kind, and a
// minimum severity.
import type { Severity } from '../../src/core/drift/report';
import type { FeatureListItem } from '../../src/core/views/explorerView';
import { severityRank } from '../shared/severityRank';

export interface FeatureFilter {
  readonly search: string;
  readonly kind: 'all' | 'numeric' | 'categorical';
  readonly minSeverity: Severity;
}

export function featureFilter(filter: FeatureFilter): (feature: FeatureListItem) => boolean {
  const needle = filter.search.trim().toLowerCase();
  return (feature) =>
    (filter.kind === 'all' || feature.kind === filter.kind) &&
    severityRank[feature.severity] >= severityRank[filter.minSeverity] &&
    (needle === '' || feature.name.toLowerCase().includes(needle));
}
