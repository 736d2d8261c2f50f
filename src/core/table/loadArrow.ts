// Arrow IPC (file or stream format) and Feather v2 into a LoadedTable. Uncompressed bodies are read
// zero-copy by apache-arrow's tableFromIPC; LZ4_FRAME and ZSTD bodies through arrowCodecs.ts.
// Projection picks the wanted columns before any conversion, so unwanted columns cost only their bytes
// on disk (IPC record batches are read whole: the format has no per-column seek in JS).
import { readFile } from 'node:fs/promises';
import { DataType, tableFromIPC, type Data, type Field, type Table, type Vector } from 'apache-arrow';
import { registerArrowCodecs } from './arrowCodecs';
import type { RawColumn } from './columnValues';
import { checkMemoryBudget } from './memoryBudget';
import { projectColumns } from './projectColumns';
import { TextColumn } from './textColumn';
import { LoadError } from './types';
import type { ReaderContext, ReaderOutput } from './readerContext';

export async function readArrow(context: ReaderContext): Promise<ReaderOutput> {
  const { path, options } = context;
  registerArrowCodecs();
  const bytes = await readFile(path, { signal: options.signal });
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

/** One Arrow column to normalised values: numbers and times directly, everything else as text. */
export function convertVector(name: string, vector: Vector, path: string, maxCellBytes: number): RawColumn {
  const type = vector.type as DataType;
  if (DataType.isFloat(type) || DataType.isInt(type) || DataType.isDecimal(type)) {
    return { name, values: { type: 'float64', values: numbersOf(vector) }, issues: [] };
  }
  if (DataType.isTimestamp(type) || DataType.isDate(type)) {
    return { name, values: { type: 'timestamp', values: millisOf(vector) }, issues: [] };
  }
  const column = new TextColumn(name, path, maxCellBytes);
  for (const value of vector) {
    if (value === null || value === undefined) column.addNull();
    else if (typeof value === 'string') column.addText(value, 0);
    else if (typeof value === 'boolean') column.addText(value ? 'true' : 'false', 0);
    else column.addText(textOf(value), 0);
  }
  return column.finish();
}

function numbersOf(vector: Vector): Float64Array {
  const out = new Float64Array(vector.length);
  let at = 0;
  for (const data of vector.data as Data[]) {
    const values = data.values as ArrayLike<number | bigint>;
    const start = data.offset;
    // Decimals and half floats are not plain numbers in memory: let Arrow convert them.
    const stride = DataType.isDecimal(data.type) || (DataType.isFloat(data.type) && data.type.precision === 0) ? 0 : 1;
    for (let i = 0; i < data.length; i++, at++) {
      if (!data.getValid(i)) {
        out[at] = NaN;
      } else if (stride === 0) {
        out[at] = Number(vector.get(at));
      } else {
        out[at] = Number(values[start + i]!);
      }
    }
  }
  return out;
}

function millisOf(vector: Vector): Float64Array {
  const out = new Float64Array(vector.length);
  for (let i = 0; i < vector.length; i++) {
    const v: unknown = vector.get(i);
    out[i] = v === null || v === undefined ? NaN : v instanceof Date ? v.getTime() : Number(v);
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
