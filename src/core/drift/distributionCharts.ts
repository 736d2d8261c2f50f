// Chart aggregates of two numeric samples: what the webviews draw instead of rows.
import { quantileSorted } from '../stats/quantile';
import { countAtOrBelow, countBelow } from '../stats/sortedSearch';
import type { DisplayHistogram, EcdfPoints } from './report';

const HISTOGRAM_BINS = 30;
const ECDF_POINTS = 200;

/**
 * A display histogram over a robust common range: from the lower of the two 0.5th percentiles to the higher
 * of the two 99.5th, in 30 equal bins, as shares of each side's finite values; values outside the range are
 * counted in `underflow`/`overflow` so that a far tail is visible without squashing the bins.
 */
export function displayHistogram(baseline: Float64Array, current: Float64Array): DisplayHistogram | null {
  if (baseline.length === 0 && current.length === 0) return null;
  const lows = [baseline, current].filter((s) => s.length > 0).map((s) => quantileSorted(s, 0.005));
  const highs = [baseline, current].filter((s) => s.length > 0).map((s) => quantileSorted(s, 0.995));
  let low = Math.min(...lows);
  let high = Math.max(...highs);
  if (!(high > low)) {
    // One value on both sides: a unit-wide window centred on it.
    low -= 0.5;
    high += 0.5;
  }
  const width = (high - low) / HISTOGRAM_BINS;
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, k) => (k === HISTOGRAM_BINS ? high : low + k * width));
  // Both samples are sorted: each bin's count is a difference of two binary searches.
  const side = (sorted: Float64Array): { shares: number[]; under: number; over: number } => {
    const n = sorted.length || 1;
    const under = countBelow(sorted, low);
    const over = sorted.length - countAtOrBelow(sorted, high);
    const shares: number[] = [];
    let below = under;
    for (let k = 1; k <= HISTOGRAM_BINS; k++) {
      // Bins are [e_k-1, e_k); the last one also holds values equal to `high`.
      const next = k === HISTOGRAM_BINS ? sorted.length - over : countBelow(sorted, edges[k]!);
      shares.push((next - below) / n);
      below = next;
    }
    return { shares, under, over };
  };
  const b = side(baseline);
  const c = side(current);
  return {
    edges,
    baseline: b.shares,
    current: c.shares,
    underflow: { baseline: b.under, current: c.under },
    overflow: { baseline: b.over, current: c.over },
  };
}

/** At most 200 points of the empirical CDF, evenly spaced in rank: (x_i, (i + 1) / n) at the chosen ranks, the last value always included. */
export function ecdfPoints(sorted: Float64Array): EcdfPoints {
  const n = sorted.length;
  const x: number[] = [];
  const y: number[] = [];
  if (n === 0) return { x, y };
  const points = Math.min(n, ECDF_POINTS);
  for (let k = 0; k < points; k++) {
    const rank = points === 1 ? n - 1 : Math.round((k * (n - 1)) / (points - 1));
    // Step to the last copy of a tied value, so y is the ECDF's value at x (binary search: integer
    // columns have runs of thousands of ties).
    const last = countAtOrBelow(sorted, sorted[rank]!) - 1;
    if (x.length > 0 && x[x.length - 1] === sorted[last]) continue;
    x.push(sorted[last]!);
    y.push((last + 1) / n);
  }
  return { x, y };
}
