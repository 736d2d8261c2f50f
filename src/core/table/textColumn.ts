// One column of a text format (CSV, JSONL) being read: sampled, typed, then filled.
//
// Type rule (documented in README "Reading prediction logs"): the column keeps its first 1,000 present
// values as they come, then picks a type: number when at least 99% of them parse as numbers, ISO
// timestamp when at least 99% parse as timestamps, text otherwise. From then on cells go straight into
// that type. At the end a number or timestamp column whose cells of another type exceed 1% of its
// present cells becomes text (its numbers rendered in shortest round-trip form); at or below 1% those
// cells are read as missing. Either way the conflict is reported with its count and its first line.
import { ByteDictionary } from './byteDictionary';
import { LANE_CATEGORY, LANE_EMPTY, LANE_FLOAT64, LANE_IDENTIFIER, LANE_TIMESTAMP } from './csvFastRow';
import type { ColumnValues, RawColumn } from './columnValues';
import { isNullToken, isNullTokenBytes, MAX_NULL_TOKEN_LENGTH } from './nullTokens';
import { parseDecimalInto, parseDecimalString } from './parseDecimal';
import { parseIsoTimestamp, parseIsoTimestampInto } from './parseTimestamp';
import type { LoadIssue } from './types';
import { Utf8Builder } from './utf8Builder';

// Local bindings of the per-cell parsers: under a CommonJS transform (tsx, which runs the tests) every
// call through an imported name is a getter call, measurably slower per cell; esbuild's bundle is unaffected.
const parseNumberInto = parseDecimalInto;
const parseTimeInto = parseIsoTimestampInto;
const isNullBytes = isNullTokenBytes;
const isNullText = isNullToken;
const MAX_NULL_TEXT = MAX_NULL_TOKEN_LENGTH;

const SAMPLE_SIZE = 1000;
const CONFLICT_SHARE = 0.01;

type Mode = 'sampling' | 'float64' | 'timestamp' | 'strings' | 'identifier';

/**
 * A text column whose first 10,000 rows are at least 90% distinct values is an identifier column (request
 * ids, free text): from then on its cells are appended as bytes to an Arrow Utf8 column instead of being
 * hashed into a dictionary that would hold every value once anyway. Arrow Utf8 columns get the same rule
 * (looksLikeIdentifiers in loadArrow.ts), so the formats agree.
 */
const IDENTIFIER_CHECK_ROWS = 10_000;
const IDENTIFIER_DISTINCT = 0.9;
type SampleValue = string | number | null;


interface Conflict {
  readonly row: number;
  readonly text: string;
}

export class TextColumn {
  private mode: Mode = 'sampling';
  private length = 0;
  private sample: SampleValue[] = [];
  private sampleLines: number[] = [];
  private samplePresent = 0;
  private numbers = new Float64Array(0);
  private dictionary = new ByteDictionary();
  private codes = new Int32Array(0);
  private conflicts: Conflict[] = [];
  private presentStrings = 0;
  /** Set while finish() rebuilds a mixed column as text: no switch to identifiers then. */
  private rebuilding = false;
  private identifiers: Utf8Builder | undefined;
  private firstConflictLine = 0;
  private truncated = 0;
  private firstTruncatedLine = 0;
  /** Set when the sample mixed numbers and text and the column was read as text. */
  private mixedSample: { numbers: number; text: number; firstTextLine: number; firstText: string } | undefined;

  /**
   * `expectedRows`: the reader's estimate of the row count (file size over the sampled row length), so
   * value arrays are allocated once instead of doubling their way up; an overestimate is trimmed at the end.
   */
  constructor(
    readonly name: string,
    private readonly path: string,
    private readonly maxCellBytes: number,
    private readonly expectedRows = 0,
  ) {}

  get rows(): number {
    return this.length;
  }

  /** Missing cells up to (not including) `row`: JSONL rows that lack this key. */
  padTo(row: number): void {
    while (this.length < row) this.addNull();
  }

  addNull(): void {
    switch (this.mode) {
      case 'sampling':
        this.sample.push(null);
        this.sampleLines.push(0);
        this.length++;
        return;
      case 'float64':
      case 'timestamp':
        this.pushNumber(NaN);
        return;
      case 'strings':
        this.pushCode(-1);
        return;
      case 'identifier':
        this.identifiers!.appendNull();
        this.length++;
        return;
    }
  }

  /** An unquoted CSV cell, straight from the file's bytes. */
  addBytes(bytes: Buffer, start: number, end: number, line: number): void {
    const mode = this.mode;
    if (mode === 'float64' || mode === 'timestamp') {
      if (this.length === this.numbers.length) this.growNumbers();
      const parsed = mode === 'float64'
        ? parseNumberInto(bytes, start, end, this.numbers, this.length)
        : parseTimeInto(bytes, start, end, this.numbers, this.length);
      if (parsed) {
        this.length++;
        return;
      }
    }
    if (isNullBytes(bytes, start, end)) {
      this.addNull();
      return;
    }
    if (end - start > this.maxCellBytes) end = this.truncate(bytes, start, end, line);
    if (mode === 'identifier') {
      this.identifiers!.appendBytes(bytes, start, end);
      this.length++;
    } else if (mode === 'strings') {
      this.presentStrings++;
      this.pushCode(this.dictionary.codeOfBytes(bytes, start, end));
    } else {
      this.addText(bytes.toString('utf8', start, end), line);
    }
  }

  /** A cell's text: a quoted CSV cell or a JSON string. */
  addText(text: string, line: number): void {
    if (text.length <= MAX_NULL_TEXT && isNullText(text)) {
      this.addNull();
      return;
    }
    if (text.length > this.maxCellBytes) text = this.truncateText(text, line);
    switch (this.mode) {
      case 'sampling':
        this.pushSample(text, line);
        return;
      case 'float64': {
        const value = parseDecimalString(text);
        if (value === undefined) this.pushConflict(text, line);
        else this.pushNumber(value);
        return;
      }
      case 'timestamp': {
        const value = parseIsoTimestamp(text);
        if (value === undefined) this.pushConflict(text, line);
        else this.pushNumber(value);
        return;
      }
      case 'strings':
        this.pushString(text);
        return;
      case 'identifier':
        this.identifiers!.appendString(text);
        this.length++;
        return;
    }
  }

  /** A JSON number (NaN cannot occur in JSON; a missing number is JSON null). */
  addNumber(value: number, line: number): void {
    switch (this.mode) {
      case 'sampling':
        this.pushSample(value, line);
        return;
      case 'float64':
        this.pushNumber(value);
        return;
      case 'timestamp':
        this.pushConflict(String(value), line);
        return;
      case 'strings':
        this.pushString(String(value));
        return;
      case 'identifier':
        this.identifiers!.appendString(String(value));
        this.length++;
        return;
    }
  }

  // The fast lane (csvFastRow.ts): once a column's type is settled and its identifier check is behind
  // it, plain CSV rows are written straight into the value arrays and counted in batches (`advance`). A
  // cell the lane cannot take whole (quoted, a null token, an unknown category, a number in exponent
  // form) sends its row to addBytes/addText, after the batch is counted; they overwrite the slot.

  /**
   * The lane of this column's cells (LANE_*), or 0 while its identifier check is still open. A column
   * still sampling its type (too few values so far: an unused field, labels not yet arrived) takes only
   * empty cells on the lane (LANE_EMPTY), counted by `addNulls`.
   */
  fastLane(): number {
    if (this.length <= IDENTIFIER_CHECK_ROWS || this.rebuilding) return 0;
    switch (this.mode) {
      case 'sampling':
        return LANE_EMPTY;
      case 'float64':
        return LANE_FLOAT64;
      case 'timestamp':
        return LANE_TIMESTAMP;
      case 'strings':
        return LANE_CATEGORY;
      case 'identifier':
        return LANE_IDENTIFIER;
    }
  }

  /** `rows` missing cells, the empty cells the fast lane found in a column still sampling its type. */
  addNulls(rows: number): void {
    for (let i = 0; i < rows; i++) this.addNull();
  }

  /** The array rows of a number or timestamp column go to, with room for at least the next one. */
  numberSlots(): Float64Array {
    if (this.length === this.numbers.length) this.growNumbers();
    return this.numbers;
  }

  /** The array rows of a category column go to, with room for at least the next one. */
  codeSlots(): Int32Array {
    if (this.length === this.codes.length) this.growCodes();
    return this.codes;
  }

  /** The code of a category already seen (`hash` is its hashBytes), else -1: a new one takes the general path, which adds it. */
  knownCode(hash: number, bytes: Uint8Array, start: number, end: number): number {
    return this.dictionary.find(hash, bytes, start, end);
  }

  /**
   * Counts `rows` rows the fast lane wrote into `numberSlots()` or `codeSlots()`. (The count of present
   * strings is left alone: it feeds only the identifier check, which is behind a column with a lane.)
   */
  advance(rows: number): void {
    this.length += rows;
  }

  /** Appends an identifier cell the fast lane found (at most maxCellBytes long); empty and null tokens are missing. */
  commitIdentifier(bytes: Buffer, start: number, end: number): void {
    if (isNullBytes(bytes, start, end)) this.identifiers!.appendNull();
    else this.identifiers!.appendBytes(bytes, start, end);
    this.length++;
  }

  get cellLimit(): number {
    return this.maxCellBytes;
  }

  finish(): RawColumn {
    if (this.mode === 'sampling') this.decide();
    const issues: LoadIssue[] = [];
    let values: ColumnValues;
    if (this.mode === 'identifier') {
      values = { type: 'utf8', data: this.identifiers!.finish() };
    } else if (this.mode === 'strings') {
      values = { type: 'strings', dictionary: this.dictionary.values, codes: trimmed(this.codes, this.length) };
    } else {
      const numbers = trimmed(this.numbers, this.length);
      const type = this.mode === 'timestamp' ? 'timestamp' : 'float64';
      const numeric = { type, values: numbers } as const;
      values = numeric;
      if (this.conflicts.length > 0) {
        let present = 0;
        for (let i = 0; i < numbers.length; i++) if (!Number.isNaN(numbers[i]!)) present++;
        const kind = type === 'timestamp' ? 'timestamps' : 'numbers';
        const first = this.conflicts[0]!;
        const where = { path: this.path, line: this.firstConflictLine, column: this.name };
        if (this.conflicts.length > CONFLICT_SHARE * (present + this.conflicts.length)) {
          values = this.asStrings(numeric);
          issues.push({
            severity: 'warning',
            message: `column '${this.name}' mixes ${kind} and text (${this.conflicts.length} text cells, first '${preview(first.text)}'); read as text`,
            location: where,
          });
        } else {
          issues.push({
            severity: 'warning',
            message: `column '${this.name}': ${this.conflicts.length} cells are not ${kind} (first '${preview(first.text)}') and were read as missing`,
            location: where,
          });
        }
      }
    }
    if (this.mixedSample !== undefined) {
      const { numbers, text, firstTextLine, firstText } = this.mixedSample;
      issues.push({
        severity: 'warning',
        message: `column '${this.name}' mixes numbers and text (${text} text cells among the first ${numbers + text} values, first '${preview(firstText)}'); read as text`,
        location: { path: this.path, line: firstTextLine, column: this.name },
      });
    }
    if (this.truncated > 0) {
      issues.push({
        severity: 'warning',
        message: `column '${this.name}': ${this.truncated} cells longer than ${this.maxCellBytes} bytes were truncated`,
        location: { path: this.path, line: this.firstTruncatedLine, column: this.name },
      });
    }
    return { name: this.name, values, issues };
  }

  private asStrings(values: Extract<ColumnValues, { type: 'float64' | 'timestamp' }>): ColumnValues {
    this.mode = 'strings';
    this.rebuilding = true;
    this.length = 0;
    this.codes = new Int32Array(values.values.length);
    const render = values.type === 'timestamp' ? (v: number) => new Date(v).toISOString() : (v: number) => String(v);
    let next = 0;
    for (let row = 0; row < values.values.length; row++) {
      const conflict = this.conflicts[next];
      if (conflict !== undefined && conflict.row === row) {
        this.pushString(conflict.text);
        next++;
        continue;
      }
      const v = values.values[row]!;
      if (Number.isNaN(v)) this.pushCode(-1);
      else this.pushString(render(v));
    }
    return { type: 'strings', dictionary: this.dictionary.values, codes: this.codes.subarray(0, this.length) };
  }

  private pushSample(value: string | number, line: number): void {
    this.sample.push(value);
    this.sampleLines.push(line);
    this.length++;
    if (++this.samplePresent >= SAMPLE_SIZE) this.decide();
  }

  /** Picks the column's type from the sample and replays the sample into it. */
  private decide(): void {
    let numeric = 0;
    let timestamps = 0;
    for (const value of this.sample) {
      if (value === null) continue;
      if (typeof value === 'number' || parseDecimalString(value) !== undefined) numeric++;
      else if (parseIsoTimestamp(value) !== undefined) timestamps++;
    }
    const present = this.samplePresent;
    const threshold = (1 - CONFLICT_SHARE) * present;
    this.mode = present > 0 && numeric >= threshold ? 'float64' : present > 0 && timestamps >= threshold ? 'timestamp' : 'strings';
    if (this.mode === 'strings' && numeric > 0 && numeric >= present / 2) {
      const firstText = this.sample.findIndex((v) => typeof v === 'string' && parseDecimalString(v) === undefined);
      this.mixedSample = {
        numbers: numeric,
        text: present - numeric,
        firstTextLine: this.sampleLines[firstText] ?? 0,
        firstText: String(this.sample[firstText]),
      };
    }
    const sample = this.sample;
    const lines = this.sampleLines;
    this.sample = [];
    this.sampleLines = [];
    this.length = 0;
    for (let i = 0; i < sample.length; i++) {
      const value = sample[i]!;
      if (value === null) this.addNull();
      else if (typeof value === 'number') this.addNumber(value, lines[i]!);
      else this.addText(value, lines[i]!);
    }
  }

  private pushNumber(value: number): void {
    if (this.length === this.numbers.length) this.growNumbers();
    this.numbers[this.length++] = value;
  }

  private growNumbers(): void {
    const grown = new Float64Array(Math.max(1024, this.numbers.length * 2, this.expectedRows));
    grown.set(this.numbers);
    this.numbers = grown;
  }

  private pushConflict(text: string, line: number): void {
    if (this.conflicts.length === 0) this.firstConflictLine = line;
    this.conflicts.push({ row: this.length, text });
    this.pushNumber(NaN);
  }

  private pushString(text: string): void {
    this.presentStrings++;
    this.pushCode(this.dictionary.codeOfString(text));
  }

  private pushCode(code: number): void {
    if (this.length === IDENTIFIER_CHECK_ROWS && this.mode === 'strings' && !this.rebuilding && this.dictionary.size >= IDENTIFIER_DISTINCT * this.presentStrings) {
      const text = code < 0 ? undefined : this.dictionary.values[code]!;
      this.becomeIdentifiers();
      if (text === undefined) this.identifiers!.appendNull();
      else this.identifiers!.appendString(text);
      this.length++;
      return;
    }
    if (this.length === this.codes.length) this.growCodes();
    this.codes[this.length++] = code;
  }

  private growCodes(): void {
    const grown = new Int32Array(Math.max(1024, this.codes.length * 2, this.expectedRows));
    grown.set(this.codes);
    this.codes = grown;
  }

  /** Replays the codes so far into a Utf8Builder and switches to appending bytes. */
  private becomeIdentifiers(): void {
    const builder = new Utf8Builder();
    for (let i = 0; i < this.length; i++) {
      const code = this.codes[i]!;
      if (code < 0) builder.appendNull();
      else builder.appendString(this.dictionary.values[code]!);
    }
    // The rows so far tell the bytes per row: room for the estimated row count, 5% over, at once.
    if (this.expectedRows > this.length && this.length > 0) {
      builder.reserveBytes(Math.ceil((builder.byteLength / this.length) * this.expectedRows * 1.05));
    }
    this.identifiers = builder;
    this.mode = 'identifier';
    this.codes = new Int32Array(0);
    this.dictionary = new ByteDictionary();
  }

  private truncate(bytes: Buffer, start: number, end: number, line: number): number {
    this.noteTruncated(line);
    let cut = start + this.maxCellBytes;
    // Back off to a UTF-8 character boundary (continuation bytes are 10xxxxxx).
    while (cut > start && (bytes[cut]! & 0xc0) === 0x80) cut--;
    return Math.min(cut, end);
  }

  private truncateText(text: string, line: number): string {
    this.noteTruncated(line);
    return text.slice(0, this.maxCellBytes);
  }

  private noteTruncated(line: number): void {
    if (this.truncated++ === 0) this.firstTruncatedLine = line;
  }
}

/** The first `length` values; a copy when the array is much larger, so an overestimate frees its slack. */
function trimmed<T extends Float64Array | Int32Array>(array: T, length: number): T {
  return (length < 0.9 * array.length ? array.slice(0, length) : array.subarray(0, length)) as T;
}

function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
