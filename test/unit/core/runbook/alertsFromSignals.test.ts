import { strict as assert } from 'node:assert';
import { alertNamePart, alertsFromSignals } from '../../../../src/core/runbook/alertsFromSignals';
import { driftReportFixture } from './driftReportFixture';

describe('alertsFromSignals', () => {
  it('adds one alert per drifted feature at its deciding signal\'s warn level, and one per model signal', () => {
    assert.deepEqual(alertsFromSignals(driftReportFixture(), '#ml-oncall'), [
      { name: 'drift.user_income.psi', threshold: 0.1, channel: '#ml-oncall' },
      { name: 'model.calibration', threshold: 0.05, channel: '#ml-oncall' },
    ]);
  });

  it('keeps workspace text out of alert names', () => {
    assert.equal(alertNamePart('income; rm -rf / # "x"'), 'income_rm_-rf_x');
    assert.equal(alertNamePart('***'), 'unnamed');
    assert.equal(alertNamePart('x'.repeat(100)).length, 60);
  });
});
