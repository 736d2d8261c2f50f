// A feature's chunk statistic over time: PSI of each chunk against the whole baseline on the baseline's
// bins, the threshold learned from the baseline's own chunks, exceedances, onset and blips.
import { countByGroup, valueCounts, type BinnedColumn } from '../drift/binnedColumn';
import { populationStabilityIndex } from '../stats/psi';
import { chunkThreshold, type ChunkThreshold } from './chunkThreshold';
import { findOnset } from './onset';

export interface SeriesSettings {
  /** The absolute PSI warn level: the fallback threshold. */
  readonly absolute: number;
  readonly sigmas: number;
  readonly minBaselineChunks: number;
  readonly persistence: number;
}

export interface SeriesResult extends ChunkThreshold {
  readonly values: (number | null)[];
  readonly baselineValues: number[];
  readonly exceeds: boolean[];
  readonly onset: number | null;
  readonly blips: readonly number[];
}

/** PSI of groups `first … first + count - 1` of `counts` against `reference` (value-bin counts); `null` for an empty group. */
export function psiOfGroups(reference: ArrayLike<number>, counts: Float64Array, binCount: number, first: number, count: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let g = first; g < first + count; g++) {
    const value = populationStabilityIndex(reference, valueCounts(counts, binCount, g)).value;
    out.push(Number.isFinite(value) ? value : null);
  }
  return out;
}

/** Adds the value-bin counts of `count` groups from `first` on. */
export function sumGroups(counts: Float64Array, binCount: number, first: number, count: number): Float64Array {
  const total = new Float64Array(binCount);
  for (let g = first; g < first + count; g++) {
    const part = valueCounts(counts, binCount, g);
    for (let b = 0; b < binCount; b++) total[b]! += part[b]!;
  }
  return total;
}

/** The series of one feature from per-chunk counts of both sides (already grouped, possibly by segment too); the reference defaults to the sum of the baseline chunks. */
export function seriesFromCounts(
  baselineCounts: Float64Array,
  baselineFirst: number,
  baselineChunks: number,
  currentCounts: Float64Array,
  currentFirst: number,
  currentChunks: number,
  binCount: number,
  settings: SeriesSettings,
  reference: ArrayLike<number> = sumGroups(baselineCounts, binCount, baselineFirst, baselineChunks),
): SeriesResult {
  const baselineValues = psiOfGroups(reference, baselineCounts, binCount, baselineFirst, baselineChunks).filter((v): v is number => v !== null);
  const values = psiOfGroups(reference, currentCounts, binCount, currentFirst, currentChunks);
  const threshold = chunkThreshold(baselineValues, settings.absolute, settings);
  const exceeds = values.map((v) => v !== null && v > threshold.threshold);
  const { onset, blips } = findOnset(exceeds, settings.persistence);
  return { ...threshold, values, baselineValues, exceeds, onset, blips };
}

/** The series of one feature over all rows of both sides. */
export function chunkSeries(
  baseline: BinnedColumn,
  baselineChunkOf: Int32Array,
  baselineChunks: number,
  current: BinnedColumn,
  currentChunkOf: Int32Array,
  currentChunks: number,
  settings: SeriesSettings,
): SeriesResult {
  const b = countByGroup(baseline, baselineChunkOf, baselineChunks);
  const c = countByGroup(current, currentChunkOf, currentChunks);
  return seriesFromCounts(b, 0, baselineChunks, c, 0, currentChunks, baseline.binCount, settings);
}
