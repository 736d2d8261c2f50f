/**
 * One merge walk over two ascending samples of finite values, yielding what three readers of their
 * empirical CDFs F_a and F_b need, each evaluated after every distinct pooled value as scipy evaluates it:
 * - the largest and the smallest F_a - F_b (the two-sample KS statistic, ks.ts, scipy's `ks_2samp`);
 * - ∫ |F_a - F_b| dx, as `Σ |F_a - F_b| · Δx` over the merged sample with Neumaier compensation (the first
 *   Wasserstein distance, wasserstein.ts, scipy's `wasserstein_distance`);
 * - where |F_a - F_b| is largest (first such value) and both heights there (the KS chart's marker).
 * Three walks over two million values were 30 ms per numeric feature; this is one. The arithmetic of each
 * reader is exactly that of its own walk, so the numbers do not change.
 * Both samples must be non-empty.
 */
export interface EcdfWalk {
  /** max(F_a - F_b), at least 0. */
  readonly largest: number;
  /** min(F_a - F_b), at most 0. */
  readonly smallest: number;
  readonly wasserstein: number;
  readonly farthest: { readonly x: number; readonly a: number; readonly b: number };
}

export function ecdfWalk(a: Float64Array, b: Float64Array): EcdfWalk {
  const na = a.length;
  const nb = b.length;
  let i = 0; // values of a consumed: all <= the last x
  let j = 0;
  let largest = 0;
  let smallest = 0;
  let previous = Math.min(a[0]!, b[0]!);
  let sum = 0;
  let compensation = 0;
  let farthest = -1;
  let farthestX = a[0]!;
  let farthestA = 0;
  let farthestB = 0;
  while (i < na || j < nb) {
    const x = j >= nb ? a[i]! : i >= na ? b[j]! : Math.min(a[i]!, b[j]!);
    // Wasserstein: the area between `previous` and x, where both CDFs are still at their values before x.
    const term = Math.abs(i / na - j / nb) * (x - previous);
    const t = sum + term;
    compensation += sum >= term ? sum - t + term : term - t + sum;
    sum = t;
    previous = x;
    while (i < na && a[i] === x) i++;
    while (j < nb && b[j] === x) j++;
    // KS and its location: the CDFs just after x (searchsorted side='right').
    const fa = i / na;
    const fb = j / nb;
    const difference = fa - fb;
    if (difference > largest) largest = difference;
    if (difference < smallest) smallest = difference;
    const gap = Math.abs(difference);
    if (gap > farthest) {
      farthest = gap;
      farthestX = x;
      farthestA = fa;
      farthestB = fb;
    }
  }
  return { largest, smallest, wasserstein: sum + compensation, farthest: { x: farthestX, a: farthestA, b: farthestB } };
}
