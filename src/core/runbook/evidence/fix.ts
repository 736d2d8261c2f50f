// Step 6's evidence: the rollback gate, baseline against candidate, with the promotion ladder's state.
import { formatNumber, formatShare } from '../../charts/format';
import { rollbackGate, type GateCheck } from '../rollbackGate';
import type { EvidenceSources, StepEvidence, Tone } from './stepEvidence';

const metricNames: Record<GateCheck['metric'], string> = { accuracy: 'Accuracy', p99Latency: 'p99 latency (ms)', ctr: 'Click-through rate' };

export function fixEvidence(sources: EvidenceSources): StepEvidence {
  const { baseline, candidate } = sources.metrics;
  if (!baseline || !candidate) {
    return {
      step: 'fix',
      gatheredAt: sources.now.toISOString(),
      headline: 'No candidate to gate yet.',
      tone: 'info',
      facts: [],
      tables: [],
      suggestedFindings: [],
      missing: ['Choose the baseline and the candidate: two logs, or two model_version slices of one log.'],
    };
  }
  const gate = rollbackGate(baseline, candidate, sources.gateThresholds);
  const tone: Tone = gate.verdict === 'rollback' ? 'critical' : gate.verdict === 'promote' ? 'ok' : 'info';
  const format = (c: GateCheck, v: number | null) => (c.metric === 'p99Latency' ? formatNumber(v) : formatShare(v));
  const verdictText =
    gate.verdict === 'promote' ? 'Gate passed: promote to the next rung.' : gate.verdict === 'rollback' ? 'Gate failed: roll back.' : 'Gate undecided: neither side carries accuracy, latency or CTR.';
  const failed = gate.checks.filter((c) => c.outcome === 'fail');
  return {
    step: 'fix',
    gatheredAt: sources.now.toISOString(),
    headline: failed.length > 0 ? `${verdictText} ${failed.map((c) => `${metricNames[c.metric]} ${format(c, c.baseline)} → ${format(c, c.candidate)}`).join('; ')}` : verdictText,
    tone,
    facts: [
      { label: 'Baseline', value: sources.labels.baseline ?? 'baseline', tone: 'info' },
      { label: 'Candidate', value: sources.labels.candidate ?? 'candidate', tone: 'info' },
      { label: 'Verdict', value: gate.verdict, tone },
    ],
    tables: [
      {
        title: 'Rollback gate',
        columns: ['Metric', 'Baseline', 'Candidate', 'Change', 'Allowed', 'Outcome'],
        rows: gate.checks.map((c) => [
          metricNames[c.metric],
          format(c, c.baseline),
          format(c, c.candidate),
          c.delta === null ? '—' : c.metric === 'p99Latency' ? formatNumber(c.delta) : `${(c.delta * 100).toFixed(2)} pt`,
          c.metric === 'p99Latency' ? `rise ≤ ${formatNumber(c.allowed)}` : `drop ≤ ${(c.allowed * 100).toFixed(2)} pt`,
          c.outcome,
        ]),
      },
    ],
    suggestedFindings: [`Rollback gate (${sources.labels.candidate ?? 'candidate'} against ${sources.labels.baseline ?? 'baseline'}): ${gate.verdict}`],
    missing: gate.checks.filter((c) => c.outcome === 'unavailable').map((c) => `${metricNames[c.metric]}: not in both logs.`),
  };
}
