// The CLI's load workers give the drift check exactly what loading on this thread gives (the table crosses
// as Arrow IPC), a bad file fails with the same message and location, and a worker that cannot run costs
// nothing but the parallelism.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoadReply, LoadRequest } from '../../../src/threads/loadWorker';
import { workerSideLoader } from '../../../src/threads/workerSideLoader';
import { inProcessSideLoader, runDriftCheck, type SideLoader } from '../../../src/core/drift/runDriftCheck';
import { LoadError } from '../../../src/core/table/types';

/** The TypeScript worker entry, started through tsx's CommonJS hook (the bundled CLI starts dist/load-worker.js). */
function tsWorkerFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'load-worker-'));
  const bootstrap = join(dir, 'bootstrap.cjs');
  writeFileSync(bootstrap, `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(resolve('src/threads/loadWorker.ts'))});\n`);
  return bootstrap;
}

const sample = 'test/fixtures/sample-incident';
const baseline = `${sample}/data/training_baseline.parquet`;
const logs = [`${sample}/logs/predictions-2026-10-01_15.csv`, `${sample}/logs/predictions-2026-10-16_30.arrow`];

async function report(current: string, sideLoader: SideLoader | undefined): Promise<unknown> {
  const r = await runDriftCheck({ baseline: { path: baseline }, current: { path: current }, options: { now: new Date(0) } }, sideLoader ? { sideLoader } : {});
  return JSON.parse(JSON.stringify(r));
}

async function loadErrorOf(load: SideLoader, path: string): Promise<LoadError> {
  try {
    await load(path, {});
  } catch (error) {
    assert.ok(error instanceof LoadError, `a LoadError, not ${String(error)}`);
    return error;
  }
  throw new Error(`${path} loaded`);
}

describe('worker side loader', () => {
  // No fallback: a worker that fails must fail these tests, not quietly load on this thread.
  const workerFile = tsWorkerFile();
  const loader = workerSideLoader({ workerFile, fallback: false });

  for (const current of logs) {
    it(`reports on ${current} exactly what loading on this thread reports`, async function () {
      this.timeout(120_000);
      assert.deepEqual(await report(current, loader), await report(current, undefined));
    });
  }

  it('sends a loaded table back as its own transferred buffers, not as an Arrow IPC copy', async function () {
    this.timeout(60_000);
    for (const path of logs) {
      const request: LoadRequest = { path, options: {} };
      const reply = await new Promise<LoadReply>((resolve, reject) => {
        const worker = new Worker(workerFile, { workerData: request });
        worker.once('message', (m: LoadReply) => void worker.terminate().then(() => resolve(m)));
        worker.once('error', reject);
      });
      assert.equal(reply.type, 'loaded');
      assert.equal(reply.type === 'loaded' && reply.body.form, 'buffers', path);
    }
  });

  it('gives every column, value and hash of the same-table fixtures unchanged', async function () {
    this.timeout(60_000);
    for (const path of ['test/fixtures/same-table/table.jsonl', 'test/fixtures/same-table/table.zstd.feather']) {
      const [here, there] = await Promise.all([inProcessSideLoader(path, {}), loader(path, {})]);
      assert.equal(there.sha256, here.sha256);
      assert.deepEqual(there.loaded.columns, here.loaded.columns);
      assert.deepEqual(there.loaded.issues, here.loaded.issues);
      assert.deepEqual(there.loaded.table.toArray().map((row) => row.toJSON()), here.loaded.table.toArray().map((row) => row.toJSON()), path);
    }
  });

  it('fails on a bad file with the LoadError, message and location of loading here', async function () {
    this.timeout(60_000);
    const path = 'test/fixtures/bad-input/truncated.arrow';
    const [here, there] = await Promise.all([loadErrorOf(inProcessSideLoader, path), loadErrorOf(loader, path)]);
    assert.equal(there.message, here.message);
    assert.deepEqual(there.location, here.location);
  });

  it('loads on this thread when the worker cannot run, unless told to let the failure out', async function () {
    this.timeout(60_000);
    const missing = join(mkdtempSync(join(tmpdir(), 'load-worker-')), 'missing.js');
    await assert.rejects(workerSideLoader({ workerFile: missing, fallback: false })(logs[1]!, {}), /Cannot find module/);
    assert.deepEqual(await report(logs[1]!, workerSideLoader({ workerFile: missing })), await report(logs[1]!, undefined));
  });

  it('stops the worker and says so when the check is cancelled', async function () {
    this.timeout(60_000);
    const controller = new AbortController();
    const pending = loader(logs[0]!, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, /loading cancelled/);
  });
});
