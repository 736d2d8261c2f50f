// Which cell texts mean "missing". drift-methods.md: missing = null, an empty cell, or NaN; so NaN is
// read as null (counted in the null rate), never as a non-finite value. `NA`, `N/A`, `null` and
// `None` are what pandas, R and Python loggers write for a missing value. A string column whose real
// values include `NA` (Namibia's country code) loses them: the price of reading R and pandas logs.
const NULL_TOKENS = new Set(['', 'NA', 'N/A', 'n/a', 'null', 'NULL', 'Null', 'None', 'NaN', 'nan', 'NAN', '-nan', '-NaN']);

/** Longest null token in bytes: cells longer than this are never missing. */
export const MAX_NULL_TOKEN_LENGTH = 4;

const NULL_TOKEN_BYTES = [...NULL_TOKENS].filter((t) => t !== '').map((t) => Buffer.from(t, 'latin1'));

/** The same test on a cell's bytes, without decoding it (the CSV hot path). */
export function isNullTokenBytes(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length === 0) return true;
  if (length > MAX_NULL_TOKEN_LENGTH) return false;
  const first = bytes[start];
  // Every token starts with N, n, -, or (None) N: a cheap first filter.
  if (first !== 78 && first !== 110 && first !== 45) return false;
  search: for (const token of NULL_TOKEN_BYTES) {
    if (token.length !== length) continue;
    for (let i = 0; i < length; i++) if (token[i] !== bytes[start + i]) continue search;
    return true;
  }
  return false;
}

export function isNullToken(text: string): boolean {
  return text.length <= MAX_NULL_TOKEN_LENGTH && NULL_TOKENS.has(text);
}
