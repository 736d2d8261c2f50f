import { strict as assert } from 'node:assert';
import { quantileSorted } from '../../../../src/core/stats/quantile';
import { numericSample } from '../../../../src/core/stats/sample';
import { rawSample, reference } from './referenceFixture';

describe('quantileSorted', () => {
  it('matches np.percentile (linear) bit for bit', () => {
    for (const c of reference.quantile) {
      const sorted = numericSample(rawSample(c.sample)).sorted;
      c.percent.forEach((q, k) => {
        // np.percentile(x, q) computes p = q / 100 first: the same double here.
        assert.equal(quantileSorted(sorted, q / 100), c.expected[k], `${c.sample} q=${q}`);
      });
    }
  });

  it("uses numpy's b - (b - a)(1 - t) form when t >= 0.5", () => {
    // a + (b-a)·t and b - (b-a)·(1-t) differ in the last bit for these neighbours.
    const sorted = Float64Array.from([0.1, 0.7]);
    const t = 0.7;
    const upperForm = 0.7 - (0.7 - 0.1) * (1 - t);
    const lowerForm = 0.1 + (0.7 - 0.1) * t;
    assert.notEqual(upperForm, lowerForm, 'the example must distinguish the two forms');
    assert.equal(quantileSorted(sorted, t), upperForm);
  });

  it('returns the extremes at 0 and 1, the value for a sample of one, and NaN for an empty sample', () => {
    const sorted = Float64Array.from([-2, 5, 9]);
    assert.equal(quantileSorted(sorted, 0), -2);
    assert.equal(quantileSorted(sorted, 1), 9);
    assert.equal(quantileSorted(Float64Array.from([4]), 0.3), 4);
    assert.ok(Number.isNaN(quantileSorted(new Float64Array(0), 0.5)));
  });
});
