import { strict as assert } from 'node:assert';
import { decidingSignal } from '../../../../src/core/views/featureLabels';

describe('decidingSignal', () => {
  it('words each signal with the comparison its threshold uses', () => {
    assert.equal(decidingSignal({ signal: 'psi', value: 0.31, threshold: 0.2, level: 'critical' })?.text, 'PSI 0.31 ≥ 0.2');
    assert.equal(decidingSignal({ signal: 'ksPValue', value: 0.003, threshold: 0.01, level: 'critical' })?.text, 'KS p-value 0.003 < 0.01');
    assert.equal(decidingSignal({ signal: 'unseenCategoryShare', value: 0.004, threshold: 0, level: 'warn' })?.text, 'unseen share 0.004 > 0');
    assert.equal(decidingSignal({ signal: 'unseenCategoryShare', value: 0.02, threshold: 0.01, level: 'critical' })?.text, 'unseen share 0.02 ≥ 0.01');
    assert.equal(decidingSignal(null), null);
  });
});
