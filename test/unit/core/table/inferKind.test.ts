import assert from 'node:assert/strict';
import { epochUnit, inferKind } from '../../../../src/core/table/inferKind';

const floats = (...values: number[]) => ({ type: 'float64' as const, values: Float64Array.from(values) });
const strings = (dictionary: string[], codes: number[]) => ({ type: 'strings' as const, dictionary, codes: Int32Array.from(codes) });

describe('inferKind (drift-methods.md "Column kinds")', () => {
  it('floats need more than 5 distinct finite values to be numeric', () => {
    assert.equal(inferKind(floats(0.5, 1.5, 2.5, 3.5, 4.5, NaN, Infinity)), 'categorical');
    assert.equal(inferKind(floats(0.5, 1.5, 2.5, 3.5, 4.5, 5.5)), 'numeric');
  });

  it('integers need more than 10', () => {
    assert.equal(inferKind(floats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10)), 'categorical');
    assert.equal(inferKind(floats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)), 'numeric');
  });

  it('strings are identifiers when distinct values exceed half the rows', () => {
    assert.equal(inferKind(strings(['a', 'b'], [0, 1, 0, 1])), 'categorical');
    assert.equal(inferKind(strings(['a', 'b', 'c'], [0, 1, 2, -1])), 'identifier');
    assert.equal(inferKind(strings([], [])), 'categorical');
  });

  it('timestamps stay timestamps', () => {
    assert.equal(inferKind({ type: 'timestamp', values: Float64Array.of(0) }), 'timestamp');
  });
});

describe('epochUnit', () => {
  const seconds = Float64Array.of(1_767_225_600, 1_767_225_660, NaN);
  it('finds whole epoch seconds or milliseconds in a time-named column', () => {
    assert.equal(epochUnit('timestamp', seconds), 1000);
    assert.equal(epochUnit('created_at', seconds.map((v) => v * 1000)), 1);
  });
  it('leaves other names, fractions and out-of-range values alone', () => {
    assert.equal(epochUnit('amount', seconds), undefined);
    assert.equal(epochUnit('timestamp', Float64Array.of(1_767_225_600.5)), undefined);
    assert.equal(epochUnit('timestamp', Float64Array.of(42)), undefined);
  });
});
