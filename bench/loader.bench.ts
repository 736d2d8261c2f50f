// Loader benchmark (issue 3, "Speed"): each format's 1M-row file loaded by loadTable, by a plain reference in
// JavaScript and, where it applies, by Python/numpy, each load in a fresh child process (median time of
// `--reps` runs; peak RSS from that process alone). Prints the figures beside the targets and writes them to
// bench/data/loader-results.json. A benchmark, not a test: missing a target is reported, never an exit code.
//   node --import tsx bench/loader.bench.ts [--reps N]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DATA_DIR, BENCH_FILES, BENCH_FORMATS, type BenchFormat } from './dataPaths';
import { type Measurement } from './loader/measure';

const root = resolve(__dirname, '..');
const MB = 1e6;

interface Target {
  readonly text: string;
  readonly met: (m: Measurement) => boolean;
}

/** Issue 3's targets on this 2-core machine. */
const TARGETS: Record<BenchFormat, Target> = {
  arrow: { text: '<= 0.5 s', met: (m) => m.ms <= 500 },
  csv: { text: '>= 150 MB/s', met: (m) => mbPerSecond(m) >= 150 },
  jsonl: { text: '>= 100 MB/s', met: (m) => mbPerSecond(m) >= 100 },
  parquet: { text: '<= 1.5 s (20 feature columns)', met: (m) => m.ms <= 1500 },
};

const REFERENCE_NAME: Record<BenchFormat, string> = {
  arrow: 'readFileSync + tableFromIPC',
  csv: 'naive split + Number()',
  jsonl: 'JSON.parse per line, streamed',
  parquet: 'hyparquet parquetRead, 20 columns',
};

function mbPerSecond(m: Measurement): number {
  return m.fileBytes / MB / (m.ms / 1000);
}

function child(command: string, args: readonly string[]): Measurement | string {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 15 * 60_000, maxBuffer: 1 << 20 });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) {
    return (result.stderr.trim().split('\n').pop() ?? '') || `exit ${result.status ?? result.signal}`;
  }
  return JSON.parse(line) as Measurement;
}

/** The run with the median time of `reps` runs, or the first failure's message. */
function measure(command: string, args: readonly string[], reps: number): Measurement | string {
  const runs: Measurement[] = [];
  for (let i = 0; i < reps; i++) {
    const m = child(command, args);
    if (typeof m === 'string') return m;
    runs.push(m);
  }
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor((runs.length - 1) / 2)] as Measurement;
}

function node(mode: string, format: BenchFormat, reps: number): Measurement | string {
  return measure(process.execPath, ['--import', 'tsx', join('bench', 'loader', 'measure.ts'), mode, format], reps);
}

function seconds(m: Measurement): string {
  return `${(m.ms / 1000).toFixed(2)} s (cpu ${(m.cpuMs / 1000).toFixed(2)} s)`;
}

function main(): void {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '3' } } });
  const reps = Math.max(1, Number(values.reps) || 3);
  const idle = node('idle', 'arrow', 1);
  const idleRss = typeof idle === 'string' ? 0 : idle.maxRssBytes;
  console.log(`1M rows x 28 columns per file; median of ${reps} runs, each in a fresh process; MB = 10^6 bytes.`);
  console.log('Times are wall clock (targets apply to them), with the CPU time of the load beside: on a busy machine');
  console.log('the CPU time is the better estimate of the wall time an idle machine would show (for a load on one thread).');
  console.log(`Peak memory = the load's process max RSS minus an idle process's (${(idleRss / MB).toFixed(0)} MB).`);
  const loadBefore = loadavg()[0] ?? 0;
  console.log(`Load average before: ${loadBefore.toFixed(1)} on ${cpus().length} cores${loadBefore > cpus().length ? ' (busy machine: times are inflated)' : ''}.\n`);

  const results: Record<string, unknown> = {};
  const rows: string[][] = [];
  for (const format of BENCH_FORMATS) {
    const ours = node('loadTable', format, reps);
    const reference = node('reference', format, reps);
    const python = format === 'csv' || format === 'jsonl'
      ? measure('/usr/bin/python3', [join('bench', 'loader', 'loader_reference.py'), format, BENCH_FILES[format]], 1)
      : 'n/a (no pyarrow here)';
    results[format] = { loadTable: ours, reference, python, target: TARGETS[format].text };

    const describe = (m: Measurement | string): string =>
      typeof m === 'string' ? m : `${seconds(m)}, ${mbPerSecond(m).toFixed(0)} MB/s`;
    const memory = (m: Measurement | string): string => {
      if (typeof m === 'string' || m.arrowBytes === undefined) return '-';
      const peak = m.maxRssBytes - idleRss;
      return `${(peak / MB).toFixed(0)} MB = ${(peak / m.arrowBytes).toFixed(2)}x Arrow ${(m.arrowBytes / MB).toFixed(0)} MB`;
    };
    const rss = (m: Measurement | string, idleBytes: number): string =>
      typeof m === 'string' ? '' : `, peak ${((m.maxRssBytes - idleBytes) / MB).toFixed(0)} MB`;
    const verdict = typeof ours === 'string' ? 'failed' : TARGETS[format].met(ours) ? 'met' : 'missed';
    const memoryVerdict =
      typeof ours === 'string' || ours.arrowBytes === undefined
        ? ''
        : ours.maxRssBytes - idleRss <= 2 * ours.arrowBytes ? ' (<= 2x: met)' : ' (<= 2x: missed)';
    rows.push([
      `${format} (${(typeof ours === 'string' ? 0 : ours.fileBytes / MB).toFixed(0)} MB)`,
      describe(ours),
      `${TARGETS[format].text}: ${verdict}`,
      memory(ours) + memoryVerdict,
      `${REFERENCE_NAME[format]}: ${describe(reference)}${rss(reference, idleRss)}`,
      `python: ${describe(python)}${rss(python, 0)}`,
    ]);
    if (typeof ours !== 'string' && ours.rows !== 1_000_000) rows.push([`  ! ${format}: loadTable returned ${ours.rows} rows`]);
    if (typeof ours !== 'string' && (ours.numericNotFloat64?.length ?? 0) > 0) {
      rows.push([`  ! ${format}: numeric columns not Float64: ${ours.numericNotFloat64?.join(', ')}`]);
    }
  }
  for (const row of rows) console.log(row.join(' | '));
  console.log(`Load average after: ${(loadavg()[0] ?? 0).toFixed(1)}. Python's peak is its whole max RSS.`);
  const out = join(BENCH_DATA_DIR, 'loader-results.json');
  writeFileSync(out, JSON.stringify({ idleRssBytes: idleRss, reps, loadAverageBefore: loadBefore, results }, null, 2) + '\n');
  console.log(`\nfigures written to ${out}`);
}

main();
