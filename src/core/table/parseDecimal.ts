// Decimal text to double, correctly rounded: the same double as `Number(text)` and `JSON.parse`.
//
// Fast path (Clinger 1990): when the significand has at most 15 significant digits it is an exact
// integer below 2^53, and when the decimal exponent e satisfies |e| <= 22, 10^|e| is exact too, so
// one IEEE multiplication or division rounds once and gives the correctly rounded result. Every other
// syntactically valid decimal goes to `Number()` on the same text, which is correctly rounded.

const POW10 = [
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
  1e19, 1e20, 1e21, 1e22,
];

const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const SPACE = 32;

/**
 * Parses `bytes[start, end)` as a decimal number (`-12`, `3.25`, `.5`, `1e-7`, surrounding spaces
 * allowed) or as an infinity (`inf`, `Infinity`, with sign). Returns `undefined` when the text is not
 * a number; null tokens (`NA`, `NaN`, …) are the caller's business (see nullTokens.ts).
 */
export function parseDecimalBytes(bytes: Uint8Array, start: number, end: number): number | undefined {
  return parseDecimalInto(bytes, start, end, scratch, 0) ? scratch[0] : undefined;
}

const scratch = new Float64Array(1);

/**
 * The same parse, writing the value to `out[at]` and returning whether the text was a number. The hot
 * path of the CSV reader: a double returned from a function is boxed on the heap, one stored into a
 * Float64Array is not, and the boxes cost more in garbage collection than the parse itself.
 */
export function parseDecimalInto(bytes: Uint8Array, start: number, end: number, out: Float64Array, at: number): boolean {
  while (start < end && bytes[start] === SPACE) start++;
  while (end > start && bytes[end - 1] === SPACE) end--;
  if (start === end) return false;
  let i = start;
  let c = bytes[i]!;
  let negative = false;
  if (c === MINUS || c === PLUS) {
    negative = c === MINUS;
    i++;
  }
  let significand = 0;
  let significantDigits = 0;
  let exponent = 0;
  let sawDigit = false;
  while (i < end) {
    c = bytes[i]!;
    if (c < ZERO || c > NINE) break;
    sawDigit = true;
    if (significantDigits > 0 || c !== ZERO) {
      significand = significand * 10 + (c - ZERO);
      significantDigits++;
    }
    i++;
  }
  if (i < end && bytes[i] === DOT) {
    i++;
    while (i < end) {
      c = bytes[i]!;
      if (c < ZERO || c > NINE) break;
      sawDigit = true;
      if (significantDigits > 0 || c !== ZERO) {
        significand = significand * 10 + (c - ZERO);
        significantDigits++;
      }
      exponent--;
      i++;
    }
  }
  if (!sawDigit) {
    const infinity = parseInfinity(bytes, i, end, negative);
    if (infinity === undefined) return false;
    out[at] = infinity;
    return true;
  }
  if (i < end && (bytes[i] === 101 || bytes[i] === 69)) {
    i++;
    let exponentNegative = false;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
      exponentNegative = bytes[i] === MINUS;
      i++;
    }
    let explicit = 0;
    let exponentDigits = 0;
    while (i < end) {
      c = bytes[i]!;
      if (c < ZERO || c > NINE) break;
      if (explicit < 100000) explicit = explicit * 10 + (c - ZERO);
      exponentDigits++;
      i++;
    }
    if (exponentDigits === 0) return false;
    exponent += exponentNegative ? -explicit : explicit;
  }
  if (i !== end) return false;
  let value: number;
  if (significantDigits > 15 || exponent > 22 || exponent < -22) {
    value = Number(latin1(bytes, negative ? start + 1 : start, end).replace(/^\+/, ''));
  } else if (exponent >= 0) {
    value = significand * POW10[exponent]!;
  } else {
    value = significand / POW10[-exponent]!;
  }
  out[at] = negative ? -value : value;
  return true;
}

/** The same for text already decoded (quoted CSV cells, JSON strings). */
export function parseDecimalString(text: string): number | undefined {
  if (text.length > 400) return undefined;
  // Most texts that are not numbers fail on their first character: settle those without a byte copy.
  let first = 0;
  while (first < text.length && text.charCodeAt(first) === SPACE) first++;
  const c = text.charCodeAt(first);
  if (!((c >= ZERO && c <= NINE) || c === PLUS || c === MINUS || c === DOT || c === 105 || c === 73)) return undefined;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return undefined;
  return parseDecimalBytes(Buffer.from(text, 'latin1'), 0, text.length);
}

function parseInfinity(bytes: Uint8Array, start: number, end: number, negative: boolean): number | undefined {
  const word = latin1(bytes, start, end).toLowerCase();
  if (word === 'inf' || word === 'infinity') return negative ? -Infinity : Infinity;
  return undefined;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}
