import { strict as assert } from 'node:assert';
import { expectedCalibrationError } from '../../../../src/core/stats/ece';
import { assertRelative, decode, reference } from './referenceFixture';

describe('expectedCalibrationError', () => {
  it('matches the brute-force numpy ECE and its bins, skipping rows with a missing score or label', () => {
    for (const c of reference.ece) {
      const result = expectedCalibrationError(decode(c.scores), decode(c.labels));
      assertRelative(result.value, c.value, 1e-12, 'ECE');
      assert.equal(result.bins.length, c.bins.length);
      c.bins.forEach((bin, k) => {
        const got = result.bins[k]!;
        assert.equal(got.count, bin.count);
        assert.equal(got.lower, bin.lower);
        assert.equal(got.upper, bin.upper);
        assertRelative(got.meanScore, bin.meanScore, 1e-12, `bin ${k} mean score`);
        assertRelative(got.meanLabel, bin.meanLabel, 1e-12, `bin ${k} mean label`);
      });
    }
  });

  it('puts a score of exactly 1 in the last bin and 0.5 in the sixth', () => {
    const result = expectedCalibrationError(Float64Array.from([1, 0.5]), Float64Array.from([1, 0]));
    assert.deepEqual(
      result.bins.map((b) => [b.lower, b.count]),
      [[0.5, 1], [0.9, 1]],
    );
    assert.equal(result.value, 0.25);
  });

  it('is NaN without any usable row and rejects mismatched lengths', () => {
    assert.ok(Number.isNaN(expectedCalibrationError(Float64Array.from([NaN]), Float64Array.from([1])).value));
    assert.throws(() => expectedCalibrationError(new Float64Array(2), new Float64Array(3)), /one label per score/);
  });
});
