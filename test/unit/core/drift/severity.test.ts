import { strict as assert } from 'node:assert';
import { severityOf, type SignalValues } from '../../../../src/core/drift/severity';
import { defaultThresholds, resolveThresholds } from '../../../../src/core/drift/thresholds';

const none: SignalValues = { psi: null, ksPValue: null, baselineValues: 100_000, jensenShannonDivergence: null, nullRateDelta: null, unseenCategoryShare: null };

describe('severityOf (drift-methods.md severity table)', () => {
  it('is ok with no signal, and names nothing', () => {
    assert.deepEqual(severityOf('numeric', none, defaultThresholds), { severity: 'ok', decidedBy: null });
  });

  it('reads PSI at >= 0.1 warn and >= 0.2 critical, edges included', () => {
    assert.equal(severityOf('numeric', { ...none, psi: 0.0999 }, defaultThresholds).severity, 'ok');
    assert.equal(severityOf('numeric', { ...none, psi: 0.1 }, defaultThresholds).severity, 'warn');
    assert.deepEqual(severityOf('numeric', { ...none, psi: 0.2 }, defaultThresholds).decidedBy, { signal: 'psi', value: 0.2, threshold: 0.2, level: 'critical' });
  });

  it('lets the KS p-value decide only for baselines of at most 1000 values', () => {
    assert.equal(severityOf('numeric', { ...none, ksPValue: 0.001, baselineValues: 1000 }, defaultThresholds).severity, 'critical');
    assert.equal(severityOf('numeric', { ...none, ksPValue: 0.03, baselineValues: 1000 }, defaultThresholds).severity, 'warn');
    assert.equal(severityOf('numeric', { ...none, ksPValue: 0.001, baselineValues: 1001 }, defaultThresholds).severity, 'ok');
    assert.equal(severityOf('categorical', { ...none, ksPValue: 0.001, baselineValues: 10 }, defaultThresholds).severity, 'ok');
  });

  it('uses the JS divergence and unseen share for categorical features only', () => {
    assert.equal(severityOf('categorical', { ...none, jensenShannonDivergence: 0.05 }, defaultThresholds).severity, 'warn');
    assert.equal(severityOf('numeric', { ...none, jensenShannonDivergence: 0.5 }, defaultThresholds).severity, 'ok');
    assert.equal(severityOf('categorical', { ...none, unseenCategoryShare: 0 }, defaultThresholds).severity, 'ok');
    assert.equal(severityOf('categorical', { ...none, unseenCategoryShare: 0.001 }, defaultThresholds).severity, 'warn');
    assert.equal(severityOf('categorical', { ...none, unseenCategoryShare: 0.01 }, defaultThresholds).severity, 'critical');
  });

  it('reads the null-rate delta in both directions', () => {
    assert.equal(severityOf('numeric', { ...none, nullRateDelta: -0.06 }, defaultThresholds).severity, 'critical');
    assert.equal(severityOf('categorical', { ...none, nullRateDelta: 0.02 }, defaultThresholds).severity, 'warn');
  });

  it('takes the worst signal, and the first in table order on a tie', () => {
    const r = severityOf('categorical', { ...none, psi: 0.15, jensenShannonDivergence: 0.2, nullRateDelta: 0.03 }, defaultThresholds);
    assert.equal(r.decidedBy?.signal, 'jensenShannonDivergence');
    const tie = severityOf('categorical', { ...none, psi: 0.15, nullRateDelta: 0.03 }, defaultThresholds);
    assert.equal(tie.decidedBy?.signal, 'psi');
  });

  it('honours overridden thresholds leaf by leaf', () => {
    const t = resolveThresholds({ psi: { warn: 0.05 } });
    assert.deepEqual(t.psi, { warn: 0.05, critical: 0.2 });
    assert.equal(severityOf('numeric', { ...none, psi: 0.06 }, t).severity, 'warn');
    assert.equal(t.ksPValue.maxBaselineValues, 1000);
  });
});
