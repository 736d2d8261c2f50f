// The model changelog (model-changelog.yaml): the entries, read with line-aware errors and checked
// against its schema. The file is a list of entries, at the top level or under `entries:`; entry fields
// beyond the known ones are kept exactly as written.
import { isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { DocumentError } from './documentError';
import type { AlertDefinition } from './postmortem';
import { checkSchema } from './schemaCheck';
import { parseYamlSafely, type ParsedYaml } from './safeYaml';

export interface ChangelogEntry {
  /** Always text: `version: 1.10` stays "1.10", not the number 1.1. */
  readonly version: string;
  /** As written: `YYYY-MM-DD` or an ISO date-time. */
  readonly date: string;
  /** `date` as epoch milliseconds (UTC; a bare date is midnight UTC). */
  readonly time: number;
  readonly incident?: string;
  readonly root_cause?: string;
  readonly drift_signal?: string;
  readonly resolution?: string;
  readonly new_alerts_added?: readonly AlertDefinition[];
  /** Every field of the entry as written, known and unknown. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** 1-based line where the entry starts. */
  readonly line: number;
}

/** What a new entry may say; `version` and `date` are required, the rest is optional. */
export interface NewChangelogEntry {
  readonly version: string;
  readonly date: string;
  readonly incident?: string;
  readonly root_cause?: string;
  readonly drift_signal?: string;
  readonly resolution?: string;
  readonly new_alerts_added?: readonly AlertDefinition[];
}

export interface ChangelogFile {
  readonly path: string;
  /** Entries in file order. */
  readonly entries: readonly ChangelogEntry[];
}

/** Parses and validates a changelog's text. An empty file is an empty changelog. */
export function readChangelog(text: string, path: string): ChangelogFile {
  const parsed = parseYamlSafely(text, path);
  if (parsed.data === null || parsed.data === undefined) return { path, entries: [] };
  checkSchema('changelog', parsed.data, path, parsed);
  const seq = entrySequence(parsed, path);
  const entries = seq.items.map((item) => toEntry(parsed, item as YAMLMap, path));
  return { path, entries };
}

/** The YAML sequence that holds the entries: the root, or the root's `entries`. */
export function entrySequence(parsed: ParsedYaml, path: string): YAMLSeq {
  const root = parsed.doc.contents;
  if (isSeq(root)) return root;
  if (isMap(root)) {
    const entries = root.get('entries', true);
    if (isSeq(entries)) return entries;
  }
  throw new DocumentError('expected a list of entries, at the top level or under `entries:`', { path, line: 1 });
}

function toEntry(parsed: ParsedYaml, node: YAMLMap, path: string): ChangelogEntry {
  const fields = node.toJSON() as Record<string, unknown>;
  const versionNode = node.get('version', true);
  // A plain `1.10` is a number to YAML; the text the author wrote is the version.
  const version = isScalar(versionNode) && typeof versionNode.source === 'string' ? versionNode.source : String(fields.version);
  const date = String(fields.date);
  const line = node.range ? parsed.lineCounter.linePos(node.range[0]).line : 0;
  const time = dateToMs(date);
  if (Number.isNaN(time)) throw new DocumentError(`date '${date}' is not a calendar date`, { path, line });
  const pick = (key: string): string | undefined => (typeof fields[key] === 'string' ? fields[key] : undefined);
  return {
    version,
    date,
    time,
    incident: pick('incident'),
    root_cause: pick('root_cause'),
    drift_signal: pick('drift_signal'),
    resolution: pick('resolution'),
    new_alerts_added: Array.isArray(fields.new_alerts_added) ? (fields.new_alerts_added as AlertDefinition[]) : undefined,
    fields: { ...fields, version },
    line,
  };
}

/** `YYYY-MM-DD` is midnight UTC; a date-time without a zone is read as UTC too, so every machine agrees. */
export function dateToMs(date: string): number {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!day) return Number.NaN;
  const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
  // Date.parse rolls 2026-02-30 over to March; the calendar date must exist.
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return Number.NaN;
  if (date.length === 10) return check.getTime();
  const iso = date.replace(' ', 'T');
  return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`);
}

/** Entries sorted by time (stable), for timelines. */
export function chronological(entries: readonly ChangelogEntry[]): ChangelogEntry[] {
  return [...entries].sort((a, b) => a.time - b.time);
}
