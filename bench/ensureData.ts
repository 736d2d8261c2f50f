// Makes sure bench/data/ holds the benchmark files of dataPaths.ts, generating what is missing or was made by
// another version of the generator (the manifest records a hash of its sources), and says what it does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
    if (need.has('csv')) timed(`wrote ${BENCH_FILES.csv}`, () => writeCsv(current, BENCH_FILES.csv));
    if (need.has('jsonl')) timed(`wrote ${BENCH_FILES.jsonl}`, () => writeJsonl(current, BENCH_FILES.jsonl));
    if (need.has('arrow')) timed(`wrote ${BENCH_FILES.arrow}`, () => writeArrow(current, BENCH_FILES.arrow));
    if (need.has('parquet')) timed(`wrote ${BENCH_FILES.parquet}`, () => writeParquet(current, BENCH_FILES.parquet));
  }
  if (need.has('baselineArrow')) {
    const baseline = timed(`generated ${BENCH_ROWS.toLocaleString('en')} baseline rows`, () =>
      generateTraffic({ seed: BASELINE_SEED, dayStartsMs: dayStarts(BASELINE_START_MS, BASELINE_DAYS), rows: BENCH_ROWS }),
    );
    timed(`wrote ${BENCH_FILES.baselineArrow}`, () => writeArrow(baseline, BENCH_FILES.baselineArrow));
  }
  writeFileSync(BENCH_MANIFEST, JSON.stringify(recipe, null, 2) + '\n');
}

main();
