// A feature's chunk statistic over time: PSI of each chunk against the whole baseline on the baseline's
// bins, the threshold learned from the baseline's own chunks, exceedances, onset and blips. PSI reads only
// the values that are there, so a feature whose values go missing (a timing-out lookup) would never show an
// onset: the chunk's null-rate delta against the whole baseline is held against the absolute null-rate
// warn level beside it, and a chunk exceeds when either signal does.
import { countByGroup, groupRows, stride, valueCounts, type BinnedColumn } from '../drift/binnedColumn';
import { populationStabilityIndex } from '../stats/psi';
import { chunkThreshold, type ChunkThreshold } from './chunkThreshold';
import { findOnset } from './onset';

export interface SeriesSettings {
  /** The absolute PSI warn level: the fallback threshold. */
  readonly absolute: number;
  readonly sigmas: number;
  readonly minBaselineChunks: number;
  readonly persistence: number;
  /** The absolute null-rate delta warn level. */
  readonly nullRateDelta: number;
}

export interface SeriesResult extends ChunkThreshold {
  readonly values: (number | null)[];
  readonly baselineValues: number[];
  readonly exceeds: boolean[];
  /** Per chunk: its null rate minus the whole baseline's; `null` for an empty chunk. */
  readonly nullRateDelta: (number | null)[];
  /** Which signal the onset chunk exceeded first: PSI, or the null rate when PSI did not. */
  readonly onsetSignal: 'psi' | 'nullRateDelta' | null;
  readonly onset: number | null;
  readonly blips: readonly number[];
  /** The chunk with the highest PSI among those in runs of exceedances (not blips), or `null`. */
  readonly peak: number | null;
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
  referenceNullRate: number | null = nullRateOf(baselineCounts, binCount, baselineFirst, baselineChunks),
): SeriesResult {
  const baselineValues = learningValues(reference, baselineCounts, binCount, baselineFirst, baselineChunks);
  const values = psiOfGroups(reference, currentCounts, binCount, currentFirst, currentChunks);
  const threshold = chunkThreshold(baselineValues, settings.absolute, settings);
  const baselineNullRate = referenceNullRate;
  const nullRateDelta: (number | null)[] = [];
  for (let g = currentFirst; g < currentFirst + currentChunks; g++) {
    const { rows, missing } = groupRows(currentCounts, binCount, g);
    nullRateDelta.push(rows === 0 || baselineNullRate === null ? null : missing / rows - baselineNullRate);
  }
  const psiExceeds = values.map((v) => v !== null && v > threshold.threshold);
  const exceeds = psiExceeds.map((e, k) => e || Math.abs(nullRateDelta[k] ?? 0) >= settings.nullRateDelta);
  const { onset, blips } = findOnset(exceeds, settings.persistence);
  const onsetSignal = onset === null ? null : psiExceeds[onset] ? 'psi' : 'nullRateDelta';
  const isBlip = new Set(blips);
  let peak: number | null = null;
  values.forEach((v, k) => {
    if (v !== null && psiExceeds[k] && !isBlip.has(k) && (peak === null || v > values[peak]!)) peak = k;
  });
  return { ...threshold, values, baselineValues, exceeds, nullRateDelta, onsetSignal, onset, blips, peak };
}

/**
 * PSI of the baseline chunks the threshold learns from. PSI grows as a chunk shrinks (sampling noise), so a
 * partial chunk at either end (one row, a half day) would inflate mean + 3σ: chunks with fewer than half the
 * median chunk's rows are left out.
 */
function learningValues(reference: ArrayLike<number>, counts: Float64Array, binCount: number, first: number, count: number): number[] {
  const rows = Array.from({ length: count }, (_, k) => groupRows(counts, binCount, first + k).rows);
  const sorted = rows.filter((r) => r > 0).sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
  const values = psiOfGroups(reference, counts, binCount, first, count);
  return values.filter((v, k): v is number => v !== null && rows[k]! >= median / 2);
}

/** Missing share over `count` groups from `first` on; `null` when they hold no rows. */
function nullRateOf(counts: Float64Array, binCount: number, first: number, count: number): number | null {
  let rows = 0;
  let missing = 0;
  for (let g = first; g < first + count; g++) {
    const r = groupRows(counts, binCount, g);
    rows += r.rows;
    missing += r.missing;
  }
  return rows === 0 ? null : missing / rows;
}

/** A feature's bins counted per chunk on both sides (countByGroup layout), and over the whole baseline. */
export interface ChunkCounts {
  readonly binCount: number;
  readonly baseline: Float64Array;
  readonly baselineChunks: number;
  readonly current: Float64Array;
  readonly currentChunks: number;
  /** The whole baseline in one group, rows outside any baseline chunk included: the series' reference. */
  readonly wholeBaseline: Float64Array;
}

/**
 * Counts a feature's bins per chunk: a pass over each side's rows. The whole baseline is the sum of its
 * chunks when they hold every row (row chunks, or times on every row), else a third pass.
 */
export function chunkCounts(
  baseline: BinnedColumn,
  baselineChunkOf: Int32Array,
  baselineChunks: number,
  current: BinnedColumn,
  currentChunkOf: Int32Array,
  currentChunks: number,
): ChunkCounts {
  const baselineCounts = countByGroup(baseline, baselineChunkOf, baselineChunks);
  const summed = sumOfGroups(baselineCounts, baselineChunks, stride(baseline.binCount));
  return {
    binCount: baseline.binCount,
    baseline: baselineCounts,
    baselineChunks,
    current: countByGroup(current, currentChunkOf, currentChunks),
    currentChunks,
    wholeBaseline: totalOf(summed) === baseline.bins.length ? summed : countByGroup(baseline, null, 1),
  };
}

/** The slot-wise sum of `groups` groups of `width` slots (countByGroup layout): exact, counts are integers. */
function sumOfGroups(counts: Float64Array, groups: number, width: number): Float64Array {
  const sum = new Float64Array(width);
  for (let g = 0; g < groups; g++) for (let slot = 0; slot < width; slot++) sum[slot]! += counts[g * width + slot]!;
  return sum;
}

function totalOf(counts: Float64Array): number {
  return counts.reduce((total, n) => total + n, 0);
}

/** The series of one feature from its chunk counts. */
export function seriesOfChunkCounts(counts: ChunkCounts, settings: SeriesSettings): SeriesResult {
  const { binCount } = counts;
  return seriesFromCounts(
    counts.baseline,
    0,
    counts.baselineChunks,
    counts.current,
    0,
    counts.currentChunks,
    binCount,
    settings,
    valueCounts(counts.wholeBaseline, binCount, 0),
    nullRateOf(counts.wholeBaseline, binCount, 0, 1),
  );
}
