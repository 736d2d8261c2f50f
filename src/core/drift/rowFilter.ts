// The rows of a loaded table that a DatasetSpec's `where` keeps, as ascending row indices.
import type { Table } from 'apache-arrow';
import type { ColumnInfo } from '../table/types';
import { CategoryDictionary, categoryCodes, numericValues, timestampValues } from './columnValues';
import { isWhereEquals, type DatasetSpec } from './datasetSpec';

/**
 * Parses an ISO 8601 bound as UTC, like the timestamps it is compared with: `Date.parse` reads a date-time
 * without a zone as local time, so a missing zone is taken as `Z`. Throws with the offending text.
 */
function parseBound(text: string, which: string): number {
  const zoned = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) throw new Error(`where.${which}: '${text}' is not an ISO 8601 date or time`);
  return ms;
}

/** Row indices kept by `where`, or `null` when there is no filter (every row). */
export function selectRows(table: Table, columns: readonly ColumnInfo[], where: DatasetSpec['where']): Uint32Array | null {
  if (!where) return null;
  const info = columns.find((c) => c.name === where.column);
  if (!info) throw new Error(`where: column '${where.column}' is not in the file (columns: ${columns.map((c) => c.name).join(', ')})`);
  const keep: number[] = [];
  if (isWhereEquals(where)) {
    const wanted = new Set(where.equals);
    if (info.kind === 'categorical') {
      const dictionary = new CategoryDictionary();
      const codes = categoryCodes(table, info.name, dictionary);
      const wantedCodes = new Uint8Array(dictionary.size);
      for (let code = 0; code < dictionary.size; code++) wantedCodes[code] = wanted.has(dictionary.nameOf(code)) ? 1 : 0;
      for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0 && wantedCodes[codes[i]!] === 1) keep.push(i);
    } else {
      const column = table.getChild(info.name)!;
      for (let i = 0; i < table.numRows; i++) {
        const value: unknown = column.get(i);
        if (value !== null && value !== undefined && wanted.has(String(value))) keep.push(i);
      }
    }
  } else {
    if (info.kind !== 'timestamp' && info.kind !== 'numeric') throw new Error(`where: column '${info.name}' is ${info.kind}; a from/to range needs a timestamp column`);
    const from = where.from === undefined ? -Infinity : parseBound(where.from, 'from');
    const to = where.to === undefined ? Infinity : parseBound(where.to, 'to');
    const times = info.kind === 'timestamp' ? timestampValues(table, info.name) : numericValues(table, info.name);
    for (let i = 0; i < times.length; i++) {
      const t = times[i]!;
      if (t >= from && t < to) keep.push(i);
    }
  }
  return Uint32Array.from(keep);
}
