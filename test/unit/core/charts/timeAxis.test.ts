import { strict as assert } from 'node:assert';
import { chunkAxis } from '../../../../src/core/charts/timeAxis';

describe('chunkAxis', () => {
  it('places chunks by time when every chunk has a start', () => {
    const axis = chunkAxis([{ index: 0, start: '2026-01-01T00:00:00Z', end: '2026-01-02T00:00:00Z', rows: 1 }]);
    assert.equal(axis.temporal, true);
    assert.deepEqual(axis.positions[0], { x0: Date.parse('2026-01-01T00:00:00Z'), x1: Date.parse('2026-01-02T00:00:00Z'), label: '2026-01-01T00:00:00Z' });
  });

  it('falls back to chunk numbers when any start is missing', () => {
    const axis = chunkAxis([
      { index: 0, start: '2026-01-01T00:00:00Z', end: null, rows: 1 },
      { index: 1, start: null, end: null, rows: 1 },
    ]);
    assert.equal(axis.temporal, false);
    assert.deepEqual(axis.positions.map((p) => p.label), ['chunk 1', 'chunk 2']);
  });
});
