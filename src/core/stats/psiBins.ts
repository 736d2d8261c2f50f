import { quantileSorted } from './quantile';
import { countBelow } from './sortedSearch';

/**
 * Interior PSI bin edges: the baseline's deciles, `np.percentile(base, np.linspace(0, 100, 11))[1:-1]`,
 * with repeated edges merged. The outer bins are open, so values outside the baseline's range still land
 * in a bin (the histogram recipe drops them). A constant (or empty) baseline has no interior edge: one
 * bin, and the caller reports `constantBaseline` rather than a PSI that depends on an edge convention.
 */
export function psiBinEdges(baselineSorted: Float64Array): Float64Array {
  const n = baselineSorted.length;
  if (n === 0 || baselineSorted[0] === baselineSorted[n - 1]) return new Float64Array(0);
  const edges: number[] = [];
  for (let decile = 1; decile <= 9; decile++) {
    // (10 * decile) / 100 is numpy's q / 100 for q in linspace(0, 100, 11): the same double.
    const edge = quantileSorted(baselineSorted, (10 * decile) / 100);
    if (edges.length === 0 || edge !== edges[edges.length - 1]) edges.push(edge);
  }
  return Float64Array.from(edges);
}

/**
 * Counts of an ascending sample in the bins `(-inf, e0), [e0, e1), ..., [e_last, +inf)`: length
 * `edges.length + 1`. A value equal to an edge belongs to the bin that starts there. O(k log n): one
 * binary search per edge on the sorted input.
 */
export function binCounts(sorted: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let below = 0;
  for (let k = 0; k < edges.length; k++) {
    const atOrAbove = countBelow(sorted, edges[k]!);
    counts[k] = atOrAbove - below;
    below = atOrAbove;
  }
  counts[edges.length] = sorted.length - below;
  return counts;
}
