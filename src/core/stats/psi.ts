/** A zero share becomes this before the logarithm (no renormalisation), the common PSI convention. */
export const PSI_ZERO_SHARE = 1e-6;

/**
 * Population Stability Index over bins: `Σ (c - b) · ln(c / b)` where b and c are the baseline's and the
 * current's share of their finite values in each bin, and a zero share becomes 1e-6 without
 * renormalising. Matches the brute-force numpy computation in scripts/reference/stats_reference.py.
 * `contributions[i]` is bin i's term. A side with no values at all gives `NaN` (nothing to compare).
 */
export function populationStabilityIndex(
  baselineCounts: ArrayLike<number>,
  currentCounts: ArrayLike<number>,
): { value: number; contributions: Float64Array } {
  const k = baselineCounts.length;
  if (currentCounts.length !== k) {
    throw new RangeError(`PSI needs the same bins on both sides (baseline ${k}, current ${currentCounts.length})`);
  }
  const baselineTotal = total(baselineCounts);
  const currentTotal = total(currentCounts);
  const contributions = new Float64Array(k);
  if (baselineTotal === 0 || currentTotal === 0) {
    contributions.fill(NaN);
    return { value: NaN, contributions };
  }
  let value = 0;
  for (let i = 0; i < k; i++) {
    const b = baselineCounts[i]! / baselineTotal || PSI_ZERO_SHARE;
    const c = currentCounts[i]! / currentTotal || PSI_ZERO_SHARE;
    const term = (c - b) * Math.log(c / b);
    contributions[i] = term;
    value += term;
  }
  return { value, contributions };
}

function total(counts: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i]!;
  return sum;
}
