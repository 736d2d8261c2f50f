// Shared column memory: the file read into a SharedArrayBuffer is byte for byte the file (across several
// reads), a cancelled read stops with the loader's message, and an Arrow load leaves its number and category
// columns in shared memory, where the drift check's extraction reads them without a copy.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dictionary, Float64, Int32, Int64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { categoryCodes, CategoryDictionary, numericValues } from '../../../../src/core/drift/columnValues';
import { loadTable } from '../../../../src/core/table/loadTable';
import { readFileShared } from '../../../../src/core/table/sharedMemory';
import { LoadError } from '../../../../src/core/table/types';

describe('sharedMemory', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'shared-memory-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file larger than one read into shared memory, the same bytes as readFile', async () => {
    const path = join(dir, 'big.bin');
    writeFileSync(path, randomBytes((9 << 20) + 123));
    const bytes = await readFileShared(path);
    assert.ok(bytes.buffer instanceof SharedArrayBuffer);
    assert.ok(bytes.equals(readFileSync(path)));
  });

  it('stops with "loading cancelled" when the signal is already aborted', async () => {
    const path = join(dir, 'small.bin');
    writeFileSync(path, 'abc');
    await assert.rejects(readFileShared(path, AbortSignal.abort()), (error: unknown) => error instanceof LoadError && /cancelled/.test(error.message));
  });

  it('an Arrow load keeps Float64, converted Int64 and dictionary columns in shared memory, read in place by the drift check', async () => {
    const n = 1000;
    const table = new Table({
      amount: vectorFromArray(Array.from({ length: n }, (_, i) => (i % 10 === 0 ? null : i / 3)), new Float64()),
      visits: vectorFromArray(Array.from({ length: n }, (_, i) => BigInt(i % 17)), new Int64()),
      region: vectorFromArray(Array.from({ length: n }, (_, i) => ['eu', 'us', 'apac'][i % 3]!), new Dictionary(new Utf8(), new Int32())),
    });
    const path = join(dir, 'table.arrow');
    writeFileSync(path, tableToIPC(table, 'file'));
    const loaded = (await loadTable(path)).table;
    for (const name of ['amount', 'visits']) {
      const values = numericValues(loaded, name);
      assert.ok(values.buffer instanceof SharedArrayBuffer, `${name} is read in place`);
      assert.equal(values.length, n);
    }
    assert.ok(Number.isNaN(numericValues(loaded, 'amount')[0]));
    assert.equal(numericValues(loaded, 'visits')[20], 3);
    const codes = categoryCodes(loaded, 'region', new CategoryDictionary());
    assert.ok(codes.buffer instanceof SharedArrayBuffer);
    assert.deepEqual([...codes.subarray(0, 4)], [0, 1, 2, 0]);
  });
});
