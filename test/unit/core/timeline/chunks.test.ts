import { strict as assert } from 'node:assert';
import { assignChunks, parseChunkSpec, resolveChunkRule } from '../../../../src/core/timeline/chunks';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 9, 1); // a Thursday

describe('time chunks', () => {
  it('auto: daily over >= 7 days, hourly below, 10 row chunks without time', () => {
    assert.deepEqual(resolveChunkRule('auto', Float64Array.of(t0, t0 + 7 * DAY), 2), { by: 'day' });
    assert.deepEqual(resolveChunkRule('auto', Float64Array.of(t0, t0 + 7 * DAY - 1), 2), { by: 'hour' });
    assert.deepEqual(resolveChunkRule('auto', null, 95), { by: 'rows', rowsPerChunk: 10 });
    assert.deepEqual(resolveChunkRule({ rows: 500 }, null, 95), { by: 'rows', rowsPerChunk: 500 });
    // A baseline of 300 rows gives 6 chunks of 50: the current's chunks shrink to 50 rows so thresholds can be learned.
    assert.deepEqual(resolveChunkRule('auto', null, 1000, 300), { by: 'rows', rowsPerChunk: 50 });
    assert.deepEqual(resolveChunkRule('auto', null, 1000, 100_000), { by: 'rows', rowsPerChunk: 100 });
    assert.throws(() => resolveChunkRule('week', null, 10), /needs a time column/);
  });

  it('parses --chunk', () => {
    assert.equal(parseChunkSpec('month'), 'month');
    assert.deepEqual(parseChunkSpec('5000'), { rows: 5000 });
    assert.throws(() => parseChunkSpec('0'), /not one of/);
    assert.throws(() => parseChunkSpec('fortnight'), /not one of/);
  });

  it('cuts calendar days without gaps, rows without time go nowhere', () => {
    const times = Float64Array.of(t0 + 5, t0 + 2 * DAY + 5, NaN, t0 + 1);
    const { chunkOf, chunks } = assignChunks(times, 4, { by: 'day' });
    assert.deepEqual(Array.from(chunkOf), [0, 2, -1, 0]);
    assert.deepEqual(chunks.map((c) => [c.start, c.rows]), [
      ['2026-10-01T00:00:00.000Z', 2],
      ['2026-10-02T00:00:00.000Z', 0],
      ['2026-10-03T00:00:00.000Z', 1],
    ]);
    assert.equal(chunks[0]!.end, '2026-10-02T00:00:00.000Z');
  });

  it('starts ISO weeks on Monday and months on the 1st (UTC)', () => {
    const weeks = assignChunks(Float64Array.of(t0, t0 + 4 * DAY), 2, { by: 'week' });
    assert.equal(weeks.chunks[0]!.start, '2026-09-28T00:00:00.000Z');
    assert.deepEqual(Array.from(weeks.chunkOf), [0, 1]);
    const months = assignChunks(Float64Array.of(Date.UTC(2026, 11, 31, 23), Date.UTC(2027, 0, 1)), 2, { by: 'month' });
    assert.deepEqual(months.chunks.map((c) => c.start), ['2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
  });

  it('cuts by rows in file order, with each chunk’s time span when there is one', () => {
    const { chunkOf, chunks } = assignChunks(Float64Array.of(t0 + 3, t0 + 1, t0 + 2), 3, { by: 'rows', rowsPerChunk: 2 });
    assert.deepEqual(Array.from(chunkOf), [0, 0, 1]);
    assert.deepEqual(chunks.map((c) => [c.start, c.rows]), [
      ['2026-10-01T00:00:00.001Z', 2],
      ['2026-10-01T00:00:00.002Z', 1],
    ]);
    assert.equal(assignChunks(null, 3, { by: 'rows', rowsPerChunk: 2 }).chunks[0]!.start, null);
  });

  it('refuses absurd chunk counts with a message', () => {
    assert.throws(() => assignChunks(Float64Array.of(0, 400 * DAY), 2, { by: 'hour' }), /makes 9601 chunks/);
  });
});
