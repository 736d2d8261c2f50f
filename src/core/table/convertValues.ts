// Moving a column between value shapes: when its kind is decided (a numeric-looking column with few
// distinct values becomes categorical) or overridden by the user.
import { makeVector, type Data, type Utf8 } from 'apache-arrow';
import type { ColumnValues } from './columnValues';
import { parseDecimalString } from './parseDecimal';
import { parseIsoTimestamp } from './parseTimestamp';

/** Numbers render in shortest round-trip form (`String(x)`), timestamps as ISO 8601 UTC. */
export function toStrings(values: ColumnValues): Extract<ColumnValues, { type: 'strings' }> {
  if (values.type === 'strings') return values;
  if (values.type === 'utf8') return utf8ToStrings(values.data);
  const render = values.type === 'timestamp' ? (v: number) => new Date(v).toISOString() : (v: number) => String(v);
  const index = new Map<number, number>();
  const keys: number[] = [];
  const dictionary: string[] = [];
  const codes = new Int32Array(values.values.length);
  // Labels run in long stretches of one value: the previous row's answer is checked first.
  let lastKey = NaN;
  let lastCode = -1;
  for (let i = 0; i < codes.length; i++) {
    const v = values.values[i]!;
    if (v !== v) {
      codes[i] = -1;
      continue;
    }
    const key = v === 0 ? 0 : v; // -0 and 0 are one category
    if (key === lastKey) {
      codes[i] = lastCode;
      continue;
    }
    // Few categories (the usual case: a 0/1 label) are found faster by a scan than by a Map.
    let code = keys.length <= 16 ? keys.indexOf(key) : (index.get(key) ?? -1);
    if (code === -1) {
      code = dictionary.length;
      keys.push(key);
      index.set(key, code);
      dictionary.push(render(key));
    }
    codes[i] = code;
    lastKey = key;
    lastCode = code;
  }
  return { type: 'strings', dictionary, codes };
}

const BOOLEAN_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['true', 'true'], ['True', 'true'], ['TRUE', 'true'],
  ['false', 'false'], ['False', 'false'], ['FALSE', 'false'],
]);

/**
 * A text column holding only boolean spellings (`True`/`False` from pandas, `TRUE` from R or Excel)
 * gets the categories "true"/"false", as JSON, Arrow and Parquet booleans do, so the formats agree.
 */
export function normaliseBooleans(values: Extract<ColumnValues, { type: 'strings' }>): Extract<ColumnValues, { type: 'strings' }> {
  if (values.dictionary.length === 0 || !values.dictionary.every((text) => BOOLEAN_SPELLINGS.has(text))) return values;
  const dictionary: string[] = [];
  const remap = values.dictionary.map((text) => {
    const normal = BOOLEAN_SPELLINGS.get(text)!;
    let code = dictionary.indexOf(normal);
    if (code < 0) code = dictionary.push(normal) - 1;
    return code;
  });
  if (dictionary.length === values.dictionary.length && dictionary.every((d, i) => d === values.dictionary[i])) return values;
  return { type: 'strings', dictionary, codes: values.codes.map((code) => (code < 0 ? -1 : remap[code]!)) };
}

/** Converted values plus how many present values could not be converted (they become missing). */
export interface Converted<T extends ColumnValues['type']> {
  readonly values: Extract<ColumnValues, { type: T }>;
  readonly unconvertible: number;
}

export function toNumbers(values: ColumnValues): Converted<'float64'> {
  if (values.type === 'float64') return { values, unconvertible: 0 };
  if (values.type === 'timestamp') return { values: { type: 'float64', values: values.values }, unconvertible: 0 };
  if (values.type === 'utf8') return toNumbers(toStrings(values));
  const parsed = values.dictionary.map((text) => parseDecimalString(text) ?? NaN);
  return mapCodes(values.codes, parsed, 'float64');
}

/** Numbers are read as epoch seconds when below 1e11 (year 5138 in seconds), else as epoch milliseconds. */
export function toTimestamps(values: ColumnValues): Converted<'timestamp'> {
  if (values.type === 'timestamp') return { values, unconvertible: 0 };
  if (values.type === 'float64') {
    const out = new Float64Array(values.values.length);
    for (let i = 0; i < out.length; i++) {
      const v = values.values[i]!;
      out[i] = Math.abs(v) < 1e11 ? v * 1000 : v;
    }
    return { values: { type: 'timestamp', values: out }, unconvertible: 0 };
  }
  if (values.type === 'utf8') return toTimestamps(toStrings(values));
  const parsed = values.dictionary.map((text) => parseIsoTimestamp(text) ?? NaN);
  return mapCodes(values.codes, parsed, 'timestamp');
}

function utf8ToStrings(data: Data<Utf8>): Extract<ColumnValues, { type: 'strings' }> {
  const index = new Map<string, number>();
  const dictionary: string[] = [];
  const codes = new Int32Array(data.length);
  const vector = makeVector(data);
  for (let i = 0; i < data.length; i++) {
    const text = vector.get(i);
    if (text === null || text === undefined) {
      codes[i] = -1;
      continue;
    }
    let code = index.get(text);
    if (code === undefined) {
      code = dictionary.length;
      index.set(text, code);
      dictionary.push(text);
    }
    codes[i] = code;
  }
  return { type: 'strings', dictionary, codes };
}

function mapCodes<T extends 'float64' | 'timestamp'>(codes: Int32Array, parsed: readonly number[], type: T): Converted<T> {
  const out = new Float64Array(codes.length);
  let unconvertible = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code < 0) {
      out[i] = NaN;
      continue;
    }
    const v = parsed[code]!;
    if (Number.isNaN(v)) unconvertible++;
    out[i] = v;
  }
  return { values: { type, values: out } as Extract<ColumnValues, { type: T }>, unconvertible };
}
