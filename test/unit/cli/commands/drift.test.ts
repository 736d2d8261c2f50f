// `model-incident drift` through main(): arguments, output formats and the exit-code contract (0 ok, 1 the
// --fail-on level is reached, 2 bad input), on the sample incident workspace.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDriftArgs, driftCommand } from '../../../../src/cli/commands/drift';
import type { CliIo } from '../../../../src/cli/command';
import { main } from '../../../../src/cli/main';

const dir = 'test/fixtures/sample-incident';
const baseline = `${dir}/data/training_baseline.parquet`;
const firstHalf = `${dir}/logs/predictions-2026-10-01_15.csv`;

function capture(): CliIo & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (t) => out_.push(t), err: (t) => err_.push(t) };
}

/** Runs main() with stderr captured (main prints its errors there). */
async function mainWithStderr(argv: string[]): Promise<{ code: number; stderr: string }> {
  const written: string[] = [];
  const restore = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    return { code: await main(argv), stderr: written.join('') };
  } finally {
    process.stderr.write = restore;
  }
}

describe('model-incident drift', () => {
  it('parses every option, inline or separate', () => {
    assert.deepEqual(parseDriftArgs(['a.csv', 'b.arrow', '--json', '--fail-on=critical', '--time-column', 'ts', '--chunk', 'week', '--segment-by', 'device, region', '--config', 'c.yaml']), {
      baseline: 'a.csv',
      current: 'b.arrow',
      format: 'json',
      failOn: 'critical',
      timeColumn: 'ts',
      chunk: 'week',
      segmentBy: ['device', 'region'],
      config: 'c.yaml',
    });
    assert.deepEqual(parseDriftArgs(['a', 'b', '--chunk', '2000']).chunk, { rows: 2000 });
  });

  it('refuses bad usage with the reason', () => {
    assert.throws(() => parseDriftArgs(['a']), /expected a baseline and a current file, got 1/);
    assert.throws(() => parseDriftArgs(['a', 'b', '--json', '--markdown']), /exclude each other/);
    assert.throws(() => parseDriftArgs(['a', 'b', '--fail-on', 'high']), /'high' is not warn or critical/);
    assert.throws(() => parseDriftArgs(['a', 'b', '--chunk', 'fortnight']), /not one of/);
    assert.throws(() => parseDriftArgs(['a', 'b', '--frobnicate']), /unknown option '--frobnicate'/);
  });

  it('exits 2 with a message for a missing file, a bad option or a time column that does not exist', async () => {
    const missing = await mainWithStderr(['drift', baseline, 'nope.csv']);
    assert.deepEqual([missing.code, missing.stderr.trim()], [2, 'model-incident drift: nope.csv: no such file']);
    assert.equal((await mainWithStderr(['drift', baseline])).code, 2);
    const column = await mainWithStderr(['drift', baseline, firstHalf, '--time-column', 'when', '--json']);
    assert.equal(column.code, 2);
    assert.match(column.stderr, /--time-column: 'when' is not a column of the current data/);
  });

  it('prints a JSON report with the contract fields and exits 0 without --fail-on', async function () {
    this.timeout(60_000);
    const io = capture();
    assert.equal(await driftCommand.run([baseline, firstHalf, '--json'], io), 0);
    const report = JSON.parse(io.out_.join('')) as Record<string, unknown> & { features: Record<string, unknown>[]; inputs: { sha256: string; rows: number }[] };
    for (const key of ['features', 'prediction', 'timeline', 'segments', 'blastRadius', 'summary', 'inputs', 'methods']) assert.ok(key in report, key);
    const feature = report.features[0]!;
    for (const key of ['name', 'kind', 'severity', 'decidedBy', 'psi', 'ks', 'wasserstein', 'wassersteinNormed', 'jensenShannon', 'chiSquare', 'nullRate', 'unseenCategories', 'onset']) {
      assert.ok(key in feature, key);
    }
    assert.match(report.inputs[0]!.sha256, /^[0-9a-f]{64}$/);
    assert.equal(report.inputs[1]!.rows, 7480);
  });

  it('exits 1 when --fail-on is reached, 0 when it is not (first half: credit_score warns since day 14, nothing critical)', async function () {
    this.timeout(60_000);
    assert.equal(await driftCommand.run([baseline, firstHalf, '--fail-on', 'warn'], capture()), 1);
    assert.equal(await driftCommand.run([baseline, firstHalf, '--fail-on', 'critical'], capture()), 0);
  });

  it('reads --config: thresholds change the verdict, a bad config exits 2 with path:line', async function () {
    this.timeout(60_000);
    const tmp = mkdtempSync(join(tmpdir(), 'drift-config-'));
    const lenient = join(tmp, 'lenient.yaml');
    writeFileSync(lenient, 'thresholds:\n  nullRateDelta: { warn: 0.5, critical: 0.9 }\n  psi: { warn: 5, critical: 9 }\n');
    const io = capture();
    assert.equal(await driftCommand.run([baseline, firstHalf, '--markdown', '--fail-on', 'warn', '--config', lenient], io), 0);
    assert.match(io.out_.join(''), /^# Drift report/);
    const broken = join(tmp, 'broken.yaml');
    writeFileSync(broken, 'timeColumn: timestamp\nchunks: day\n');
    const result = await mainWithStderr(['drift', baseline, firstHalf, '--config', broken]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /broken\.yaml:2: .*unknown field 'chunks'/);
  });

  it('says the CLI reads no git history, and refuses a MODEL_INCIDENT_THREADS that is not a thread count', async function () {
    this.timeout(60_000);
    const io = capture();
    assert.equal(await driftCommand.run([baseline, firstHalf, '--json'], io), 0);
    const report = JSON.parse(io.out_.join('')) as { timeline: { commits: unknown } };
    assert.deepEqual(report.timeline.commits, { read: false, reason: 'the CLI does not read git history' });
    const before = process.env.MODEL_INCIDENT_THREADS;
    process.env.MODEL_INCIDENT_THREADS = 'two';
    try {
      const result = await mainWithStderr(['drift', baseline, firstHalf]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /MODEL_INCIDENT_THREADS: 'two' is not a whole number of threads/);
    } finally {
      if (before === undefined) delete process.env.MODEL_INCIDENT_THREADS;
      else process.env.MODEL_INCIDENT_THREADS = before;
    }
  });
});
