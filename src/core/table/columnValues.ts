// What a loader hands to table assembly: each column's values in one of three normalised shapes, before
// kinds and roles are decided. Keeping loaders to these shapes is what makes the same data in CSV,
// JSONL, Arrow and Parquet come out as the same table.
import type { Data, Utf8 } from 'apache-arrow';
import type { LoadIssue } from './types';

export type ColumnValues =
  /** Doubles; NaN marks a missing value (drift-methods.md counts NaN as missing). */
  | { readonly type: 'float64'; readonly values: Float64Array }
  /** UTC epoch milliseconds; NaN marks a missing value. */
  | { readonly type: 'timestamp'; readonly values: Float64Array }
  /** Distinct strings in first-seen order and one code per row into them; -1 marks a missing value. */
  | { readonly type: 'strings'; readonly dictionary: readonly string[]; readonly codes: Int32Array }
  /** An Arrow Utf8 column kept as it came, for identifier columns (see looksLikeIdentifiers in loadArrow.ts). */
  | { readonly type: 'utf8'; readonly data: Data<Utf8> };

export interface RawColumn {
  readonly name: string;
  readonly values: ColumnValues;
  /** Warnings found while reading this column (conflicting cells, truncated cells). */
  readonly issues: readonly LoadIssue[];
}

export function rowCount(values: ColumnValues): number {
  switch (values.type) {
    case 'strings':
      return values.codes.length;
    case 'utf8':
      return values.data.length;
    default:
      return values.values.length;
  }
}
