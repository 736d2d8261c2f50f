// Arrow IPC file (Feather v2, uncompressed) with the types a pandas/pyarrow serving job would write:
// Timestamp(ms, UTC), Float64 and Int32 with validity bitmaps, dictionary-encoded low-cardinality strings,
// plain Utf8 for request ids.
import { writeFileSync } from 'node:fs';
import {
  Dictionary,
  Float64,
  Int32,
  type Data,
  makeData,
  makeVector,
  Table,
  TimestampMillisecond,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import { type PredictionLog } from '../predictionLog';
import { COLUMNS, type ColumnSpec } from '../schema';

export function writeArrow(log: PredictionLog, path: string): void {
  writeFileSync(path, tableToIPC(arrowTable(log), 'file'));
}

export function arrowTable(log: PredictionLog): Table {
  const vectors: Record<string, Vector> = {};
  COLUMNS.forEach((spec, index) => {
    vectors[spec.name] = arrowVector(log, spec, index);
  });
  return new Table(vectors);
}

function arrowVector(log: PredictionLog, spec: ColumnSpec, index: number): Vector {
  switch (spec.storage) {
    case 'timestamp': {
      const values = log.numeric(spec.name);
      const millis = new BigInt64Array(values.length);
      for (let i = 0; i < values.length; i++) millis[i] = BigInt(values[i] ?? 0);
      return makeVector(makeData({ type: new TimestampMillisecond('UTC'), length: values.length, data: millis }));
    }
    case 'float': {
      const values = log.numeric(spec.name);
      const { nullBitmap, nullCount } = validity(values);
      return makeVector(makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap, data: values.slice() }));
    }
    case 'int': {
      const values = log.numeric(spec.name);
      const { nullBitmap, nullCount } = validity(values);
      const ints = Int32Array.from(values, (v) => (Number.isNaN(v) ? 0 : v));
      return makeVector(makeData({ type: new Int32(), length: values.length, nullCount, nullBitmap, data: ints }));
    }
    case 'string':
      return spec.group === 'requestId'
        ? vectorFromArray(log.text(spec.name), new Utf8())
        : dictionaryVector(log.text(spec.name), index);
  }
}

/**
 * Dictionary<Utf8, Int32> with categories in order of first appearance. The dictionary id is given (the
 * column's index): apache-arrow otherwise draws it from a process-wide counter and the bytes would depend on
 * what ran before.
 */
function dictionaryVector(values: readonly string[], id: number): Vector {
  const codes = new Map<string, number>();
  const indices = new Int32Array(values.length);
  values.forEach((value, i) => {
    let code = codes.get(value);
    if (code === undefined) codes.set(value, (code = codes.size));
    indices[i] = code;
  });
  const dictionary = vectorFromArray([...codes.keys()], new Utf8());
  const type = new Dictionary(new Utf8(), new Int32(), id);
  const data: Data<Dictionary<Utf8, Int32>> = makeData({ type, length: values.length, data: indices, dictionary });
  return makeVector(data);
}

/** Arrow's validity bitmap (bit set = value present), or none when nothing is null. */
function validity(values: Float64Array): { nullBitmap: Uint8Array | undefined; nullCount: number } {
  let nullCount = 0;
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) nullCount++;
    else bitmap[i >> 3] = (bitmap[i >> 3] ?? 0) | (1 << (i & 7));
  }
  return { nullBitmap: nullCount > 0 ? bitmap : undefined, nullCount };
}
