import { strict as assert } from 'node:assert';
import type { FeatureReport } from '../../../../src/core/drift/report';
import { rankDecision } from '../../../../src/core/drift/rankDecision';
import { featureDescription, summaryText } from '../../../../src/extension/drift/driftWords';
import { sampleReport } from '../../core/views/sampleReport';

const withSeverities = (critical: number, warn: number, features: number) => ({
  summary: { ...sampleReport().summary, features, bySeverity: { critical, warn, ok: features - critical - warn } },
});

describe('driftWords', () => {
  it('summarises the counts for the status bar', () => {
    assert.equal(summaryText(withSeverities(2, 1, 12)), 'Drift: 2 critical, 1 warn of 12 features');
    assert.equal(summaryText(withSeverities(0, 3, 12)), 'Drift: 3 warn of 12 features');
    assert.equal(summaryText(withSeverities(0, 0, 1)), 'Drift: none in 1 feature');
  });

  it('describes a feature by the signal that decided it', () => {
    const critical = sampleReport().features.find((f) => f.decidedBy && !f.onset && f.rankSeverity === f.severity);
    assert.ok(critical, 'the sample has a decided feature without onset');
    assert.match(featureDescription(critical), /^(PSI|KS p-value|JS divergence|null-rate Δ|unseen share) \S+ [≥<>] \S+$/);
  });

  it('prefers the since-onset window when it ranks worse than the whole window', () => {
    const base = sampleReport().features.find((f) => f.onset);
    assert.ok(base?.onset);
    const diluted: FeatureReport = { ...base, severity: 'warn', rankSeverity: 'critical', decidedBy: { signal: 'psi', value: 0.12, threshold: 0.1, level: 'warn' } };
    assert.equal(rankDecision(diluted)?.window, 'sinceOnset');
    assert.match(featureDescription(diluted), /^since \d{4}-\d{2}-\d{2}: PSI /);
  });

  it('names the peak chunk when only the worst chunk reaches the rank', () => {
    const base = sampleReport().features[0]!;
    const peaked: FeatureReport = { ...base, severity: 'warn', rankSeverity: 'critical', onset: null, decidedBy: { signal: 'psi', value: 0.17, threshold: 0.1, level: 'warn' }, peak: { chunkIndex: 13, start: '2026-10-29T00:00:00.000Z', psi: 0.428, severity: 'critical' } };
    assert.equal(featureDescription(peaked), 'peak 2026-10-29: PSI 0.428 ≥ 0.2');
  });

  it('says why an ok feature has no deciding signal', () => {
    const ok: FeatureReport = { ...sampleReport().features[0]!, severity: 'ok', rankSeverity: 'ok', decidedBy: null, onset: null, psi: 0.0123, constantBaseline: false };
    assert.equal(featureDescription(ok), 'PSI 0.0123');
    assert.equal(featureDescription({ ...ok, constantBaseline: true }), 'constant baseline');
    assert.equal(featureDescription({ ...ok, psi: null }), 'no values to compare');
  });
});
