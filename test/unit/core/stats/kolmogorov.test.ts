import { strict as assert } from 'node:assert';
import { kolmogorovCdf, kolmogorovSurvival, smirnovSurvival } from '../../../../src/core/stats/kolmogorov';
import { assertRelative, reference } from './referenceFixture';

describe('kolmogorovSurvival (scipy.stats.kstwo.sf)', () => {
  for (const c of reference.kstwo) {
    it(`matches kstwo.sf(${c.d}, ${c.n}) = ${c.sf.toPrecision(6)}`, () => {
      assertRelative(kolmogorovSurvival(c.n, c.d), c.sf, 1e-6, `n=${c.n} d=${c.d}`);
    });
  }

  it('is 1 at d <= 0, 0 at d >= 1, NaN for a non-integer n, and the complement of the CDF', () => {
    assert.equal(kolmogorovSurvival(10, 0), 1);
    assert.equal(kolmogorovSurvival(10, 1), 0);
    assert.ok(Number.isNaN(kolmogorovSurvival(2.5, 0.3)));
    assert.equal(kolmogorovCdf(100, 0.1), 1 - kolmogorovSurvival(100, 0.1));
  });

  it('is non-increasing in d across the method boundaries', () => {
    for (const n of [20, 140, 141, 5000, 100001]) {
      let previous = 1;
      for (let i = 1; i < 400; i++) {
        const p = kolmogorovSurvival(n, i / 400);
        assert.ok(p <= previous + 1e-12, `n=${n} d=${i / 400}: ${p} > ${previous}`);
        previous = p;
      }
    }
  });
});

describe('smirnovSurvival (scipy.special.smirnov)', () => {
  for (const c of reference.smirnov) {
    it(`matches smirnov(${c.n}, ${c.d})`, () => {
      assertRelative(smirnovSurvival(c.n, c.d), c.sf, 1e-9, `n=${c.n} d=${c.d}`);
    });
  }
});
