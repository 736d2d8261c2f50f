import { strict as assert } from 'node:assert';
import { sparkline } from '../../../../src/core/charts/sparkline';
import { sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('sparkline', () => {
  before(loadVegaLite);
  const [, numeric, categorical] = sampleReport().features;

  it('sketches a numeric feature from its display histogram', () => {
    const chart = sparkline(numeric!)!;
    assertSafeChart(chart, workspaceStrings);
    assert.deepEqual(dataValues(chart.spec).map((v) => v.current), [0.1, 0.2, 0.3, 0.2, 0.2]);
  });

  it('sketches a categorical feature from its top categories', () => {
    const chart = sparkline(categorical!)!;
    assertSafeChart(chart, workspaceStrings);
    assert.equal(dataValues(chart.spec).length, 4);
  });

  it('is null without a distribution', () => {
    const charts = { ...(numeric!.charts as object), histogram: null } as NonNullable<typeof numeric>['charts'];
    assert.equal(sparkline({ name: 'x', charts }), null);
  });
});
