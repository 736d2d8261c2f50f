import { strict as assert } from 'node:assert';
import { formatInterval, formatNumber, formatShare } from '../../../../src/core/charts/format';

describe('format', () => {
  it('formats statistics with 3 significant digits and exponents at the extremes', () => {
    assert.equal(formatNumber(0.123456), '0.123');
    assert.equal(formatNumber(12345.6), '12300');
    assert.equal(formatNumber(1e-12), '1.00e-12');
    assert.equal(formatNumber(2.5e7), '2.50e+7');
    assert.equal(formatNumber(0), '0');
    assert.equal(formatNumber(null), '—');
    assert.equal(formatNumber(-Infinity), '−∞');
    assert.equal(formatNumber(NaN), 'NaN');
  });

  it('formats shares and intervals', () => {
    assert.equal(formatShare(0.1234), '12.3%');
    assert.equal(formatShare(null), '—');
    assert.equal(formatInterval(-Infinity, 2), '(−∞, 2)');
    assert.equal(formatInterval(1, 2, true), '[1, 2]');
  });
});
