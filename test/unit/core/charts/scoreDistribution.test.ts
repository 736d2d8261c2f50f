import { strict as assert } from 'node:assert';
import { scoreDistribution } from '../../../../src/core/charts/scoreDistribution';
import { sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('scoreDistribution', () => {
  before(loadVegaLite);
  const histogram = sampleReport().prediction.scoreHistogram!;

  it('compiles and describes itself as the score distribution', () => {
    const chart = scoreDistribution('score', histogram);
    assertSafeChart(chart, workspaceStrings);
    assert.equal(chart.kind, 'scoreDistribution');
    assert.match(chart.description, /^Prediction score distribution\. Histogram of score/);
    assert.equal(dataValues(chart.spec).length, 8);
  });
});
