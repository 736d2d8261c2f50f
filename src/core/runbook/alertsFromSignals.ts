// Step 7: alert definitions from the signals that fired, so the same failure pages someone next time.
// One alert per feature at warn or worse, on the signal that decided it, at that signal's warn level
// (the level that would have caught the drift earliest); one per prediction-layer signal.
import type { AlertDefinition } from '../documents/postmortem';
import type { DriftReport, SeveritySignal } from '../drift/report';

const signalNames: Record<SeveritySignal, string> = {
  psi: 'psi',
  ksPValue: 'ks_pvalue',
  jensenShannonDivergence: 'js_divergence',
  nullRateDelta: 'null_rate_delta',
  unseenCategoryShare: 'unseen_category_share',
};

/** Alert names keep to letters, digits, `_`, `-` and `.`: feature names are workspace data. */
export function alertNamePart(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
  return (cleaned || 'unnamed').slice(0, 60);
}

export function alertsFromSignals(report: DriftReport, channel: string): AlertDefinition[] {
  const alerts: AlertDefinition[] = [];
  const thresholds = report.methods.thresholds;
  for (const feature of report.features) {
    if (feature.rankSeverity === 'ok') continue;
    const decided = feature.decidedBy ?? feature.onset?.sinceOnset.decidedBy;
    if (!decided) continue;
    const level = thresholds[decided.signal].warn;
    alerts.push({ name: `drift.${alertNamePart(feature.name)}.${signalNames[decided.signal]}`, threshold: level, channel });
  }
  for (const signal of report.prediction.signals) {
    const threshold =
      signal.signal === 'calibration' ? thresholds.ece : signal.signal === 'collapse' ? thresholds.collapseTopClassShare : signal.signal === 'entropySpread' ? thresholds.entropyStdRatio : thresholds.psi.warn;
    alerts.push({ name: `model.${signal.signal}`, threshold, channel });
  }
  const seen = new Set<string>();
  return alerts.filter((a) => !seen.has(a.name) && seen.add(a.name));
}
