import { strict as assert } from 'node:assert';
import { binaryPredictionEntropy } from '../../../../src/core/stats/entropy';
import { assertRelative, decode, reference } from './referenceFixture';

describe('binaryPredictionEntropy', () => {
  it('matches numpy on -(s ln s + (1-s) ln(1-s)) with 0 ln 0 = 0', () => {
    for (const c of reference.entropy) {
      const result = binaryPredictionEntropy(decode(c.scores));
      assertRelative(result.mean, c.mean, 1e-12, 'mean');
      if (c.std === 0) assert.ok(result.std < 1e-15, `std ${result.std}`);
      else assertRelative(result.std, c.std, 1e-10, 'std');
    }
  });

  it('is ln 2 at 0.5, 0 at certain scores, and NaN when no score is usable', () => {
    assert.equal(binaryPredictionEntropy(Float64Array.from([0.5])).mean, Math.LN2);
    assert.equal(binaryPredictionEntropy(Float64Array.from([0, 1])).mean, 0);
    assert.ok(Number.isNaN(binaryPredictionEntropy(Float64Array.from([NaN, 2])).mean));
  });
});
