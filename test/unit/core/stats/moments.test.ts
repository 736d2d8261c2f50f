import { strict as assert } from 'node:assert';
import { mean, standardDeviation } from '../../../../src/core/stats/moments';
import { numericSample } from '../../../../src/core/stats/sample';
import { assertRelative, rawSample, reference } from './referenceFixture';

describe('mean and standardDeviation', () => {
  it('match np.mean and np.std (ddof 0)', () => {
    for (const c of reference.moments) {
      const x = numericSample(rawSample(c.sample)).sorted;
      // Relative to the mean absolute value: a mean near 0 is ill-conditioned, and there numpy's pairwise sum
      // is the less exact one (gen3000: ours is the correctly rounded mean, numpy is 7e-14 off).
      const scale = mean(x.map(Math.abs));
      assert.ok(Math.abs(mean(x) - c.mean) <= 1e-14 * scale, `mean ${c.sample}: ${mean(x)} vs ${c.mean}`);
      // A constant sample: numpy's pairwise mean leaves 8.9e-16 of rounding noise, ours is exactly 0.
      if (c.std < 1e-14 * Math.abs(c.mean)) assert.ok(standardDeviation(x) <= c.std, `std ${c.sample}`);
      else assertRelative(standardDeviation(x), c.std, 1e-12, `std ${c.sample}`);
    }
  });

  it('stays exact on a large offset where a one-pass formula cancels', () => {
    const x = Float64Array.from([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    assert.equal(mean(x), 1e9 + 10);
    assert.equal(standardDeviation(x), Math.sqrt(22.5));
  });

  it('is NaN for an empty array', () => {
    assert.ok(Number.isNaN(mean(new Float64Array(0))));
    assert.ok(Number.isNaN(standardDeviation(new Float64Array(0))));
  });
});
