import { strict as assert } from 'node:assert';
import { nonFiniteRate, nullRate, numericSample } from '../../../../src/core/stats/sample';

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

  it('treats rows rejected by isValid as missing, whatever value they hold', () => {
    const s = numericSample(Float64Array.from([5, 0, 7, Infinity]), (i) => i !== 1 && i !== 3);
    assert.deepEqual([...s.sorted], [5, 7]);
    assert.equal(s.nullCount, 2);
    assert.equal(s.nonFiniteCount, 0);
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
