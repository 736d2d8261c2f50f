// Arrow columns as flat typed arrays, the shape every statistic reads. Nulls fold into the encoding that the
// statistics already treat as missing, so no validity bitmap travels further:
//   numeric and timestamp -> Float64Array, null as NaN (drift-methods: NaN and null are both "missing")
//   categorical           -> Int32Array of codes into a CategoryDictionary shared by both sides, null and "" as -1
// A sliced chunk (`Data.offset` > 0) has its value buffers already sliced by Arrow, but not its validity
// bitmap: values are read from index 0, validity bits from `offset`.
//
// A column held whole in shared memory (the Arrow reader keeps columns in place in a SharedArrayBuffer,
// sharedMemory.ts) is returned as a view, not copied, when it already has that encoding: worker threads then
// read the very bytes the loader read (a million-row feature was two 8 MB copies on the main thread). A view
// is read-only by contract: nothing downstream writes into a column. Any other column is a fresh array,
// which a caller may transfer to another thread.
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

/**
 * Writes `missing` at every null row of `data` into `out` (row i of the chunk at `out[at + i]`). The validity
 * bitmap is read a byte at a time: an all-valid byte (the common case) is skipped whole and an all-null one
 * filled whole. A per-row bit test cost 20 ms per million-row column with nulls, a callback per null row
 * 15 ms for a half-unlabelled label column.
 */
function fillNulls(data: Data, out: Float64Array | Int32Array, at: number, missing: number): void {
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0 || data.nullCount === 0) return;
  const first = data.offset;
  const end = data.offset + data.length;
  const shift = at - first;
  for (let bit = first; bit < end; ) {
    const byte = bitmap[bit >> 3]!;
    const byteEnd = Math.min(((bit >> 3) + 1) << 3, end);
    if (byte === 0xff) bit = byteEnd;
    else if (byte === 0) {
      out.fill(missing, bit + shift, byteEnd + shift);
      bit = byteEnd;
    } else for (; bit < byteEnd; bit++) if (((byte >> (bit & 7)) & 1) === 0) out[bit + shift] = missing;
  }
}

/** Whether every null row of `data` (0-based, as `values`) already holds a missing value: NaN, or -1 for codes. */
function nullsAlreadyMissing(data: Data, values: Float64Array | Int32Array): boolean {
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0 || data.nullCount === 0) return true;
  const isCodes = values instanceof Int32Array;
  for (let bit = data.offset; bit < data.offset + data.length; bit++) {
    const byte = bitmap[bit >> 3]!;
    if (byte === 0xff && (bit & 7) === 0) {
      bit += 7;
      continue;
    }
    if (((byte >> (bit & 7)) & 1) === 0) {
      const v = values[bit - data.offset]!;
      if (isCodes ? v !== -1 : v === v) return false;
    }
  }
  return true;
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

/** The one chunk of `column` when its values are in shared memory, else null. */
function sharedChunk(column: Vector): Data | null {
  if (column.data.length !== 1) return null;
  const data = column.data[0]!;
  const values = data.values as ArrayBufferView | undefined;
  return data.offset === 0 && values?.buffer instanceof SharedArrayBuffer ? data : null;
}

/** A numeric column as Float64 values with NaN for null (any Arrow number type; text is parsed). */
export function numericValues(table: Table, name: string): Float64Array {
  const column = columnOf(table, name);
  if (!DataType.isFloat(column.type) && !DataType.isInt(column.type)) return parsedValues(column);
  const shared = sharedChunk(column);
  if (shared && shared.values instanceof Float64Array) {
    const view = shared.values.subarray(0, shared.length);
    if (nullsAlreadyMissing(shared, view)) return view;
  }
  const out = new Float64Array(column.length);
  let at = 0;
  for (const data of column.data) {
    const values = data.values as ArrayLike<number | bigint>;
    if (values instanceof Float64Array) {
      // The common case: one copy.
      out.set(values.subarray(0, data.length), at);
    } else if (typeof values[0] === 'bigint') {
      for (let i = 0; i < data.length; i++) out[at + i] = Number(values[i]!);
    } else {
      const numbers = values as ArrayLike<number>;
      for (let i = 0; i < data.length; i++) out[at + i] = numbers[i]!;
    }
    // Then NaN where the validity bitmap says null.
    fillNulls(data, out, at, NaN);
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
    if (values instanceof BigInt64Array) {
      // Each BigInt read allocates; the two 32-bit halves give the same number without it (exact below 2^53
      // ms, 285,000 years), 25 ns -> 2 ns a row.
      const words = new Int32Array(values.buffer, values.byteOffset, 2 * data.length);
      for (let i = 0; i < data.length; i++) out[at + i] = words[2 * i + 1]! * 4294967296 + (words[2 * i]! >>> 0);
    } else {
      for (let i = 0; i < data.length; i++) out[at + i] = Number(values[i]!);
    }
    fillNulls(data, out, at, NaN);
    at += data.length;
  }
  return out;
}

/** The codes into `dictionary` of a chunk's own dictionary entries (null and "" as -1). */
function localCodes(localDictionary: Vector, dictionary: CategoryDictionary): Int32Array {
  const local = new Int32Array(localDictionary.length);
  for (let k = 0; k < localDictionary.length; k++) {
    const value: unknown = localDictionary.get(k);
    local[k] = value === null || value === undefined || value === '' ? -1 : dictionary.codeOf(String(value));
  }
  return local;
}

/** Whether a chunk's entries got the codes 0, 1, 2, ... in order: its indices are then the codes themselves. */
const isIdentity = (local: Int32Array): boolean => local.every((code, k) => code === k);

/** A Dictionary<Utf8, Int32> column as codes into `dictionary`; null and the empty string are -1. */
export function categoryCodes(table: Table, name: string, dictionary: CategoryDictionary): Int32Array {
  const column = columnOf(table, name);
  const shared = sharedChunk(column);
  if (shared?.dictionary && isIdentity(localCodes(shared.dictionary, dictionary))) {
    // The first side, or the same categories in the same order, with -1 already at every null (the loader's codes).
    const view = (shared.values as Int32Array).subarray(0, shared.length);
    if (nullsAlreadyMissing(shared, view)) return view;
  }
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
    const local = localCodes(localDictionary, dictionary);
    const indices = (data.values as Int32Array).subarray(0, data.length);
    if (isIdentity(local)) out.set(indices, at);
    else for (let i = 0; i < data.length; i++) out[at + i] = local[indices[i]!]!;
    fillNulls(data, out, at, -1);
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
