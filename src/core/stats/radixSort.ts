/**
 * The finite values of a Float64Array in ascending order, `-0` stored as `+0`, by LSD radix sort on their
 * bit patterns: four passes of 16-bit digits, O(n), skipping a pass when every value shares that digit.
 * NaN and ±Infinity are left out (the sample counts them apart, sample.ts). Returns a new array; the input
 * is not changed.
 *
 * Why radix: at a million rows `Float64Array.prototype.sort` (a comparison sort) takes 100-120 ms on the
 * 2-core reference machine, this 25-35 ms (bench/stats.bench.ts). Below RADIX_MIN_LENGTH the 1 MB digit
 * histogram costs more than it saves, so the comparison sort is used there.
 *
 * Shape, measured on the drift bench (32 million-row sorts in a fresh process): each key is its two 32-bit
 * words side by side, so one scatter touches one cache line, not two; the key arrays are kept between calls
 * (`scratch`), because fresh 16 MB per sort cost page faults that outweighed the sort itself (total 1.4-1.7 s
 * before, 1.0 s after, 30% fewer minor faults). The scratch is per thread (each worker has its own module)
 * and grows to the largest column sorted.
 *
 * The low word often needs no radix pass of its own: once the keys are in the order of their high words
 * (sign, exponent and the top 20 bits of the mantissa), values sharing a high word sit side by side, and a
 * run of such neighbours is put in order by insertion after decoding. Two passes instead of four, 25-30%
 * faster on continuous columns (bench of 9 runs on a million values: normal 23.9 -> 18.5 ms, lognormal 24.4
 * -> 16.4 ms). Values packed closer than the high word can tell apart would make those runs long: the sort
 * takes the four passes when the high words span fewer than DISTINCT_HIGH_WORDS_PER_VALUE slots per value,
 * and starts over with them when the insertion moves more than one element per value on average (a dense
 * cluster inside a wide range).
 *
 * The order is the IEEE total order restricted to finite values: negatives < 0 < positives. The key of a
 * double is its bits with the sign bit flipped for positives and all bits flipped for negatives, which makes
 * unsigned integer order equal numeric order.
 */
export const RADIX_MIN_LENGTH = 1 << 14;

const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;
const SIGN = 0x80000000;

/** High words spanning fewer slots than this per value: too dense to leave the low word to insertion. */
const DISTINCT_HIGH_WORDS_PER_VALUE = 4;

/** Key pairs (low word at 2i, high word at 2i + 1) reused across calls on this thread. */
let scratch: { keys: Uint32Array; next: Uint32Array } | null = null;
const digitCounts = new Uint32Array(4 * BUCKETS);

/** `into`: where to write the result (at least `values.length` long; the result is a view of it), else a new array. */
export function sortFinite(values: Float64Array, into?: Float64Array): Float64Array {
  if (values.length < RADIX_MIN_LENGTH) return comparisonSortFinite(values, into);
  return radixSortFinite(values, into);
}

function comparisonSortFinite(values: Float64Array, into?: Float64Array): Float64Array {
  const finite = into ?? new Float64Array(values.length);
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v && v !== Infinity && v !== -Infinity) finite[m++] = v + 0; // -0 + 0 === +0
  }
  return into ? finite.subarray(0, m).sort() : finite.slice(0, m).sort();
}

export function radixSortFinite(values: Float64Array, into?: Float64Array): Float64Array {
  return radixSort(values, into, true);
}

/** `highWordFirst`: try the two high passes and insertion before the four passes (see the header). */
function radixSort(values: Float64Array, into: Float64Array | undefined, highWordFirst: boolean): Float64Array {
  const n = values.length;
  if (!scratch || scratch.keys.length < 2 * n) scratch = { keys: new Uint32Array(2 * n), next: new Uint32Array(2 * n) };
  let keys = scratch.keys;
  let next = scratch.next;
  const counts = digitCounts;
  counts.fill(0);
  // Little-endian words: the low half of element i at 2i, the high half (sign, exponent) at 2i + 1.
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v || v === Infinity || v === -Infinity) continue;
    let h = 0;
    let l = 0;
    if (v !== 0) {
      h = words[2 * i + 1]!;
      l = words[2 * i]!;
    }
    if (h & SIGN) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | SIGN) >>> 0;
    }
    keys[2 * m] = l;
    keys[2 * m + 1] = h;
    m++;
    counts[l & DIGIT_MASK]!++;
    counts[BUCKETS + (l >>> 16)]!++;
    counts[2 * BUCKETS + (h & DIGIT_MASK)]!++;
    counts[3 * BUCKETS + (h >>> 16)]!++;
  }
  // Insertion only saves the low passes that would run: none for whole numbers, whose low words are all zero.
  const lowPassesRun = !hasFullBucket(counts, 0, m) || !hasFullBucket(counts, 1, m);
  const lowWordByInsertion = highWordFirst && lowPassesRun && highWordSpan(counts) >= DISTINCT_HIGH_WORDS_PER_VALUE * m;
  for (let pass = lowWordByInsertion ? 2 : 0; pass < 4; pass++) {
    const base = pass * BUCKETS;
    let start = 0;
    let allOneDigit = false;
    for (let b = base; b < base + BUCKETS; b++) {
      const c = counts[b]!;
      if (c === m) allOneDigit = true;
      counts[b] = start;
      start += c;
    }
    if (allOneDigit) continue;
    const word = pass < 2 ? 0 : 1;
    const shift = pass % 2 === 0 ? 0 : 16;
    for (let i = 0; i < 2 * m; i += 2) {
      const j = 2 * counts[base + ((keys[i + word]! >>> shift) & DIGIT_MASK)]!++;
      next[j] = keys[i]!;
      next[j + 1] = keys[i + 1]!;
    }
    [keys, next] = [next, keys];
  }
  const sorted = into ? into.subarray(0, m) : new Float64Array(m);
  const out = new Uint32Array(sorted.buffer, sorted.byteOffset, 2 * m);
  for (let i = 0; i < 2 * m; i += 2) {
    const h = keys[i + 1]!;
    const l = keys[i]!;
    if (h & SIGN) {
      out[i + 1] = h & 0x7fffffff;
      out[i] = l;
    } else {
      out[i + 1] = ~h >>> 0;
      out[i] = ~l >>> 0;
    }
  }
  if (lowWordByInsertion && !inOrderWithin(sorted, m)) return radixSort(values, into, false);
  return sorted;
}

/** Whether every key has the same digit in `pass` (from its histogram, before the pass turns it into offsets). */
function hasFullBucket(counts: Uint32Array, pass: number, m: number): boolean {
  for (let b = pass * BUCKETS; b < (pass + 1) * BUCKETS; b++) if (counts[b] === m) return true;
  return false;
}

/** How many high words lie between the smallest and the largest key's, at least: read from the histograms of the two high digits. */
function highWordSpan(counts: Uint32Array): number {
  const range = (pass: number): [number, number] => {
    let first = -1;
    let last = -1;
    for (let b = 0; b < BUCKETS; b++) {
      if (counts[pass * BUCKETS + b] === 0) continue;
      if (first < 0) first = b;
      last = b;
    }
    return [first, last];
  };
  const [firstTop, lastTop] = range(3);
  if (firstTop < lastTop) return (lastTop - firstTop - 1) * BUCKETS + 1;
  const [first, last] = range(2);
  return last - first;
}

/**
 * Insertion sort of `sorted`, which is in order but for runs of values sharing a high word: an element never
 * moves past one with a smaller high word. False, leaving the array unfinished, once it has moved more than
 * one element per value.
 */
function inOrderWithin(sorted: Float64Array, m: number): boolean {
  let moves = 0;
  for (let i = 1; i < m; i++) {
    const v = sorted[i]!;
    if (sorted[i - 1]! <= v) continue;
    let j = i;
    do {
      sorted[j] = sorted[j - 1]!;
      j--;
    } while (j > 0 && sorted[j - 1]! > v);
    sorted[j] = v;
    moves += i - j;
    if (moves > m) return false;
  }
  return true;
}
