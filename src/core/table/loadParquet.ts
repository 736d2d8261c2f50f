// Parquet into a LoadedTable with hyparquet + hyparquet-compressors (pure JS and a small WebAssembly
// snappy; snappy, gzip, zstd, brotli, lz4; the choice is measured in README "Reading prediction logs").
// Reads one (row group, column) at a time: only the wanted columns' chunks are fetched from disk, the
// abort signal is checked between chunks, and a decoding error names its row group (0-based) and column.
// Nested structs are exposed leaf by leaf under their dotted path; lists and maps as their JSON text.
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, ColumnData, FileMetaData, SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { RawColumn } from './columnValues';
import { checkMemoryBudget } from './memoryBudget';
import { projectColumns } from './projectColumns';
import { TextColumn } from './textColumn';
import { LoadError } from './types';
import type { ReaderContext, ReaderOutput } from './readerContext';

/** A column as the table shows it: a top-level Parquet column, or a leaf inside a struct. */
interface Leaf {
  readonly name: string;
  /** The top-level Parquet column that holds it (hyparquet reads by top-level name). */
  readonly top: string;
  /** Keys from the top-level value down to the leaf; empty for a top-level primitive. */
  readonly inner: readonly string[];
  readonly shape: 'number' | 'time' | 'text';
}

export async function readParquet(context: ReaderContext): Promise<ReaderOutput> {
  const { path, options } = context;
  let file: AsyncBuffer;
  let metadata: FileMetaData;
  try {
    file = await asyncBufferFromFile(path);
    if (file.byteLength === 0) throw new LoadError('the file is empty', { path });
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(`not a readable Parquet file: ${(error as Error).message}`, { path });
  }
  const leaves = leavesOf(parquetSchema(metadata));
  const wanted = projectColumns(path, leaves.map((l) => l.name), options.columns);
  const chosen = leaves.filter((_, i) => wanted.has(i));
  const tops = [...new Set(chosen.map((l) => l.top))];
  checkMemoryBudget(path, uncompressedBytes(metadata, new Set(tops)), options.memoryBudgetBytes ?? Infinity, options.columns !== undefined);

  const rows = Number(metadata.num_rows);
  const sinks = chosen.map((leaf) => ({ leaf, sink: makeSink(leaf, rows, path, context.maxCellBytes) }));
  let rowStart = 0;
  let bytesDone = 0;
  for (const [rowGroup, group] of metadata.row_groups.entries()) {
    const rowEnd = rowStart + Number(group.num_rows);
    for (const top of tops) {
      if (options.signal?.aborted) throw new LoadError('loading cancelled', { path });
      const chunks: ColumnData[] = [];
      try {
        await parquetRead({ file, metadata, columns: [top], rowStart, rowEnd, compressors, onChunk: (chunk) => chunks.push(chunk) });
      } catch (error) {
        throw new LoadError(`cannot decode: ${(error as Error).message}`, { path, rowGroup, column: top });
      }
      for (const { leaf, sink } of sinks) {
        if (leaf.top !== top) continue;
        for (const chunk of chunks) {
          const from = Math.max(rowStart, chunk.rowStart);
          const to = Math.min(rowEnd, chunk.rowEnd);
          if (leaf.inner.length === 0) sink.putRange(chunk.columnData, chunk.rowStart, from, to);
          else for (let row = from; row < to; row++) sink.put(row, valueAt(chunk.columnData[row - chunk.rowStart], leaf.inner));
        }
      }
      bytesDone += chunkBytes(group.columns, top);
      context.progress(bytesDone, file.byteLength);
    }
    rowStart = rowEnd;
  }
  return { columns: sinks.map(({ sink }) => sink.finish()), rows, bytesRead: file.byteLength, skipped: [], issues: [] };
}

interface Sink {
  put(row: number, value: unknown): void;
  /** Rows `from` to `to` of a column chunk whose first row is `chunkStart`. */
  putRange(values: ArrayLike<unknown>, chunkStart: number, from: number, to: number): void;
  finish(): RawColumn;
}

function makeSink(leaf: Leaf, rows: number, path: string, maxCellBytes: number): Sink {
  if (leaf.shape === 'text') {
    const column = new TextColumn(leaf.name, path, maxCellBytes);
    const add = (value: unknown): void => {
      if (value === null || value === undefined) column.addNull();
      else if (typeof value === 'string') column.addText(value, 0);
      else if (typeof value === 'number') column.addNumber(value, 0);
      else if (typeof value === 'bigint') column.addNumber(Number(value), 0);
      else if (typeof value === 'boolean') column.addText(value ? 'true' : 'false', 0);
      else if (value instanceof Date) column.addText(value.toISOString(), 0);
      else column.addText(jsonText(value), 0);
    };
    return {
      put(row, value) {
        column.padTo(row);
        add(value);
      },
      putRange(values, chunkStart, from, to) {
        column.padTo(from);
        for (let row = from; row < to; row++) add(values[row - chunkStart]);
      },
      finish() {
        column.padTo(rows);
        return column.finish();
      },
    };
  }
  const values = new Float64Array(rows).fill(NaN);
  const type = leaf.shape === 'time' ? 'timestamp' : 'float64';
  return {
    put(row, value) {
      if (value === null || value === undefined) return;
      values[row] = value instanceof Date ? value.getTime() : Number(value);
    },
    putRange(chunk, chunkStart, from, to) {
      if (chunk instanceof Float64Array || chunk instanceof Float32Array || chunk instanceof Int32Array) {
        values.set(chunk.subarray(from - chunkStart, to - chunkStart), from);
        return;
      }
      for (let row = from; row < to; row++) {
        const value = chunk[row - chunkStart];
        if (value === null || value === undefined) continue;
        values[row] = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : Number(value);
      }
    },
    finish: () => ({ name: leaf.name, values: { type, values }, issues: [] }),
  };
}

function valueAt(value: unknown, inner: readonly string[]): unknown {
  for (const key of inner) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function leavesOf(root: SchemaTree): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (node: SchemaTree, top: string, inner: string[]): void => {
    const name = [top, ...inner].join('.');
    const { element } = node;
    const nested = element.converted_type === 'LIST' || element.converted_type === 'MAP' || element.converted_type === 'MAP_KEY_VALUE'
      || element.logical_type?.type === 'LIST' || element.logical_type?.type === 'MAP' || element.repetition_type === 'REPEATED';
    if (node.children.length > 0 && !nested) {
      for (const child of node.children) visit(child, top, [...inner, child.element.name]);
      return;
    }
    leaves.push({ name, top, inner, shape: node.children.length > 0 || nested ? 'text' : shapeOf(node) });
  };
  for (const child of root.children) visit(child, child.element.name, []);
  return leaves;
}

function shapeOf({ element }: SchemaTree): Leaf['shape'] {
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (logical === 'TIMESTAMP' || logical === 'DATE' || converted === 'DATE' || converted === 'TIMESTAMP_MILLIS'
    || converted === 'TIMESTAMP_MICROS' || element.type === 'INT96') return 'time';
  if (logical === 'STRING' || logical === 'ENUM' || logical === 'JSON' || logical === 'UUID' || converted === 'UTF8'
    || converted === 'ENUM' || converted === 'JSON' || logical === 'TIME' || converted === 'TIME_MILLIS' || converted === 'TIME_MICROS') return 'text';
  switch (element.type) {
    case 'INT32':
    case 'INT64':
    case 'FLOAT':
    case 'DOUBLE':
      return 'number';
    case 'FIXED_LEN_BYTE_ARRAY':
      return logical === 'DECIMAL' || converted === 'DECIMAL' || logical === 'FLOAT16' ? 'number' : 'text';
    case 'BYTE_ARRAY':
      return logical === 'DECIMAL' || converted === 'DECIMAL' ? 'number' : 'text';
    default:
      return 'text';
  }
}

function uncompressedBytes(metadata: FileMetaData, tops: ReadonlySet<string>): number {
  let total = 0;
  for (const group of metadata.row_groups) {
    for (const top of tops) total += chunkBytes(group.columns, top, 'uncompressed');
  }
  return total;
}

function chunkBytes(columns: FileMetaData['row_groups'][number]['columns'], top: string, which: 'compressed' | 'uncompressed' = 'compressed'): number {
  let total = 0;
  for (const column of columns) {
    const meta = column.meta_data;
    if (meta === undefined || meta.path_in_schema[0] !== top) continue;
    total += Number(which === 'compressed' ? meta.total_compressed_size : meta.total_uncompressed_size);
  }
  return total;
}

function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v));
}
