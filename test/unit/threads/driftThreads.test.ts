// Which threads a drift check gets: both kinds when the bundles are there, two cores exist and the inputs
// are large; feature workers only (they decide by rows themselves) for small inputs; none when the caller
// allows one thread or the bundles are missing.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { driftThreads } from '../../../src/threads/driftThreads';

describe('driftThreads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drift-threads-'));
  const bundles = mkdtempSync(join(tmpdir(), 'drift-bundles-'));
  writeFileSync(join(bundles, 'feature-worker.js'), '');
  writeFileSync(join(bundles, 'load-worker.js'), '');
  const large = join(dir, 'large.arrow');
  const small = join(dir, 'small.csv');
  writeFileSync(large, Buffer.alloc(9 << 20));
  writeFileSync(small, 'a\n1\n');
  const twoCores = availableParallelism() >= 2;

  it('gives load and feature workers for large inputs on two cores', () => {
    const threads = driftThreads(bundles, [large, small]);
    assert.equal(threads.featureRunner !== undefined, twoCores);
    assert.equal(threads.sideLoader !== undefined, twoCores);
  });

  it('keeps loading on this thread for small inputs (the pool still decides by rows)', () => {
    const threads = driftThreads(bundles, [small, small]);
    assert.equal(threads.sideLoader, undefined);
    assert.equal(threads.featureRunner !== undefined, twoCores);
  });

  it('gives none when the caller allows one thread, or without the bundles', () => {
    assert.deepEqual(driftThreads(bundles, [large], 1), {});
    assert.deepEqual(driftThreads(dir, [large]), {});
  });
});
