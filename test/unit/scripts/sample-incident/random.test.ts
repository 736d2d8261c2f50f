import { strict as assert } from 'node:assert';
import { Random } from '../../../../scripts/sample-incident/random';

describe('sample-incident Random', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const first = Array.from({ length: 5 }, () => a.nextUint32());
    assert.deepEqual(first, Array.from({ length: 5 }, () => b.nextUint32()));
    assert.notDeepEqual(first, Array.from({ length: 5 }, () => c.nextUint32()));
  });

  it('draws uniforms in [0, 1) and normals with mean 0 and variance 1', () => {
    const rng = new Random(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      min = Math.min(min, u);
      max = Math.max(max, u);
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
    }
    assert.ok(min >= 0 && max < 1);
    // 5 standard errors: a broken transform misses these by far more.
    assert.ok(Math.abs(sum / n) < 5 / Math.sqrt(n), `mean ${sum / n}`);
    assert.ok(Math.abs(sumSq / n - 1) < 5 * Math.sqrt(2 / n), `variance ${sumSq / n}`);
  });

  it('draws Poisson counts with the requested mean on both sides of the method switch', () => {
    const rng = new Random(11);
    for (const mean of [2.5, 80]) {
      let sum = 0;
      const n = 50_000;
      for (let i = 0; i < n; i++) sum += rng.poisson(mean);
      assert.ok(Math.abs(sum / n - mean) < 5 * Math.sqrt(mean / n), `mean ${sum / n} for ${mean}`);
    }
  });

  it('picks weighted choices in proportion', () => {
    const rng = new Random(3);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 40_000; i++) counts[rng.weighted(['a', 'b'] as const, [3, 1])]++;
    assert.ok(Math.abs(counts.a / 40_000 - 0.75) < 0.01, JSON.stringify(counts));
  });
});
