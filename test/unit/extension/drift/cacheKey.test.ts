import { strict as assert } from 'node:assert';
import { driftCacheKey, stableJson } from '../../../../src/extension/drift/cacheKey';

describe('driftCacheKey', () => {
  const parts = {
    baseline: { sha256: 'a'.repeat(64), where: undefined },
    current: { sha256: 'b'.repeat(64), where: { column: 'ts', from: '2024-01-08T00:00:00Z' } },
    options: { thresholds: { psi: { warn: 0.1, critical: 0.2 } } },
    engine: 'e1',
  };

  it('is a hex SHA-256 that does not depend on property order', () => {
    const reordered = { engine: 'e1', options: { thresholds: { psi: { critical: 0.2, warn: 0.1 } } }, current: parts.current, baseline: parts.baseline };
    assert.match(driftCacheKey(parts), /^[0-9a-f]{64}$/);
    assert.equal(driftCacheKey(reordered), driftCacheKey(parts));
  });

  it('changes with each input: file content, filter, options, engine', () => {
    const key = driftCacheKey(parts);
    assert.notEqual(driftCacheKey({ ...parts, baseline: { ...parts.baseline, sha256: 'c'.repeat(64) } }), key);
    assert.notEqual(driftCacheKey({ ...parts, current: { ...parts.current, where: { column: 'ts', from: '2024-01-09T00:00:00Z' } } }), key);
    assert.notEqual(driftCacheKey({ ...parts, options: { thresholds: { psi: { warn: 0.15, critical: 0.2 } } } }), key);
    assert.notEqual(driftCacheKey({ ...parts, engine: 'e2' }), key);
  });

  it('does not confuse the two sides', () => {
    assert.notEqual(driftCacheKey({ ...parts, baseline: parts.current, current: parts.baseline }), driftCacheKey(parts));
  });
});

describe('stableJson', () => {
  it('sorts keys at every depth and drops undefined members like JSON.stringify', () => {
    assert.equal(stableJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } }), '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
    assert.equal(stableJson([undefined, null, 'x']), '[null,null,"x"]');
  });
});
