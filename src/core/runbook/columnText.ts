// Column values as text, whatever kind the loader inferred: labels, predictions and flags are compared as
// text so that a CSV `1`, a JSONL `true` and a Parquet boolean mean the same thing.
import type { Table } from 'apache-arrow';
import { CategoryDictionary, categoryCodes, numericValues } from '../drift/columnValues';
import type { ColumnInfo } from '../table/types';

/** The values of `rows` as text; null, empty and NaN are null. */
export function columnAsText(table: Table, info: ColumnInfo, rows: Uint32Array): (string | null)[] {
  if (info.kind === 'categorical') {
    const dictionary = new CategoryDictionary();
    const codes = categoryCodes(table, info.name, dictionary);
    return Array.from(rows, (i) => (codes[i]! < 0 ? null : dictionary.nameOf(codes[i]!)));
  }
  if (info.kind === 'numeric') {
    const values = numericValues(table, info.name);
    return Array.from(rows, (i) => (Number.isNaN(values[i]!) ? null : String(values[i])));
  }
  const column = table.getChild(info.name)!;
  return Array.from(rows, (i) => {
    const v: unknown = column.get(i);
    return v === null || v === undefined || v === '' ? null : String(v);
  });
}

/** `1`, `1.0` and `true` are `'1'`; `0`, `0.0` and `false` are `'0'`; anything else is returned as is. */
export function binaryText(text: string): string {
  const lower = text.trim().toLowerCase();
  if (lower === 'true' || lower === '1' || lower === '1.0') return '1';
  if (lower === 'false' || lower === '0' || lower === '0.0') return '0';
  return text;
}

/** All row indices of a table, for callers that have no row filter. */
export function allRows(table: Table): Uint32Array {
  return Uint32Array.from({ length: table.numRows }, (_, i) => i);
}
