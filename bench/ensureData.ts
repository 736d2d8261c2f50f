// Makes sure bench/data/ holds the benchmark files of dataPaths.ts, generating what is missing or was made by
// another version of the generator (the manifest records a hash of its sources), and says what it does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASELINE_DAYS, BASELINE_START_MS, dayStarts, LOG_SNAPSHOT_MS, SERVING_DAYS, SERVING_START_MS } from '../scripts/sample-incident/calendar';
import { type PredictionLog } from '../scripts/sample-incident/predictionLog';
import { generateTraffic } from '../scripts/sample-incident/traffic';
import { writeArrow } from '../scripts/sample-incident/writers/arrow';
import { writeCsv } from '../scripts/sample-incident/writers/csv';
import { writeJsonl } from '../scripts/sample-incident/writers/jsonl';
import { writeParquet } from '../scripts/sample-incident/writers/parquet';
import { BENCH_DATA_DIR, BENCH_FILES, BENCH_MANIFEST, BENCH_ROWS } from './dataPaths';

const CURRENT_SEED = 1_000_001;
const BASELINE_SEED = 1_000_000;

function generatorHash(): string {
  const dir = resolve(__dirname, '../scripts/sample-incident');
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

/** Writes through a temporary name and renames, so a bench reading the old file never sees a half-written one. */
function writeAtomically(path: string, write: (path: string) => void): void {
  const temporary = `${path}.${process.pid}.tmp`;
  write(temporary);
  renameSync(temporary, path);
}

function timed<T>(what: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  console.log(`  ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

function main(): void {
  const recipe = { rows: BENCH_ROWS, currentSeed: CURRENT_SEED, baselineSeed: BASELINE_SEED, generator: generatorHash() };
  const previous = existsSync(BENCH_MANIFEST) ? (JSON.parse(readFileSync(BENCH_MANIFEST, 'utf8')) as unknown) : undefined;
  const sameRecipe = JSON.stringify(previous) === JSON.stringify(recipe);
  const missing = Object.entries(BENCH_FILES).filter(([, path]) => !sameRecipe || !existsSync(path));
  if (missing.length === 0) {
    console.log(`bench data: ${BENCH_DATA_DIR} is up to date (${BENCH_ROWS.toLocaleString('en')} rows per file)`);
    return;
  }
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  console.log(`bench data: generating ${missing.map(([name]) => name).join(', ')} in ${BENCH_DATA_DIR}`);
  const need = new Set(missing.map(([name]) => name));

  if (need.has('csv') || need.has('jsonl') || need.has('arrow') || need.has('parquet')) {
    const current: PredictionLog = timed(`generated ${BENCH_ROWS.toLocaleString('en')} current rows`, () =>
      generateTraffic({
        seed: CURRENT_SEED,
        dayStartsMs: dayStarts(SERVING_START_MS, SERVING_DAYS),
        rows: BENCH_ROWS,
        labelSnapshotMs: LOG_SNAPSHOT_MS,
      }),
    );
    if (need.has('csv')) timed(`wrote ${BENCH_FILES.csv}`, () => writeAtomically(BENCH_FILES.csv, (p) => writeCsv(current, p)));
    if (need.has('jsonl')) timed(`wrote ${BENCH_FILES.jsonl}`, () => writeAtomically(BENCH_FILES.jsonl, (p) => writeJsonl(current, p)));
    if (need.has('arrow')) timed(`wrote ${BENCH_FILES.arrow}`, () => writeAtomically(BENCH_FILES.arrow, (p) => writeArrow(current, p)));
    if (need.has('parquet')) timed(`wrote ${BENCH_FILES.parquet}`, () => writeAtomically(BENCH_FILES.parquet, (p) => writeParquet(current, p)));
  }
  if (need.has('baselineArrow')) {
    const baseline = timed(`generated ${BENCH_ROWS.toLocaleString('en')} baseline rows`, () =>
      generateTraffic({ seed: BASELINE_SEED, dayStartsMs: dayStarts(BASELINE_START_MS, BASELINE_DAYS), rows: BENCH_ROWS }),
    );
    timed(`wrote ${BENCH_FILES.baselineArrow}`, () => writeAtomically(BENCH_FILES.baselineArrow, (p) => writeArrow(baseline, p)));
  }
  writeFileSync(BENCH_MANIFEST, JSON.stringify(recipe, null, 2) + '\n');
}

main();
