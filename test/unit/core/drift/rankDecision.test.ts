import { strict as assert } from 'node:assert';
import { rankDecision } from '../../../../src/core/drift/rankDecision';
import type { DecidedBy, FeatureReport } from '../../../../src/core/drift/report';
import { defaultThresholds } from '../../../../src/core/drift/thresholds';
import { rankDecisionSignal } from '../../../../src/core/views/featureLabels';

const psi = (value: number, level: 'warn' | 'critical'): DecidedBy => ({ signal: 'psi', value, threshold: level === 'critical' ? 0.2 : 0.1, level });

/** Only the fields rankDecision reads. */
function feature(fields: Partial<FeatureReport>): FeatureReport {
  return { severity: 'ok', rankSeverity: 'ok', decidedBy: null, onset: null, peak: null, ...fields } as FeatureReport;
}

describe('rankDecision', () => {
  it('is the whole window when that is what ranks the feature', () => {
    const decision = rankDecision(feature({ severity: 'warn', rankSeverity: 'warn', decidedBy: psi(0.15, 'warn') }));
    assert.deepEqual(decision, { window: 'whole', decidedBy: psi(0.15, 'warn'), at: null });
  });

  it('is the rows since onset when they rank worse than the whole window', () => {
    const onset = { start: '2026-10-24T00:00:00.000Z', sinceOnset: { severity: 'critical', decidedBy: psi(0.31, 'critical') } };
    const decision = rankDecision(feature({ severity: 'ok', rankSeverity: 'critical', onset: onset as unknown as FeatureReport['onset'] }));
    assert.equal(decision?.window, 'sinceOnset');
    assert.equal(decision?.at, '2026-10-24T00:00:00.000Z');
    assert.equal(rankDecisionSignal(decision)?.text, 'PSI 0.31 ≥ 0.2 since onset');
  });

  it('is the peak chunk when neither window reaches the rank, with the configured PSI threshold', () => {
    const peak = { chunkIndex: 13, start: '2026-10-29T00:00:00.000Z', psi: 0.428, severity: 'critical' as const };
    const thresholds = { ...defaultThresholds, psi: { warn: 0.1, critical: 0.25 } };
    const decision = rankDecision(feature({ severity: 'warn', rankSeverity: 'critical', decidedBy: psi(0.17, 'warn'), peak }), thresholds);
    assert.deepEqual(decision, { window: 'peak', decidedBy: { signal: 'psi', value: 0.428, threshold: 0.25, level: 'critical' }, at: peak.start });
    assert.equal(rankDecisionSignal(decision)?.text, 'PSI 0.428 ≥ 0.25 in its peak chunk');
  });

  it('is null for a feature that ranks ok', () => {
    assert.equal(rankDecision(feature({})), null);
    assert.equal(rankDecisionSignal(null), null);
  });
});
