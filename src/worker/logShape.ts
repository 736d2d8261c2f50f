// A log's shape for the drift check's quick picks: the timestamp column's first and last instants and the
// model_version values in the order they first appear. Computed from the loaded table, which holds only
// the columns that can be those two (chosen from the file's schema), not the whole log.
import type { LogShape } from '../protocol/worker';
import { inferRole } from '../core/table/inferRole';
import { loadTable } from '../core/table/loadTable';
import { readSchema } from '../core/table/readSchema';
import type { LoadedTable } from '../core/table/types';

export async function readLogShape(path: string, signal: AbortSignal): Promise<LogShape> {
  const columns = await shapeColumns(path);
  const shape = logShapeOf(await loadTable(path, { signal, ...(columns ? { columns } : {}) }));
  // Text holding ISO times becomes a timestamp column whatever its name: when no chosen column was one,
  // the whole log is read before saying it has no time.
  if (columns !== undefined && shape.time === null) return logShapeOf(await loadTable(path, { signal }));
  return shape;
}

/** Names a time column usually has (a superset of the loader's epoch-column names). */
const TIME_NAME = /(^|[_.\s-])(timestamp|ts|time|datetime|date|event_?time|created_?at|logged_?at|[a-z]+_at)$/i;

/**
 * The columns that can give the shape: those the schema declares as times or names like one, and those
 * named as a model version (that role is inferred from the name alone). Undefined (read all) when the
 * schema cannot be read (the loader then says why) or names none of them.
 */
export async function shapeColumns(path: string): Promise<string[] | undefined> {
  let names: string[];
  try {
    const schema = await readSchema(path);
    names = schema.columns
      .filter((c) => c.shape === 'time' || TIME_NAME.test(c.name) || inferRole(c.name, 'categorical', 0) === 'modelVersion')
      .map((c) => c.name);
  } catch {
    return undefined;
  }
  return names.length > 0 ? names : undefined;
}

export function logShapeOf(loaded: Pick<LoadedTable, 'table' | 'columns'>): LogShape {
  const timeInfo = loaded.columns.find((c) => c.role === 'timestamp' && c.kind === 'timestamp');
  const versionInfo = loaded.columns.find((c) => c.role === 'modelVersion');
  let time: LogShape['time'] = null;
  if (timeInfo) {
    const column = loaded.table.getChild(timeInfo.name);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; column && i < column.length; i++) {
      const value = column.get(i) as number | bigint | Date | null;
      if (value === null || value === undefined) continue;
      const ms = value instanceof Date ? value.getTime() : Number(value);
      if (!Number.isFinite(ms)) continue;
      if (ms < min) min = ms;
      if (ms > max) max = ms;
    }
    if (min <= max) time = { column: timeInfo.name, min: isoOf(min), max: isoOf(max) };
  }
  let modelVersion: LogShape['modelVersion'] = null;
  if (versionInfo) {
    const column = loaded.table.getChild(versionInfo.name);
    const seen = new Set<string>();
    for (let i = 0; column && i < column.length; i++) {
      const value = column.get(i) as unknown;
      if (value !== null && value !== undefined) seen.add(String(value));
    }
    if (seen.size > 0) modelVersion = { column: versionInfo.name, values: [...seen] };
  }
  return { time, modelVersion };
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
