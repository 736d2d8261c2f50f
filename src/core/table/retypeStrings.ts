// Typing a string column that arrived already decoded (an Arrow or Parquet dictionary column) by the
// rule TextColumn applies to text cells: numbers when at least 99% of present cells parse as numbers,
// ISO timestamps when 99% parse as timestamps (the rest read as missing), text otherwise.
import type { ColumnValues } from './columnValues';
import { parseDecimalString } from './parseDecimal';
import { parseIsoTimestamp } from './parseTimestamp';

const TYPED_SHARE = 0.99;

type Strings = Extract<ColumnValues, { type: 'strings' }>;

export function retypeStrings(values: Strings): ColumnValues {
  const numbers = values.dictionary.map((text) => parseDecimalString(text));
  const times = values.dictionary.map((text) => parseIsoTimestamp(text));
  // The usual categorical column has no entry that parses: no need to count the rows.
  if (numbers.every((n) => n === undefined) && times.every((t) => t === undefined)) return values;
  const counts = new Float64Array(values.dictionary.length);
  let present = 0;
  const codes = values.codes;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code >= 0) {
      counts[code]!++;
      present++;
    }
  }
  if (present === 0) return values;
  let numeric = 0;
  let timestamps = 0;
  for (let code = 0; code < counts.length; code++) {
    if (numbers[code] !== undefined) numeric += counts[code]!;
    else if (times[code] !== undefined) timestamps += counts[code]!;
  }
  const parsed = numeric >= TYPED_SHARE * present ? numbers : timestamps >= TYPED_SHARE * present ? times : undefined;
  if (parsed === undefined) return values;
  const out = new Float64Array(values.codes.length);
  for (let i = 0; i < out.length; i++) {
    const code = values.codes[i]!;
    out[i] = code < 0 ? NaN : (parsed[code] ?? NaN);
  }
  return { type: parsed === numbers ? 'float64' : 'timestamp', values: out };
}
