// Normalised values to Arrow data, one Arrow type per kind (see types.ts). Numeric and timestamp
// columns reuse the loader's Float64Array; nothing here copies a column twice.
import { Dictionary, Float64, Int32, TimestampMillisecond, Utf8, makeData, makeVector, type Data } from 'apache-arrow';
import type { ColumnValues } from './columnValues';

export function float64Data(values: Float64Array): Data<Float64> {
  const { bitmap, nullCount } = validityOfNumbers(values);
  return makeData({ type: new Float64(), length: values.length, data: values, nullBitmap: bitmap, nullCount });
}

export function timestampData(millis: Float64Array): Data<TimestampMillisecond> {
  // Int64 values written as two 32-bit words: a BigInt per row would allocate a million objects.
  const words = new Int32Array(millis.length * 2);
  for (let i = 0; i < millis.length; i++) {
    const v = millis[i]!;
    if (v - v !== 0) continue; // missing: the validity bitmap says so, the value stays 0
    const whole = Math.trunc(v);
    const high = Math.floor(whole / 4_294_967_296);
    words[2 * i] = (whole - high * 4_294_967_296) | 0;
    words[2 * i + 1] = high;
  }
  const data = new BigInt64Array(words.buffer);
  const { bitmap, nullCount } = validityOfNumbers(millis);
  return makeData({ type: new TimestampMillisecond(), length: millis.length, data, nullBitmap: bitmap, nullCount });
}

export function dictionaryData(values: Extract<ColumnValues, { type: 'strings' }>): Data<Dictionary<Utf8, Int32>> {
  const { codes } = values;
  const { bitmap, nullCount } = validityOfCodes(codes);
  const indices = nullCount === 0 ? codes : codes.map((c) => (c < 0 ? 0 : c));
  const dictionary = utf8Vector(values.dictionary);
  return makeData({
    type: new Dictionary(new Utf8(), new Int32()),
    length: codes.length,
    data: indices,
    nullBitmap: bitmap,
    nullCount,
    dictionary,
  });
}

export function utf8Data(values: Extract<ColumnValues, { type: 'strings' }>): Data<Utf8> {
  const { codes, dictionary } = values;
  const lengths = dictionary.map((s) => Buffer.byteLength(s, 'utf8'));
  let total = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code >= 0) total += lengths[code]!;
  }
  const bytes = Buffer.allocUnsafe(total);
  const offsets = new Int32Array(codes.length + 1);
  // Where each dictionary entry was first written: later rows copy those bytes instead of re-encoding.
  const writtenAt = new Int32Array(dictionary.length).fill(-1);
  let at = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code >= 0) {
      const length = lengths[code]!;
      const previous = writtenAt[code]!;
      if (previous >= 0) bytes.copy(bytes, at, previous, previous + length);
      else {
        bytes.write(dictionary[code]!, at, length, 'utf8');
        writtenAt[code] = at;
      }
      at += length;
    }
    offsets[i + 1] = at;
  }
  const { bitmap, nullCount } = validityOfCodes(codes);
  return makeData({ type: new Utf8(), length: codes.length, data: bytes, valueOffsets: offsets, nullBitmap: bitmap, nullCount });
}

function utf8Vector(strings: readonly string[]) {
  return makeVector(utf8Data({ type: 'strings', dictionary: strings, codes: Int32Array.from(strings, (_, i) => i) }));
}

interface Validity {
  readonly bitmap: Uint8Array | undefined;
  readonly nullCount: number;
}

/** Arrow validity bitmap (LSB first) of NaN-for-missing values; omitted when nothing is missing. */
function validityOfNumbers(values: Float64Array): Validity {
  // Most columns have no missing value: a read-only scan settles that at a fraction of a bitmap's cost.
  let first = 0;
  while (first < values.length && values[first] === values[first]) first++;
  if (first === values.length) return { bitmap: undefined, nullCount: 0 };
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v) bitmap[i >> 3]! |= 1 << (i & 7);
    else nullCount++;
  }
  return nullCount === 0 ? { bitmap: undefined, nullCount: 0 } : { bitmap, nullCount };
}

/** The same for dictionary codes, where -1 marks a missing value. */
function validityOfCodes(codes: Int32Array): Validity {
  let first = 0;
  while (first < codes.length && codes[first]! >= 0) first++;
  if (first === codes.length) return { bitmap: undefined, nullCount: 0 };
  const bitmap = new Uint8Array((codes.length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i]! >= 0) bitmap[i >> 3]! |= 1 << (i & 7);
    else nullCount++;
  }
  return nullCount === 0 ? { bitmap: undefined, nullCount: 0 } : { bitmap, nullCount };
}
