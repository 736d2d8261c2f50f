// convertVector on Arrow dictionary and Float64 columns: the in-place paths (the file's own buffers
// reused) and the decoding path must give the same values, codes in first-seen row order, and nulls.
import assert from 'node:assert/strict';
import { Dictionary, Float64, Int32, Int64, Uint64, Utf8, makeData, makeVector, vectorFromArray } from 'apache-arrow';
import { convertVector } from '../../../../src/core/table/loadArrow';
import type { ColumnValues } from '../../../../src/core/table/columnValues';

/** A Dictionary<Int32, Utf8> vector; `valid` false marks a null row (its index is left as given). */
function dictionaryVector(entries: string[], indices: number[], valid?: boolean[]) {
  const nullBitmap = valid && Uint8Array.from({ length: Math.ceil(valid.length / 8) }, (_, byte) =>
    valid.slice(byte * 8, byte * 8 + 8).reduce((bits, v, bit) => bits | (v ? 1 << bit : 0), 0));
  return makeVector(makeData({
    type: new Dictionary(new Utf8(), new Int32()),
    length: indices.length,
    data: Int32Array.from(indices),
    nullBitmap,
    nullCount: valid ? valid.filter((v) => !v).length : 0,
    dictionary: vectorFromArray(entries, new Utf8()),
  }));
}

function strings(values: ColumnValues): { dictionary: readonly string[]; codes: number[] } {
  assert.equal(values.type, 'strings');
  return { dictionary: values.dictionary, codes: [...values.codes] };
}

describe('loadArrow convertVector', () => {
  it('keeps a dictionary used in entry order in place, null rows as -1', () => {
    const vector = dictionaryVector(['eu', 'us', 'apac'], [0, 0, 1, 7, 2, 1], [true, true, true, false, true, true]);
    const indices = vector.data[0]!.values;
    const column = convertVector('region', vector, 'x.arrow', 1 << 16);
    assert.deepEqual(strings(column.values), { dictionary: ['eu', 'us', 'apac'], codes: [0, 0, 1, -1, 2, 1] });
    assert.equal((column.values as { codes: Int32Array }).codes.buffer, indices.buffer, 'no copy');
  });

  it('renumbers a dictionary used out of entry order, drops unused entries and reads null-token entries as missing', () => {
    const vector = dictionaryVector(['unused', 'us', 'NA', 'eu'], [3, 1, 2, 3, 1], undefined);
    assert.deepEqual(strings(convertVector('region', vector, 'x.arrow', 1 << 16).values), { dictionary: ['eu', 'us'], codes: [0, 1, -1, 0, 1] });
  });

  it('merges repeated entries, which an in-place column could not', () => {
    const vector = dictionaryVector(['eu', 'us', 'eu'], [0, 1, 2]);
    assert.deepEqual(strings(convertVector('region', vector, 'x.arrow', 1 << 16).values), { dictionary: ['eu', 'us'], codes: [0, 1, 0] });
  });

  it('keeps Float64 data in place, null rows and NaN as NaN', () => {
    const values = Float64Array.of(1.5, 99, NaN, -2);
    const vector = makeVector(makeData({ type: new Float64(), length: 4, data: values, nullBitmap: Uint8Array.of(0b1101), nullCount: 1 }));
    const column = convertVector('income', vector, 'x.arrow', 1 << 16);
    assert.equal(column.values.type, 'float64');
    const numbers = (column.values as { values: Float64Array }).values;
    assert.deepEqual([...numbers], [1.5, NaN, NaN, -2]);
    assert.equal(numbers.buffer, values.buffer, 'no copy');
  });

  it('reads Int64 and Uint64 numbers as Number(bigint) would, negatives and values past 2^53 included', () => {
    const signed = [0n, 1n, -1n, 4294967296n, -4294967297n, 9007199254740993n, -9223372036854775808n, 9223372036854775807n, 123456789012345n];
    const unsigned = [0n, 4294967295n, 4294967296n, 18446744073709551615n, 9007199254740993n];
    for (const [values, type] of [[signed, new Int64()], [unsigned, new Uint64()]] as const) {
      const vector = makeVector(makeData({ type, length: values.length, data: type instanceof Int64 ? BigInt64Array.from(values) : BigUint64Array.from(values) }));
      const column = convertVector('n', vector, 'x.arrow', 1 << 16);
      assert.equal(column.values.type, 'float64');
      assert.deepEqual([...(column.values as { values: Float64Array }).values], values.map((v) => Number(v)));
    }
  });
});

