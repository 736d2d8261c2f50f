import assert from 'node:assert/strict';
import { makeVector } from 'apache-arrow';
import { dictionaryData, float64Data, timestampData, utf8Data } from '../../../../src/core/table/arrowColumns';

describe('arrowColumns', () => {
  it('writes Int64 milliseconds word by word, negative and beyond 2^32 included, NaN as null', () => {
    const millis = Float64Array.of(0, -1, 1_767_225_600_123, -2_522_880_000_007, NaN, 2 ** 40 + 5);
    const vector = makeVector(timestampData(millis));
    assert.deepEqual([...vector], [0, -1, 1_767_225_600_123, -2_522_880_000_007, null, 1_099_511_627_781]);
    assert.equal(vector.nullCount, 1);
  });

  it('keeps Float64 values in place and marks NaN missing', () => {
    const values = Float64Array.of(1.5, NaN, Infinity);
    const data = float64Data(values);
    assert.equal(data.values, values);
    assert.deepEqual([...makeVector(data)], [1.5, null, Infinity]);
  });

  it('builds dictionary and Utf8 columns from strings and codes, -1 as null', () => {
    const strings = { type: 'strings' as const, dictionary: ['é', 'b'], codes: Int32Array.of(0, -1, 1, 0) };
    assert.deepEqual([...makeVector(dictionaryData(strings))], ['é', null, 'b', 'é']);
    assert.deepEqual([...makeVector(utf8Data(strings))], ['é', null, 'b', 'é']);
  });
});
