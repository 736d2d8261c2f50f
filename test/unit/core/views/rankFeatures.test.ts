import { strict as assert } from 'node:assert';
import { rankFeatures } from '../../../../src/core/views/rankFeatures';

describe('rankFeatures', () => {
  it('orders by rank severity, then PSI, then report order', () => {
    const features = [
      { id: 'a', rankSeverity: 'ok' as const, psi: 0.5 },
      { id: 'b', rankSeverity: 'warn' as const, psi: null },
      { id: 'c', rankSeverity: 'critical' as const, psi: 0.1 },
      { id: 'd', rankSeverity: 'warn' as const, psi: 0.12 },
      { id: 'e', rankSeverity: 'warn' as const, psi: null },
    ];
    assert.deepEqual(rankFeatures(features).map((f) => f.id), ['c', 'd', 'b', 'e', 'a']);
  });
});
