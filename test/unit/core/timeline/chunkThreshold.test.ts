import { strict as assert } from 'node:assert';
import { chunkThreshold } from '../../../../src/core/timeline/chunkThreshold';

const settings = { sigmas: 3, minBaselineChunks: 6 };

describe('chunkThreshold', () => {
  it('learns mean + 3σ (population σ) from at least 6 baseline chunks', () => {
    // mean 0.02, population std 0.01 (numpy: np.mean, np.std of the same list)
    const values = [0.01, 0.03, 0.01, 0.03, 0.01, 0.03];
    const t = chunkThreshold(values, 0.1, settings);
    assert.equal(t.source, 'learned');
    assert.ok(Math.abs(t.threshold - 0.05) < 1e-15);
  });
  it('falls back to the absolute level below 6 chunks, ignoring non-finite values', () => {
    assert.deepEqual(chunkThreshold([0.01, 0.02, NaN, 0.01, 0.02, 0.03], 0.1, settings), { threshold: 0.1, source: 'absolute' });
  });
});
