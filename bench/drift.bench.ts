// The drift check on a million baseline and a million current rows (bench/data, Arrow), against the plain
// numpy/scipy recipe on the same columns. Prints:
//   - in process: load, the feature table (load + every feature's profile and statistics), the whole report
//     (30 daily chunks, three segment columns and model_version, model layer, blast radius);
//   - our CLI as a user runs it (`model-incident drift <baseline> <current> --json`, bundled with esbuild),
//     wall time including process start and JSON output, on one thread and with feature workers on two;
//   - bench/drift_reference.py's read and compute times, the ratio, and the largest difference between the two
//     sets of numbers per statistic (relative, with the feature where it occurs).
// Run: npm run bench -- drift   (never a pass/fail test)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CategoryDictionary, categoryCodes, numericValues } from '../src/core/drift/columnValues';
import type { DriftReport } from '../src/core/drift/report';
import { runDriftCheck } from '../src/core/drift/runDriftCheck';
import { loadTable } from '../src/core/table/loadTable';
import { BENCH_DATA_DIR, BENCH_FILES } from './dataPaths';

const PYTHON = '/usr/bin/python3';
const GNU_TIME = '/usr/bin/time';
const exportDir = join(BENCH_DATA_DIR, 'drift-reference');
const cliDir = join(BENCH_DATA_DIR, 'drift-cli');
const cliBundle = join(cliDir, 'cli.js');

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

async function inProcess(): Promise<DriftReport> {
  const started = performance.now();
  let loadedAt = NaN;
  let featureTableAt = NaN;
  const report = await runDriftCheck(
    { baseline: { path: BENCH_FILES.baselineArrow }, current: { path: BENCH_FILES.arrow } },
    {
      onProgress: (p) => {
        if (p.stage === 'analysing') loadedAt = performance.now();
        if (p.stage === 'markers') featureTableAt = performance.now();
      },
    },
  );
  const total = performance.now() - started;
  console.log(`in process   load ${seconds(loadedAt - started)}   feature table (load included) ${seconds(featureTableAt - started)}   whole report ${seconds(total)}`);
  console.log(
    `             ${report.features.length} features, ${report.timeline?.chunks.length ?? 0} ${report.timeline?.chunking.by ?? ''} chunks, ` +
      `segment columns ${report.methods.segmentColumns.join(', ')}: ${report.segments.length} segments`,
  );
  return report;
}

/** The CLI bundled as esbuild.mjs bundles it (cli.js with cli-feature-worker.js and cli-load-worker.js beside it), run once per thread count. */
async function cli(): Promise<{ wall: number; cpu: number }> {
  await build({
    entryPoints: { cli: 'src/cli/main.ts', 'cli-feature-worker': 'src/cli/featureWorker.ts', 'cli-load-worker': 'src/cli/loadWorker.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: cliDir,
    logLevel: 'error',
    define: { PACKAGE_VERSION: '"bench"' },
  });
  let best = Infinity;
  let bestCpu = Infinity;
  for (const threads of ['1', '2']) {
    // On a shared machine wall time mostly measures the neighbours: GNU time's CPU seconds (user + system)
    // are printed beside it when /usr/bin/time exists.
    const timed = existsSync(GNU_TIME);
    const command = [cliBundle, 'drift', BENCH_FILES.baselineArrow, BENCH_FILES.arrow, '--json'];
    const started = performance.now();
    const run = spawnSync(timed ? GNU_TIME : process.execPath, timed ? ['-f', 'cpu %U %S', process.execPath, ...command] : command, {
      maxBuffer: 1 << 30,
      encoding: 'utf8',
      env: { ...process.env, MODEL_INCIDENT_THREADS: threads },
    });
    const wall = performance.now() - started;
    if (run.status !== 0) throw new Error(`CLI exited ${run.status}: ${run.stderr}`);
    const cpu = /cpu ([0-9.]+) ([0-9.]+)/.exec(run.stderr);
    const cpuText = cpu ? `, ${(Number(cpu[1]) + Number(cpu[2])).toFixed(2)} s CPU` : '';
    console.log(`CLI          model-incident drift <1M baseline> <1M current> --json, ${threads} thread${threads === '1' ? '' : 's'}: ${seconds(wall)} wall${cpuText}, ${(run.stdout.length / 1024).toFixed(0)} KiB of JSON`);
    best = Math.min(best, wall);
    if (cpu) bestCpu = Math.min(bestCpu, (Number(cpu[1]) + Number(cpu[2])) * 1000);
  }
  return { wall: best, cpu: bestCpu };
}

/** Writes every tested feature's columns as raw files for the Python reference. */
async function exportColumns(report: DriftReport): Promise<void> {
  mkdirSync(exportDir, { recursive: true });
  const [baseline, current] = await Promise.all([loadTable(BENCH_FILES.baselineArrow), loadTable(BENCH_FILES.arrow)]);
  const columns: { name: string; kind: string; file: string }[] = [];
  for (const f of report.features) {
    const file = f.id;
    if (f.kind === 'numeric') {
      writeFileSync(join(exportDir, `${file}.baseline.f64`), numericValues(baseline.table, f.name));
      writeFileSync(join(exportDir, `${file}.current.f64`), numericValues(current.table, f.name));
    } else {
      const dictionary = new CategoryDictionary();
      writeFileSync(join(exportDir, `${file}.baseline.i32`), categoryCodes(baseline.table, f.name, dictionary));
      writeFileSync(join(exportDir, `${file}.current.i32`), categoryCodes(current.table, f.name, dictionary));
    }
    columns.push({ name: f.name, kind: f.kind, file });
  }
  writeFileSync(join(exportDir, 'columns.json'), JSON.stringify(columns));
}

interface Reference {
  seconds: { read: number; compute: number; computeCpu: number };
  features: Record<string, Record<string, number>>;
}

function ours(report: DriftReport, name: string): Record<string, number | null | undefined> {
  const f = report.features.find((x) => x.name === name)!;
  return {
    psi: f.psi,
    ksStatistic: f.ks?.statistic,
    ksPValue: f.ks?.pValue,
    wasserstein: f.wasserstein,
    wassersteinNormed: f.wassersteinNormed,
    jensenShannon: f.jensenShannon,
    chiSquareStatistic: f.chiSquare?.statistic,
    chiSquarePValue: f.chiSquare?.pValue,
    nullRateDelta: f.nullRate.delta,
  };
}

/** Relative difference, with an absolute floor so that two p-values of ~1e-300 do not count as far apart. */
function difference(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

async function main(): Promise<void> {
  const report = await inProcess();
  const { wall: cliMs, cpu: cliCpuMs } = await cli();
  await exportColumns(report);
  const python = spawnSync(PYTHON, [join(__dirname, 'drift_reference.py'), exportDir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (python.status !== 0) throw new Error(`drift_reference.py failed: ${python.stderr}`);
  const reference = JSON.parse(python.stdout) as Reference;
  const pyTotal = (reference.seconds.read + reference.seconds.compute) * 1000;
  console.log(
    `numpy/scipy  read ${reference.seconds.read.toFixed(2)} s (raw float64 files, Arrow decoding not counted)   compute ${reference.seconds.compute.toFixed(2)} s wall, ${reference.seconds.computeCpu.toFixed(2)} s CPU`,
  );
  console.log(`ratio        numpy/scipy compute / our faster CLI run, whole report (load included): ${(reference.seconds.compute * 1000 / cliMs).toFixed(1)}x wall; with its read: ${(pyTotal / cliMs).toFixed(1)}x`);
  if (Number.isFinite(cliCpuMs)) console.log(`             CPU seconds: numpy/scipy compute ${reference.seconds.computeCpu.toFixed(2)} s / our CLI ${(cliCpuMs / 1000).toFixed(2)} s = ${((reference.seconds.computeCpu * 1000) / cliCpuMs).toFixed(1)}x`);
  const worst = new Map<string, { diff: number; feature: string; ours: number; reference: number }>();
  for (const [name, stats] of Object.entries(reference.features)) {
    const mine = ours(report, name);
    for (const [statistic, value] of Object.entries(stats)) {
      const our = mine[statistic];
      if (our === null || our === undefined || !Number.isFinite(value)) continue;
      const diff = difference(our, value);
      if (!worst.has(statistic) || diff > worst.get(statistic)!.diff) worst.set(statistic, { diff, feature: name, ours: our, reference: value });
    }
  }
  console.log('largest relative difference per statistic (ours vs numpy/scipy):');
  for (const [statistic, w] of worst) console.log(`  ${statistic.padEnd(20)} ${w.diff.toExponential(2)}  (${w.feature}: ${w.ours} vs ${w.reference})`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
