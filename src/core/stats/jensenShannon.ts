/**
 * Jensen-Shannon distance, base 2 (0 for identical distributions, 1 for disjoint ones):
 * `sqrt((KL(p ‖ m) + KL(q ‖ m)) / 2)` with `m = (p + q) / 2`, logarithms base 2, `0 · log 0 = 0` and no
 * epsilon. `p` and `q` are counts or probabilities over the same bins, normalised here. Matches
 * `scipy.spatial.distance.jensenshannon(p, q, base=2)`; the divergence is the square of this value.
 * A side summing to 0 gives `NaN` (scipy gives `nan` too).
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const k = p.length;
  if (q.length !== k) {
    throw new RangeError(`Jensen-Shannon needs the same bins on both sides (p ${k}, q ${q.length})`);
  }
  const pTotal = total(p);
  const qTotal = total(q);
  if (!(pTotal > 0 && qTotal > 0)) return NaN;
  let left = 0;
  let right = 0;
  for (let i = 0; i < k; i++) {
    const pi = p[i]! / pTotal;
    const qi = q[i]! / qTotal;
    const mi = (pi + qi) / 2;
    if (pi > 0) left += pi * Math.log(pi / mi);
    if (qi > 0) right += qi * Math.log(qi / mi);
  }
  const divergence = (left + right) / Math.LN2;
  // Rounding can leave a tiny negative divergence for identical inputs; scipy would return nan there.
  return Math.sqrt(Math.max(divergence / 2, 0));
}

function total(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}
