import { strict as assert } from 'node:assert';
import { psiBinLabels, psiContributions } from '../../../../src/core/charts/psiContributions';
import type { NumericCharts } from '../../../../src/core/drift/report';
import { hostileHtml, sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('psiContributions', () => {
  before(loadVegaLite);
  const bins = (sampleReport().features[1]!.charts as NumericCharts).psiBins!;

  it('compiles, describes itself and keeps names out of expressions', () => {
    assertSafeChart(psiContributions(hostileHtml, bins), workspaceStrings);
  });

  it('labels the open outer bins as the statistic defines them', () => {
    assert.deepEqual(psiBinLabels([1, 2]), ['(−∞, 1)', '[1, 2)', '[2, +∞)']);
  });

  it('has one bar per bin, in bin order, summing to the PSI', () => {
    const chart = psiContributions('income', bins);
    const values = dataValues(chart.spec);
    assert.equal(values.length, 10);
    assert.deepEqual(values.map((v) => v.order), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const sum = values.reduce((s, v) => s + (v.contribution as number), 0);
    assert.ok(Math.abs(sum - 0.1387) < 1e-12);
    assert.match(chart.description, /summing to 0\.139; the largest, 0\.0693, is in \[45, \+∞\)/);
  });
});
