// Two ascending arrays into one. The drift check sorts a current column as its rows before and after an
// onset, which are the since-onset sample, and merges them into the whole window: one sort's work, not two.
/** `into`: where to write the result (a view of it is returned), else a new array. */
export function mergeSorted(a: Float64Array, b: Float64Array, into?: Float64Array): Float64Array {
  const out = into ? into.subarray(0, a.length + b.length) : new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
