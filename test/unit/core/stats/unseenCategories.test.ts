import { strict as assert } from 'node:assert';
import { unseenCategories } from '../../../../src/core/stats/unseenCategories';

describe('unseenCategories', () => {
  it('lists the current categories absent from the baseline with their shares, largest first', () => {
    const baseline = new Map([['ios', 50], ['android', 40], ['web', 0]]);
    const current = new Map([['ios', 30], ['tablet', 5], ['android', 50], ['web', 10], ['tv', 5]]);
    const result = unseenCategories(baseline, current);
    assert.deepEqual(result.categories, [
      { value: 'web', count: 10, share: 0.1 },
      { value: 'tablet', count: 5, share: 0.05 },
      { value: 'tv', count: 5, share: 0.05 },
    ]);
    assert.equal(result.share, 0.2);
  });

  it('is empty with share 0 when nothing is new or current is empty', () => {
    const baseline = new Map([['a', 1]]);
    assert.deepEqual(unseenCategories(baseline, new Map([['a', 9]])), { categories: [], share: 0 });
    assert.deepEqual(unseenCategories(baseline, new Map()), { categories: [], share: 0 });
  });

  it('treats every current category as unseen against an all-null baseline', () => {
    const result = unseenCategories(new Map(), new Map([['x', 3], ['y', 1]]));
    assert.equal(result.share, 1);
    assert.equal(result.categories.length, 2);
  });
});
