/**
 * Mean and population standard deviation of a Float64Array.
 *
 * simple-statistics' `mean`/`standardDeviation` compute the same definitions (compensated sum; two-pass
 * variance) but take `number[]`, which would mean copying a million-row column; these are the same
 * algorithms on typed arrays. Matches `np.mean(x)` and `np.std(x)` (ddof 0) to ~1e-15 relative (numpy
 * sums pairwise, we sum with Neumaier compensation: both are within a few ulps of the exact sum).
 * An empty array gives `NaN`.
 */
export function mean(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  return compensatedSum(values, 0) / n;
}

/**
 * Population standard deviation, `sqrt(Σ (x - mean)² / n)` (ddof 0), two-pass. A caller that already has
 * `mean(values)` passes it, which saves the first pass (the result is the same number).
 */
export function standardDeviation(values: Float64Array, knownMean?: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const m = knownMean ?? mean(values);
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - m;
    const term = d * d;
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return Math.sqrt((sum + compensation) / n);
}

/** Neumaier's compensated sum of `values` minus `shift` each. */
function compensatedSum(values: Float64Array, shift: number): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const term = values[i]! - shift;
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return sum + compensation;
}
