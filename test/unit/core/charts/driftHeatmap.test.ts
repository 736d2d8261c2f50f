import { strict as assert } from 'node:assert';
import { driftHeatmap } from '../../../../src/core/charts/driftHeatmap';
import { sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('driftHeatmap', () => {
  before(loadVegaLite);
  const report = sampleReport();
  const timeline = report.timeline!;
  const rows = report.features.map((feature, i) => ({ feature, series: timeline.series[i]! }));

  it('compiles, describes itself and keeps names out of expressions (rows ordered by a number, not a name list)', () => {
    assertSafeChart(driftHeatmap({ timeline, rows }), workspaceStrings);
  });

  it('colours each cell by its multiple of the feature threshold and marks onsets', () => {
    const chart = driftHeatmap({ timeline, rows });
    const cells = dataValues(chart.spec, 0);
    assert.equal(cells.length, 30);
    const last = cells.find((c) => c.order === 1 && c.chunk === timeline.chunks[9]!.start)!;
    assert.ok(Math.abs((last.ratio as number) - 5) < 1e-12);
    assert.deepEqual(dataValues(chart.spec, 1).map((o) => [o.feature, o.chunk]), [[report.features[1]!.name, timeline.chunks[4]!.start]]);
    assert.match(chart.description, /3 features and 10 chunks.*2 features exceed.*1 have an onset/);
  });
});
