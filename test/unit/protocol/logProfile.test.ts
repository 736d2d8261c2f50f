import { strict as assert } from 'node:assert';
import { isLogProfileToHost } from '../../../src/protocol/logProfile';

describe('log profile protocol guard', () => {
  it('accepts ready and the known intents only', () => {
    assert.ok(isLogProfileToHost({ type: 'ready' }));
    for (const intent of ['reload', 'useAsBaseline', 'useAsCurrent', 'runDriftCheck']) assert.ok(isLogProfileToHost({ type: 'intent', intent }));
    assert.equal(isLogProfileToHost({ type: 'intent', intent: 'delete' }), undefined);
    assert.equal(isLogProfileToHost({ type: 'intent' }), undefined);
    assert.equal(isLogProfileToHost({ type: 'snapshot', snapshot: {} }), undefined);
    assert.equal(isLogProfileToHost([{ type: 'ready' }]), undefined);
  });
});
