import { strict as assert } from 'node:assert';
import { ecdfPair } from '../../../../src/core/charts/ecdfPair';
import type { NumericCharts } from '../../../../src/core/drift/report';
import { hostileHtml, sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('ecdfPair', () => {
  before(loadVegaLite);
  const charts = sampleReport().features[1]!.charts as NumericCharts;

  it('compiles, describes itself and keeps names out of expressions', () => {
    assertSafeChart(ecdfPair(hostileHtml, charts.ecdf, charts.ksLocation, 0.31), workspaceStrings);
  });

  it('marks the KS distance with a rule spanning both ECDFs at its location', () => {
    const chart = ecdfPair('income', charts.ecdf, charts.ksLocation, 0.31);
    assert.deepEqual(dataValues(chart.spec, 1), [{ x: 20, low: 0.3, high: 0.5 }]);
    assert.equal(dataValues(chart.spec, 2)[0]!.text, 'D = 0.31');
    assert.match(chart.description, /D = 0\.31, is at 20/);
    assert.equal(dataValues(chart.spec, 0).length, 12);
  });

  it('lists about 20 evenly spaced points per side in its table, and draws them all', () => {
    const x = Array.from({ length: 200 }, (_, i) => i);
    const y = x.map((v) => (v + 1) / 200);
    const chart = ecdfPair('income', { baseline: { x, y }, current: { x, y } }, null, null);
    assert.equal(dataValues(chart.spec, 0).length, 400);
    assert.equal(chart.table.rows.length, 2 * 21);
    assert.deepEqual(chart.table.rows[20], ['baseline', 199, 1]);
  });

  it('draws only the lines when there is no KS location', () => {
    const chart = ecdfPair('income', charts.ecdf, null, null);
    assert.equal((chart.spec as { layer: unknown[] }).layer.length, 1);
  });
});
