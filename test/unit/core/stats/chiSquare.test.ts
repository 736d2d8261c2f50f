import { strict as assert } from 'node:assert';
import { chiSquareHomogeneity } from '../../../../src/core/stats/chiSquare';
import { assertRelative, reference } from './referenceFixture';

describe('chiSquareHomogeneity', () => {
  it('matches scipy.stats.chi2_contingency (Yates when dof = 1): statistic 1e-9, p 1e-6 relative', () => {
    for (const c of reference.chiSquare) {
      const result = chiSquareHomogeneity(c.baseline, c.current);
      assert.equal(result.dof, c.dof, `dof ${c.baseline} / ${c.current}`);
      assertRelative(result.statistic, c.statistic, 1e-9, `statistic ${c.baseline} / ${c.current}`);
      assertRelative(result.pValue, c.pValue, 1e-6, `p ${c.baseline} / ${c.current}`);
    }
  });

  it('drops categories empty on both sides, and gives dof 0, statistic 0, p 1 for a single category', () => {
    assert.deepEqual(chiSquareHomogeneity([5, 0], [7, 0]), { statistic: 0, pValue: 1, dof: 0 });
  });

  it('is NaN for an all-null side and rejects negative or mismatched counts', () => {
    const empty = chiSquareHomogeneity([0, 0], [3, 4]);
    assert.ok(Number.isNaN(empty.statistic) && Number.isNaN(empty.pValue));
    assert.throws(() => chiSquareHomogeneity([1, -1], [1, 1]), /non-negative/);
    assert.throws(() => chiSquareHomogeneity([1], [1, 1]), /same categories/);
  });
});
