// ISO 8601 date and date-time text to UTC epoch milliseconds.
//
// Accepted: `YYYY-MM-DD`, then optionally `T` or a space, `HH:MM[:SS[.fraction]]`, then optionally
// `Z` or an offset `±HH[:]MM`. A date-time without an offset is read as UTC (serving logs are written
// in UTC far more often than in the reader's local zone, and a local reading would make the same file
// load differently on two machines). Fractions beyond milliseconds are truncated.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

export function parseIsoTimestamp(text: string): number | undefined {
  if (text.length < 10 || text.length > 40) return undefined;
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57) return undefined; // a year's digit, before running the pattern
  const m = ISO.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) {
    return undefined;
  }
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  let ms = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
    ms -= sign * offsetMinutes * 60_000;
  }
  return ms;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}

/**
 * The same parse on bytes: the common shapes (`YYYY-MM-DD`, then `[T ]HH:MM:SS`, an optional fraction,
 * an optional `Z`) are read in place; anything else goes through the text parser above.
 */
export function parseIsoTimestampBytes(bytes: Uint8Array, start: number, end: number): number | undefined {
  return parseIsoTimestampInto(bytes, start, end, scratch, 0) ? scratch[0] : undefined;
}

const scratch = new Float64Array(1);

/** The same, writing to `out[at]` (no boxed double: see parseDecimalInto). Returns whether it parsed. */
export function parseIsoTimestampInto(bytes: Uint8Array, start: number, end: number, out: Float64Array, at: number): boolean {
  const length = end - start;
  if (length < 10) return false;
  const year = digits(bytes, start, 4);
  const month = digits(bytes, start + 5, 2);
  const day = digits(bytes, start + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) {
    return false;
  }
  let ms = daysFromCivil(year, month, day) * 86_400_000;
  if (length === 10) {
    if (day > daysInMonth(year, month)) return false;
    out[at] = ms;
    return true;
  }
  const separator = bytes[start + 10];
  if (length < 19 || (separator !== 84 && separator !== 32) || bytes[start + 13] !== 58 || bytes[start + 16] !== 58) {
    return slow(bytes, start, end, out, at);
  }
  const hour = digits(bytes, start + 11, 2);
  const minute = digits(bytes, start + 14, 2);
  const second = digits(bytes, start + 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || day > daysInMonth(year, month)) {
    return slow(bytes, start, end, out, at);
  }
  ms += hour * 3_600_000 + minute * 60_000 + second * 1000;
  let i = start + 19;
  if (i < end && bytes[i] === 46) {
    i++;
    let scale = 100;
    const fractionStart = i;
    while (i < end && bytes[i]! >= 48 && bytes[i]! <= 57) {
      ms += (bytes[i]! - 48) * scale;
      scale /= 10;
      i++;
    }
    if (i === fractionStart) return slow(bytes, start, end, out, at);
    ms = Math.floor(ms);
  }
  if (i < end && bytes[i] === 90) i++;
  if (i !== end) return slow(bytes, start, end, out, at);
  // Stored, not returned: see parseDecimalInto on boxed doubles.
  out[at] = ms;
  return true;
}

function slow(bytes: Uint8Array, start: number, end: number, out: Float64Array, at: number): boolean {
  const value = parseIsoTimestamp(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1'));
  if (value === undefined) return false;
  out[at] = value;
  return true;
}

/** `count` ASCII digits at `at` as a number, or -1. */
function digits(bytes: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = bytes[i]! - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
