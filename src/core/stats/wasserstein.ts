import { ecdfWalk } from './ecdfWalk';

/**
 * First Wasserstein distance between two empirical distributions given as ascending samples:
 * `∫ |F_a(x) - F_b(x)| dx`, evaluated exactly as a sum over the merged sample of `|F_a - F_b| · Δx`.
 * Matches `scipy.stats.wasserstein_distance(a, b)` (unweighted). One merge walk, O(n_a + n_b) (ecdfWalk.ts,
 * shared with the KS statistic).
 * An empty side gives `NaN` (scipy raises).
 */
export function wassersteinDistance(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 || b.length === 0) return NaN;
  return ecdfWalk(a, b).wasserstein;
}

/**
 * Wasserstein distance in units of the baseline's standard deviation: `distance / max(std, 0.001)`, with
 * the population std (ddof 0). Matches Evidently's `wasserstein` drift test.
 */
export function normedWasserstein(distance: number, baselineStd: number): number {
  return distance / Math.max(baselineStd, 0.001);
}
