import { strict as assert } from 'node:assert';
import { isFeatureId } from '../../../src/protocol/featureId';

describe('isFeatureId', () => {
  it('accepts the ids the report issues and nothing else', () => {
    for (const id of ['f0', 'f1', 'f42', 'f999999']) assert.ok(isFeatureId(id), id);
    for (const id of ['f', 'f01', 'f-1', 'F1', 'f1 ', 'f1234567', '__proto__', 'income', 1, null]) assert.equal(isFeatureId(id), false, String(id));
  });
});
