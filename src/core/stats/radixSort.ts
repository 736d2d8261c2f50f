/**
 * The finite values of a Float64Array in ascending order, `-0` stored as `+0`, by LSD radix sort on their
 * bit patterns: up to four passes of 16-bit digits, O(n), skipping a pass when every value shares that
 * digit. NaN and ±Infinity are left out (the sample counts them apart, sample.ts). Returns a new array
 * unless given one to fill; the input is not changed.
 *
 * Why radix: at a million rows `Float64Array.prototype.sort` (a comparison sort) takes 100-120 ms on the
 * 2-core reference machine, this 10-18 ms (bench/stats.bench.ts). Below RADIX_MIN_LENGTH the 1 MB digit
 * histograms cost more than they save, so the comparison sort is used there.
 *
 * Why WebAssembly for the loops (wasm/radixPasses.wat): a key is one u64 there, where JavaScript moves two
 * u32 words per key and checks bounds on each; over the 16 numeric columns of the drift bench's baseline
 * the sorts took 160 ms against 276 ms in JavaScript, the copy in and out included. The module's memory is
 * per thread (each worker has its own module), reused from sort to sort and grown to the largest column:
 * fresh 16 MB of keys per sort cost page faults that outweighed the sort itself.
 *
 * The low word often needs no radix pass of its own: once the keys are in the order of their high words
 * (sign, exponent and the top 20 bits of the mantissa), values sharing a high word sit side by side, and a
 * run of such neighbours is put in order by insertion after decoding. Two passes instead of four on
 * continuous columns. Values packed closer than the high word can tell apart would make those runs long:
 * the sort takes the four passes when the high words span fewer than DISTINCT_HIGH_WORDS_PER_VALUE slots
 * per value, and starts over with them when the insertion moves more than one element per value on average
 * (a dense cluster inside a wide range).
 *
 * The order is the IEEE total order restricted to finite values: negatives < 0 < positives. The key of a
 * double is its bits with the sign bit set for positives and all bits flipped for negatives, which makes
 * unsigned integer order equal numeric order.
 */
import { instantiate, reserve, type WasmMemory } from '../wasm/instantiate';
import { radixPassesBase64 } from './wasm/radixPasses';

export const RADIX_MIN_LENGTH = 1 << 14;

const BUCKETS = 1 << 16;

/** High words spanning fewer slots than this per value: too dense to leave the low word to insertion. */
const DISTINCT_HIGH_WORDS_PER_VALUE = 4;

/** Above this many values the module's memory (24 bytes a value) would pass 2 GB: the comparison sort takes them. */
const RADIX_MAX_LENGTH = 80_000_000;

interface RadixPasses {
  readonly memory: WasmMemory;
  /** NaN values seen by the last `keys`. */
  readonly missing: { readonly value: number };
  keys(values: number, n: number, keys: number, histograms: number): number;
  scatter(from: number, to: number, m: number, offsets: number, shift: bigint): void;
  decode(keys: number, m: number, out: number): void;
}

/** Memory layout: the four digit histograms, then the values, then two key arrays. */
const HISTOGRAMS = 0;
const VALUES = 4 * BUCKETS * 4;
const SHIFTS = [0n, 16n, 32n, 48n] as const;

let passes: RadixPasses | null = null;

function radixPasses(): RadixPasses {
  passes ??= instantiate<RadixPasses>(radixPassesBase64);
  return passes;
}

/** The sorted finite values, and how many values were NaN (missing; the rest left out are ±Infinity). */
export interface SortedFinite {
  readonly sorted: Float64Array;
  readonly missing: number;
}

/** `into`: where to write the result (at least `values.length` long; the result is a view of it), else a new array. */
export function sortFinite(values: Float64Array, into?: Float64Array): SortedFinite {
  if (values.length < RADIX_MIN_LENGTH || values.length > RADIX_MAX_LENGTH) return comparisonSortFinite(values, into);
  return radixSort(values, into, true);
}

function comparisonSortFinite(values: Float64Array, into?: Float64Array): SortedFinite {
  const finite = into ?? new Float64Array(values.length);
  let m = 0;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v && v !== Infinity && v !== -Infinity) finite[m++] = v + 0; // -0 + 0 === +0
    else if (v !== v) missing++;
  }
  return { sorted: into ? finite.subarray(0, m).sort() : finite.slice(0, m).sort(), missing };
}

export function radixSortFinite(values: Float64Array, into?: Float64Array): Float64Array {
  return radixSort(values, into, true).sorted;
}

/** `highWordFirst`: try the two high passes and insertion before the four passes (see the header). */
function radixSort(values: Float64Array, into: Float64Array | undefined, highWordFirst: boolean): SortedFinite {
  const wasm = radixPasses();
  const n = values.length;
  const keysA = VALUES + 8 * n;
  const keysB = keysA + 8 * n;
  const memory = reserve(wasm.memory, keysB + 8 * n);
  new Float64Array(memory, VALUES, n).set(values);
  const counts = new Uint32Array(memory, HISTOGRAMS, 4 * BUCKETS);
  counts.fill(0);
  const m = wasm.keys(VALUES, n, keysA, HISTOGRAMS);
  const missing = wasm.missing.value;
  // Insertion only saves the low passes that would run: none for whole numbers, whose low words are all zero.
  const lowPassesRun = !hasFullBucket(counts, 0, m) || !hasFullBucket(counts, 1, m);
  const lowWordByInsertion = highWordFirst && lowPassesRun && highWordSpan(counts) >= DISTINCT_HIGH_WORDS_PER_VALUE * m;
  let from = keysA;
  let to = keysB;
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
    wasm.scatter(from, to, m, HISTOGRAMS + 4 * base, SHIFTS[pass]!);
    [from, to] = [to, from];
  }
  wasm.decode(from, m, VALUES);
  const sorted = into ? into.subarray(0, m) : new Float64Array(m);
  sorted.set(new Float64Array(memory, VALUES, m));
  if (lowWordByInsertion && !inOrderWithin(sorted, m)) return radixSort(values, into, false);
  return { sorted, missing };
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
