import { mergeSorted } from './mergeSorted';
import { sortFinite } from './radixSort';

/**
 * The numeric sample every distribution statistic reads: the finite values of one column, sorted once.
 *
 * Conventions (docs/drift-methods "missing" and "non-finite"):
 * - missing: a null row, already `NaN` in the column (columnValues.ts); counted in `nullCount`.
 * - non-finite: `+Infinity` and `-Infinity`; counted in `nonFiniteCount`.
 * - both are excluded from `sorted`, so no statistic has to filter again.
 * - `-0` is normalised to `+0`, so that equal values compare and print equal (numpy keeps the sign, but
 *   every statistic here gives the same number either way; a bin edge would otherwise print as "-0").
 * - sorting: a radix sort above 16k values (radixSort.ts), measured faster than the built-in sort.
 */
export interface NumericSample {
  /** Finite values, ascending, `-0` stored as `+0`. */
  readonly sorted: Float64Array;
  /** Number of rows, missing and non-finite included. */
  readonly total: number;
  readonly nullCount: number;
  readonly nonFiniteCount: number;
}

/**
 * Builds the sample of one column given as values with NaN for null. `into`: where the sorted values go (at
 * least `values.length` long; `sorted` is then a view of it), for a caller that reuses buffers.
 */
export function numericSample(values: Float64Array, into?: Float64Array): NumericSample {
  // The sort counts the missing values as it reads them: no pass of its own.
  const { sorted, missing } = sortFinite(values, into);
  return { sorted, total: values.length, nullCount: missing, nonFiniteCount: values.length - sorted.length - missing };
}

let splitScratch = new Float64Array(0);

/** Where numericSampleSince writes its sorted values, each at least the column's length. */
export interface SinceBuffers {
  readonly before: Float64Array;
  readonly since: Float64Array;
  readonly whole: Float64Array;
}

/**
 * The sample of the whole column and of the rows whose group is `from` or later (a feature's rows since its
 * drift onset, `groupOf` being each row's time chunk, -1 for none). The two parts are sorted apart and
 * merged, so both samples cost one sort of the column.
 */
export function numericSampleSince(values: Float64Array, groupOf: Int32Array, from: number, into?: SinceBuffers): { whole: NumericSample; since: NumericSample } {
  let n = 0;
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! >= from) n++;
  // The two parts only live until they are sorted: one buffer, reused from column to column on this thread.
  if (splitScratch.length < values.length) splitScratch = new Float64Array(values.length);
  const before = splitScratch.subarray(0, values.length - n);
  const after = splitScratch.subarray(values.length - n, values.length);
  let b = 0;
  let a = 0;
  for (let i = 0; i < values.length; i++) {
    if (groupOf[i]! >= from) after[a++] = values[i]!;
    else before[b++] = values[i]!;
  }
  const beforeSample = numericSample(before, into?.before);
  const since = numericSample(after, into?.since);
  const whole: NumericSample = {
    sorted: mergeSorted(beforeSample.sorted, since.sorted, into?.whole),
    total: values.length,
    nullCount: beforeSample.nullCount + since.nullCount,
    nonFiniteCount: beforeSample.nonFiniteCount + since.nonFiniteCount,
  };
  return { whole, since };
}

/** Share of rows that are missing; `NaN` for an empty column (no rows: no rate). */
export function nullRate(s: NumericSample): number {
  return s.total === 0 ? NaN : s.nullCount / s.total;
}

/** Share of rows that are ±Infinity; `NaN` for an empty column. */
export function nonFiniteRate(s: NumericSample): number {
  return s.total === 0 ? NaN : s.nonFiniteCount / s.total;
}
