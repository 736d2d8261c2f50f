// The one merge walk against brute force on the pooled values: the largest and smallest F_a - F_b, the
// area between the CDFs, and the first place where they are furthest apart, ties and unequal sizes included.
import { strict as assert } from 'node:assert';
import { ecdfWalk } from '../../../../src/core/stats/ecdfWalk';

/** F(x) = share of `sorted` at or below x. */
function cdf(sorted: Float64Array, x: number): number {
  let k = 0;
  while (k < sorted.length && sorted[k]! <= x) k++;
  return k / sorted.length;
}

function bruteForce(a: Float64Array, b: Float64Array) {
  const pooled = [...new Set([...a, ...b])].sort((p, q) => p - q);
  let largest = 0;
  let smallest = 0;
  let area = 0;
  let farthest = { gap: -1, x: NaN, a: NaN, b: NaN };
  pooled.forEach((x, k) => {
    const fa = cdf(a, x);
    const fb = cdf(b, x);
    largest = Math.max(largest, fa - fb);
    smallest = Math.min(smallest, fa - fb);
    if (Math.abs(fa - fb) > farthest.gap) farthest = { gap: Math.abs(fa - fb), x, a: fa, b: fb };
    if (k + 1 < pooled.length) area += Math.abs(fa - fb) * (pooled[k + 1]! - x);
  });
  return { largest, smallest, area, farthest };
}

/** Deterministic integers in [0, range), sorted: many ties. */
function sample(n: number, range: number, seed: number, shift: number): Float64Array {
  let state = seed;
  return Float64Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((range * state) / 2147483648) + shift;
  }).sort();
}

describe('ecdfWalk', () => {
  const cases: [string, Float64Array, Float64Array][] = [
    ['shifted, with ties, unequal sizes', sample(300, 40, 1, 0), sample(170, 40, 2, 5)],
    ['identical samples', sample(100, 10, 3, 0), sample(100, 10, 3, 0)],
    ['one value each', Float64Array.of(2), Float64Array.of(7)],
    ['disjoint ranges', Float64Array.of(1, 2, 3), Float64Array.of(10, 11)],
  ];
  for (const [name, a, b] of cases) {
    it(name, () => {
      const walk = ecdfWalk(a, b);
      const expected = bruteForce(a, b);
      assert.equal(walk.largest, expected.largest);
      assert.equal(walk.smallest, expected.smallest);
      assert.ok(Math.abs(walk.wasserstein - expected.area) <= 1e-12 * Math.max(1, expected.area), `${walk.wasserstein} vs ${expected.area}`);
      assert.deepEqual(walk.farthest, { x: expected.farthest.x, a: expected.farthest.a, b: expected.farthest.b });
    });
  }
});
