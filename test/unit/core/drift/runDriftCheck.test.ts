// runDriftCheck from file specs: hashes, row filters, progress and cancellation.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runDriftCheck, type DriftProgress } from '../../../../src/core/drift/runDriftCheck';
import { sampleIncidentDir } from './sampleIncidentFixture';

const baseline = `${sampleIncidentDir}/data/training_baseline.parquet`;
const log = `${sampleIncidentDir}/logs/predictions-2026-10-16_30.arrow`;

describe('runDriftCheck', () => {
  it('splits one log by model_version, hashes the file and reports progress to the end', async function () {
    this.timeout(60_000);
    const progress: DriftProgress[] = [];
    const report = await runDriftCheck(
      { baseline: { path: log, where: { column: 'model_version', equals: ['v2.3.0'] } }, current: { path: log, where: { column: 'model_version', equals: ['v2.4.0'] } } },
      { onProgress: (p) => progress.push(p) },
    );
    const sha256 = createHash('sha256').update(readFileSync(log)).digest('hex');
    assert.deepEqual(
      report.inputs.map((i) => [i.side, i.sha256, i.where]),
      [
        ['baseline', sha256, 'model_version in {v2.3.0}'],
        ['current', sha256, 'model_version in {v2.4.0}'],
      ],
    );
    assert.equal(report.inputs[0]!.rows + report.inputs[1]!.rows, 7520);
    // v2.4.0 against v2.3.0 inside the same days: the score shift is the deployment's.
    assert.equal(report.features.find((f) => f.name === 'score')?.severity, 'critical');
    assert.deepEqual(progress[progress.length - 1], { stage: 'done', done: 3, total: 3 });
    assert.ok(progress.some((p) => p.stage.startsWith('profiling ')));
  });

  it('stops with a clear error when cancelled', async function () {
    this.timeout(60_000);
    const controller = new AbortController();
    const run = runDriftCheck({ baseline: { path: baseline }, current: { path: log } }, { signal: controller.signal, onProgress: (p) => p.stage.startsWith('profiling') && controller.abort() });
    await assert.rejects(run, /cancelled/);
  });

  it('names the file when a filter column does not exist', async function () {
    this.timeout(60_000);
    await assert.rejects(runDriftCheck({ baseline: { path: baseline }, current: { path: log, where: { column: 'build', equals: ['1'] } } }), /predictions-2026-10-16_30\.arrow: where: column 'build' is not in the file/);
  });
});
