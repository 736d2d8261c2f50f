import { strict as assert } from 'node:assert';
import { mergeSorted } from '../../../../src/core/stats/mergeSorted';
import { RADIX_MIN_LENGTH, radixSortFinite, sortFinite } from '../../../../src/core/stats/radixSort';

/** Deterministic pseudo-random doubles over many magnitudes, both signs, with specials (NaN, ±0, ±Infinity, extremes) mixed in. */
function awkwardValues(n: number): Float64Array {
  const values = new Float64Array(n);
  let state = 987654321;
  const specials = [0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1];
  for (let i = 0; i < n; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const u = state / 2147483648;
    values[i] = i % 97 === 0 ? specials[i % specials.length]! : (u - 0.5) * 10 ** ((i % 40) - 20);
  }
  return values;
}

/** What the sort promises, by the built-in comparison sort: finite values only, -0 as +0, ascending. */
function expectedOrder(values: Float64Array): Float64Array {
  return Float64Array.from(Array.from(values).filter(Number.isFinite), (v) => v + 0).sort();
}

function assertSameOrder(actual: Float64Array, expected: Float64Array): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    assert.ok(Object.is(actual[i], expected[i]), `index ${i}: ${actual[i]} vs ${expected[i]}`);
  }
}

describe('radixSortFinite', () => {
  it('orders the finite doubles exactly as Float64Array.prototype.sort, NaN and infinities left out, -0 as +0', () => {
    const values = awkwardValues(50000);
    const sorted = radixSortFinite(values);
    assertSameOrder(sorted, expectedOrder(values));
    assert.ok(!sorted.some((v) => Object.is(v, -0)));
  });

  it('sorts integer-valued columns (passes with one shared digit are skipped) and leaves the input alone', () => {
    const values = Float64Array.from({ length: 30000 }, (_, i) => (i * 7919) % 101);
    const copy = Float64Array.from(values);
    assertSameOrder(radixSortFinite(values), expectedOrder(values));
    assertSameOrder(values, copy);
  });

  it('sorts a constant column (no pass needed: the keys are only decoded) and a one-digit-apart one', () => {
    const constant = new Float64Array(20000).fill(-2.5);
    assertSameOrder(radixSortFinite(constant), expectedOrder(constant));
    const twoValues = Float64Array.from({ length: 20000 }, (_, i) => (i % 3 === 0 ? 1 : 1 + 2 ** -52));
    assertSameOrder(radixSortFinite(twoValues), expectedOrder(twoValues));
  });

  describe('the low word: by insertion after two passes, or by two more passes', () => {
    /** Deterministic doubles in [lo, hi). */
    const uniform = (n: number, lo: number, hi: number, seed: number): Float64Array => {
      let state = seed;
      return Float64Array.from({ length: n }, () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return lo + ((hi - lo) * state) / 2147483648;
      });
    };

    it('orders values that share high words by insertion (one binade, 200k values in 2^20 high words)', () => {
      const values = uniform(200_000, 1, 2, 42);
      assertSameOrder(radixSortFinite(values), expectedOrder(values));
    });

    it('takes the four passes for values packed closer than the high word tells apart', () => {
      const values = uniform(100_000, 0.5, 0.5 + 1e-9, 7);
      assertSameOrder(radixSortFinite(values), expectedOrder(values));
    });

    it('starts over with the four passes when a dense cluster sits inside a wide range (insertion would be quadratic)', () => {
      const cluster = uniform(90_000, 1, 1 + 1e-10, 3);
      const spread = uniform(10_000, -1e300, 1e300, 5);
      const values = new Float64Array(100_000);
      values.set(cluster);
      values.set(spread, cluster.length);
      assertSameOrder(radixSortFinite(values), expectedOrder(values));
    });
  });

  it('reads a subarray view at a non-zero byte offset', () => {
    const values = awkwardValues(40000).subarray(3, 39000);
    assertSameOrder(radixSortFinite(values), expectedOrder(values));
  });

  it('reuses its scratch across calls of different lengths without mixing them', () => {
    const large = awkwardValues(60000);
    const small = Float64Array.from({ length: 20000 }, (_, i) => 20000 - i);
    assertSameOrder(radixSortFinite(large), expectedOrder(large));
    assertSameOrder(radixSortFinite(small), expectedOrder(small));
    assertSameOrder(radixSortFinite(large), expectedOrder(large));
  });

  it('writes into a caller buffer when given one, radix and comparison sort alike, past whatever it held', () => {
    for (const values of [awkwardValues(50000), awkwardValues(RADIX_MIN_LENGTH - 1)]) {
      const into = new Float64Array(values.length + 10).fill(-123);
      const { sorted } = sortFinite(values, into);
      assert.equal(sorted.buffer, into.buffer, 'a view of the buffer given');
      assertSameOrder(sorted, expectedOrder(values));
    }
  });

  it('sortFinite uses the comparison sort below the threshold, with the same result', () => {
    const small = awkwardValues(RADIX_MIN_LENGTH - 1);
    assertSameOrder(sortFinite(small).sorted, expectedOrder(small));
    assert.equal(sortFinite(new Float64Array(0)).sorted.length, 0);
    assert.equal(sortFinite(Float64Array.of(NaN, Infinity)).sorted.length, 0);
  });

  it('sortFinite counts the NaN values it leaves out, radix and comparison sort alike, and not the infinities', () => {
    for (const values of [awkwardValues(50000), awkwardValues(RADIX_MIN_LENGTH - 1)]) {
      const nans = Array.from(values).filter((v) => Number.isNaN(v)).length;
      assert.ok(nans > 0 && Array.from(values).some((v) => v === Infinity), 'the sample holds both');
      assert.equal(sortFinite(values).missing, nans);
    }
  });
});

describe('mergeSorted', () => {
  it('merges two ascending arrays, ties and empty sides included', () => {
    assert.deepEqual([...mergeSorted(Float64Array.of(1, 2, 2, 5), Float64Array.of(0, 2, 6))], [0, 1, 2, 2, 2, 5, 6]);
    assert.deepEqual([...mergeSorted(new Float64Array(0), Float64Array.of(3))], [3]);
    assert.deepEqual([...mergeSorted(Float64Array.of(3), new Float64Array(0))], [3]);
    const into = new Float64Array(9).fill(7);
    assert.deepEqual([...mergeSorted(Float64Array.of(1, 4), Float64Array.of(2), into)], [1, 2, 4]);
    assert.deepEqual([...into.subarray(0, 4)], [1, 2, 4, 7], 'written into the buffer given, nothing past the result');
  });
});
