import { strict as assert } from 'node:assert';
import { binCounts, psiBinEdges } from '../../../../src/core/stats/psiBins';
import { numericSample } from '../../../../src/core/stats/sample';
import { rawSample, reference } from './referenceFixture';

describe('psiBinEdges and binCounts', () => {
  it('match the numpy deciles and open-bin counts exactly', () => {
    for (const c of reference.psi) {
      const baseline = numericSample(rawSample(c.baseline)).sorted;
      const current = numericSample(rawSample(c.current)).sorted;
      const edges = psiBinEdges(baseline);
      assert.deepEqual([...edges], c.edges, `${c.baseline} edges`);
      assert.deepEqual([...binCounts(baseline, edges)], c.baselineCounts, `${c.baseline} counts`);
      assert.deepEqual([...binCounts(current, edges)], c.currentCounts, `${c.current} counts on ${c.baseline} bins`);
    }
  });

  it('has no interior edge for a constant or empty baseline', () => {
    assert.equal(psiBinEdges(Float64Array.from([4.2, 4.2, 4.2])).length, 0);
    assert.equal(psiBinEdges(new Float64Array(0)).length, 0);
    assert.deepEqual([...binCounts(Float64Array.from([1, 2, 3]), new Float64Array(0))], [3]);
  });

  it('merges repeated edges of a baseline with heavy ties', () => {
    const baseline = Float64Array.from([0, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
    // np.unique(np.percentile(baseline, np.linspace(0, 100, 11))[1:-1]), numpy 1.24: six deciles are 0.
    assert.deepEqual([...psiBinEdges(baseline)], [0, 0.2999999999999998, 1.2000000000000002, 2.0999999999999996]);
  });

  it('puts a value equal to an edge in the bin that starts there, and far values in the open outer bins', () => {
    const edges = Float64Array.from([1, 2, 3]);
    const values = Float64Array.from([-1e300, 0.999, 1, 1.5, 2, 3, 3, 1e300]);
    assert.deepEqual([...binCounts(values, edges)], [2, 2, 1, 3]);
  });

  it('counts signed zeros together', () => {
    const edges = Float64Array.from([0]);
    assert.deepEqual([...binCounts(numericSample(Float64Array.from([-0, 0, -1, 1])).sorted, edges)], [1, 3]);
  });
});
