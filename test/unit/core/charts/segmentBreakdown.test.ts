import { strict as assert } from 'node:assert';
import { segmentBreakdown } from '../../../../src/core/charts/segmentBreakdown';
import { defaultThresholds } from '../../../../src/core/drift/thresholds';
import { hostileHtml, sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('segmentBreakdown', () => {
  before(loadVegaLite);
  const report = sampleReport();

  it('compiles, describes itself and keeps segment values out of expressions', () => {
    assertSafeChart(segmentBreakdown('f1', hostileHtml, report.segments, defaultThresholds.psi), workspaceStrings);
  });

  it('lists the feature in each segment worst first, with the PSI levels as rules', () => {
    const chart = segmentBreakdown('f1', hostileHtml, report.segments, defaultThresholds.psi);
    assert.deepEqual(dataValues(chart.spec, 0).map((v) => [v.segment, v.psi, v.severity]), [
      ['device = tablet', 0.9, 'critical'],
      ['device = __proto__', 0.05, 'ok'],
    ]);
    assert.deepEqual(dataValues(chart.spec, 1), [{ level: 0.1 }, { level: 0.2 }]);
    assert.match(chart.description, /1 segments drift .* carrying 12\.0% of current traffic/);
  });

  it('is empty for a feature that no segment carries', () => {
    assert.equal(segmentBreakdown('f9', 'x', report.segments, defaultThresholds.psi).table.rows.length, 0);
  });
});
