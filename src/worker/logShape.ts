// A log's shape for the drift check's quick picks: the timestamp column's first and last instants and the
// model_version values in the order they first appear. Computed from the loaded table.
import type { LogShape } from '../protocol/worker';
import { loadTable } from '../core/table/loadTable';
import type { LoadedTable } from '../core/table/types';

export async function readLogShape(path: string, signal: AbortSignal): Promise<LogShape> {
  // Roles are inferred from names and values, so the columns to project are not known before loading.
  const loaded = await loadTable(path, { signal });
  return logShapeOf(loaded);
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
