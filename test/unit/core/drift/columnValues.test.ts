// Columns to flat arrays: every null (by the validity bitmap) becomes NaN or -1 wherever it sits in a byte,
// in chunks of any length and at non-zero offsets, and every value reads as Arrow's own `get` reads it.
import { strict as assert } from 'node:assert';
import { Dictionary, Float64, Int32, Table, TimestampMillisecond, Utf8, makeData, makeVector, vectorFromArray } from 'apache-arrow';
import { CategoryDictionary, categoryCodes, numericValues, timestampValues } from '../../../../src/core/drift/columnValues';

/** Values with nulls at irregular places (whole null bytes, single nulls, chunk edges). */
function sparse<T>(n: number, value: (i: number) => T): (T | null)[] {
  return Array.from({ length: n }, (_, i) => (i % 7 === 3 || (i >= 16 && i < 24) || i % 29 === 0 ? null : value(i)));
}

/** The same column in chunks of awkward lengths, the middle one a slice (non-zero offset). */
function chunked(table: Table, name: string): Table {
  const whole = table.getChild(name)!;
  const pieces = [whole.slice(0, 13), whole.slice(13, 70), whole.slice(70)];
  return new Table({ [name]: pieces.reduce((a, b) => a.concat(b)) });
}

describe('columnValues', () => {
  const n = 200;
  const numbers = sparse(n, (i) => i * 1.5 - 40);
  const words = sparse(n, (i) => ['a', 'b', '', 'c'][i % 4]!);
  // Both signs of epoch milliseconds (1969 and 2026): the Int64 halves must combine as two's complement.
  const times = sparse(n, (i) => new Date(i % 2 === 0 ? Date.UTC(2026, 9, 1) + i * 60_000 : Date.UTC(1969, 11, 31) - i * 1_234_567));

  it('numeric: nulls become NaN, values are kept, in one chunk and in sliced chunks', () => {
    const whole = new Table({ x: vectorFromArray(numbers, new Float64()) });
    for (const t of [whole, chunked(whole, 'x')]) {
      const values = numericValues(t, 'x');
      assert.equal(values.length, n);
      numbers.forEach((v, i) => assert.ok(v === null ? Number.isNaN(values[i]) : values[i] === v, `row ${i}`));
    }
  });

  it('numeric from integers: the same, through the integer path', () => {
    const ints = sparse(n, (i) => i - 50);
    const values = numericValues(chunked(new Table({ x: vectorFromArray(ints, new Int32()) }), 'x'), 'x');
    ints.forEach((v, i) => assert.ok(v === null ? Number.isNaN(values[i]) : values[i] === v, `row ${i}`));
  });

  it('timestamps: epoch milliseconds, nulls as NaN', () => {
    const column = vectorFromArray(times, new TimestampMillisecond());
    assert.ok(column.data[0]!.values instanceof BigInt64Array, 'Arrow stores these as Int64: the fast path is the one tested');
    const values = timestampValues(chunked(new Table({ t: column }), 't'), 't');
    times.forEach((v, i) => assert.ok(v === null ? Number.isNaN(values[i]) : values[i] === v.getTime(), `row ${i}`));
  });

  it('categorical: codes through one dictionary, null and the empty string as -1', () => {
    const dictionary = new CategoryDictionary();
    const codes = categoryCodes(chunked(new Table({ c: vectorFromArray(words, new Dictionary(new Utf8(), new Int32())) }), 'c'), 'c', dictionary);
    words.forEach((v, i) => assert.equal(codes[i], v === null || v === '' ? -1 : dictionary.codeOf(v), `row ${i}`));
  });

  describe('columns in shared memory are read in place', () => {
    // Rows 1 and 4 are null by the bitmap (0b11101101 = rows 0, 2, 3, 5, 6, 7 valid).
    const bitmap = Uint8Array.of(0b11101101);
    const inSharedMemory = <T extends Float64Array | Int32Array>(make: (buffer: SharedArrayBuffer) => T, values: number[], bytesPerValue: number): T => {
      const array = make(new SharedArrayBuffer(values.length * bytesPerValue));
      array.set(values);
      return array;
    };
    const numericTable = (values: Float64Array): Table =>
      new Table({ x: makeVector(makeData({ type: new Float64(), length: values.length, nullCount: 2, nullBitmap: bitmap, data: values })) });
    const codedTable = (codes: Int32Array, entries: string[]): Table => {
      const dictionary = vectorFromArray(entries, new Utf8());
      const type = new Dictionary(new Utf8(), new Int32());
      return new Table({ c: makeVector(makeData({ type, length: codes.length, nullCount: 2, nullBitmap: bitmap, data: codes, dictionary })) });
    };

    it('numeric: a shared column with NaN at its nulls is returned as a view of the same memory', () => {
      const values = inSharedMemory((b) => new Float64Array(b), [1, NaN, 3, 4, NaN, 6, 7, 8], 8);
      const read = numericValues(numericTable(values), 'x');
      assert.equal(read.buffer, values.buffer);
      assert.equal(read.length, 8);
    });

    it('numeric: a number under a null, or a column in ordinary memory, is copied, and the shared bytes stay as they were', () => {
      const values = inSharedMemory((b) => new Float64Array(b), [1, 2, 3, 4, NaN, 6, 7, 8], 8);
      const read = numericValues(numericTable(values), 'x');
      assert.notEqual(read.buffer, values.buffer);
      assert.ok(Number.isNaN(read[1]));
      assert.equal(values[1], 2);
      const ordinary = Float64Array.of(1, NaN, 3, 4, NaN, 6, 7, 8);
      assert.notEqual(numericValues(numericTable(ordinary), 'x').buffer, ordinary.buffer);
    });

    it('categorical: codes already the dictionary\'s are a view; other orders and ordinary memory are copies with the right codes', () => {
      const dictionary = new CategoryDictionary();
      const first = inSharedMemory((b) => new Int32Array(b), [0, -1, 1, 2, -1, 0, 1, 2], 4);
      const firstCodes = categoryCodes(codedTable(first, ['a', 'b', 'c']), 'c', dictionary);
      assert.equal(firstCodes.buffer, first.buffer);
      // The other side lists its categories in another order: its indices must be translated.
      const second = inSharedMemory((b) => new Int32Array(b), [0, -1, 1, 2, -1, 0, 1, 2], 4);
      const secondCodes = categoryCodes(codedTable(second, ['c', 'a', 'b']), 'c', dictionary);
      assert.notEqual(secondCodes.buffer, second.buffer);
      assert.deepEqual([...secondCodes], [2, -1, 0, 1, -1, 2, 0, 1]);
      // The same order in ordinary memory: the same codes, in a fresh array, -1 at the nulls whatever the index.
      const ordinary = Int32Array.of(0, 7, 1, 2, 7, 0, 1, 2);
      const ordinaryCodes = categoryCodes(codedTable(ordinary, ['a', 'b', 'c']), 'c', dictionary);
      assert.notEqual(ordinaryCodes.buffer, ordinary.buffer);
      assert.deepEqual([...ordinaryCodes], [0, -1, 1, 2, -1, 0, 1, 2]);
    });
  });
});
