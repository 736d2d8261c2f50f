// Where the benchmark data lives (bench/data/, gitignored) and what it holds. Bench files import these paths;
// bench/ensureData.ts writes them before any bench runs.
import { join, resolve } from 'node:path';

export { CATEGORICAL_FEATURE_COLUMNS, FEATURE_COLUMNS, NUMERIC_FEATURE_COLUMNS, SEGMENT_COLUMNS } from '../scripts/sample-incident/schema';

export const BENCH_DATA_DIR = resolve(__dirname, 'data');

/** Rows in each generated file. */
export const BENCH_ROWS = 1_000_000;

/**
 * The current window: 1M rows over the 30 serving days of the sample incident (same traffic model and
 * incidents: v2.3.0 -> v2.4.0 on day 20, delayed labels), the same rows in each of the four formats.
 * The baseline: 1M rows over the 20 reference days, Arrow only.
 */
export const BENCH_FILES = {
  csv: join(BENCH_DATA_DIR, 'current-1m.csv'),
  jsonl: join(BENCH_DATA_DIR, 'current-1m.jsonl'),
  arrow: join(BENCH_DATA_DIR, 'current-1m.arrow'),
  parquet: join(BENCH_DATA_DIR, 'current-1m.parquet'),
  baselineArrow: join(BENCH_DATA_DIR, 'baseline-1m.arrow'),
} as const;

export type BenchFormat = 'csv' | 'jsonl' | 'arrow' | 'parquet';
export const BENCH_FORMATS: readonly BenchFormat[] = ['arrow', 'csv', 'jsonl', 'parquet'];

/** Records how the files were made; a different recipe regenerates them. */
export const BENCH_MANIFEST = join(BENCH_DATA_DIR, 'manifest.json');
