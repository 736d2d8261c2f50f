// Column kinds from values, as drift-methods.md "Column kinds" defines them:
// numeric = floats with more than 5 distinct finite values, or integers with more than 10; everything
// else with a value is categorical; strings whose distinct count exceeds half the rows are identifiers.
import type { ColumnValues } from './columnValues';
import type { ColumnKind } from './types';

const FLOAT_MIN_DISTINCT = 6;
const INTEGER_MIN_DISTINCT = 11;
const IDENTIFIER_DISTINCT_SHARE = 0.5;

export function inferKind(values: ColumnValues): ColumnKind {
  switch (values.type) {
    case 'timestamp':
      return 'timestamp';
    case 'utf8':
      return 'identifier';
    case 'float64':
      return hasEnoughDistinctForNumeric(values.values) ? 'numeric' : 'categorical';
    case 'strings': {
      const rows = values.codes.length;
      return rows > 0 && values.dictionary.length > IDENTIFIER_DISTINCT_SHARE * rows ? 'identifier' : 'categorical';
    }
  }
}

/**
 * Stops as soon as the answer is known. The distinct values seen are at most 11, kept in a plain array:
 * a linear search over so few beats a Set on the million rows of a 0/1 label column.
 */
function hasEnoughDistinctForNumeric(values: Float64Array): boolean {
  const seen: number[] = [];
  let allIntegers = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v - v !== 0) continue; // NaN and ±Infinity
    if (allIntegers && v !== Math.trunc(v)) allIntegers = false;
    if (seen.indexOf(v) === -1) {
      seen.push(v);
      if (seen.length >= INTEGER_MIN_DISTINCT) return true;
    }
  }
  if (allIntegers) return false;
  return seen.length >= FLOAT_MIN_DISTINCT;
}

const TIME_NAME = /(^|[_.\s-])(timestamp|ts|time|datetime|event_?time|created_?at|logged_?at)$/i;
const EPOCH_SECONDS = [946_684_800, 4_102_444_800] as const; // 2000-01-01 .. 2100-01-01
const EPOCH_MILLIS = [946_684_800_000, 4_102_444_800_000] as const;

/**
 * A numeric column named like a time (`timestamp`, `event_time`, `created_at`, …) whose finite values
 * are all whole epoch seconds or epoch milliseconds between 2000 and 2100 holds timestamps. Returns the
 * multiplier to milliseconds, or undefined when the column is not one.
 */
export function epochUnit(name: string, values: Float64Array): 1 | 1000 | undefined {
  if (!TIME_NAME.test(name)) return undefined;
  let seconds = true;
  let millis = true;
  let any = false;
  for (let i = 0; i < values.length && (seconds || millis); i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    any = true;
    if (!Number.isInteger(v)) return undefined;
    if (v < EPOCH_SECONDS[0] || v >= EPOCH_SECONDS[1]) seconds = false;
    if (v < EPOCH_MILLIS[0] || v >= EPOCH_MILLIS[1]) millis = false;
  }
  if (!any) return undefined;
  return seconds ? 1000 : millis ? 1 : undefined;
}
