import { strict as assert } from 'node:assert';
import { jensenShannonDistance } from '../../../../src/core/stats/jensenShannon';
import { assertRelative, reference } from './referenceFixture';

describe('jensenShannonDistance', () => {
  it('matches scipy.spatial.distance.jensenshannon(base=2) to 1e-9 relative on categories', () => {
    for (const c of reference.jensenShannon) {
      assertRelative(jensenShannonDistance(c.p, c.q), c.value, 1e-9, `JS ${c.p} vs ${c.q}`);
    }
  });

  it('matches it on the PSI bins of numeric features', () => {
    for (const c of reference.psi) {
      assertRelative(jensenShannonDistance(c.baselineCounts, c.currentCounts), c.jensenShannon, 1e-9, c.current);
    }
  });

  it('is 0 for identical and 1 for disjoint distributions, NaN for an empty side', () => {
    assert.equal(jensenShannonDistance([3, 1], [6, 2]), 0);
    assert.equal(jensenShannonDistance([1, 0], [0, 1]), 1);
    assert.ok(Number.isNaN(jensenShannonDistance([0, 0], [0, 1])));
  });
});
