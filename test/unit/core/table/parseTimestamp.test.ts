import assert from 'node:assert/strict';
import { parseIsoTimestamp, parseIsoTimestampBytes } from '../../../../src/core/table/parseTimestamp';

const bytes = (text: string) => {
  const b = Buffer.from(text, 'latin1');
  return parseIsoTimestampBytes(b, 0, b.length);
};

describe('parseIsoTimestamp', () => {
  it('reads dates and date-times as UTC epoch milliseconds, as Date.parse does with a Z', () => {
    for (const text of ['2026-01-01', '2024-02-29T23:59:59Z', '1999-12-31 08:30:00', '2026-03-05T04:05:06.789Z', '1970-01-01T00:00:00.5Z']) {
      const expected = Date.parse(/[Zz]$/.test(text) || text.length === 10 ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`);
      assert.equal(parseIsoTimestamp(text), expected, text);
      assert.equal(bytes(text), expected, `${text} (bytes)`);
    }
  });

  it('applies offsets and truncates sub-millisecond fractions', () => {
    assert.equal(parseIsoTimestamp('2026-01-01T02:00:00+02:00'), Date.UTC(2026, 0, 1));
    assert.equal(bytes('2026-01-01T00:00:00-0130'), Date.UTC(2026, 0, 1, 1, 30));
    assert.equal(bytes('2026-01-01T00:00:00.123987Z'), Date.UTC(2026, 0, 1, 0, 0, 0, 123));
    assert.equal(parseIsoTimestamp('2026-01-01T00:00'), Date.UTC(2026, 0, 1));
  });

  it('refuses impossible dates and other text', () => {
    for (const text of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-01-01T24:00:00', 'yesterday', '20260101', '2026-01-01Tfoo']) {
      assert.equal(parseIsoTimestamp(text), undefined, text);
      assert.equal(bytes(text), undefined, `${text} (bytes)`);
    }
  });
});
