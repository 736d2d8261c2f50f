import { strict as assert } from 'node:assert';
import { RADIX_MIN_LENGTH, radixSortFloat64, sortFloat64 } from '../../../../src/core/stats/radixSort';

/** Deterministic pseudo-random doubles over many magnitudes, both signs, with specials mixed in. */
function awkwardValues(n: number): Float64Array {
  const values = new Float64Array(n);
  let state = 987654321;
  const specials = [0, -0, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1];
  for (let i = 0; i < n; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const u = state / 2147483648;
    values[i] = i % 97 === 0 ? specials[i % specials.length]! : (u - 0.5) * 10 ** ((i % 40) - 20);
  }
  return values;
}

function assertSameOrder(actual: Float64Array, expected: Float64Array): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    assert.ok(Object.is(actual[i], expected[i]), `index ${i}: ${actual[i]} vs ${expected[i]}`);
  }
}

describe('radixSortFloat64', () => {
  it('orders doubles exactly as Float64Array.prototype.sort, signed zeros and infinities included', () => {
    const values = awkwardValues(50000);
    assertSameOrder(radixSortFloat64(values), Float64Array.from(values).sort());
  });

  it('sorts integer-valued columns (passes with one shared digit are skipped) and leaves the input alone', () => {
    const values = Float64Array.from({ length: 30000 }, (_, i) => (i * 7919) % 101);
    const copy = Float64Array.from(values);
    assertSameOrder(radixSortFloat64(values), Float64Array.from(values).sort());
    assertSameOrder(values, copy);
  });

  it('reads a subarray view at a non-zero byte offset', () => {
    const values = awkwardValues(40000).subarray(3, 39000);
    assertSameOrder(radixSortFloat64(values), Float64Array.from(values).sort());
  });

  it('sortFloat64 uses the comparison sort below the threshold, with the same result', () => {
    const small = awkwardValues(RADIX_MIN_LENGTH - 1);
    assertSameOrder(sortFloat64(small), Float64Array.from(small).sort());
    assert.equal(sortFloat64(new Float64Array(0)).length, 0);
  });
});
