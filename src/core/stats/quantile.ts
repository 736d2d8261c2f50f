/**
 * Quantile of an ascending sample by linear interpolation (Hyndman and Fan type 7).
 *
 * Matches `np.percentile(x, 100 * p)` (numpy 1.24, method 'linear') bit for bit: the virtual index is
 * `(n - 1) * p`, and the interpolation between neighbours a <= b with weight t is `a + (b - a) * t`, but
 * `b - (b - a) * (1 - t)` when `t >= 0.5`, as numpy's `_lerp` does (it keeps the result monotone in t).
 * `p` outside [0, 1] is clamped to the extremes as numpy's index clipping does; an empty sample gives `NaN`.
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0 || p !== p) return NaN;
  const virtualIndex = (n - 1) * p;
  if (virtualIndex >= n - 1) return sorted[n - 1]!;
  if (virtualIndex <= 0) return sorted[0]!;
  const previous = Math.floor(virtualIndex);
  const t = virtualIndex - previous;
  const a = sorted[previous]!;
  const b = sorted[previous + 1]!;
  const difference = b - a;
  return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
}
