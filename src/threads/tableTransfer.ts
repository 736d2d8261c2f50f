// A loaded table handed from a load worker to the main thread without copying a byte of it: each column
// as a description of its buffers (the buffers themselves transferred), rebuilt with `makeData` on the
// other side. Arrow IPC would do the same job with one copy of the whole table (88 ms and 200 MB of fresh
// pages per million-row side, measured): this is the fast path, and IPC stays the fallback for anything it
// does not describe.
//
// It describes what assembleTable builds and nothing else: one record batch whose columns are Float64,
// TimestampMillisecond, Utf8 or Dictionary<Utf8, Int32> (types.ts), every field nullable.
import { Dictionary, Field, Float64, Int32, RecordBatch, Schema, Struct, Table, TimestampMillisecond, Utf8, makeData, makeVector, type Data, type DataType } from 'apache-arrow';

type Kind = 'float64' | 'timestamp' | 'utf8' | 'dictionary';

/** One column's data: its buffers as typed arrays (views keep their offsets), and a dictionary's strings. */
export interface ColumnDescription {
  readonly name: string;
  readonly kind: Kind;
  readonly length: number;
  readonly nullCount: number;
  readonly values: Float64Array | BigInt64Array | Uint8Array | Int32Array;
  readonly nullBitmap: Uint8Array | null;
  readonly valueOffsets: Int32Array | null;
  readonly dictionary: ColumnDescription | null;
}

export interface TableDescription {
  readonly rows: number;
  readonly columns: readonly ColumnDescription[];
}

/** Buffers this small are copied rather than transferred: Node's Buffer pool (shared, untransferable) lives there. */
const MIN_TRANSFER_BYTES = 64 << 10;

function kindOf(type: DataType): Kind | null {
  if (type instanceof Float64) return 'float64';
  if (type instanceof TimestampMillisecond) return 'timestamp';
  if (type instanceof Utf8) return 'utf8';
  if (type instanceof Dictionary && type.dictionary instanceof Utf8 && type.indices instanceof Int32) return 'dictionary';
  return null;
}

function describeData(name: string, data: Data): ColumnDescription | null {
  const kind = kindOf(data.type);
  if (kind === null || data.offset !== 0) return null;
  let dictionary: ColumnDescription | null = null;
  if (kind === 'dictionary') {
    const chunks = data.dictionary?.data ?? [];
    if (chunks.length !== 1) return null;
    dictionary = describeData(`${name} dictionary`, chunks[0]!);
    if (dictionary === null) return null;
  }
  return {
    name,
    kind,
    length: data.length,
    nullCount: data.nullCount,
    values: data.values as ColumnDescription['values'],
    nullBitmap: data.nullBitmap && data.nullBitmap.length > 0 ? data.nullBitmap : null,
    valueOffsets: kind === 'utf8' ? (data.valueOffsets as Int32Array) : null,
    dictionary,
  };
}

/** The table as descriptions and the buffers to transfer with them, or `null` for a table of another shape. */
export function describeTable(table: Table): { description: TableDescription; transfer: ArrayBuffer[] } | null {
  if (table.batches.length !== 1) return null;
  const batch = table.batches[0]!;
  const columns: ColumnDescription[] = [];
  for (const [k, field] of table.schema.fields.entries()) {
    const column = describeData(field.name, batch.data.children[k]!);
    if (column === null) return null;
    columns.push(column);
  }
  const transfer = new Set<ArrayBuffer>();
  const collect = (c: ColumnDescription): void => {
    for (const array of [c.values, c.nullBitmap, c.valueOffsets]) {
      if (array && array.buffer instanceof ArrayBuffer && array.buffer.byteLength >= MIN_TRANSFER_BYTES) transfer.add(array.buffer);
    }
    if (c.dictionary) collect(c.dictionary);
  };
  columns.forEach(collect);
  return { description: { rows: table.numRows, columns }, transfer: [...transfer] };
}

function typeOf(kind: Kind): DataType {
  switch (kind) {
    case 'float64':
      return new Float64();
    case 'timestamp':
      return new TimestampMillisecond();
    case 'utf8':
      return new Utf8();
    case 'dictionary':
      return new Dictionary(new Utf8(), new Int32());
  }
}

function rebuildData(c: ColumnDescription, type: DataType): Data {
  const common = { type, length: c.length, nullCount: c.nullCount, nullBitmap: c.nullBitmap ?? undefined };
  switch (c.kind) {
    case 'utf8':
      return makeData({ ...common, type: type as Utf8, data: c.values as Uint8Array, valueOffsets: c.valueOffsets! });
    case 'dictionary':
      return makeData({ ...common, type: type as Dictionary<Utf8, Int32>, data: c.values as Int32Array, dictionary: makeVector(rebuildData(c.dictionary!, new Utf8()) as Data<Utf8>) });
    case 'timestamp':
      return makeData({ ...common, type: type as TimestampMillisecond, data: c.values as BigInt64Array });
    case 'float64':
      return makeData({ ...common, type: type as Float64, data: c.values as Float64Array });
  }
}

/** The table again, on views of the transferred buffers: one record batch, every field nullable, as assembleTable builds it. */
export function rebuildTable(description: TableDescription): Table {
  const fields: Field[] = [];
  const children: Data[] = [];
  for (const column of description.columns) {
    const data = rebuildData(column, typeOf(column.kind));
    fields.push(new Field(column.name, data.type, true));
    children.push(data);
  }
  const schema = new Schema(fields);
  const struct = makeData({ type: new Struct(fields), length: description.rows, children, nullCount: 0 });
  return new Table(schema, [new RecordBatch(schema, struct)]);
}
