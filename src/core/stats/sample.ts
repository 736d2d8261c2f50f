import { sortFloat64 } from './radixSort';

/**
 * The numeric sample every distribution statistic reads: the finite values of one column, sorted once.
 *
 * Conventions (docs/drift-methods "missing" and "non-finite"):
 * - missing: a row that `isValid` rejects (null, empty cell) or whose value is `NaN`; counted in `nullCount`.
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

/** Builds the sample of one column; `isValid(i)` false marks row i as missing (Arrow's validity bitmap). */
export function numericSample(values: Float64Array, isValid?: (i: number) => boolean): NumericSample {
  const n = values.length;
  const finite = new Float64Array(n);
  let count = 0;
  let nullCount = 0;
  let nonFiniteCount = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v || (isValid !== undefined && !isValid(i))) {
      nullCount++;
    } else if (v === Infinity || v === -Infinity) {
      nonFiniteCount++;
    } else {
      finite[count++] = v + 0; // -0 + 0 === +0
    }
  }
  const sorted = sortFloat64(finite.subarray(0, count));
  return { sorted, total: n, nullCount, nonFiniteCount };
}

/** Share of rows that are missing; `NaN` for an empty column (no rows: no rate). */
export function nullRate(s: NumericSample): number {
  return s.total === 0 ? NaN : s.nullCount / s.total;
}

/** Share of rows that are ±Infinity; `NaN` for an empty column. */
export function nonFiniteRate(s: NumericSample): number {
  return s.total === 0 ? NaN : s.nonFiniteCount / s.total;
}
