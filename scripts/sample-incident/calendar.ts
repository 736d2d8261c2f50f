// The sample incident's calendar: a reference window in September 2026 and 30 days of serving in October.

const DAY_MS = 86_400_000;

export const BASELINE_START_MS = Date.UTC(2026, 8, 1);
export const BASELINE_DAYS = 20;
export const SERVING_START_MS = Date.UTC(2026, 9, 1);
export const SERVING_DAYS = 30;
/** When the log was exported: labels that arrive later are not in it yet. */
export const LOG_SNAPSHOT_MS = Date.UTC(2026, 9, 31);

/** Day number on the serving calendar: 1.0 at 2026-10-01T00:00Z, 2.5 at 2026-10-02T12:00Z, below 1 before. */
export function servingDay(ms: number): number {
  return (ms - SERVING_START_MS) / DAY_MS + 1;
}

/** UTC midnight of serving day `day` (1-based, whole). */
export function servingDayStart(day: number): number {
  return SERVING_START_MS + (day - 1) * DAY_MS;
}

export function dayStarts(startMs: number, days: number): number[] {
  return Array.from({ length: days }, (_, i) => startMs + i * DAY_MS);
}

export { DAY_MS };
