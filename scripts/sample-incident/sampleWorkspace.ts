// The files of the sample incident workspace, written from the traffic model: a reference window in Parquet,
// the October serving logs split in two formats the way a serving stack migration leaves them, and the model
// changelog. The fixture's README and make-git-history.mjs are written by hand and left alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BASELINE_DAYS, BASELINE_START_MS, dayStarts, LOG_SNAPSHOT_MS, SERVING_DAYS, SERVING_START_MS, servingDayStart } from './calendar';
import { changelogYaml } from './changelog';
import { generateTraffic } from './traffic';
import { writeArrow } from './writers/arrow';
import { writeCsv } from './writers/csv';
import { writeParquet } from './writers/parquet';

export interface SampleWorkspaceOptions {
  readonly out: string;
  readonly seed: number;
  /** Rows of the September reference window. */
  readonly baselineRows: number;
  /** Rows of the 30 October days. */
  readonly servingRows: number;
}

export const DEFAULT_SAMPLE: Omit<SampleWorkspaceOptions, 'out'> = { seed: 20261020, baselineRows: 10_000, servingRows: 15_000 };

/** Day 16 is where the serving stack switched from CSV export to Arrow files. */
const FORMAT_SWITCH_DAY = 16;

export const SAMPLE_FILES = {
  baseline: 'data/training_baseline.parquet',
  firstHalf: 'logs/predictions-2026-10-01_15.csv',
  secondHalf: 'logs/predictions-2026-10-16_30.arrow',
  changelog: 'model-changelog.yaml',
} as const;

/** Writes the workspace's generated files under `options.out` and returns their relative paths. */
export function writeSampleWorkspace(options: SampleWorkspaceOptions): string[] {
  const path = (relative: string): string => {
    const full = join(options.out, relative);
    mkdirSync(dirname(full), { recursive: true });
    return full;
  };

  const baseline = generateTraffic({
    seed: options.seed,
    dayStartsMs: dayStarts(BASELINE_START_MS, BASELINE_DAYS),
    rows: options.baselineRows,
  });
  // Row groups of a tenth of the file, so readers meet more than one.
  writeParquet(baseline, path(SAMPLE_FILES.baseline), Math.max(1, Math.ceil(options.baselineRows / 10)));

  const serving = generateTraffic({
    seed: options.seed + 1,
    dayStartsMs: dayStarts(SERVING_START_MS, SERVING_DAYS),
    rows: options.servingRows,
    labelSnapshotMs: LOG_SNAPSHOT_MS,
  });
  const switchRow = serving.firstRowAtOrAfter(servingDayStart(FORMAT_SWITCH_DAY));
  writeCsv(serving.slice(0, switchRow), path(SAMPLE_FILES.firstHalf));
  writeArrow(serving.slice(switchRow, serving.rows), path(SAMPLE_FILES.secondHalf));

  writeFileSync(path(SAMPLE_FILES.changelog), changelogYaml());
  return Object.values(SAMPLE_FILES);
}
