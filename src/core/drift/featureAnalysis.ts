// One feature's whole analysis from its two columns as plain typed arrays: profile, statistics, charts,
// bins, chunk series, onset and since-onset statistics. Plain arrays in, structured-cloneable data out, so
// the CLI can run features on worker threads (both cores) and the in-process path runs the same code.
import { numericSample } from '../stats/sample';
import { chunkSeries, type SeriesResult } from '../timeline/chunkSeries';
import { binCategorical, binNumeric, categoryBinMap, type BinnedColumn } from './binnedColumn';
import { categoricalProfile, compareCategorical } from './categoricalComparison';
import type { PlannedFeature } from './columnPlan';
import { CategoryDictionary } from './columnValues';
import { compareNumeric, numericProfile } from './numericComparison';
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

/** What every feature shares: thresholds and the chunk of each row. */
export interface FeatureContext {
  readonly thresholds: Thresholds;
  readonly baselineChunkOf: Int32Array;
  readonly baselineChunks: number;
  readonly currentChunkOf: Int32Array;
  readonly currentChunks: number;
}

export interface FeatureOutcome {
  readonly id: FeatureId;
  readonly whole: DriftStatistics;
  readonly charts: NumericCharts | CategoricalCharts;
  readonly constantBaseline: boolean;
  readonly binned: { readonly baseline: BinnedColumn; readonly current: BinnedColumn };
  readonly series: SeriesResult;
  /** The statistics on the rows from the onset chunk on; `null` without an onset. */
  readonly sinceOnset: DriftStatistics | null;
}

/** The entries whose chunk is `from` or later; the input itself when that is every entry (onset in the first chunk). */
function since<T extends Float64Array | Int32Array>(values: T, chunkOf: Int32Array, from: number): T {
  let n = 0;
  for (let i = 0; i < chunkOf.length; i++) if (chunkOf[i]! >= from) n++;
  if (n === values.length) return values;
  const out = new (values.constructor as new (length: number) => T)(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (chunkOf[i]! >= from) out[k++] = values[i]!;
  return out;
}

function series(binned: FeatureOutcome['binned'], context: FeatureContext): SeriesResult {
  const t = context.thresholds;
  return chunkSeries(binned.baseline, context.baselineChunkOf, context.baselineChunks, binned.current, context.currentChunkOf, context.currentChunks, {
    absolute: t.psi.warn,
    sigmas: t.chunk.sigmas,
    minBaselineChunks: t.chunk.minBaselineChunks,
    persistence: t.chunk.persistence,
    nullRateDelta: t.nullRateDelta.warn,
  });
}

export function analyseFeatureColumns(columns: FeatureColumns, context: FeatureContext): FeatureOutcome {
  const { thresholds } = context;
  if (columns.plan.kind === 'numeric') {
    const b = columns.baseline as Float64Array;
    const c = columns.current as Float64Array;
    const profile = numericProfile(b);
    const { statistics, charts } = compareNumeric(profile, numericSample(c), thresholds);
    const binned = { baseline: binNumeric(b, profile.edges), current: binNumeric(c, profile.edges) };
    const s = series(binned, context);
    const sinceRows = s.onset === null ? null : since(c, context.currentChunkOf, s.onset);
    // An onset in the first chunk covers the whole window: its statistics are the window's, no second sort.
    const sinceOnset = sinceRows === null ? null : sinceRows === c ? statistics : compareNumeric(profile, numericSample(sinceRows), thresholds).statistics;
    return { id: columns.id, whole: statistics, charts, constantBaseline: profile.constant, binned, series: s, sinceOnset };
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
  const binned = { baseline: binCategorical(b, codeToBin, binCount), current: binCategorical(c, codeToBin, binCount) };
  const s = series(binned, context);
  const sinceOnset =
    s.onset === null ? null : compareCategorical(bProfile, categoricalProfile(since(c, context.currentChunkOf, s.onset), dictionary.size), dictionary, thresholds).statistics;
  const distinctBaseline = bProfile.counts.reduce((n, count) => n + (count > 0 ? 1 : 0), 0);
  return { id: columns.id, whole: statistics, charts, constantBaseline: distinctBaseline === 1, binned, series: s, sinceOnset };
}
