import { strict as assert } from 'node:assert';
import { logGamma, lowerRegularizedGamma, upperRegularizedGamma } from '../../../../src/core/stats/gamma';
import { assertRelative, reference } from './referenceFixture';

describe('incomplete gamma', () => {
  it('upperRegularizedGamma matches scipy.special.gammaincc to 1e-12 relative', () => {
    for (const c of reference.upperGamma) {
      assertRelative(upperRegularizedGamma(c.a, c.x), c.q, 1e-12, `Q(${c.a}, ${c.x})`);
    }
  });

  it('logGamma matches scipy.special.gammaln to 1e-13 relative', () => {
    for (const c of reference.logGamma) {
      if (c.value === 0) assert.ok(Math.abs(logGamma(c.x)) < 1e-15, `lnΓ(${c.x})`);
      else assertRelative(logGamma(c.x), c.value, 1e-13, `lnΓ(${c.x})`);
    }
  });

  it('P + Q = 1, with the edge values at x = 0 and x = Infinity', () => {
    for (const [a, x] of [[0.5, 0.3], [3, 3], [40, 55]] as const) {
      assertRelative(lowerRegularizedGamma(a, x) + upperRegularizedGamma(a, x), 1, 1e-14, `a=${a} x=${x}`);
    }
    assert.equal(upperRegularizedGamma(2, 0), 1);
    assert.equal(upperRegularizedGamma(2, Infinity), 0);
    assert.ok(Number.isNaN(upperRegularizedGamma(0, 1)));
  });
});
