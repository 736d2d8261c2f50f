// Columns to flat arrays: every null (by the validity bitmap) becomes NaN or -1 wherever it sits in a byte,
// in chunks of any length and at non-zero offsets, and every value reads as Arrow's own `get` reads it.
import { strict as assert } from 'node:assert';
import { Dictionary, Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray } from 'apache-arrow';
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
});
