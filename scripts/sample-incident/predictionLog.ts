// A generated prediction log held by column, the shape every writer reads. Numbers (timestamps, floats,
// integers) live in Float64Arrays with NaN standing for null, which the writers turn into each format's own
// null; the generator never produces a NaN value on purpose.
import { COLUMNS } from './schema';

export class PredictionLog {
  readonly rows: number;
  private readonly numbers = new Map<string, Float64Array>();
  private readonly strings = new Map<string, string[]>();

  constructor(rows: number) {
    this.rows = rows;
    for (const spec of COLUMNS) {
      if (spec.storage === 'string') this.strings.set(spec.name, new Array<string>(rows).fill(''));
      else this.numbers.set(spec.name, new Float64Array(rows));
    }
  }

  /** The values of a timestamp, float or int column (NaN = null). */
  numeric(name: string): Float64Array {
    const values = this.numbers.get(name);
    if (!values) throw new Error(`${name} is not a numeric column of the prediction log`);
    return values;
  }

  text(name: string): string[] {
    const values = this.strings.get(name);
    if (!values) throw new Error(`${name} is not a string column of the prediction log`);
    return values;
  }

  /** The rows [start, end) as a new log (copies). */
  slice(start: number, end: number): PredictionLog {
    const part = new PredictionLog(end - start);
    for (const spec of COLUMNS) {
      if (spec.storage === 'string') {
        const from = this.text(spec.name);
        const to = part.text(spec.name);
        for (let i = start; i < end; i++) to[i - start] = from[i] ?? '';
      } else part.numeric(spec.name).set(this.numeric(spec.name).subarray(start, end));
    }
    return part;
  }

  /** The row index of the first row at or after `ms` (timestamps are sorted ascending). */
  firstRowAtOrAfter(ms: number): number {
    const timestamps = this.numeric('timestamp');
    let lo = 0;
    let hi = this.rows;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((timestamps[mid] ?? Infinity) < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
