// Step 1's evidence: what "underperforming" means here, measured on baseline and current.
import { formatNumber, formatShare } from '../../charts/format';
import { worstTone, type EvidenceFact, type EvidenceSources, type StepEvidence, type Tone } from './stepEvidence';

export function defineEvidence(sources: EvidenceSources): StepEvidence {
  const { baseline, current } = sources.metrics;
  const facts: EvidenceFact[] = [];
  const missing: string[] = [];
  const findings: string[] = [];
  if (!baseline || !current) {
    missing.push('Choose a baseline and a current log (or a time or model_version split of one) to measure the symptom.');
  } else {
    facts.push({ label: 'Rows', value: `${baseline.rows} baseline, ${current.rows} current`, tone: 'info' });
    compare('Accuracy (labelled rows)', baseline.accuracy?.value, current.accuracy?.value, 'higher', 0.005, facts, findings, formatShare);
    if (current.accuracy) facts.push({ label: 'Labelled rows (current)', value: `${current.accuracy.labelled} of ${current.rows} (${formatShare(current.accuracy.labelled / Math.max(1, current.rows))})`, tone: 'info' });
    else missing.push('No accuracy: the logs have no ground-truth column, or no row is labelled yet (labels often arrive days later).');
    compare('Latency p50', baseline.latency?.p50, current.latency?.p50, 'lower', 25, facts, findings, formatNumber);
    compare('Latency p99', baseline.latency?.p99, current.latency?.p99, 'lower', 50, facts, findings, formatNumber);
    if (!current.latency) missing.push('No latency column found.');
    compare('Mean score', baseline.score?.mean, current.score?.mean, 'either', 0.02, facts, findings, formatNumber);
    compare('Score p90', baseline.score?.p90, current.score?.p90, 'either', 0.02, facts, findings, formatNumber);
    compare('Click-through rate', baseline.ctr?.value, current.ctr?.value, 'higher', 0.002, facts, findings, formatShare);
    if (!current.ctr) missing.push('No click or conversion column (click, clicked, ctr, converted) found.');
  }
  const prediction = sources.report?.prediction;
  for (const signal of prediction?.signals ?? []) {
    facts.push({ label: `Prediction: ${signal.signal}`, value: signal.message, tone: signal.severity });
    findings.push(signal.message);
  }
  const tone = worstTone(facts.map((f) => f.tone));
  const headline =
    findings.length > 0 ? `Underperforming: ${findings[0]}` : baseline && current ? 'No metric moved beyond its tolerance between baseline and current.' : 'Not measured yet.';
  return { step: 'define', gatheredAt: sources.now.toISOString(), headline, tone, facts, tables: [], suggestedFindings: findings, missing };
}

/** Adds a baseline → current fact; a move beyond `tolerance` in the bad direction is a warning and a finding. */
function compare(
  label: string,
  before: number | undefined,
  after: number | undefined,
  better: 'higher' | 'lower' | 'either',
  tolerance: number,
  facts: EvidenceFact[],
  findings: string[],
  format: (v: number) => string,
): void {
  if (before === undefined || after === undefined) return;
  const delta = after - before;
  const bad = better === 'higher' ? delta < -tolerance : better === 'lower' ? delta > tolerance : Math.abs(delta) > tolerance;
  const tone: Tone = bad ? 'warn' : 'ok';
  const text = `${format(before)} → ${format(after)}`;
  facts.push({ label, value: text, tone });
  if (bad) findings.push(`${label} moved ${text}`);
}

