// Binary search on an ascending Float64Array: how many values lie below (or at) a point. Bin counts, the
// display histogram and the ECDF all count this way on a column sorted once, in O(log n) per point.

/** Number of elements `< value` (the index of the first element `>= value`). */
export function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of elements `<= value` (the index of the first element `> value`). */
export function countAtOrBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
