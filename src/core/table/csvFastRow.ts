// The CSV reader's fast lane: one pass over the bytes of a plain row (no quotes, every cell in the simple
// shape of its column's settled type) that finds each cell and converts it in the same loop, writing the
// values straight into the columns' arrays. csvRowScanner.ts and TextColumn.addBytes remain the general
// path: any row the lane cannot take whole goes there, and since a row counts only once all its cells are
// read (the columns learn of it in `sync`), the general path simply overwrites what the lane wrote.
//
// Numbers stay correctly rounded: the lane takes only `-?digits[.digits]` with at most 15 digits (an
// exact significand) over 10^0..10^15 (exact), so the one division rounds once, Clinger's fast path as in
// parseDecimal.ts; every other spelling goes to the general path.
//
// Measured (1M rows x 28 columns, 187 MB): the general path spent ~60 ns per numeric cell across the
// field scan, the dispatch in addBytes and the parse; here each byte is read once (the whole load, in the
// loader bench: 2.0 s -> 1.2 s CPU).
import type { TextColumn } from './textColumn';
import { HASH_PRIME as PRIME, HASH_SEED as SEED } from './byteDictionary';
import { isNullTokenBytes } from './nullTokens';
import { parseIsoTimestampInto } from './parseTimestamp';

/**
 * How a column's cells are read on the lane (`TextColumn.fastLane`); 0 is a column the projection skips.
 * Plain number literals, not an enum: the row loop compares them per cell, and a literal in this module
 * is a constant to the compiler where an imported value (tsx's CommonJS transform) is a load.
 */
export const LANE_FLOAT64 = 1;
export const LANE_TIMESTAMP = 2;
export const LANE_CATEGORY = 3;
export const LANE_IDENTIFIER = 4;
export const LANE_EMPTY = 5;
const FLOAT64 = 1;
const TIMESTAMP = 2;
const CATEGORY = 3;
const IDENTIFIER = 4;
const EMPTY = 5;
// Local copies: see the note on local bindings in textColumn.ts.
const parseTimeInto = parseIsoTimestampInto;
const isNullBytes = isNullTokenBytes;
const HASH_SEED = SEED;
const HASH_PRIME = PRIME;

const LF = 10;
const CR = 13;
const QUOTE = 34;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

/** Most digits (integer and fraction together) of a significand that is an exact integer: see parseDecimal.ts. */
const MAX_DIGITS = 15;
const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Rows read before the lane is considered: no column has passed its identifier check (10,000 rows) before. */
const NOT_BEFORE_ROW = 10_001;

export class CsvFastRow {
  /** True once every wanted column has a lane; until then `tryEnable` is asked now and then. */
  enabled = false;
  private readonly lanes: Uint8Array;
  /** Each number, timestamp or category column's value array, as its TextColumn last handed it out. */
  private readonly slots: (Float64Array | Int32Array | undefined)[];
  /** Rows every array in `slots` has room for. */
  private capacity = 0;
  /** Rows read since the number, timestamp, category and still-sampling columns last counted them (see `sync`). */
  private pending = 0;
  /** Set when a still-sampling column met a value: it may have settled its type since (see `read`). */
  private lanesStale = false;
  private readonly cellStarts: Int32Array;
  private readonly cellEnds: Int32Array;

  constructor(
    private readonly delimiter: number,
    /** One per field of the header; undefined for fields the projection leaves out. */
    private readonly sinks: readonly (TextColumn | undefined)[],
  ) {
    this.lanes = new Uint8Array(sinks.length);
    this.slots = sinks.map(() => undefined);
    this.cellStarts = new Int32Array(sinks.length);
    this.cellEnds = new Int32Array(sinks.length);
  }

  /** Turns the lane on when every wanted column has settled its type; `rows` is the rows read so far. */
  tryEnable(rows: number): boolean {
    if (rows < NOT_BEFORE_ROW) return false;
    for (let i = 0; i < this.sinks.length; i++) {
      const sink = this.sinks[i];
      if (sink !== undefined && sink.fastLane() === 0) return false;
    }
    this.takeLanes();
    this.enabled = true;
    return true;
  }

  /** Each column's lane as it says now; the value arrays are fetched again on the next row. */
  private takeLanes(): void {
    this.sync();
    for (let i = 0; i < this.sinks.length; i++) this.lanes[i] = this.sinks[i]?.fastLane() ?? 0;
    this.capacity = 0;
    this.lanesStale = false;
  }

  /**
   * Has the columns count the rows the lane read. Called before the general path touches a column and
   * before the columns finish: between calls, the lane counts rows once per row instead of once per cell.
   */
  sync(): void {
    const rows = this.pending;
    if (rows === 0) return;
    this.pending = 0;
    for (let i = 0; i < this.lanes.length; i++) {
      const lane = this.lanes[i]!;
      if (lane === FLOAT64 || lane === TIMESTAMP || lane === CATEGORY) this.sinks[i]!.advance(rows);
      else if (lane === EMPTY) this.sinks[i]!.addNulls(rows);
    }
  }

  /**
   * Reads row `row`, starting at `pos`, into the columns and returns the position after its line end;
   * or returns -1, having counted nothing, when the row needs the general path (call `sync` first).
   * `bytes` must hold an LF at or after `pos`: every loop below stops at an LF, so none needs a bounds check.
   */
  read(bytes: Buffer, pos: number, row: number): number {
    if (this.lanesStale) this.takeLanes();
    if (row >= this.capacity) this.refreshSlots();
    const { delimiter, sinks, lanes, slots, cellStarts, cellEnds } = this;
    const last = lanes.length - 1;
    let p = pos;
    for (let i = 0; i <= last; i++) {
      const lane = lanes[i]!;
      let c = bytes[p]!;
      if (c === QUOTE) return -1;
      if (lane === FLOAT64) {
        const numbers = slots[i] as Float64Array;
        if (c === delimiter || c === LF || c === CR) {
          numbers[row] = NaN; // an empty cell is missing (a CR not before the LF fails the end check below)
        } else {
          // -?digits[.digits], at most 15 digits: an exact significand over an exact power of ten.
          const cellStart = p;
          const negative = c === MINUS;
          if (negative) c = bytes[++p]!;
          let significand = 0;
          let digits = 0;
          while (c >= ZERO && c <= NINE) {
            significand = significand * 10 + (c - ZERO);
            digits++;
            c = bytes[++p]!;
          }
          let fraction = 0;
          if (c === DOT) {
            c = bytes[++p]!;
            while (c >= ZERO && c <= NINE) {
              significand = significand * 10 + (c - ZERO);
              fraction++;
              c = bytes[++p]!;
            }
          }
          digits += fraction;
          if (digits === 0) {
            // Not a number: a null token (`NA`, `NaN`, `-nan`, …) is missing; anything else, the general path.
            while (c !== delimiter && c !== LF && c !== CR) c = bytes[++p]!;
            if (!isNullBytes(bytes, cellStart, p)) return -1;
            numbers[row] = NaN;
          } else {
            if (digits > MAX_DIGITS) return -1;
            const value = fraction === 0 ? significand : significand / POW10[fraction]!;
            numbers[row] = negative ? -value : value;
          }
        }
      } else if (lane === CATEGORY) {
        const start = p;
        let hash = HASH_SEED;
        while (c !== delimiter && c !== LF && c !== CR) {
          hash = Math.imul(hash ^ c, HASH_PRIME);
          c = bytes[++p]!;
        }
        let code = -1; // an empty cell is missing
        if (p !== start) {
          code = sinks[i]!.knownCode(Math.imul(hash ^ (p - start), HASH_PRIME), bytes, start, p);
          // New or too long: the general path decides. A null token is missing (never in a dictionary).
          if (code === -1 && !isNullBytes(bytes, start, p)) return -1;
        }
        (slots[i] as Int32Array)[row] = code;
      } else {
        const start = p;
        while (c !== delimiter && c !== LF && c !== CR) c = bytes[++p]!;
        if (lane === TIMESTAMP) {
          const numbers = slots[i] as Float64Array;
          if (p === start) numbers[row] = NaN;
          else if (!parseTimeInto(bytes, start, p, numbers, row)) {
            if (!isNullBytes(bytes, start, p)) return -1;
            numbers[row] = NaN;
          }
        } else if (lane === IDENTIFIER) {
          if (p - start > sinks[i]!.cellLimit) return -1;
          cellStarts[i] = start;
          cellEnds[i] = p;
        } else if (lane === EMPTY && !isNullBytes(bytes, start, p)) {
          this.lanesStale = true; // the general path reads the value; the column may settle its type
          return -1;
        }
      }
      if (i < last) {
        if (bytes[p] !== delimiter) return -1;
        p++;
      }
    }
    // The row ends here: LF, or CR LF.
    if (bytes[p] === CR) p++;
    if (bytes[p] !== LF) return -1;
    for (let i = 0; i <= last; i++) {
      if (lanes[i] === IDENTIFIER) sinks[i]!.commitIdentifier(bytes, cellStarts[i]!, cellEnds[i]!);
    }
    this.pending++;
    return p + 1;
  }

  /** Fetches the value arrays again, grown when full; `capacity` becomes the rows they all have room for. */
  private refreshSlots(): void {
    this.sync();
    let capacity = Infinity;
    for (let i = 0; i < this.lanes.length; i++) {
      const lane = this.lanes[i]!;
      if (lane !== FLOAT64 && lane !== TIMESTAMP && lane !== CATEGORY) continue;
      const slots = lane === CATEGORY ? this.sinks[i]!.codeSlots() : this.sinks[i]!.numberSlots();
      this.slots[i] = slots;
      capacity = Math.min(capacity, slots.length);
    }
    this.capacity = capacity;
  }
}
