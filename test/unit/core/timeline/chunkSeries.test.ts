import { strict as assert } from 'node:assert';
import { binNumeric, countByGroup, type BinnedColumn } from '../../../../src/core/drift/binnedColumn';
import { psiBinEdges } from '../../../../src/core/stats/psiBins';
import { chunkCounts, seriesOfChunkCounts, type SeriesSettings } from '../../../../src/core/timeline/chunkSeries';

/** A feature's series from its bins: counted per chunk, then read (featureAnalysis does the same two steps). */
function chunkSeries(baseline: BinnedColumn, baselineChunkOf: Int32Array, baselineChunks: number, current: BinnedColumn, currentChunkOf: Int32Array, currentChunks: number, settings: SeriesSettings) {
  return seriesOfChunkCounts(chunkCounts(baseline, baselineChunkOf, baselineChunks, current, currentChunkOf, currentChunks), settings);
}

const settings = { absolute: 0.1, sigmas: 3, minBaselineChunks: 6, persistence: 2, nullRateDelta: 0.02 };

/** `chunks` chunks of `rows` rows each: value = position in the chunk / rows (+ shift), every row of chunk k in chunk k. */
function chunked(chunks: number, rows: number, value: (chunk: number, i: number) => number): { values: Float64Array; chunkOf: Int32Array } {
  const values = new Float64Array(chunks * rows);
  const chunkOf = new Int32Array(chunks * rows);
  for (let k = 0; k < chunks; k++) for (let i = 0; i < rows; i++) {
    values[k * rows + i] = value(k, i);
    chunkOf[k * rows + i] = k;
  }
  return { values, chunkOf };
}

describe('chunkSeries', () => {
  const base = chunked(10, 200, (k, i) => ((i * 37 + k * 11) % 200) / 200);
  const edges = psiBinEdges(Float64Array.from(base.values).sort());

  it('learns a small threshold from the baseline chunks and finds a shift from chunk 6 on', () => {
    const cur = chunked(10, 200, (k, i) => ((i * 37) % 200) / 200 + (k >= 6 ? 0.08 : 0));
    const s = chunkSeries(binNumeric(base.values, edges), base.chunkOf, 10, binNumeric(cur.values, edges), cur.chunkOf, 10, settings);
    assert.equal(s.source, 'learned');
    assert.ok(s.threshold < 0.1, `threshold ${s.threshold}`);
    assert.equal(s.onset, 6);
    assert.equal(s.onsetSignal, 'psi');
    assert.deepEqual(s.blips, []);
  });

  it('finds an onset from missing values that PSI cannot see', () => {
    const cur = chunked(10, 200, (k, i) => (k >= 4 && i % 20 === 0 ? NaN : ((i * 37) % 200) / 200));
    const s = chunkSeries(binNumeric(base.values, edges), base.chunkOf, 10, binNumeric(cur.values, edges), cur.chunkOf, 10, settings);
    assert.equal(s.onset, 4);
    assert.equal(s.onsetSignal, 'nullRateDelta');
    assert.ok(Math.abs(s.nullRateDelta[5]! - 0.05) < 1e-12);
  });

  it('counts the whole baseline the same whether its chunks hold every row (summed) or not (counted)', () => {
    const binned = binNumeric(base.values, edges);
    const cur = binNumeric(base.values, edges);
    const whole = countByGroup(binned, null, 1);
    assert.deepEqual(chunkCounts(binned, base.chunkOf, 10, cur, base.chunkOf, 10).wholeBaseline, whole);
    // Rows outside every chunk (no time): still in the whole baseline.
    const someOutside = base.chunkOf.map((k, i) => (i % 7 === 0 ? -1 : k));
    assert.deepEqual(chunkCounts(binned, someOutside, 10, cur, base.chunkOf, 10).wholeBaseline, whole);
    assert.deepEqual(chunkCounts(binned, new Int32Array(base.chunkOf.length).fill(-1), 0, cur, base.chunkOf, 10).wholeBaseline, whole);
  });

  it('uses the absolute threshold when the baseline has no chunks', () => {
    const cur = chunked(4, 200, (k, i) => ((i * 37) % 200) / 200);
    const s = chunkSeries(binNumeric(base.values, edges), new Int32Array(base.values.length).fill(-1), 0, binNumeric(cur.values, edges), cur.chunkOf, 4, settings);
    assert.deepEqual([s.source, s.threshold, s.onset], ['absolute', 0.1, null]);
    assert.ok(s.values.every((v) => v !== null && v < 0.1));
  });
});

describe('chunkSeries threshold learning', () => {
  it('leaves a partial baseline chunk (a single row) out of the learned threshold', () => {
    const base = chunked(7, 300, (k, i) => ((i * 37 + k * 11) % 300) / 300);
    const edges = psiBinEdges(Float64Array.from(base.values).sort());
    // One more baseline row, alone in an eighth chunk: its PSI is huge and would swamp mean + 3σ.
    const values = Float64Array.of(...base.values, 0.999);
    const chunkOf = Int32Array.of(...base.chunkOf, 7);
    const cur = chunked(4, 300, (k, i) => ((i * 37) % 300) / 300 + (k >= 2 ? 0.1 : 0));
    const s = chunkSeries(binNumeric(values, edges), chunkOf, 8, binNumeric(cur.values, edges), cur.chunkOf, 4, settings);
    assert.equal(s.baselineValues.length, 7);
    assert.ok(s.threshold < 0.1, `threshold ${s.threshold}`);
    assert.equal(s.onset, 2);
  });
});
