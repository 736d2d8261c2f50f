// Finds the fields of one CSV row in a byte buffer (RFC 4180: fields in double quotes may hold the
// delimiter, newlines and doubled quotes `""`). It records where each field starts and ends instead of
// building strings, so the column readers can parse numbers straight from the bytes.
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** How a field was written: bare, in quotes, or in quotes with `""` inside (needs unescaping). */
export const enum FieldQuoting {
  Bare = 0,
  Quoted = 1,
  QuotedEscaped = 2,
}

/** scan() results besides a position. */
export const NEED_MORE = -1;
export const UNTERMINATED_QUOTE = -2;

export class CsvRowScanner {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  quoting = new Uint8Array(64);
  /** Fields found in the last scanned row. */
  count = 0;
  /** Newlines inside quoted fields of the last row (so line numbers stay those of the file). */
  quotedNewlines = 0;

  constructor(private readonly delimiter: number) {}

  /**
   * Scans the row starting at `pos` in `bytes[.., limit)`. Returns the position after its line end,
   * NEED_MORE when the row may continue past `limit` (and `eof` is false), or UNTERMINATED_QUOTE when
   * the file ends inside a quoted field.
   */
  scan(bytes: Buffer, pos: number, limit: number, eof: boolean): number {
    const delimiter = this.delimiter;
    let { starts, ends, quoting } = this;
    let count = 0;
    this.quotedNewlines = 0;
    for (;;) {
      if (count === starts.length) {
        this.grow();
        ({ starts, ends, quoting } = this);
      }
      if (pos < limit && bytes[pos] === QUOTE) {
        const start = pos + 1;
        let search = start;
        let escaped = false;
        let close: number;
        for (;;) {
          close = bytes.indexOf(QUOTE, search);
          if (close === -1 || close >= limit) return eof ? UNTERMINATED_QUOTE : NEED_MORE;
          if (close + 1 >= limit && !eof) return NEED_MORE;
          if (close + 1 < limit && bytes[close + 1] === QUOTE) {
            escaped = true;
            search = close + 2;
            continue;
          }
          break;
        }
        for (let nl = bytes.indexOf(LF, start); nl !== -1 && nl < close; nl = bytes.indexOf(LF, nl + 1)) this.quotedNewlines++;
        starts[count] = start;
        ends[count] = close;
        quoting[count] = escaped ? FieldQuoting.QuotedEscaped : FieldQuoting.Quoted;
        this.count = ++count;
        pos = close + 1;
        // Text between the closing quote and the delimiter (`"a"b,`) is not RFC 4180; it is skipped.
        while (pos < limit) {
          const c = bytes[pos];
          if (c === delimiter || c === LF) break;
          pos++;
        }
        if (pos >= limit) return eof ? limit : NEED_MORE;
        if (bytes[pos] === delimiter) {
          pos++;
          continue;
        }
        return pos + 1;
      }
      const start = pos;
      let c = 0;
      while (pos < limit) {
        c = bytes[pos]!;
        if (c === delimiter || c === LF) break;
        pos++;
      }
      if (pos >= limit && !eof) return NEED_MORE;
      let end = pos;
      if (end > start && bytes[end - 1] === CR && (pos >= limit || c === LF)) end--;
      starts[count] = start;
      ends[count] = end;
      quoting[count] = FieldQuoting.Bare;
      this.count = ++count;
      if (pos >= limit) return limit;
      if (c === delimiter) {
        pos++;
        continue;
      }
      return pos + 1;
    }
  }

  /** The text of field `i` of the last row, unquoted and unescaped. */
  text(bytes: Buffer, i: number): string {
    const text = bytes.toString('utf8', this.starts[i]!, this.ends[i]!);
    return this.quoting[i] === FieldQuoting.QuotedEscaped ? text.replaceAll('""', '"') : text;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const quoting = new Uint8Array(size);
    quoting.set(this.quoting);
    this.starts = starts;
    this.ends = ends;
    this.quoting = quoting;
  }
}
