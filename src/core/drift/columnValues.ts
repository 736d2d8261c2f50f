// Arrow columns as flat typed arrays, the shape every statistic reads. Nulls fold into the encoding that the
// statistics already treat as missing, so no validity bitmap travels further:
//   numeric and timestamp -> Float64Array, null as NaN (drift-methods: NaN and null are both "missing")
//   categorical           -> Int32Array of codes into a CategoryDictionary shared by both sides, null and "" as -1
import { DataType, type Data, type Table, type Vector } from 'apache-arrow';

/** One string-to-code map for baseline and current, so equal categories get equal codes on both sides. */
export class CategoryDictionary {
  private readonly codes = new Map<string, number>();
  private readonly names: string[] = [];

  codeOf(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(value, code);
      this.names.push(value);
    }
    return code;
  }

  nameOf(code: number): string {
    return this.names[code] ?? '';
  }

  get size(): number {
    return this.names.length;
  }
}

function isValidAt(data: Data, i: number): boolean {
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0 || data.nullCount === 0) return true;
  const bit = data.offset + i;
  return ((bitmap[bit >> 3]! >> (bit & 7)) & 1) === 1;
}

function columnOf(table: Table, name: string): Vector {
  const column = table.getChild(name);
  if (!column) throw new Error(`column '${name}' is not in the table`);
  return column;
}

/** Values of a column that is not a plain number column (a side whose kind was inferred differently): text parsed as numbers. */
function parsedValues(column: Vector): Float64Array {
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const value: unknown = column.get(i);
    out[i] = value === null || value === undefined || value === '' ? NaN : Number(value);
  }
  return out;
}

/** A numeric column as Float64 values with NaN for null (any Arrow number type; text is parsed). */
export function numericValues(table: Table, name: string): Float64Array {
  const column = columnOf(table, name);
  if (!DataType.isFloat(column.type) && !DataType.isInt(column.type)) return parsedValues(column);
  const out = new Float64Array(column.length);
  let at = 0;
  for (const data of column.data) {
    const values = data.values as ArrayLike<number | bigint>;
    const hasNulls = data.nullCount > 0;
    if (values instanceof Float64Array) {
      // The common case: one copy, then NaN where the validity bitmap says null.
      out.set(values.subarray(data.offset, data.offset + data.length), at);
      if (hasNulls) for (let i = 0; i < data.length; i++) if (!isValidAt(data, i)) out[at + i] = NaN;
    } else if (typeof values[0] === 'bigint') {
      for (let i = 0; i < data.length; i++) out[at + i] = hasNulls && !isValidAt(data, i) ? NaN : Number(values[data.offset + i]!);
    } else {
      const numbers = values as ArrayLike<number>;
      for (let i = 0; i < data.length; i++) out[at + i] = hasNulls && !isValidAt(data, i) ? NaN : numbers[data.offset + i]!;
    }
    at += data.length;
  }
  return out;
}

/** A TimestampMillisecond column as epoch milliseconds with NaN for null. */
export function timestampValues(table: Table, name: string): Float64Array {
  const column = columnOf(table, name);
  if (!DataType.isTimestamp(column.type)) {
    // Text or numbers: ISO strings are parsed, numbers taken as epoch milliseconds.
    return Float64Array.from({ length: column.length }, (_, i) => {
      const value: unknown = column.get(i);
      if (value === null || value === undefined || value === '') return NaN;
      return typeof value === 'number' ? value : Date.parse(String(value));
    });
  }
  const out = new Float64Array(column.length);
  let at = 0;
  for (const data of column.data) {
    const values = data.values as ArrayLike<number | bigint>;
    const hasNulls = data.nullCount > 0;
    for (let i = 0; i < data.length; i++) out[at + i] = hasNulls && !isValidAt(data, i) ? NaN : Number(values[data.offset + i]!);
    at += data.length;
  }
  return out;
}

/** A Dictionary<Utf8, Int32> column as codes into `dictionary`; null and the empty string are -1. */
export function categoryCodes(table: Table, name: string, dictionary: CategoryDictionary): Int32Array {
  const column = columnOf(table, name);
  const out = new Int32Array(column.length);
  let at = 0;
  for (const data of column.data) {
    const localDictionary = data.dictionary;
    if (!localDictionary) {
      // Not dictionary-encoded after all (a loader override): fall back to the values themselves.
      for (let i = 0; i < data.length; i++) {
        const value: unknown = column.get(at + i);
        out[at + i] = value === null || value === undefined || value === '' ? -1 : dictionary.codeOf(String(value));
      }
      at += data.length;
      continue;
    }
    const local = new Int32Array(localDictionary.length);
    for (let k = 0; k < localDictionary.length; k++) {
      const value: unknown = localDictionary.get(k);
      local[k] = value === null || value === undefined || value === '' ? -1 : dictionary.codeOf(String(value));
    }
    const indices = data.values as ArrayLike<number>;
    const hasNulls = data.nullCount > 0;
    for (let i = 0; i < data.length; i++) out[at + i] = hasNulls && !isValidAt(data, i) ? -1 : local[indices[data.offset + i]!]!;
    at += data.length;
  }
  return out;
}

/** Keeps the entries at `rows` (ascending row indices); returns the input when `rows` is null. */
export function select<T extends Float64Array | Int32Array>(values: T, rows: Uint32Array | null): T {
  if (!rows) return values;
  const out = new (values.constructor as new (n: number) => T)(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  return out;
}
