import { strict as assert } from 'node:assert';
import { quantileHistogram } from '../../../../src/core/charts/quantileHistogram';
import { hostileHtml, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('quantileHistogram', () => {
  before(loadVegaLite);
  const quantiles = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99].map((p, i) => ({ p, value: [0, 2, 10, 20, 30, 60, 100][i]! }));

  it('compiles, describes itself and keeps names out of expressions', () => {
    assertSafeChart(quantileHistogram(hostileHtml, quantiles)!, workspaceStrings);
  });

  it('gives each interval between quantiles its share as a density', () => {
    const chart = quantileHistogram('x', quantiles)!;
    const values = dataValues(chart.spec);
    assert.equal(values.length, 6);
    assert.deepEqual(values[2], { x0: 10, x1: 20, share: 0.25, density: 0.025 });
    assert.match(chart.description, /98\.0% of values lie between 0 and 100, median 20\./);
  });

  it('keeps zero-width intervals in the table only, and needs two distinct quantiles', () => {
    const flat = [{ p: 0.25, value: 5 }, { p: 0.5, value: 5 }, { p: 0.75, value: 6 }];
    const chart = quantileHistogram('x', flat)!;
    assert.equal(dataValues(chart.spec).length, 1);
    assert.equal(chart.table.rows.length, 2);
    assert.equal(quantileHistogram('x', [{ p: 0.5, value: 1 }]), null);
    assert.equal(quantileHistogram('x', [{ p: 0.25, value: 1 }, { p: 0.75, value: 1 }]), null);
  });
});
