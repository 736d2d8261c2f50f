// Step 3's evidence: the drift check, baseline against current, feature by feature.
import { formatNumber, formatShare } from '../../charts/format';
import type { FeatureReport } from '../../drift/report';
import { awaitingDriftCheck, type EvidenceSources, type StepEvidence, type Tone } from './stepEvidence';

const rank = { critical: 0, warn: 1, ok: 2 } as const;

export function skewEvidence(sources: EvidenceSources): StepEvidence {
  const report = sources.report;
  if (!report) return awaitingDriftCheck('skew', sources.now, 'Run the drift check (baseline against current) to gather this step\'s evidence.');
  const features = [...report.features].sort((a, b) => rank[a.rankSeverity] - rank[b.rankSeverity] || (b.psi ?? 0) - (a.psi ?? 0));
  const drifted = features.filter((f) => f.rankSeverity !== 'ok');
  const { bySeverity, datasetDrift } = report.summary;
  const tone: Tone = bySeverity.critical > 0 ? 'critical' : bySeverity.warn > 0 ? 'warn' : 'ok';
  const findings = drifted.slice(0, 5).map((f) => describeFeature(f));
  for (const signal of report.prediction.signals) findings.push(signal.message);
  return {
    step: 'skew',
    gatheredAt: sources.now.toISOString(),
    headline:
      drifted.length === 0
        ? 'No feature drifted beyond its thresholds.'
        : `${drifted.length} of ${features.length} columns drifted (${bySeverity.critical} critical); worst: ${describeFeature(drifted[0]!)}`,
    tone,
    facts: [
      { label: 'Dataset drift', value: `${datasetDrift.count} of ${datasetDrift.of} input features (${formatShare(datasetDrift.share)})`, tone },
      { label: 'Rows', value: `${report.summary.rows.baseline} baseline, ${report.summary.rows.current} current`, tone: 'info' },
      { label: 'Prediction layer', value: report.prediction.signals.map((s) => s.message).join('; ') || 'no signal', tone: report.prediction.severity },
      ...report.inputs.map((i) => ({ label: `Input (${i.side})`, value: `${i.path}${i.where ? ` where ${i.where}` : ''}, sha256 ${i.sha256.slice(0, 12)}…`, tone: 'info' as Tone })),
    ],
    tables: [
      {
        title: 'Features by severity',
        columns: ['Feature', 'Kind', 'Severity', 'Decided by', 'PSI', 'Null rate', 'Onset'],
        rows: features.map((f) => [
          f.name,
          f.kind,
          f.rankSeverity,
          f.decidedBy ? `${f.decidedBy.signal} ${formatNumber(f.decidedBy.value)}` : (f.onset?.sinceOnset.decidedBy ? `since onset: ${f.onset.sinceOnset.decidedBy.signal} ${formatNumber(f.onset.sinceOnset.decidedBy.value)}` : '—'),
          formatNumber(f.psi),
          `${formatShare(f.nullRate.baseline)} → ${formatShare(f.nullRate.current)}`,
          f.onset?.start?.slice(0, 10) ?? (f.onset ? `chunk ${f.onset.chunkIndex}` : '—'),
        ]),
      },
    ],
    suggestedFindings: findings,
    missing: [],
  };
}

/** `income: critical by psi 0.31 since 2026-10-20`. */
export function describeFeature(feature: FeatureReport): string {
  const decided = feature.decidedBy ?? feature.onset?.sinceOnset.decidedBy ?? null;
  const by = decided ? ` by ${decided.signal} ${formatNumber(decided.value)}` : '';
  const since = feature.onset?.start ? ` since ${feature.onset.start.slice(0, 10)}` : '';
  return `${feature.name}: ${feature.rankSeverity}${by}${since}`;
}
