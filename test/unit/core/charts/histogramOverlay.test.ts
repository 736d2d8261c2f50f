import { strict as assert } from 'node:assert';
import { histogramOverlay } from '../../../../src/core/charts/histogramOverlay';
import type { NumericCharts } from '../../../../src/core/drift/report';
import { hostileHtml, sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('histogramOverlay', () => {
  before(loadVegaLite);
  const histogram = (sampleReport().features[1]!.charts as NumericCharts).histogram!;

  it('compiles, describes itself and keeps names out of expressions', () => {
    assertSafeChart(histogramOverlay(hostileHtml, histogram), workspaceStrings);
  });

  it('draws both sides over every bin with the report shares', () => {
    const chart = histogramOverlay('income', histogram);
    const values = dataValues(chart.spec);
    assert.equal(values.length, 2 * 5);
    assert.deepEqual(values.filter((v) => v.side === 'current').map((v) => v.share), [0.1, 0.2, 0.3, 0.2, 0.2]);
    assert.deepEqual(values.slice(0, 2).map((v) => [v.x0, v.x1]), [[0, 10], [0, 10]]);
  });

  it('reports out-of-range counts and the widest gap in words and table', () => {
    const chart = histogramOverlay('income', histogram);
    assert.match(chart.description, /15 current values fall outside/);
    assert.match(chart.description, /\[0, 10\): baseline 20\.0%, current 10\.0%/);
    assert.deepEqual(chart.table.rows[0], ['below range (count)', 0, 3]);
    assert.deepEqual(chart.table.rows.at(-1), ['above range (count)', 1, 12]);
    assert.equal(chart.table.rows[5]![0], '[40, 50]');
  });
});
