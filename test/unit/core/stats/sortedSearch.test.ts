import { strict as assert } from 'node:assert';
import { countAtOrBelow, countBelow } from '../../../../src/core/stats/sortedSearch';

describe('sortedSearch', () => {
  const sorted = Float64Array.from([-1, 0, 0, 0, 2.5, 7]);

  it('counts values below and at-or-below a point, ties included on the right side only', () => {
    assert.equal(countBelow(sorted, 0), 1);
    assert.equal(countAtOrBelow(sorted, 0), 4);
    assert.equal(countBelow(sorted, 2.5), 4);
    assert.equal(countAtOrBelow(sorted, 2.5), 5);
  });

  it('answers 0 and n outside the range, and 0 on an empty array', () => {
    assert.equal(countBelow(sorted, -Infinity), 0);
    assert.equal(countAtOrBelow(sorted, -2), 0);
    assert.equal(countBelow(sorted, 8), sorted.length);
    assert.equal(countAtOrBelow(sorted, Infinity), sorted.length);
    assert.equal(countBelow(new Float64Array(0), 1), 0);
  });

  it('treats -0 and +0 as the same point', () => {
    assert.equal(countBelow(sorted, -0), 1);
    assert.equal(countAtOrBelow(sorted, -0), 4);
  });
});
