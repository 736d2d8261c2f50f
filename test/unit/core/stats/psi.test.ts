import { strict as assert } from 'node:assert';
import { PSI_ZERO_SHARE, populationStabilityIndex } from '../../../../src/core/stats/psi';
import { assertRelative, reference } from './referenceFixture';

describe('populationStabilityIndex', () => {
  it('matches the brute-force numpy PSI and its per-bin terms to 1e-9 relative', () => {
    for (const c of reference.psi) {
      const { value, contributions } = populationStabilityIndex(c.baselineCounts, c.currentCounts);
      assertRelative(value, c.psi, 1e-9, `PSI ${c.baseline} vs ${c.current}`);
      c.contributions.forEach((term, i) => assertRelative(contributions[i]!, term, 1e-9, `bin ${i}`));
    }
  });

  it('is 0 for identical distributions', () => {
    assert.equal(populationStabilityIndex([10, 20, 30], [1, 2, 3]).value, 0);
  });

  it('replaces an empty bin share by 1e-6 without renormalising', () => {
    const { value } = populationStabilityIndex([5, 5], [10, 0]);
    const expected = (1 - 0.5) * Math.log(1 / 0.5) + (PSI_ZERO_SHARE - 0.5) * Math.log(PSI_ZERO_SHARE / 0.5);
    assert.equal(value, expected);
  });

  it('is NaN when a side has no values (all null), and rejects mismatched bins', () => {
    assert.ok(Number.isNaN(populationStabilityIndex([0, 0], [1, 2]).value));
    assert.ok(Number.isNaN(populationStabilityIndex([1, 2], [0, 0]).value));
    assert.throws(() => populationStabilityIndex([1, 2], [1, 2, 3]), /same bins/);
  });
});
