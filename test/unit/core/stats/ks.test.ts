import { strict as assert } from 'node:assert';
import { ksTwoSample } from '../../../../src/core/stats/ks';
import { numericSample } from '../../../../src/core/stats/sample';
import { assertRelative, rawSample, reference } from './referenceFixture';

describe('ksTwoSample', () => {
  for (const c of reference.ks) {
    it(`matches scipy.stats.ks_2samp on ${c.a} vs ${c.b} (${c.method}, p=${c.pValue.toPrecision(3)})`, () => {
      const a = numericSample(rawSample(c.a)).sorted;
      const b = numericSample(rawSample(c.b)).sorted;
      const result = ksTwoSample(a, b);
      assert.equal(result.method, c.method);
      assertRelative(result.statistic, c.statistic, 1e-12, 'D');
      assertRelative(result.pValue, c.pValue, 1e-6, 'p-value');
    });
  }

  it('covers both regimes, unequal sizes, ties, p near 1 and p below 1e-290', () => {
    const cases = reference.ks;
    assert.ok(cases.some((c) => c.method === 'exact' && c.pValue < 1e-290));
    assert.ok(cases.some((c) => c.method === 'asymptotic' && c.pValue > 0 && c.pValue < 1e-290));
    assert.ok(cases.some((c) => c.method === 'asymptotic' && c.pValue > 0.999));
    assert.ok(cases.some((c) => c.a.includes('ties') && c.method === 'asymptotic'));
  });

  it('is symmetric in its arguments', () => {
    const a = numericSample(rawSample('gen3000')).sorted;
    const b = numericSample(rawSample('gen2500sq')).sorted;
    assert.deepEqual(ksTwoSample(a, b), ksTwoSample(b, a));
  });

  it('gives D = 0 and p = 1 for identical samples, and NaN when a side is empty', () => {
    const a = Float64Array.from([1, 2, 2, 3]);
    assert.deepEqual(ksTwoSample(a, a), { statistic: 0, pValue: 1, method: 'exact' });
    const empty = ksTwoSample(a, new Float64Array(0));
    assert.ok(Number.isNaN(empty.statistic) && Number.isNaN(empty.pValue));
  });
});
