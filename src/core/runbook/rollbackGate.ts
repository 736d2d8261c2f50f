// The rollback gate of step 6: the candidate may be promoted only when it is not worse than the baseline by
// more than a threshold on any metric both sides carry. Defaults (settings override them): accuracy drop
// 0.005, p99 latency rise 50 ms, CTR drop 0.002. A metric neither side has is "unavailable", never a pass.
import type { ServiceMetrics } from './serviceMetrics';

export interface GateThresholds {
  /** Largest allowed fall in accuracy (absolute, 0..1). */
  readonly accuracyDrop: number;
  /** Largest allowed rise in p99 latency, in the latency column's unit (ms). */
  readonly p99LatencyRiseMs: number;
  /** Largest allowed fall in click-through rate (absolute, 0..1). */
  readonly ctrDrop: number;
}

export const defaultGateThresholds: GateThresholds = { accuracyDrop: 0.005, p99LatencyRiseMs: 50, ctrDrop: 0.002 };

export type GateMetric = 'accuracy' | 'p99Latency' | 'ctr';

export interface GateCheck {
  readonly metric: GateMetric;
  readonly baseline: number | null;
  readonly candidate: number | null;
  /** candidate - baseline. */
  readonly delta: number | null;
  /** Which way the metric gets worse: accuracy and CTR fall, latency rises. */
  readonly worseWhen: 'falls' | 'rises';
  /** The largest change in that direction that still passes (0.005 for accuracy, 50 for p99 latency). */
  readonly allowed: number;
  readonly outcome: 'pass' | 'fail' | 'unavailable';
}

export interface GateResult {
  /** `promote` when every available check passes and at least one is available; `rollback` when any fails. */
  readonly verdict: 'promote' | 'rollback' | 'insufficient';
  readonly checks: readonly GateCheck[];
}

export function rollbackGate(baseline: ServiceMetrics, candidate: ServiceMetrics, thresholds: GateThresholds = defaultGateThresholds): GateResult {
  const checks: GateCheck[] = [
    check('accuracy', baseline.accuracy?.value, candidate.accuracy?.value, 'falls', thresholds.accuracyDrop),
    check('p99Latency', baseline.latency?.p99, candidate.latency?.p99, 'rises', thresholds.p99LatencyRiseMs),
    check('ctr', baseline.ctr?.value, candidate.ctr?.value, 'falls', thresholds.ctrDrop),
  ];
  const available = checks.filter((c) => c.outcome !== 'unavailable');
  const verdict = checks.some((c) => c.outcome === 'fail') ? 'rollback' : available.length > 0 ? 'promote' : 'insufficient';
  return { verdict, checks };
}

/**
 * A change of exactly `allowed` in the bad direction passes; 1e-12 absorbs the rounding of the subtraction
 * (0.895 - 0.9 is -0.0050000000000000044).
 */
function check(metric: GateMetric, baseline: number | undefined, candidate: number | undefined, worseWhen: GateCheck['worseWhen'], allowed: number): GateCheck {
  if (baseline === undefined || candidate === undefined) {
    return { metric, baseline: baseline ?? null, candidate: candidate ?? null, delta: null, worseWhen, allowed, outcome: 'unavailable' };
  }
  const delta = candidate - baseline;
  const worsening = worseWhen === 'falls' ? -delta : delta;
  return { metric, baseline, candidate, delta, worseWhen, allowed, outcome: worsening > allowed + 1e-12 ? 'fail' : 'pass' };
}
