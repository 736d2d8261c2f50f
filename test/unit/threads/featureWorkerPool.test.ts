// The worker-thread runner gives exactly the in-process report (the same core function on the same
// columns), and a failing worker neither hangs the check nor loses the report.
import { strict as assert } from 'node:assert';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyseDrift, analyseDriftWith } from '../../../src/core/drift/driftAnalysis';
import { workerRunner } from '../../../src/threads/featureWorkerPool';
import { loadSampleIncident } from '../core/drift/sampleIncidentFixture';

/** The TypeScript worker entry, started through tsx's CommonJS hook (the bundled CLI starts dist/feature-worker.js). */
function tsWorkerFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'feature-worker-'));
  const bootstrap = join(dir, 'bootstrap.cjs');
  writeFileSync(bootstrap, `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(resolve('src/threads/featureWorker.ts'))});\n`);
  return bootstrap;
}

describe('feature worker pool', () => {
  it('reports exactly what the in-process path reports', async function () {
    this.timeout(120_000);
    const fixture = await loadSampleIncident();
    const now = new Date(0);
    const inProcess = analyseDrift(fixture.baseline, fixture.month, { now });
    const stages: string[] = [];
    const pooled = await analyseDriftWith(workerRunner({ workerFile: tsWorkerFile(), threads: 2, always: true }), fixture.baseline, fixture.month, {
      now,
      checkpoint: (stage) => stages.push(stage),
    });
    assert.deepEqual(JSON.parse(JSON.stringify(pooled)), JSON.parse(JSON.stringify(inProcess)));
    assert.equal(stages.filter((s) => s.startsWith('profiling ')).length, inProcess.features.length);
  });

  it('lets a worker failure out when asked, else falls back to this thread', async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'feature-worker-'));
    const broken = join(dir, 'broken.mjs');
    writeFileSync(broken, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => { if (m.type === 'feature') parentPort.postMessage({ type: 'error', index: m.index, message: 'boom' }); });\n");
    const fixture = await loadSampleIncident();
    await assert.rejects(analyseDriftWith(workerRunner({ workerFile: broken, threads: 2, always: true, fallback: false }), fixture.baseline, fixture.firstHalf), /boom/);
    // By default the check still completes, on this thread.
    const report = await analyseDriftWith(workerRunner({ workerFile: broken, threads: 2, always: true }), fixture.baseline, fixture.firstHalf, { now: new Date(0) });
    assert.deepEqual(JSON.parse(JSON.stringify(report)), JSON.parse(JSON.stringify(analyseDrift(fixture.baseline, fixture.firstHalf, { now: new Date(0) }))));
  });
});
