import { strict as assert } from 'node:assert';
import { nonFiniteRate, nullRate, numericSample, numericSampleSince } from '../../../../src/core/stats/sample';

describe('numericSample', () => {
  it('counts NaN as missing and ±Infinity as non-finite, and sorts the finite rest', () => {
    const s = numericSample(Float64Array.from([3, NaN, -Infinity, 1, Infinity, 2, NaN]));
    assert.deepEqual([...s.sorted], [1, 2, 3]);
    assert.equal(s.total, 7);
    assert.equal(s.nullCount, 2);
    assert.equal(s.nonFiniteCount, 2);
    assert.equal(nullRate(s), 2 / 7);
    assert.equal(nonFiniteRate(s), 2 / 7);
  });

  it('normalises -0 to +0', () => {
    const s = numericSample(Float64Array.from([0, -0, -1, -0]));
    assert.deepEqual([...s.sorted], [-1, 0, 0, 0]);
    for (const v of s.sorted.subarray(1)) assert.ok(Object.is(v, 0), 'no -0 left');
  });

  it('gives an empty sample for an all-null column, and NaN rates for no rows', () => {
    const allNull = numericSample(Float64Array.from([NaN, NaN]));
    assert.equal(allNull.sorted.length, 0);
    assert.equal(nullRate(allNull), 1);
    const empty = numericSample(new Float64Array(0));
    assert.ok(Number.isNaN(nullRate(empty)));
    assert.ok(Number.isNaN(nonFiniteRate(empty)));
  });

  it('sorts a large column like a comparison sort would', () => {
    const values = new Float64Array(100000);
    let state = 12345;
    for (let i = 0; i < values.length; i++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      values[i] = (state / 2147483648 - 0.5) * 1e6 * (i % 7 === 0 ? 1e-9 : 1);
    }
    const expected = Float64Array.from(values).sort();
    assert.deepEqual(numericSample(values).sorted, expected);
  });
});

describe('numericSampleSince', () => {
  it('gives the whole column and the rows from a group on, each as numericSample would, with one sort per row', () => {
    const values = Float64Array.from({ length: 40000 }, (_, i) => (i % 50 === 0 ? NaN : i % 77 === 0 ? -Infinity : Math.sin(i) * 1000 + (i % 3 === 0 ? -0 : 0)));
    const groupOf = Int32Array.from({ length: values.length }, (_, i) => (i % 11 === 0 ? -1 : Math.floor(i / 4000)));
    const { whole, since } = numericSampleSince(values, groupOf, 6);
    assert.deepEqual(whole, numericSample(values));
    assert.deepEqual(since, numericSample(values.filter((_, i) => groupOf[i]! >= 6)));
    // The same samples written into buffers a caller reuses (filled with garbage first).
    const buffer = () => new Float64Array(values.length).fill(99);
    const into = numericSampleSince(values, groupOf, 6, { before: buffer(), since: buffer(), whole: buffer() });
    assert.deepEqual([...into.whole.sorted], [...whole.sorted]);
    assert.deepEqual([...into.since.sorted], [...since.sorted]);
    assert.deepEqual([into.whole.nullCount, into.since.nonFiniteCount], [whole.nullCount, since.nonFiniteCount]);
  });

  it('gives an empty since-sample when no row reaches the group, and the whole column when every row does', () => {
    const values = Float64Array.of(3, 1, NaN, 2);
    const none = numericSampleSince(values, Int32Array.of(0, 0, 1, 1), 2);
    assert.equal(none.since.total, 0);
    assert.deepEqual(none.whole, numericSample(values));
    const all = numericSampleSince(values, Int32Array.of(2, 3, 2, 4), 2);
    assert.deepEqual(all.since, numericSample(values));
  });
});
