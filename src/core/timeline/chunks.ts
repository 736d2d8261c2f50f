// Time chunks: the current window cut by calendar period (UTC) or by row count, and the baseline cut the
// same way so that thresholds can be learned from its own chunk-to-chunk variation.
import type { Chunk, ChunkPeriod } from '../drift/report';

/** What the user asked for: `auto` (daily when the window spans >= 7 days, else hourly; 10 row chunks without time), a period, or rows per chunk. */
export type ChunkSpec = 'auto' | ChunkPeriod | { readonly rows: number };

/** Cutting rule after `auto` is decided; the same rule cuts baseline and current. */
export type ChunkRule = { readonly by: ChunkPeriod } | { readonly by: 'rows'; readonly rowsPerChunk: number };

export interface ChunkAssignment {
  /** Chunk index of each row; -1 for a row without a timestamp. */
  readonly chunkOf: Int32Array;
  readonly chunks: readonly Chunk[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** More chunks than this is a mistake (hourly chunks over years): refuse with a clear message. */
export const MAX_CHUNKS = 5000;
const AUTO_ROW_CHUNKS = 10;
const MIN_LEARNING_CHUNKS = 6;

/** Parses `--chunk`: day, week, month, hour, auto, or a positive whole number of rows. */
export function parseChunkSpec(text: string): ChunkSpec {
  if (text === 'auto' || text === 'hour' || text === 'day' || text === 'week' || text === 'month') return text;
  if (/^[1-9][0-9]*$/.test(text)) return { rows: Number(text) };
  throw new Error(`--chunk: '${text}' is not one of auto, hour, day, week, month or a number of rows`);
}

function finiteRange(times: Float64Array): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return min <= max ? { min, max } : null;
}

/**
 * Decides `auto` from the current window: calendar chunks when there is a time column, else 10 row chunks,
 * made smaller when the baseline would otherwise yield fewer than `MIN_LEARNING_CHUNKS` chunks of that size
 * (thresholds are learned from the baseline's chunks only when there are at least 6).
 */
export function resolveChunkRule(spec: ChunkSpec, currentTimes: Float64Array | null, currentRows: number, baselineRows?: number): ChunkRule {
  if (typeof spec === 'object') return { by: 'rows', rowsPerChunk: spec.rows };
  if (spec !== 'auto') {
    if (!currentTimes) throw new Error(`--chunk ${spec} needs a time column (set --time-column, or chunk by a number of rows)`);
    return { by: spec };
  }
  const range = currentTimes ? finiteRange(currentTimes) : null;
  if (!range) {
    const tenChunks = Math.ceil(currentRows / AUTO_ROW_CHUNKS);
    const learnable = baselineRows === undefined ? tenChunks : Math.floor(baselineRows / MIN_LEARNING_CHUNKS);
    return { by: 'rows', rowsPerChunk: Math.max(1, Math.min(tenChunks, learnable)) };
  }
  return { by: range.max - range.min >= 7 * DAY ? 'day' : 'hour' };
}

/** The period key of a time: consecutive periods have consecutive keys. */
function periodKey(t: number, by: ChunkPeriod): number {
  switch (by) {
    case 'hour':
      return Math.floor(t / HOUR);
    case 'day':
      return Math.floor(t / DAY);
    case 'week':
      // ISO weeks start on Monday; 1970-01-01 was a Thursday, so shift by 3 days.
      return Math.floor((Math.floor(t / DAY) + 3) / 7);
    case 'month': {
      const date = new Date(t);
      return date.getUTCFullYear() * 12 + date.getUTCMonth();
    }
  }
}

function periodStart(key: number, by: ChunkPeriod): number {
  switch (by) {
    case 'hour':
      return key * HOUR;
    case 'day':
      return key * DAY;
    case 'week':
      return (key * 7 - 3) * DAY;
    case 'month':
      return Date.UTC(Math.floor(key / 12), key % 12, 1);
  }
}

/** Assigns every row to a chunk. Calendar chunks run without gaps from the first period to the last (empty ones have 0 rows). */
export function assignChunks(times: Float64Array | null, rowCount: number, rule: ChunkRule): ChunkAssignment {
  const chunkOf = new Int32Array(rowCount);
  if (rule.by === 'rows') {
    const count = Math.max(1, Math.ceil(rowCount / rule.rowsPerChunk));
    if (count > MAX_CHUNKS) throw new Error(`chunks of ${rule.rowsPerChunk} rows make ${count} chunks (at most ${MAX_CHUNKS}): choose a larger size`);
    const starts = new Float64Array(count).fill(Infinity);
    const ends = new Float64Array(count).fill(-Infinity);
    for (let i = 0; i < rowCount; i++) {
      const chunk = Math.floor(i / rule.rowsPerChunk);
      chunkOf[i] = chunk;
      const t = times ? times[i]! : NaN;
      if (t < starts[chunk]!) starts[chunk] = t;
      if (t > ends[chunk]!) ends[chunk] = t;
    }
    const chunks: Chunk[] = [];
    for (let k = 0; k < count; k++) {
      const rows = Math.min(rule.rowsPerChunk, rowCount - k * rule.rowsPerChunk);
      const hasTime = starts[k]! <= ends[k]!;
      chunks.push({
        index: k,
        start: hasTime ? new Date(starts[k]!).toISOString() : null,
        end: hasTime ? new Date(ends[k]!).toISOString() : null,
        rows: Math.max(rows, 0),
      });
    }
    return { chunkOf, chunks };
  }
  if (!times) throw new Error(`chunking by ${rule.by} needs a time column`);
  const range = finiteRange(times);
  if (!range) {
    chunkOf.fill(-1);
    return { chunkOf, chunks: [] };
  }
  const first = periodKey(range.min, rule.by);
  const last = periodKey(range.max, rule.by);
  const count = last - first + 1;
  if (count > MAX_CHUNKS) throw new Error(`chunking by ${rule.by} makes ${count} chunks (at most ${MAX_CHUNKS}): choose a longer period`);
  const rows = new Float64Array(count);
  for (let i = 0; i < rowCount; i++) {
    const t = times[i]!;
    if (t !== t) {
      chunkOf[i] = -1;
      continue;
    }
    const chunk = periodKey(t, rule.by) - first;
    chunkOf[i] = chunk;
    rows[chunk]!++;
  }
  const chunks: Chunk[] = [];
  for (let k = 0; k < count; k++) {
    chunks.push({
      index: k,
      start: new Date(periodStart(first + k, rule.by)).toISOString(),
      end: new Date(periodStart(first + k + 1, rule.by)).toISOString(),
      rows: rows[k]!,
    });
  }
  return { chunkOf, chunks };
}
