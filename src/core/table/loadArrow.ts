// Arrow IPC (file or stream format) and Feather v2 into a LoadedTable. Uncompressed bodies are read
// zero-copy by apache-arrow's tableFromIPC; LZ4_FRAME and ZSTD bodies through arrowCodecs.ts.
// Projection picks the wanted columns before any conversion, so unwanted columns cost only their bytes
// on disk (IPC record batches are read whole: the format has no per-column seek in JS).
import { DataType, DateUnit, tableFromIPC, type Data, type Field, type Table, type Utf8, type Vector } from 'apache-arrow';
import { registerArrowCodecs } from './arrowCodecs';
import type { RawColumn } from './columnValues';
import { checkMemoryBudget } from './memoryBudget';
import { projectColumns } from './projectColumns';
import { readFileShared, sharedFloat64Array } from './sharedMemory';
import type { ColumnValues } from './columnValues';
import { isNullToken } from './nullTokens';
import { parseDecimalString } from './parseDecimal';
import { parseIsoTimestamp } from './parseTimestamp';
import { retypeStrings } from './retypeStrings';
import { TextColumn } from './textColumn';
import { LoadError } from './types';
import type { ReaderContext, ReaderOutput } from './readerContext';

export async function readArrow(context: ReaderContext): Promise<ReaderOutput> {
  const { path, options } = context;
  registerArrowCodecs();
  // Shared memory: the columns kept in place below are then views that worker threads read as they are.
  const bytes = await readFileShared(path, options.signal, context.onBytes);
  if (bytes.length === 0) throw new LoadError('the file is empty', { path });
  context.progress(bytes.length, bytes.length);
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    throw new LoadError(describeIpcFailure(bytes, error), { path });
  }
  const fields = flattenFields(table);
  const names = fields.map((f) => f.name);
  const wanted = projectColumns(path, names, options.columns);
  if (options.columns !== undefined && names.length > 0) {
    checkMemoryBudget(path, (bytes.length * wanted.size) / names.length, options.memoryBudgetBytes ?? Infinity, true);
  }
  const columns: RawColumn[] = [];
  for (const [i, field] of fields.entries()) {
    if (!wanted.has(i)) continue;
    if (options.signal?.aborted) throw new LoadError('loading cancelled', { path });
    columns.push(convertVector(field.name, field.vector, path, context.maxCellBytes));
  }
  return { columns, rows: table.numRows, bytesRead: bytes.length, skipped: [], issues: [] };
}

const FILE_MAGIC = 'ARROW1';

/** Names the common failures (a copy cut short, a Feather v1 file) instead of the reader's internals. */
function describeIpcFailure(bytes: Buffer, error: unknown): string {
  const head = bytes.subarray(0, 6).toString('latin1');
  const tail = bytes.subarray(bytes.length - 6).toString('latin1');
  if (head === FILE_MAGIC && tail !== FILE_MAGIC) {
    return 'truncated Arrow IPC file: it starts like one but its footer is missing (a copy still in progress?)';
  }
  if (head.startsWith('FEA1')) return 'a Feather v1 file: this reader reads Feather v2 (Arrow IPC); re-save it with pyarrow.feather.write_feather';
  if (head !== FILE_MAGIC && bytes.readUInt32LE(0) !== 0xffffffff) {
    return 'not an Arrow IPC / Feather v2 file (no ARROW1 magic, no stream header)';
  }
  return `not a readable Arrow IPC / Feather v2 file: ${(error as Error).message}`;
}

interface FlatField {
  readonly name: string;
  readonly vector: Vector;
}

/** Struct columns become their leaves, named by dotted path, as nested JSONL and Parquet do. */
function flattenFields(table: Table): FlatField[] {
  const out: FlatField[] = [];
  const visit = (name: string, field: Field, vector: Vector): void => {
    if (DataType.isStruct(field.type)) {
      for (const [j, child] of field.type.children.entries()) {
        const childVector = vector.getChildAt(j);
        if (childVector) visit(`${name}.${child.name}`, child, childVector);
      }
      return;
    }
    out.push({ name, vector });
  };
  for (const [i, field] of table.schema.fields.entries()) {
    const vector = table.getChildAt(i);
    if (vector) visit(field.name, field, vector);
  }
  return out;
}

/**
 * One Arrow column to normalised values: numbers and times directly from their buffers; identifier-like
 * Utf8 columns as they are; other strings byte by byte through the same TextColumn as CSV, and dictionary
 * columns entry by entry through the same typing rule (retypeStrings.ts), so the formats agree.
 */
export function convertVector(name: string, vector: Vector, path: string, maxCellBytes: number): RawColumn {
  const type = vector.type as DataType;
  if (DataType.isFloat(type) || DataType.isInt(type) || DataType.isDecimal(type)) {
    return { name, values: { type: 'float64', values: numbersOf(vector) }, issues: [] };
  }
  if (DataType.isTimestamp(type) || DataType.isDate(type)) {
    return { name, values: { type: 'timestamp', values: millisOf(vector) }, issues: [] };
  }
  if (DataType.isUtf8(type) && vector.data.length === 1 && looksLikeIdentifiers(vector.data[0] as Data<Utf8>)) {
    return { name, values: { type: 'utf8', data: vector.data[0] as Data<Utf8> }, issues: [] };
  }
  const column = new TextColumn(name, path, maxCellBytes);
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) {
    for (const data of vector.data as Data[]) addUtf8(column, data);
  } else if (DataType.isDictionary(type) && (DataType.isUtf8(type.dictionary) || DataType.isLargeUtf8(type.dictionary))) {
    return { name, values: retypeStrings(dictionaryInPlace(vector) ?? dictionaryStrings(vector)), issues: [] };
  } else {
    for (const value of vector) {
      if (value === null || value === undefined) column.addNull();
      else if (typeof value === 'string') column.addText(value, 0);
      else if (typeof value === 'boolean') column.addText(value ? 'true' : 'false', 0);
      else column.addText(textOf(value), 0);
    }
  }
  return column.finish();
}

const IDENTIFIER_SAMPLE = 10_000;
const IDENTIFIER_SAMPLE_DISTINCT = 0.9;

/**
 * A Utf8 column whose first 10,000 present values are at least 90% distinct, none of them a number, a
 * timestamp or a null token, is an identifier column (request ids, free text): it is kept as Arrow gave
 * it, with no copy, instead of being hashed value by value into a dictionary it would never use.
 */
function looksLikeIdentifiers(data: Data<Utf8>): boolean {
  const seen = new Set<string>();
  const bitmap = bitmapOf(data);
  const offsets = data.valueOffsets;
  const raw = data.values;
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  let present = 0;
  for (let i = 0; i < data.length && present < IDENTIFIER_SAMPLE; i++) {
    const row = data.offset + i;
    if (!isValid(bitmap, row)) continue;
    const text = bytes.toString('utf8', offsets[row]!, offsets[row + 1]!);
    if (isNullToken(text) || parseDecimalString(text) !== undefined || parseIsoTimestamp(text) !== undefined) return false;
    seen.add(text);
    present++;
  }
  return present > 0 && seen.size >= IDENTIFIER_SAMPLE_DISTINCT * present && seen.size > 0.5 * Math.min(data.length, IDENTIFIER_SAMPLE);
}

/**
 * The validity bitmap of `data` when it has missing rows, else undefined. Read it with `isValid`:
 * Data.getValid and Data.nullCount cost a type check per call, too much per row.
 */
function bitmapOf(data: Data): Uint8Array | undefined {
  const bitmap = data.nullBitmap;
  return data.nullCount > 0 && bitmap && bitmap.length > 0 ? bitmap : undefined;
}

function isValid(bitmap: Uint8Array | undefined, bit: number): boolean {
  return bitmap === undefined || ((bitmap[bit >> 3]! >> (bit & 7)) & 1) === 1;
}

function markMissing(data: Data, out: Float64Array, at: number): void {
  const bitmap = bitmapOf(data);
  if (bitmap === undefined) return;
  for (let i = 0; i < data.length; i++) if (!isValid(bitmap, data.offset + i)) out[at + i] = NaN;
}

/** Feeds the strings of `data` to `column` as bytes, straight from the Utf8 buffers: no JS string per cell. */
function addUtf8(column: TextColumn, data: Data): void {
  const offsets = data.valueOffsets as ArrayLike<number | bigint>;
  const raw = data.values as Uint8Array;
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const bitmap = bitmapOf(data);
  for (let i = 0; i < data.length; i++) {
    const row = data.offset + i;
    if (!isValid(bitmap, row)) column.addNull();
    else column.addBytes(bytes, Number(offsets[row]!), Number(offsets[row + 1]!), 0);
  }
}

/**
 * A dictionary-encoded string column as strings and codes, decoding each dictionary entry once, on its
 * first use by a row: codes come out in first-seen row order, as the text readers assign them (so every
 * format agrees), and entries no row uses are dropped, in the same single pass over the indices. Entries
 * that are null tokens (`NA`, `NaN`, …) become missing, as the same text does in a CSV cell.
 */
function dictionaryStrings(vector: Vector): Extract<ColumnValues, { type: 'strings' }> {
  const index = new Map<string, number>();
  const dictionary: string[] = [];
  const codes = new Int32Array(vector.length);
  let at = 0;
  for (const data of vector.data as Data[]) {
    const entries = data.dictionary;
    const remap = new Int32Array(entries?.length ?? 0).fill(UNSEEN);
    const codeOfEntry = (j: number): number => {
      const text: unknown = entries!.get(j);
      if (typeof text !== 'string' || isNullToken(text)) return -1;
      let code = index.get(text);
      if (code === undefined) {
        code = dictionary.length;
        index.set(text, code);
        dictionary.push(text);
      }
      return code;
    };
    const raw = data.values as ArrayLike<number> | BigInt64Array | BigUint64Array;
    // 64-bit keys are rare; read them as numbers once instead of a BigInt conversion in the loop below.
    const indices: ArrayLike<number> = raw instanceof BigInt64Array || raw instanceof BigUint64Array ? Array.from(raw, Number) : raw;
    const bitmap = bitmapOf(data);
    for (let i = 0; i < data.length; i++) {
      const row = data.offset + i;
      const entry = indices[row]!;
      let code = remap[entry];
      // One test on the common path (a used entry, a valid row); the rest is settled here.
      if (!(code! >= 0) || (bitmap !== undefined && !isValid(bitmap, row))) {
        if (bitmap !== undefined && !isValid(bitmap, row)) code = -1;
        else if (code === undefined) code = -1; // an index past the dictionary: read as missing
        else if (code === UNSEEN) code = remap[entry] = codeOfEntry(entry);
      }
      codes[at + i] = code!;
    }
    at += data.length;
  }
  return { type: 'strings', dictionary, codes };
}

/**
 * The common dictionary column, kept in place: one chunk of Int32 indices whose entries are first used in
 * entry order (what pyarrow, polars and this project's writers produce) and none of them a null token.
 * Its indices already are the codes the text readers would assign, so the file's own index buffer is
 * used as is, missing rows overwritten with -1 (the buffer was read for this load only). Undefined when
 * the column is not of that shape: dictionaryStrings then decodes it.
 */
function dictionaryInPlace(vector: Vector): Extract<ColumnValues, { type: 'strings' }> | undefined {
  if (vector.data.length !== 1) return undefined;
  const data = vector.data[0] as Data;
  const entries = data.dictionary;
  if (!(data.values instanceof Int32Array) || entries === undefined) return undefined;
  const codes = data.values.subarray(data.offset, data.offset + data.length);
  const bitmap = bitmapOf(data);
  // Read-only check first: entry e may first appear only once entries 0..e-1 have.
  let used = 0;
  for (let i = 0; i < codes.length; i++) {
    const entry = codes[i]!;
    if (entry < used || (bitmap !== undefined && !isValid(bitmap, data.offset + i))) continue;
    if (entry !== used || entry >= entries.length) return undefined;
    used++;
  }
  const dictionary: string[] = [];
  for (let j = 0; j < used; j++) {
    const text: unknown = entries.get(j);
    if (typeof text !== 'string' || isNullToken(text)) return undefined;
    dictionary.push(text);
  }
  if (new Set(dictionary).size !== dictionary.length) return undefined; // repeated entries need merging
  if (bitmap !== undefined) for (let i = 0; i < codes.length; i++) if (!isValid(bitmap, data.offset + i)) codes[i] = -1;
  return { type: 'strings', dictionary, codes };
}

/** A dictionary entry not yet used by any row (codes are -1 for missing, else >= 0). */
const UNSEEN = -2;

/**
 * Column values as Float64: a single Float64 chunk is kept in place (the file's own bytes, read for this
 * load only), its missing rows overwritten with NaN; other types and chunked columns are copied, into
 * shared memory like the file's bytes.
 */
function numbersOf(vector: Vector): Float64Array {
  const only = vector.data.length === 1 ? (vector.data[0] as Data) : undefined;
  if (only !== undefined && DataType.isFloat(only.type) && only.values instanceof Float64Array) {
    const values = only.values.subarray(only.offset, only.offset + only.length);
    markMissing(only, values, 0);
    return values;
  }
  const out = sharedFloat64Array(vector.length);
  let at = 0;
  for (const data of vector.data as Data[]) {
    // Decimals and half floats are not plain numbers in memory: let Arrow convert them.
    if (DataType.isDecimal(data.type) || (DataType.isFloat(data.type) && data.type.precision === 0)) {
      const bitmap = bitmapOf(data);
      for (let i = 0; i < data.length; i++, at++) out[at] = isValid(bitmap, data.offset + i) ? Number(vector.get(at)) : NaN;
      continue;
    }
    const values = data.values as ArrayLike<number> | BigInt64Array | BigUint64Array;
    const start = data.offset;
    if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
      // Read as 32-bit words, as millisOf: each element read allocates a BigInt (1M Int64 rows: ~25 ms against
      // ~2 ms). `high * 2^32 + low` is exact for both terms and rounded once, so it equals Number(bigint).
      const words = new Uint32Array(values.buffer, values.byteOffset + start * 8, data.length * 2);
      const signed = values instanceof BigInt64Array;
      for (let i = 0; i < data.length; i++) {
        const high = signed ? words[2 * i + 1]! | 0 : words[2 * i + 1]!;
        out[at + i] = high * 4_294_967_296 + words[2 * i]!;
      }
    } else if (values instanceof Float64Array) {
      out.set(values.subarray(start, start + data.length), at);
    } else if (values instanceof Int32Array) {
      for (let i = 0; i < data.length; i++) out[at + i] = values[start + i]!;
    } else {
      for (let i = 0; i < data.length; i++) out[at + i] = values[start + i]!;
    }
    markMissing(data, out, at);
    at += data.length;
  }
  return out;
}

/** Epoch milliseconds; timestamps of any unit and both date types, straight from their buffers. */
function millisOf(vector: Vector): Float64Array {
  const out = new Float64Array(vector.length);
  let at = 0;
  for (const data of vector.data as Data[]) {
    const type = data.type as DataType;
    const values = data.values as ArrayLike<number> | BigInt64Array;
    const start = data.offset;
    const scale = DataType.isTimestamp(type) ? [1000, 1, 1e-3, 1e-6][type.unit]! : DataType.isDate(type) && type.unit === DateUnit.DAY ? 86_400_000 : 1;
    if (values instanceof BigInt64Array) {
      // Read as 32-bit words: each BigInt64Array element read allocates a BigInt.
      const words = new Int32Array(values.buffer, values.byteOffset + start * 8, data.length * 2);
      for (let i = 0; i < data.length; i++) {
        const whole = words[2 * i + 1]! * 4_294_967_296 + (words[2 * i]! >>> 0);
        out[at + i] = Math.floor(whole * scale);
      }
    } else if (DataType.isDate(type) && type.unit === DateUnit.DAY) {
      for (let i = 0; i < data.length; i++) out[at + i] = values[start + i]! * scale;
    } else {
      for (let i = 0; i < data.length; i++) {
        const v: unknown = vector.get(at + i);
        out[at + i] = v === null || v === undefined ? NaN : v instanceof Date ? v.getTime() : Number(v);
      }
    }
    markMissing(data, out, at);
    at += data.length;
  }
  return out;
}

function textOf(value: unknown): string {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object' && value !== null && 'toJSON' in value && typeof value.toJSON === 'function') {
    return JSON.stringify(value.toJSON(), (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
  }
  return String(value);
}
