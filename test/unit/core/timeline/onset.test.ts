import { strict as assert } from 'node:assert';
import { findOnset } from '../../../../src/core/timeline/onset';

const x = (s: string): boolean[] => [...s].map((c) => c === 'x');

describe('findOnset', () => {
  it('needs two consecutive exceedances; isolated ones are blips', () => {
    assert.deepEqual(findOnset(x('..x..xx.x'), 2), { onset: 5, blips: [2, 8] });
  });
  it('has no onset when nothing persists, including a lone last chunk', () => {
    assert.deepEqual(findOnset(x('.x.x'), 2), { onset: null, blips: [1, 3] });
    assert.deepEqual(findOnset(x(''), 2), { onset: null, blips: [] });
  });
  it('keeps the first run as onset and does not call later runs blips', () => {
    assert.deepEqual(findOnset(x('xx..xxx'), 2), { onset: 0, blips: [] });
  });
  it('honours another persistence', () => {
    assert.deepEqual(findOnset(x('xx.xxx'), 3), { onset: 3, blips: [0, 1] });
  });
});
