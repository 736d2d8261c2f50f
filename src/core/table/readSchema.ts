// A log's columns without loading it: names, and the type where the format declares one. Arrow IPC reads
// the schema message (the footer of a file, the first message of a stream), Parquet its footer metadata,
// CSV its header line (delimiter sniffed as loadCsv sniffs it), JSON Lines the keys of its first lines
// (a sample: a later line may add a key). The drift check and the extension's log-shape job use it to load
// only the columns they need (see projectForDrift.ts and src/worker/logShape.ts).
import { open } from 'node:fs/promises';
import { DataType, RecordBatchReader, type Field } from 'apache-arrow';
import { asyncBufferFromFile, parquetMetadataAsync, parquetSchema, type SchemaTree } from 'hyparquet';
import { CsvRowScanner, NEED_MORE, UNTERMINATED_QUOTE } from './csvRowScanner';
import { ChunkedFile } from './chunkedFile';
import { formatOfPath, DEFAULT_MAX_ROW_BYTES } from './loadTable';
import { sniffDelimiter } from './sniffDelimiter';
import { LoadError, type LoadedTable } from './types';

/**
 * What a column's declared type says about its values: `number`, `time` (a timestamp or date), `text`
 * (strings, dictionaries, booleans, nested values read as JSON text), or `undeclared` (CSV and JSON Lines,
 * whose types the loader infers from the values).
 */
export type DeclaredShape = 'number' | 'time' | 'text' | 'undeclared';

export interface SchemaColumn {
  /** The name the loaded table will give the column (dotted path for a struct's leaf). */
  readonly name: string;
  readonly shape: DeclaredShape;
  /** The format's own type name (`Float64`, `Timestamp<MILLISECOND>`, `INT64/TIMESTAMP`), when it declares one. */
  readonly declaredType?: string;
}

export interface FileSchema {
  readonly path: string;
  readonly format: LoadedTable['format'];
  readonly columns: readonly SchemaColumn[];
  /** False for JSON Lines: the columns are the keys seen in the first `JSONL_SAMPLE_LINES` lines only. */
  readonly complete: boolean;
}

export const JSONL_SAMPLE_LINES = 1000;
const HEAD_BYTES = 1 << 20;

/** The schema of a log file; throws LoadError (with `path`, and `path:line` for a bad JSON line). */
export async function readSchema(path: string): Promise<FileSchema> {
  const format = formatOfPath(path);
  if (format === undefined) throw new LoadError('unsupported file type: expected .csv, .tsv, .jsonl, .ndjson, .arrow, .feather, .ipc, .parquet or .pq', { path });
  try {
    switch (format) {
      case 'arrow':
        return { path, format, columns: await arrowColumns(path), complete: true };
      case 'parquet':
        return { path, format, columns: await parquetColumns(path), complete: true };
      case 'csv':
        return { path, format, columns: await csvColumns(path), complete: true };
      case 'jsonl':
        return { path, format, columns: await jsonlColumns(path), complete: false };
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LoadError('no such file', { path });
    throw new LoadError(`cannot read the ${format} schema: ${(error as Error).message}`, { path });
  }
}

async function arrowColumns(path: string): Promise<SchemaColumn[]> {
  const handle = await open(path, 'r');
  try {
    // From a file handle the reader fetches the footer (file format) or the first message (stream), not the batches.
    const reader = await RecordBatchReader.from(handle);
    await reader.open();
    const columns: SchemaColumn[] = [];
    const visit = (name: string, field: Field): void => {
      if (DataType.isStruct(field.type)) {
        for (const child of field.type.children) visit(`${name}.${child.name}`, child);
        return;
      }
      columns.push({ name, shape: arrowShape(field.type), declaredType: String(field.type) });
    };
    for (const field of reader.schema.fields) visit(field.name, field);
    return columns;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function arrowShape(type: DataType): DeclaredShape {
  if (DataType.isTimestamp(type) || DataType.isDate(type)) return 'time';
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return 'number';
  return 'text';
}

async function parquetColumns(path: string): Promise<SchemaColumn[]> {
  const file = await asyncBufferFromFile(path);
  if (file.byteLength === 0) throw new LoadError('the file is empty', { path });
  const metadata = await parquetMetadataAsync(file);
  const columns: SchemaColumn[] = [];
  // The same leaves as loadParquet: structs open into dotted leaves, lists and maps stay one (JSON text) column.
  const visit = (node: SchemaTree, name: string): void => {
    const { element } = node;
    const nested = element.converted_type === 'LIST' || element.converted_type === 'MAP' || element.converted_type === 'MAP_KEY_VALUE'
      || element.logical_type?.type === 'LIST' || element.logical_type?.type === 'MAP' || element.repetition_type === 'REPEATED';
    if (node.children.length > 0 && !nested) {
      for (const child of node.children) visit(child, `${name}.${child.element.name}`);
      return;
    }
    const logical = element.logical_type?.type ?? element.converted_type;
    const declaredType = node.children.length > 0 ? (logical ?? 'GROUP') : [element.type, logical].filter((t) => t !== undefined).join('/');
    columns.push({ name, shape: node.children.length > 0 || nested ? 'text' : parquetShape(node), declaredType });
  };
  for (const child of parquetSchema(metadata).children) visit(child, child.element.name);
  return columns;
}

function parquetShape({ element }: SchemaTree): DeclaredShape {
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (logical === 'TIMESTAMP' || logical === 'DATE' || converted === 'DATE' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || element.type === 'INT96') return 'time';
  if (logical === 'DECIMAL' || converted === 'DECIMAL' || logical === 'FLOAT16') return 'number';
  if (logical !== undefined || converted !== undefined) return 'text';
  return element.type === 'INT32' || element.type === 'INT64' || element.type === 'FLOAT' || element.type === 'DOUBLE' ? 'number' : 'text';
}

async function csvColumns(path: string): Promise<SchemaColumn[]> {
  const file = await ChunkedFile.open(path, DEFAULT_MAX_ROW_BYTES);
  try {
    await file.refill(0, 1);
    if (file.filled === 0) throw new LoadError('the file is empty: no header', { path });
    const pos = file.buffer[0] === 0xef && file.buffer[1] === 0xbb && file.buffer[2] === 0xbf ? 3 : 0;
    const delimiter = /\.tsv$/i.test(path) ? '\t' : sniffDelimiter(file.buffer.subarray(pos, Math.min(file.filled, HEAD_BYTES)));
    const scanner = new CsvRowScanner(delimiter.charCodeAt(0));
    let start = pos;
    let next: number;
    while ((next = scanner.scan(file.buffer, start, file.filled, file.eof)) === NEED_MORE) {
      await file.refill(start, 1);
      start = 0;
    }
    if (next === UNTERMINATED_QUOTE) throw new LoadError('the header has an unterminated quoted field', { path, line: 1 });
    // The naming rule of loadCsv's header: trimmed, empty names `column_N`, repeats `name_2`, `name_3`, …
    const used = new Set<string>();
    const columns: SchemaColumn[] = [];
    for (let i = 0; i < scanner.count; i++) {
      let name = scanner.text(file.buffer, i).trim();
      if (name === '') name = `column_${i + 1}`;
      if (used.has(name)) {
        let k = 2;
        while (used.has(`${name}_${k}`)) k++;
        name = `${name}_${k}`;
      }
      used.add(name);
      columns.push({ name, shape: 'undeclared' });
    }
    return columns;
  } finally {
    await file.close();
  }
}

async function jsonlColumns(path: string): Promise<SchemaColumn[]> {
  const file = await ChunkedFile.open(path, DEFAULT_MAX_ROW_BYTES);
  const names = new Set<string>();
  let firstBad: { line: number; message: string } | undefined;
  // Flattened as loadJsonl flattens: nested objects give dotted names.
  const add = (name: string, value: unknown): void => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) add(`${name}.${key}`, inner);
    } else names.add(name);
  };
  try {
    await file.refill(0, 1);
    let pos = file.buffer[0] === 0xef && file.buffer[1] === 0xbb && file.buffer[2] === 0xbf ? 3 : 0;
    for (let line = 1; line <= JSONL_SAMPLE_LINES; line++) {
      let end = file.buffer.indexOf(10, pos);
      if (end === -1 || end >= file.filled) {
        if (!file.eof) {
          await file.refill(pos, line);
          pos = 0;
          line--;
          continue;
        }
        end = file.filled;
      }
      const text = file.buffer.toString('utf8', pos, end).trim();
      if (text !== '') {
        // Lines that are not objects are skipped, as the loader skips them; only a sample with none fails.
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          firstBad ??= { line, message: `not valid JSON (${(error as Error).message})` };
        }
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [key, inner] of Object.entries(value)) add(key, inner);
        else if (value !== undefined) firstBad ??= { line, message: 'not a JSON object' };
      }
      if (end >= file.filled && file.eof) break;
      pos = end + 1;
    }
    if (names.size === 0 && firstBad) throw new LoadError(`no JSON object in the first lines: ${firstBad.message}`, { path, line: firstBad.line });
    return [...names].map((name) => ({ name, shape: 'undeclared' as const }));
  } finally {
    await file.close();
  }
}
