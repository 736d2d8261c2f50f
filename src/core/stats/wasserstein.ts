/**
 * First Wasserstein distance between two empirical distributions given as ascending samples:
 * `∫ |F_a(x) - F_b(x)| dx`, evaluated exactly as a sum over the merged sample of `|F_a - F_b| · Δx`.
 * Matches `scipy.stats.wasserstein_distance(a, b)` (unweighted). One merge walk, O(n_a + n_b).
 * An empty side gives `NaN` (scipy raises).
 */
export function wassersteinDistance(a: Float64Array, b: Float64Array): number {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) return NaN;
  let i = 0; // values of a consumed: all <= previous
  let j = 0;
  let previous = Math.min(a[0]!, b[0]!);
  let sum = 0;
  let compensation = 0;
  while (i < na || j < nb) {
    const next = j >= nb ? a[i]! : i >= na ? b[j]! : Math.min(a[i]!, b[j]!);
    const term = Math.abs(i / na - j / nb) * (next - previous);
    const t = sum + term;
    compensation += sum >= term ? sum - t + term : term - t + sum;
    sum = t;
    while (i < na && a[i] === next) i++;
    while (j < nb && b[j] === next) j++;
    previous = next;
  }
  return sum + compensation;
}

/**
 * Wasserstein distance in units of the baseline's standard deviation: `distance / max(std, 0.001)`, with
 * the population std (ddof 0). Matches Evidently's `wasserstein` drift test.
 */
export function normedWasserstein(distance: number, baselineStd: number): number {
  return distance / Math.max(baselineStd, 0.001);
}
