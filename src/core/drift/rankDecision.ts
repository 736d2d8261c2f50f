// Which window decided a feature's rank severity, and by which signal. A feature carries three severities
// (the whole window, the rows since its onset, its worst persistent chunk) and is ranked by the worst;
// every surface (Markdown, tree, side panel, report table) must name the same decision, so they all ask here.
import type { DecidedBy, FeatureReport } from './report';
import { defaultThresholds, type Thresholds } from './thresholds';

export type DecisionWindow = 'whole' | 'sinceOnset' | 'peak';

export interface RankDecision {
  readonly window: DecisionWindow;
  readonly decidedBy: DecidedBy;
  /** Where the deciding window starts (ISO), for since-onset and peak decisions when time chunks exist. */
  readonly at: string | null;
}

/** The decision behind `feature.rankSeverity`, or null for a feature that ranks ok. */
export function rankDecision(feature: FeatureReport, thresholds: Thresholds = defaultThresholds): RankDecision | null {
  if (feature.rankSeverity === feature.severity) {
    return feature.decidedBy ? { window: 'whole', decidedBy: feature.decidedBy, at: null } : null;
  }
  const onset = feature.onset;
  if (onset && onset.sinceOnset.severity === feature.rankSeverity && onset.sinceOnset.decidedBy) {
    return { window: 'sinceOnset', decidedBy: onset.sinceOnset.decidedBy, at: onset.start };
  }
  const peak = feature.peak;
  if (peak && peak.severity !== 'ok') {
    const threshold = peak.severity === 'critical' ? thresholds.psi.critical : thresholds.psi.warn;
    return { window: 'peak', decidedBy: { signal: 'psi', value: peak.psi, threshold, level: peak.severity }, at: peak.start };
  }
  return feature.decidedBy ? { window: 'whole', decidedBy: feature.decidedBy, at: null } : null;
}
