// One feature's whole analysis from its two columns as plain typed arrays: profile, bins, chunk series,
// onset, the counts of every segment column, then the whole-window and since-onset statistics and charts.
// Plain arrays in, structured-cloneable data out (small count arrays, no row-sized buffer), so features can
// run on worker threads (src/threads: both cores) and the in-process path runs the same code.
//
// Order matters for speed: the onset comes from the bins alone, before the current column is sorted, so the
// rows before and after it are sorted apart and merged (sample.ts) instead of sorting the since-onset rows
// a second time.
import { chunkCountsFromSegment, segmentCounts, type SegmentCounts, type SegmentGroups } from '../segments/segmentDrift';
import { numericSample, numericSampleSince } from '../stats/sample';
import { chunkCounts, seriesOfChunkCounts, type SeriesResult } from '../timeline/chunkSeries';
import { binCategorical, binNumeric, categoryBinMap, type BinnedColumn } from './binnedColumn';
import { categoricalProfile, compareCategorical } from './categoricalComparison';
import type { PlannedFeature } from './columnPlan';
import { CategoryDictionary } from './columnValues';
import { compareNumeric, numericProfile, numericStatistics } from './numericComparison';
import type { CategoricalCharts, DriftStatistics, FeatureId, NumericCharts } from './report';
import type { Thresholds } from './thresholds';

/** A feature's columns: numeric values (NaN for null) or category codes (-1 for null) into `categories`. */
export interface FeatureColumns {
  readonly plan: PlannedFeature;
  readonly id: FeatureId;
  readonly baseline: Float64Array | Int32Array;
  readonly current: Float64Array | Int32Array;
  /** Categorical: the category of each code, in code order (one dictionary for both sides). */
  readonly categories: readonly string[] | null;
}

/** What every feature shares: thresholds, the chunk of each row, and each segment column's row groups. */
export interface FeatureContext {
  readonly thresholds: Thresholds;
  readonly baselineChunkOf: Int32Array;
  readonly baselineChunks: number;
  readonly currentChunkOf: Int32Array;
  readonly currentChunks: number;
  /** One per segment column, in the plan's order. */
  readonly segments: readonly SegmentGroups[];
}

/** A feature's bins counted for the segment reports (segmentDrift.ts). */
export interface FeatureCounts {
  readonly binCount: number;
  /** The whole baseline per slot. */
  readonly wholeBaseline: Float64Array;
  /** One per segment column of the context. */
  readonly segments: readonly SegmentCounts[];
}

export interface FeatureOutcome {
  readonly id: FeatureId;
  readonly whole: DriftStatistics;
  readonly charts: NumericCharts | CategoricalCharts;
  readonly constantBaseline: boolean;
  readonly counts: FeatureCounts;
  readonly series: SeriesResult;
  /** The statistics on the rows from the onset chunk on; `null` without an onset. */
  readonly sinceOnset: DriftStatistics | null;
}

type Binned = { readonly baseline: BinnedColumn; readonly current: BinnedColumn };

/**
 * The bins of the feature being analysed, reused from one feature to the next on this thread: they only live
 * until its counts are made, and fresh 2 MB arrays per million rows cost page faults and collections.
 */
const binScratch = { baseline: new Uint16Array(0), current: new Uint16Array(0) };

function scratchFor(side: keyof typeof binScratch, length: number): Uint16Array {
  if (binScratch[side].length < length) binScratch[side] = new Uint16Array(length);
  return binScratch[side];
}

/**
 * The sorted values of the numeric feature being analysed, reused the same way: every statistic and chart
 * reads them before analyseFeatureColumns returns, and the outcome keeps none of them (its charts are plain
 * number arrays). Four fresh 8 MB arrays per million-row feature were page faults and collector work.
 */
const sortedScratch = { baseline: new Float64Array(0), before: new Float64Array(0), since: new Float64Array(0), whole: new Float64Array(0) };

function sortedFor(slot: keyof typeof sortedScratch, length: number): Float64Array {
  if (sortedScratch[slot].length < length) sortedScratch[slot] = new Float64Array(length);
  return sortedScratch[slot];
}

/**
 * The feature's bins counted by every segment column, then per chunk: summed from a segment column that
 * covers every row when there is one (no pass over the rows), else counted. Then the chunk series.
 */
function countAndSeries(binned: Binned, context: FeatureContext): { counts: FeatureCounts; series: SeriesResult } {
  const binCount = binned.baseline.binCount;
  const segments = context.segments.map((groups) => segmentCounts(binned.baseline, binned.current, groups));
  const covering = context.segments.findIndex((groups) => groups.coversEveryRow);
  const chunks =
    covering >= 0
      ? chunkCountsFromSegment(segments[covering]!, context.segments[covering]!, binCount)
      : chunkCounts(binned.baseline, context.baselineChunkOf, context.baselineChunks, binned.current, context.currentChunkOf, context.currentChunks);
  const t = context.thresholds;
  const series = seriesOfChunkCounts(chunks, {
    absolute: t.psi.warn,
    sigmas: t.chunk.sigmas,
    minBaselineChunks: t.chunk.minBaselineChunks,
    persistence: t.chunk.persistence,
    nullRateDelta: t.nullRateDelta.warn,
  });
  return { counts: { binCount, wholeBaseline: chunks.wholeBaseline, segments }, series };
}

/** Whether the current column has rows before `from` (an onset in the first chunk covers the whole window). */
function hasRowsBefore(chunkOf: Int32Array, from: number): boolean {
  for (let i = 0; i < chunkOf.length; i++) if (chunkOf[i]! < from) return true;
  return false;
}

export function analyseFeatureColumns(columns: FeatureColumns, context: FeatureContext): FeatureOutcome {
  const { thresholds } = context;
  if (columns.plan.kind === 'numeric') {
    const b = columns.baseline as Float64Array;
    const c = columns.current as Float64Array;
    const profile = numericProfile(b, sortedFor('baseline', b.length));
    const binned = { baseline: binNumeric(b, profile.edges, scratchFor('baseline', b.length)), current: binNumeric(c, profile.edges, scratchFor('current', c.length)) };
    const { counts, series: s } = countAndSeries(binned, context);
    if (s.onset === null || !hasRowsBefore(context.currentChunkOf, s.onset)) {
      const { statistics, charts } = compareNumeric(profile, numericSample(c, sortedFor('whole', c.length)), thresholds);
      return { id: columns.id, whole: statistics, charts, constantBaseline: profile.constant, counts, series: s, sinceOnset: s.onset === null ? null : statistics };
    }
    const samples = numericSampleSince(c, context.currentChunkOf, s.onset, { before: sortedFor('before', c.length), since: sortedFor('since', c.length), whole: sortedFor('whole', c.length) });
    const { statistics, charts } = compareNumeric(profile, samples.whole, thresholds);
    const sinceOnset = numericStatistics(profile, samples.since, thresholds);
    return { id: columns.id, whole: statistics, charts, constantBaseline: profile.constant, counts, series: s, sinceOnset };
  }
  const dictionary = new CategoryDictionary();
  for (const name of columns.categories ?? []) dictionary.codeOf(name);
  const b = columns.baseline as Int32Array;
  const c = columns.current as Int32Array;
  const bProfile = categoricalProfile(b, dictionary.size);
  const cProfile = categoricalProfile(c, dictionary.size);
  const { statistics, charts } = compareCategorical(bProfile, cProfile, dictionary, thresholds);
  const weights = Float64Array.from(bProfile.counts, (n, code) => n + cProfile.counts[code]!);
  const { codeToBin, binCount } = categoryBinMap(weights);
  const binned = { baseline: binCategorical(b, codeToBin, binCount, scratchFor('baseline', b.length)), current: binCategorical(c, codeToBin, binCount, scratchFor('current', c.length)) };
  const { counts, series: s } = countAndSeries(binned, context);
  const sinceOnset =
    s.onset === null ? null : compareCategorical(bProfile, categoricalProfile(codesSince(c, context.currentChunkOf, s.onset), dictionary.size), dictionary, thresholds).statistics;
  const distinctBaseline = bProfile.counts.reduce((n, count) => n + (count > 0 ? 1 : 0), 0);
  return { id: columns.id, whole: statistics, charts, constantBaseline: distinctBaseline === 1, counts, series: s, sinceOnset };
}

/** The codes of the rows whose chunk is `from` or later. */
function codesSince(codes: Int32Array, chunkOf: Int32Array, from: number): Int32Array {
  let n = 0;
  for (let i = 0; i < chunkOf.length; i++) if (chunkOf[i]! >= from) n++;
  if (n === codes.length) return codes;
  const out = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < codes.length; i++) if (chunkOf[i]! >= from) out[k++] = codes[i]!;
  return out;
}
