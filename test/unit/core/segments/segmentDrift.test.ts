import { strict as assert } from 'node:assert';
import { binCategorical, binNumeric, categoryBinMap, countByGroup, type BinnedColumn } from '../../../../src/core/drift/binnedColumn';
import { defaultThresholds } from '../../../../src/core/drift/thresholds';
import type { FeatureId, FeatureKind, SegmentReport } from '../../../../src/core/drift/report';
import type { Thresholds } from '../../../../src/core/drift/thresholds';
import {
  chunkCountsFromSegment,
  MAX_SEGMENT_VALUES,
  MIN_SEGMENT_BASELINE_ROWS,
  segmentCounts,
  segmentGrouping,
  segmentReports,
  type ChunkGrouping,
  type Correctness,
  type SegmentColumnInput,
} from '../../../../src/core/segments/segmentDrift';
import { chunkCounts } from '../../../../src/core/timeline/chunkSeries';
import { psiBinEdges } from '../../../../src/core/stats/psiBins';
import { normal, seeded } from '../drift/syntheticSide';

interface BinnedFeature {
  readonly id: FeatureId;
  readonly name: string;
  readonly kind: FeatureKind;
  readonly baseline: BinnedColumn;
  readonly current: BinnedColumn;
}

/** Segment drift of binned columns: grouping, counting and reports in a row, as driftAnalysis and featureAnalysis do them. */
function segmentDrift(segment: SegmentColumnInput, features: readonly BinnedFeature[], chunking: ChunkGrouping, thresholds: Thresholds, correctness: Correctness | null): SegmentReport[] {
  const grouping = segmentGrouping(segment, chunking);
  const counted = features.map((f) => ({
    id: f.id,
    name: f.name,
    kind: f.kind,
    binCount: f.baseline.binCount,
    counts: segmentCounts(f.baseline, f.current, grouping.groups),
    wholeBaseline: countByGroup(f.baseline, null, 1),
  }));
  return segmentReports(grouping, counted, chunking, thresholds, correctness);
}

const random = seeded(3);
const n = 4000;
const devices = ['ios', 'android', 'desktop'];
const bDevice = Int32Array.from({ length: n }, (_, i) => (i % 10 < 2 ? 1 : i % 2 === 0 ? 0 : 2));
const cDevice = Int32Array.from({ length: n }, (_, i) => (i % 10 < 3 ? 1 : i % 2 === 0 ? 0 : 2));
const bX = Float64Array.from({ length: n }, () => normal(random));
const cX = Float64Array.from({ length: n }, (_, i) => normal(random) * (cDevice[i] === 1 ? 100 : 1));
const edges = psiBinEdges(Float64Array.from(bX).sort());
const noChunks = { baselineChunkOf: null, baselineChunks: 0, currentChunkOf: null, currentChunks: 0, chunkStarts: [] };

describe('segmentDrift', () => {
  const reports = segmentDrift(
    { column: 'device', baseline: bDevice, current: cDevice, values: devices },
    [{ id: 'f0', name: 'x', kind: 'numeric', baseline: binNumeric(bX, edges), current: binNumeric(cX, edges) }],
    noChunks,
    defaultThresholds,
    null,
  );
  const of = (value: string) => reports.find((r) => r.value === value)!;

  it('gives each value its row share on both sides, largest first', () => {
    assert.deepEqual(reports.map((r) => r.value), ['desktop', 'ios', 'android']);
    assert.equal(of('android').share.baseline, 0.2);
    assert.equal(of('android').share.current, 0.3);
    assert.deepEqual(of('android').rows, { baseline: 800, current: 1200 });
  });

  it('finds the drift inside the segment only, on the whole baseline’s bins', () => {
    assert.equal(of('android').features[0]!.severity, 'critical');
    assert.ok(of('android').features[0]!.psi! > 1);
    assert.equal(of('ios').features[0]!.severity, 'ok');
    assert.equal(of('desktop').severity, 'ok');
    assert.equal(of('ios').reference, 'segment');
  });

  it('compares a segment with too few baseline rows (a new version) with the whole baseline', () => {
    const values = ['v1', 'v2'];
    const b = new Int32Array(n).fill(0);
    const c = Int32Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : 1));
    const { codeToBin, binCount } = categoryBinMap(Float64Array.of(10, 10));
    const codes = Int32Array.from({ length: n }, (_, i) => i % 2);
    const r = segmentDrift(
      { column: 'model_version', baseline: b, current: c, values },
      [{ id: 'f0', name: 'c', kind: 'categorical', baseline: binCategorical(codes, codeToBin, binCount), current: binCategorical(codes, codeToBin, binCount) }],
      noChunks,
      defaultThresholds,
      null,
    );
    const v2 = r.find((s) => s.value === 'v2')!;
    assert.ok(v2.rows.baseline < MIN_SEGMENT_BASELINE_ROWS);
    assert.equal(v2.reference, 'wholeBaseline');
    assert.equal(v2.features[0]!.psi, 0);
  });

  it('reports the 20 largest values of a high-cardinality column, counted as if alone', () => {
    const values = Array.from({ length: 100 }, (_, k) => `zip${k}`);
    // Value k has 100 - k rows on each side; the feature is the same everywhere.
    const codes: number[] = [];
    for (let k = 0; k < 100; k++) for (let r = 0; r < 100 - k; r++) codes.push(k);
    const column = Int32Array.from(codes);
    const x = Float64Array.from(codes, (_, i) => (i * 7919) % 101);
    const e = psiBinEdges(Float64Array.from(x).sort());
    const r = segmentDrift({ column: 'zip', baseline: column, current: column, values }, [{ id: 'f0', name: 'x', kind: 'numeric', baseline: binNumeric(x, e), current: binNumeric(x, e) }], noChunks, defaultThresholds, null);
    assert.equal(r.length, MAX_SEGMENT_VALUES);
    assert.deepEqual(r.map((s) => s.value).slice(0, 3), ['zip0', 'zip1', 'zip2']);
    assert.ok(r.every((s) => s.features[0]!.psi === 0 && s.severity === 'ok'));
  });

  it('sums chunk counts from a segment column that covers every row, equal to counting them', () => {
    // Rows without a chunk (-1) on both sides, a baseline cut in 3 chunks and a current in 5.
    const bChunkOf = Int32Array.from({ length: n }, (_, i) => (i % 17 === 0 ? -1 : i % 3));
    const cChunkOf = Int32Array.from({ length: n }, (_, i) => (i % 19 === 0 ? -1 : Math.floor((5 * i) / n)));
    const chunking = { baselineChunkOf: bChunkOf, baselineChunks: 3, currentChunkOf: cChunkOf, currentChunks: 5, chunkStarts: [] };
    const grouping = segmentGrouping({ column: 'device', baseline: bDevice, current: cDevice, values: devices }, chunking);
    assert.ok(grouping.groups.coversEveryRow);
    const b = binNumeric(bX, edges);
    const c = binNumeric(cX, edges);
    const summed = chunkCountsFromSegment(segmentCounts(b, c, grouping.groups), grouping.groups, b.binCount);
    assert.deepEqual(summed, chunkCounts(b, bChunkOf, 3, c, cChunkOf, 5));
    const withNull = segmentGrouping({ column: 'device', baseline: bDevice.map((v, i) => (i === 7 ? -1 : v)), current: cDevice, values: devices }, chunking);
    assert.equal(withNull.groups.coversEveryRow, false, 'a missing value leaves a row out of every group');
  });
});

