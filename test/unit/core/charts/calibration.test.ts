import { strict as assert } from 'node:assert';
import { calibration } from '../../../../src/core/charts/calibration';
import { sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('calibration', () => {
  before(loadVegaLite);
  const cal = sampleReport().prediction.calibration!;

  it('compiles and describes both ECEs', () => {
    const chart = calibration(cal.baseline, cal.current);
    assertSafeChart(chart, workspaceStrings);
    assert.match(chart.description, /ECE baseline 0\.02, current 0\.09/);
  });

  it('draws the diagonal and every non-empty bin; the table keeps empty ones', () => {
    const chart = calibration(cal.baseline, cal.current);
    assert.deepEqual(dataValues(chart.spec, 0), [{ p: 0 }, { p: 1 }]);
    const points = dataValues(chart.spec, 1);
    assert.equal(points.filter((p) => p.side === 'baseline').length, 9);
    assert.equal(points.filter((p) => p.side === 'current').length, 10);
    assert.equal(chart.table.rows.length, 20);
  });

  it('works with one side missing', () => {
    const chart = calibration(null, cal.current);
    assertSafeChart(chart, []);
    assert.match(chart.description, /baseline —/);
  });
});
