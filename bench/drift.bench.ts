// The drift check on a million baseline and a million current rows (bench/data, Arrow), against the plain
// numpy/scipy recipe on the same columns. Prints:
//   - in process, on one thread: load, every feature analysed (profile, statistics, chunk series, segment
//     counts), the whole report (30 daily chunks, three segment columns and model_version, model layer, blast radius);
//   - our CLI as a user runs it (`model-incident drift <baseline> <current> --json`, bundled with esbuild),
//     wall time including process start and JSON output, median of three: the whole report on one thread and
//     with workers on two, and the feature table alone (the same rows, tested columns only) on two;
//   - bench/drift_reference.py's read and compute times, the ratio, and the largest difference between the two
//     sets of numbers per statistic (relative, with the feature where it occurs).
// Run: npm run bench -- drift   (never a pass/fail test)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
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
const featureTableDir = join(BENCH_DATA_DIR, 'drift-feature-table');

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
  console.log(`in process   one thread: load ${seconds(loadedAt - started)}   every feature analysed, load included ${seconds(featureTableAt - started)}   whole report ${seconds(total)}`);
  console.log(
    `             ${report.features.length} features, ${report.timeline?.chunks.length ?? 0} ${report.timeline?.chunking.by ?? ''} chunks, ` +
      `segment columns ${report.methods.segmentColumns.join(', ')}: ${report.segments.length} segments`,
  );
  return report;
}

/** The CLI bundled as esbuild.mjs bundles it (cli.js with feature-worker.js and load-worker.js beside it). */
async function buildCli(): Promise<void> {
  await build({
    entryPoints: { cli: 'src/cli/main.ts', 'feature-worker': 'src/threads/featureWorker.ts', 'load-worker': 'src/threads/loadWorker.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: cliDir,
    logLevel: 'error',
    define: { PACKAGE_VERSION: '"bench"' },
  });
}

interface Timing {
  readonly wall: number;
  /** User + system seconds of the process and its threads, NaN without GNU time. */
  readonly cpu: number;
}

const RUNS = 3;

/**
 * `model-incident drift <baseline> <current> --json` as a user runs it, RUNS times; the median run by wall
 * time. On a shared machine wall time also measures the neighbours: GNU time's CPU seconds (user + system)
 * are printed beside it when /usr/bin/time exists.
 */
function runCli(label: string, baseline: string, current: string, threads: '1' | '2'): Timing {
  const runs: Timing[] = [];
  let json = 0;
  for (let k = 0; k < RUNS; k++) {
    const timed = existsSync(GNU_TIME);
    const command = [cliBundle, 'drift', baseline, current, '--json'];
    const started = performance.now();
    const run = spawnSync(timed ? GNU_TIME : process.execPath, timed ? ['-f', 'cpu %U %S', process.execPath, ...command] : command, {
      maxBuffer: 1 << 30,
      encoding: 'utf8',
      env: { ...process.env, MODEL_INCIDENT_THREADS: threads },
    });
    const wall = performance.now() - started;
    if (run.status !== 0) throw new Error(`CLI exited ${run.status}: ${run.stderr}`);
    const cpu = /cpu ([0-9.]+) ([0-9.]+)/.exec(run.stderr);
    runs.push({ wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN });
    json = run.stdout.length;
  }
  runs.sort((a, b) => a.wall - b.wall);
  const median = runs[Math.floor(runs.length / 2)]!;
  const cpuText = Number.isFinite(median.cpu) ? `, ${seconds(median.cpu)} CPU` : '';
  console.log(
    `CLI          ${label}, ${threads} thread${threads === '1' ? '' : 's'}: median of ${RUNS} ${seconds(median.wall)} wall${cpuText} (all: ${runs.map((r) => seconds(r.wall)).join(', ')}), ${(json / 1024).toFixed(0)} KiB of JSON`,
  );
  return median;
}

/**
 * The feature table alone: the same rows with only the tested columns and the label (no time, segment or
 * request-id column), written once beside the bench data. On these the report is the per-feature table and
 * the model layer (the timeline falls back to ten row chunks, so it is, if anything, more than the table).
 */
function featureTableFiles(report: DriftReport): { baseline: string; current: string } {
  mkdirSync(featureTableDir, { recursive: true });
  const columns = [...report.features.map((f) => f.name), ...(report.prediction.groundTruthColumn ? [report.prediction.groundTruthColumn] : [])];
  const out = { baseline: join(featureTableDir, 'baseline.arrow'), current: join(featureTableDir, 'current.arrow') };
  for (const [from, to] of [[BENCH_FILES.baselineArrow, out.baseline], [BENCH_FILES.arrow, out.current]] as const) {
    if (existsSync(to) && statSync(to).mtimeMs > statSync(from).mtimeMs) continue;
    writeFileSync(to, tableToIPC(tableFromIPC(readFileSync(from)).select(columns), 'file'));
  }
  return out;
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
  await buildCli();
  const whole = 'model-incident drift <1M baseline> <1M current> --json, whole report';
  runCli(whole, BENCH_FILES.baselineArrow, BENCH_FILES.arrow, '1');
  const wholeReport = runCli(whole, BENCH_FILES.baselineArrow, BENCH_FILES.arrow, '2');
  const tableFiles = featureTableFiles(report);
  const table = runCli('feature table (the same rows, tested columns and label only)', tableFiles.baseline, tableFiles.current, '2');
  await exportColumns(report);
  const python = spawnSync(PYTHON, [join(__dirname, 'drift_reference.py'), exportDir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (python.status !== 0) throw new Error(`drift_reference.py failed: ${python.stderr}`);
  const reference = JSON.parse(python.stdout) as Reference;
  const compute = reference.seconds.compute * 1000;
  const withRead = (reference.seconds.read + reference.seconds.compute) * 1000;
  console.log(
    `numpy/scipy  read ${reference.seconds.read.toFixed(2)} s (raw float64 files, Arrow decoding not counted)   compute ${reference.seconds.compute.toFixed(2)} s wall, ${reference.seconds.computeCpu.toFixed(2)} s CPU`,
  );
  const ratio = (ms: number): string => `${(compute / ms).toFixed(1)}x wall (${(withRead / ms).toFixed(1)}x with its read)`;
  console.log(`ratio        numpy/scipy feature table / our CLI (load included): feature table ${ratio(table.wall)}; whole report ${ratio(wholeReport.wall)}`);
  if (Number.isFinite(table.cpu)) console.log(`             CPU seconds: numpy/scipy compute ${reference.seconds.computeCpu.toFixed(2)} s / our feature table ${seconds(table.cpu)} = ${((reference.seconds.computeCpu * 1000) / table.cpu).toFixed(1)}x`);
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
