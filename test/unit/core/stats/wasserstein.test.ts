import { strict as assert } from 'node:assert';
import { normedWasserstein, wassersteinDistance } from '../../../../src/core/stats/wasserstein';
import { standardDeviation } from '../../../../src/core/stats/moments';
import { numericSample } from '../../../../src/core/stats/sample';
import { assertRelative, rawSample, reference } from './referenceFixture';

describe('wassersteinDistance and normedWasserstein', () => {
  it('match scipy.stats.wasserstein_distance and the Evidently normalisation to 1e-9 relative', () => {
    for (const c of reference.wasserstein) {
      const a = numericSample(rawSample(c.a)).sorted;
      const b = numericSample(rawSample(c.b)).sorted;
      const distance = wassersteinDistance(a, b);
      assertRelative(distance, c.value, 1e-9, `W1 ${c.a} vs ${c.b}`);
      assertRelative(normedWasserstein(distance, standardDeviation(a)), c.normed, 1e-9, `normed ${c.a}`);
    }
  });

  it('is 0 for identical samples, symmetric, and the mean shift for a translated sample', () => {
    const a = Float64Array.from([0, 1, 1, 4]);
    assert.equal(wassersteinDistance(a, a), 0);
    const shifted = a.map((v) => v + 2.5);
    assert.equal(wassersteinDistance(a, shifted), 2.5);
    assert.equal(wassersteinDistance(shifted, a), 2.5);
  });

  it('floors the baseline std at 0.001 (constant baseline) and is NaN for an empty side', () => {
    assert.equal(normedWasserstein(0.5, 0), 500);
    assert.ok(Number.isNaN(wassersteinDistance(new Float64Array(0), Float64Array.from([1]))));
  });
});
