import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DriftCache } from '../../../../src/extension/drift/driftCache';

const key = (n: number) => n.toString(16).padStart(64, '0');

describe('DriftCache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'drift-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('returns what was stored, from memory and from disk after a restart', async () => {
    const first = new DriftCache<{ psi: number }>(dir);
    await first.set(key(1), { psi: 0.25 });
    assert.deepEqual(await first.get(key(1)), { psi: 0.25 });
    const second = new DriftCache<{ psi: number }>(dir);
    assert.deepEqual(await second.get(key(1)), { psi: 0.25 });
    assert.equal(await second.get(key(2)), undefined);
  });

  it('keeps at most `capacity` files, dropping the oldest', async () => {
    const cache = new DriftCache<number>(dir, 3, 1);
    for (let i = 1; i <= 5; i++) {
      await cache.set(key(i), i);
      await new Promise((r) => setTimeout(r, 5));
    }
    assert.deepEqual(readdirSync(dir).sort(), [key(3), key(4), key(5)].map((k) => `${k}.json`));
    assert.equal(await new DriftCache<number>(dir).get(key(1)), undefined);
  });

  it('drops a torn file instead of failing', async () => {
    writeFileSync(join(dir, `${key(7)}.json`), '{"psi": 0.');
    assert.equal(await new DriftCache(dir).get(key(7)), undefined);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('refuses keys that are not hex SHA-256 (no path can be smuggled in)', async () => {
    const cache = new DriftCache(dir);
    assert.equal(await cache.get('../../etc/passwd'), undefined);
    await assert.rejects(cache.set('../x', 1), /not a cache key/);
  });

  it('works in memory only without a folder', async () => {
    const cache = new DriftCache<string>(undefined);
    await cache.set(key(1), 'x');
    assert.equal(await cache.get(key(1)), 'x');
  });
});
