// What a drift check can compare, as choices for the quick picks: two whole logs, one log split by time
// (the first days against the rest, or before and after a date), or one log split by model_version.
// Pure (no `vscode`): the pickers in pickDriftInputs.ts show these, tests and the palette share them.
import { describeWhere, type DatasetSpec } from '../../core/drift/datasetSpec';

export interface DriftInputs {
  readonly baseline: DatasetSpec;
  readonly current: DatasetSpec;
}

export interface SplitChoice {
  readonly label: string;
  readonly detail: string;
  readonly inputs: DriftInputs;
}

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/** Whole days offered for "first N days against the rest", when the log spans more than N days. */
const leadingDays = [1, 3, 7, 14, 30] as const;

/**
 * Splits of one log by its timestamp column, earliest window first. Cuts fall on UTC day starts (hours
 * when the log spans less than two days) so the windows read as dates; each cut lies strictly inside the
 * log's time range, so both sides have rows.
 */
export function timeSplits(path: string, column: string, minIso: string, maxIso: string): SplitChoice[] {
  const min = Date.parse(minIso);
  const max = Date.parse(maxIso);
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) return [];
  const choices: SplitChoice[] = [];
  const seen = new Set<number>();
  const add = (cut: number, label: string) => {
    if (cut <= min || cut > max || seen.has(cut)) return;
    seen.add(cut);
    choices.push({ label, detail: `baseline: ${column} before ${readableTime(cut)} · current: from ${readableTime(cut)} on`, inputs: splitAt(path, column, isoOf(cut)) });
  };
  const firstDay = Math.floor(min / dayMs) * dayMs;
  if (max - min >= 2 * dayMs) {
    for (const days of leadingDays) add(firstDay + days * dayMs, `First ${days} day${days === 1 ? '' : 's'} against the rest`);
    add(firstDay + Math.round((max - firstDay) / 2 / dayMs) * dayMs, 'First half against second half (by time)');
  } else {
    add(Math.floor(min / hourMs) * hourMs + Math.round((max - min) / 2 / hourMs) * hourMs, 'First half against second half (by time)');
  }
  return choices;
}

/** Baseline: rows before `iso`; current: rows from `iso` on. */
export function splitAt(path: string, column: string, iso: string): DriftInputs {
  return { baseline: { path, where: { column, to: iso } }, current: { path, where: { column, from: iso } } };
}

/** One choice per pair of consecutive versions, in the order given (the order they first appear in the log). */
export function versionSplits(path: string, column: string, versions: readonly string[]): SplitChoice[] {
  const choices: SplitChoice[] = [];
  for (let i = 1; i < versions.length; i++) {
    const [a, b] = [versions[i - 1]!, versions[i]!];
    choices.push({ label: `${column} ${a} against ${b}`, detail: `rows of ${a} as baseline, rows of ${b} as current`, inputs: versionPair(path, column, a, b) });
  }
  return choices;
}

export function versionPair(path: string, column: string, baseline: string, current: string): DriftInputs {
  return { baseline: { path, where: { column, equals: [baseline] } }, current: { path, where: { column, equals: [current] } } };
}

/** A date the user typed: `YYYY-MM-DD` (UTC midnight) or a full ISO 8601 timestamp. */
export function parseDateInput(text: string): { iso: string } | { error: string } {
  const trimmed = text.trim();
  const value = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? Date.parse(`${trimmed}T00:00:00Z`) : Date.parse(trimmed);
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed) || !Number.isFinite(value)) return { error: 'Enter a date as YYYY-MM-DD or an ISO 8601 timestamp.' };
  return { iso: isoOf(value) };
}

/** One side in words: `logs/a.csv` or `logs/a.csv · timestamp in [-inf, 2024-01-08T00:00:00Z)`. */
export function describeSide(side: DatasetSpec, label: (path: string) => string = (p) => p): string {
  const where = describeWhere(side.where);
  return where ? `${label(side.path)} · ${where}` : label(side.path);
}

export function describeInputs(inputs: DriftInputs, label?: (path: string) => string): string {
  return `${describeSide(inputs.baseline, label)} → ${describeSide(inputs.current, label)}`;
}

/** Whether a value that arrived from outside (a test, a serialized panel, workspaceState) is a DriftInputs. */
export function isDriftInputs(value: unknown): value is DriftInputs {
  if (typeof value !== 'object' || value === null) return false;
  const { baseline, current } = value as Record<string, unknown>;
  return isDatasetSpec(baseline) && isDatasetSpec(current);
}

function isDatasetSpec(value: unknown): value is DatasetSpec {
  if (typeof value !== 'object' || value === null) return false;
  const { path, where } = value as Record<string, unknown>;
  if (typeof path !== 'string' || path.length === 0) return false;
  if (where === undefined) return true;
  if (typeof where !== 'object' || where === null) return false;
  const w = where as Record<string, unknown>;
  if (typeof w.column !== 'string') return false;
  if ('equals' in w) return Array.isArray(w.equals) && w.equals.every((v) => typeof v === 'string');
  return (w.from === undefined || typeof w.from === 'string') && (w.to === undefined || typeof w.to === 'string');
}

/** `2026-10-08` at UTC midnight, else `2026-10-08 14:00 UTC`: how a cut or a range reads in a quick pick. */
export function readableTime(value: number | string): string {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) return String(value);
  const iso = new Date(ms).toISOString();
  return ms % dayMs === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
