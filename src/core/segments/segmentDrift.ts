// Drift inside each segment (device=android, region=eu, model_version=2.3, …): the segment's share of
// rows on each side and, per feature, PSI of the segment's current rows against the segment's baseline rows
// on the whole baseline's bins (so one feature's bins are the same in every segment and comparable), the
// null-rate delta, the severity by the same table, and an onset from the segment's own chunk series.
// A segment with too few baseline rows (a new model_version) is compared with the whole baseline instead.
//
// Three steps, so that the row passes run where the feature's bins are (a worker thread, src/threads) and only
// small count arrays travel: `segmentGrouping` gives each row its group (reported value x chunk), once per
// segment column; `segmentCounts` counts one feature's bins by those groups; `segmentReports` reads the
// counts.
import { countByGroup, groupRows, stride, type BinnedColumn } from '../drift/binnedColumn';
import type { FeatureId, FeatureKind, Severity, SegmentReport, SideStat } from '../drift/report';
import { worseSeverity } from '../drift/report';
import { severityOf } from '../drift/severity';
import type { Thresholds } from '../drift/thresholds';
import { jensenShannonDistance } from '../stats/jensenShannon';
import { populationStabilityIndex } from '../stats/psi';
import { seriesFromCounts, sumGroups, type ChunkCounts } from '../timeline/chunkSeries';

/** Below this many baseline rows a segment is compared with the whole baseline. */
export const MIN_SEGMENT_BASELINE_ROWS = 50;
/** Values per segment column, largest first; the rest are not reported. */
export const MAX_SEGMENT_VALUES = 20;

export interface SegmentColumnInput {
  readonly column: string;
  /** Value index per row, -1 for null; the same indices on both sides. */
  readonly baseline: Int32Array;
  readonly current: Int32Array;
  readonly values: readonly string[];
}

/** Row groups of one segment column on both sides: what a feature's counting pass needs. */
export interface SegmentGroups {
  /** Group of each row (`slot * (chunks + 1) + chunk + 1`, see groupsOf), -1 for a row not counted. */
  readonly baseline: Int32Array;
  readonly current: Int32Array;
  /** Reported values; each has `chunks + 1` groups per side (group 0: rows without a chunk). */
  readonly slots: number;
  readonly baselineChunks: number;
  readonly currentChunks: number;
  /**
   * Every row of both sides has a group (no missing value, at most MAX_SEGMENT_VALUES values): a feature's
   * chunk counts are then sums of its counts by this column (chunkCountsFromSegment), not passes of their own.
   */
  readonly coversEveryRow: boolean;
}

/** One segment column prepared for counting: its groups, and which values are reported in which slot. */
export interface SegmentGrouping {
  readonly segment: SegmentColumnInput;
  readonly groups: SegmentGroups;
  /** Value index of each slot, largest value first, at most MAX_SEGMENT_VALUES. */
  readonly order: readonly number[];
  readonly baselineRows: Float64Array;
  readonly currentRows: Float64Array;
}

/** One feature's bins counted by a segment column's groups (`countByGroup` layout). */
export interface SegmentCounts {
  readonly baseline: Float64Array;
  readonly current: Float64Array;
}

/** What the reports read of each feature: its bins' layout, its counts, and the whole baseline's counts. */
export interface SegmentFeatureCounts {
  readonly id: FeatureId;
  readonly name: string;
  readonly kind: FeatureKind;
  readonly binCount: number;
  readonly counts: SegmentCounts;
  /** Counts of the whole baseline per slot (countByGroup without groups). */
  readonly wholeBaseline: Float64Array;
}

export interface ChunkGrouping {
  readonly baselineChunkOf: Int32Array | null;
  readonly baselineChunks: number;
  readonly currentChunkOf: Int32Array | null;
  readonly currentChunks: number;
  readonly chunkStarts: readonly (string | null)[];
}

/** Row correctness (1, 0, or NaN when unlabelled) per side, for per-segment accuracy. */
export interface Correctness {
  readonly baseline: Float64Array;
  readonly current: Float64Array;
}

/**
 * Group of each row: `slot * (chunks + 1) + chunk + 1`, where `slot` is the value's place among the reported
 * values (-1: not reported, or null), and group 0 of a slot holds its rows without a chunk.
 */
function groupsOf(values: Int32Array, slotOf: Int32Array, chunkOf: Int32Array | null, chunks: number): Int32Array {
  const width = chunks + 1;
  const groups = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const slot = v < 0 ? -1 : slotOf[v]!;
    groups[i] = slot < 0 ? -1 : slot * width + (chunkOf ? chunkOf[i]! + 1 : 0);
  }
  return groups;
}

function countsOf(values: Int32Array, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < values.length; i++) if (values[i]! >= 0) out[values[i]!]!++;
  return out;
}

function accuracyByValue(values: Int32Array, correct: Float64Array, count: number): (number | null)[] {
  const hits = new Float64Array(count);
  const labelled = new Float64Array(count);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const c = correct[i]!;
    if (v < 0 || c !== c) continue;
    labelled[v]!++;
    hits[v]! += c;
  }
  return Array.from(labelled, (n, v) => (n > 0 ? hits[v]! / n : null));
}

export function segmentGrouping(segment: SegmentColumnInput, chunking: ChunkGrouping): SegmentGrouping {
  const valueCount = segment.values.length;
  const baselineRows = countsOf(segment.baseline, valueCount);
  const currentRows = countsOf(segment.current, valueCount);
  const order = Array.from({ length: valueCount }, (_, v) => v)
    .filter((v) => baselineRows[v]! + currentRows[v]! > 0)
    .sort((a, b) => currentRows[b]! + baselineRows[b]! - (currentRows[a]! + baselineRows[a]!))
    .slice(0, MAX_SEGMENT_VALUES);
  // Only the reported values are counted: a high-cardinality column (a zip code) costs no more than 20 values.
  const slotOf = new Int32Array(valueCount).fill(-1);
  order.forEach((v, slot) => (slotOf[v] = slot));
  const baseline = groupsOf(segment.baseline, slotOf, chunking.baselineChunkOf, chunking.baselineChunks);
  const current = groupsOf(segment.current, slotOf, chunking.currentChunkOf, chunking.currentChunks);
  const groups: SegmentGroups = {
    baseline,
    current,
    slots: order.length,
    baselineChunks: chunking.baselineChunks,
    currentChunks: chunking.currentChunks,
    coversEveryRow: !baseline.some((g) => g < 0) && !current.some((g) => g < 0),
  };
  return { segment, groups, order, baselineRows, currentRows };
}

export function segmentCounts(baseline: BinnedColumn, current: BinnedColumn, groups: SegmentGroups): SegmentCounts {
  return {
    baseline: countByGroup(baseline, groups.baseline, groups.slots * (groups.baselineChunks + 1)),
    current: countByGroup(current, groups.current, groups.slots * (groups.currentChunks + 1)),
  };
}

/**
 * A feature's chunk counts summed from its counts by a segment column that covers every row: each chunk is
 * the sum of that chunk's group over the column's slots, and the whole baseline the sum of every baseline
 * group (rows outside any chunk sit in each slot's group 0). Equal to chunkCounts, without its three passes.
 */
export function chunkCountsFromSegment(counts: SegmentCounts, groups: SegmentGroups, binCount: number): ChunkCounts {
  const width = stride(binCount);
  const fold = (byGroup: Float64Array, chunks: number, withoutChunk: boolean): Float64Array => {
    const out = new Float64Array((withoutChunk ? 1 : chunks) * width);
    for (let slot = 0; slot < groups.slots; slot++) {
      for (let k = withoutChunk ? 0 : 1; k <= chunks; k++) {
        const from = (slot * (chunks + 1) + k) * width;
        const to = withoutChunk ? 0 : (k - 1) * width;
        for (let b = 0; b < width; b++) out[to + b]! += byGroup[from + b]!;
      }
    }
    return out;
  };
  return {
    binCount,
    baseline: fold(counts.baseline, groups.baselineChunks, false),
    baselineChunks: groups.baselineChunks,
    current: fold(counts.current, groups.currentChunks, false),
    currentChunks: groups.currentChunks,
    wholeBaseline: fold(counts.baseline, groups.baselineChunks, true),
  };
}

export function segmentReports(
  grouping: SegmentGrouping,
  features: readonly SegmentFeatureCounts[],
  chunking: ChunkGrouping,
  thresholds: Thresholds,
  correctness: Correctness | null,
): SegmentReport[] {
  const { segment, order, baselineRows: bRows, currentRows: cRows } = grouping;
  const valueCount = segment.values.length;
  const bTotal = segment.baseline.length;
  const cTotal = segment.current.length;
  const bWidth = chunking.baselineChunks + 1;
  const cWidth = chunking.currentChunks + 1;
  const perFeature = features.map((feature) => ({ feature, b: feature.counts.baseline, c: feature.counts.current, wholeBaseline: feature.wholeBaseline }));
  const accuracy = correctness
    ? { baseline: accuracyByValue(segment.baseline, correctness.baseline, valueCount), current: accuracyByValue(segment.current, correctness.current, valueCount) }
    : null;
  return order.map((v, slot): SegmentReport => {
    let severity: Severity = 'ok';
    const ownBaseline = bRows[v]! >= MIN_SEGMENT_BASELINE_ROWS;
    const featureReports = perFeature.map(({ feature, b, c, wholeBaseline }) => {
      const binCount = feature.binCount;
      const width = stride(binCount);
      const bRef = ownBaseline ? sumGroups(b, binCount, slot * bWidth, bWidth) : wholeBaseline.subarray(0, binCount);
      const cWhole = sumGroups(c, binCount, slot * cWidth, cWidth);
      const psiRaw = populationStabilityIndex(bRef, cWhole).value;
      const psi = Number.isFinite(psiRaw) ? psiRaw : null;
      const js = psi === null || feature.kind !== 'categorical' ? null : jensenShannonDistance(bRef, cWhole);
      let bMissing = 0;
      let bAll = 0;
      if (ownBaseline) {
        for (let k = 0; k < bWidth; k++) {
          const g = groupRows(b, binCount, slot * bWidth + k);
          bMissing += g.missing;
          bAll += g.rows;
        }
      } else {
        for (let slot = 0; slot < width; slot++) bAll += wholeBaseline[slot]!;
        bMissing = wholeBaseline[binCount]!;
      }
      let cMissing = 0;
      let cAll = 0;
      for (let k = 0; k < cWidth; k++) {
        const g = groupRows(c, binCount, slot * cWidth + k);
        cMissing += g.missing;
        cAll += g.rows;
      }
      const nullRateDelta = bAll > 0 && cAll > 0 ? cMissing / cAll - bMissing / bAll : null;
      const level = severityOf(
        feature.kind,
        { psi, ksPValue: null, baselineValues: Infinity, jensenShannonDivergence: js === null ? null : js * js, nullRateDelta, unseenCategoryShare: null },
        thresholds,
      ).severity;
      severity = worseSeverity(severity, level);
      let onset: SegmentReport['features'][number]['onset'] = null;
      if (chunking.currentChunkOf && chunking.currentChunks > 0) {
        // Skip slot 0 (rows without a chunk) of each value's groups.
        const baselineChunked = ownBaseline && chunking.baselineChunkOf !== null;
        const series = seriesFromCounts(
          baselineChunked ? b : new Float64Array(0),
          slot * bWidth + 1,
          baselineChunked ? chunking.baselineChunks : 0,
          c,
          slot * cWidth + 1,
          chunking.currentChunks,
          binCount,
          {
            absolute: thresholds.psi.warn,
            sigmas: thresholds.chunk.sigmas,
            minBaselineChunks: thresholds.chunk.minBaselineChunks,
            persistence: thresholds.chunk.persistence,
            nullRateDelta: thresholds.nullRateDelta.warn,
          },
          bRef,
          bAll > 0 ? bMissing / bAll : null,
        );
        if (series.onset !== null) onset = { start: chunking.chunkStarts[series.onset] ?? null, chunkIndex: series.onset };
      }
      return { id: feature.id, name: feature.name, psi, severity: level, onset };
    });
    const share: SideStat<number> = { baseline: bTotal === 0 ? 0 : bRows[v]! / bTotal, current: cTotal === 0 ? 0 : cRows[v]! / cTotal };
    return {
      column: segment.column,
      value: segment.values[v]!,
      share,
      rows: { baseline: bRows[v]!, current: cRows[v]! },
      severity,
      features: featureReports,
      accuracy: accuracy ? { baseline: accuracy.baseline[v] ?? null, current: accuracy.current[v] ?? null } : null,
      reference: ownBaseline ? 'segment' : 'wholeBaseline',
    };
  });
}
