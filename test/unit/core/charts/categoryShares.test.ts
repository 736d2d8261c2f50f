import { strict as assert } from 'node:assert';
import { categoryShares } from '../../../../src/core/charts/categoryShares';
import type { CategoricalCharts } from '../../../../src/core/drift/report';
import { hostileHtml, hostileProto, sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('categoryShares', () => {
  before(loadVegaLite);
  const charts = sampleReport().features[2]!.charts as CategoricalCharts;

  it('compiles, describes itself and keeps names out of expressions', () => {
    assertSafeChart(categoryShares(hostileProto, charts), workspaceStrings);
  });

  it('keeps hostile category names as data values with their shares', () => {
    const values = dataValues(categoryShares(hostileProto, charts).spec);
    assert.equal(values.length, 8);
    const proto = values.filter((v) => v.category === hostileProto);
    assert.deepEqual(proto.map((v) => [v.side, v.share]), [['baseline', 0.5], ['current', 0.4]]);
    assert.ok(values.some((v) => v.category === hostileHtml));
    assert.deepEqual(values.filter((v) => v.unseen !== '').map((v) => v.category), ['constructor', 'constructor']);
  });

  it('adds the remaining categories as one bar and names the largest change', () => {
    const chart = categoryShares('device', { ...charts, other: { baseline: 0.1, current: 0.2, count: 7 } });
    assert.deepEqual(chart.table.rows.at(-1), ['(7 other categories)', '10.0%', '20.0%', '']);
    assert.match(chart.description, /largest change is "__proto__": 50\.0% to 40\.0%/);
    assert.match(chart.description, /1 categories are new in current/);
  });
});
