import { strict as assert } from 'node:assert';
import { topCategories } from '../../../../src/core/charts/topCategories';
import { hostileHtml, hostileProto, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('topCategories', () => {
  before(loadVegaLite);
  const categories = [
    { value: hostileProto, count: 60 },
    { value: hostileHtml, count: 30 },
    { value: 'constructor', count: 10 },
  ];

  it('compiles, describes itself and keeps category names out of expressions', () => {
    assertSafeChart(topCategories(hostileHtml, categories, 200)!, workspaceStrings);
  });

  it('keeps the profile order and gives shares of all rows', () => {
    const chart = topCategories('device', categories, 200)!;
    assert.deepEqual(dataValues(chart.spec).map((v) => [v.category, v.order, v.share]), [
      [hostileProto, 0, 0.3],
      [hostileHtml, 1, 0.15],
      ['constructor', 2, 0.05],
    ]);
    assert.match(chart.description, /covering 50\.0% of rows; the first is "__proto__" with 30\.0%/);
    assert.equal(topCategories('x', [], 10), null);
  });
});
