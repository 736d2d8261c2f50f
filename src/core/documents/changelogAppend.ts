// Appending one entry to model-changelog.yaml without disturbing anything already there. The new entry is
// rendered by the yaml library (so user text is always a value it quotes as needed) and spliced into the
// original text at the end of the entry list, indented like its neighbours: every existing byte, comment
// and blank line stays. If the splice cannot be verified, the Document API's own rendering is tried.
// Either way the result is re-parsed and must equal the old data plus the new entry, and must validate.
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isSeq, type YAMLSeq } from 'yaml';
import { DocumentError } from './documentError';
import { dateToMs, entrySequence, readChangelog, type NewChangelogEntry } from './changelog';
import { checkSchema } from './schemaCheck';
import { parseYamlSafely, type ParsedYaml } from './safeYaml';

export interface AppendResult {
  readonly text: string;
  /** Where the new entry went: after the last entry, or before the first when the file is newest-first. */
  readonly position: 'end' | 'start';
  /** 1-based line of the new entry in `text`. */
  readonly line: number;
}

/** Plain data of a new entry, in the field order of the product's changelog, empty fields left out. */
export function entryData(entry: NewChangelogEntry): Record<string, unknown> {
  const data: Record<string, unknown> = { version: entry.version, date: entry.date };
  for (const key of ['incident', 'root_cause', 'drift_signal', 'resolution'] as const) {
    const value = entry[key];
    if (value !== undefined && value !== '') data[key] = value;
  }
  if (entry.new_alerts_added && entry.new_alerts_added.length > 0) {
    data.new_alerts_added = entry.new_alerts_added.map((a) => ({ name: a.name, threshold: a.threshold, channel: a.channel }));
  }
  return data;
}

/** A new changelog file holding one entry, for a repository that has none yet. */
export function newChangelogText(entry: NewChangelogEntry): string {
  const doc = new Document({ entries: [entryData(entry)] });
  doc.commentBefore = ' Model changelog: one entry per model change, deployment or incident (newest last).';
  const text = doc.toString({ lineWidth: 0 });
  verify(text, '<new changelog>', [], entryData(entry));
  return text;
}

export function appendChangelogEntry(text: string, path: string, entry: NewChangelogEntry): AppendResult {
  checkNewEntry(entry, path);
  const existing = readChangelog(text, path); // throws, located, on anything unsafe or invalid
  const clash = existing.entries.find((e) => e.version === entry.version && e.date === entry.date);
  if (clash) throw new DocumentError(`an entry for version ${entry.version} on ${entry.date} already exists`, { path, line: clash.line });
  const parsed = parseYamlSafely(text, path);
  const before = parsed.data;
  const data = entryData(entry);
  const newestFirst = existing.entries.length > 1 && existing.entries.every((e, i, all) => i === 0 || all[i - 1]!.time >= e.time);
  const position = newestFirst ? 'start' : 'end';
  const expected = expectedData(before, data, position);

  const spliced = splice(text, parsed, path, data, position);
  if (spliced !== undefined && matches(spliced, path, expected)) return withLine(spliced, path, position);
  const rendered = renderWithDocumentApi(parsed, path, data, position);
  if (matches(rendered, path, expected)) return withLine(rendered, path, position);
  throw new DocumentError('could not add the entry without changing what is already there; add it by hand', { path });
}

function checkNewEntry(entry: NewChangelogEntry, path: string): void {
  if (entry.version.trim() === '') throw new DocumentError('the new entry needs a version', { path });
  if (Number.isNaN(dateToMs(entry.date)) || !/^\d{4}-\d{2}-\d{2}/.test(entry.date)) {
    throw new DocumentError(`the new entry's date '${entry.date}' is not an ISO date (YYYY-MM-DD)`, { path });
  }
  checkSchema('changelog', [entryData(entry)], path);
}

function expectedData(before: unknown, entry: Record<string, unknown>, position: 'end' | 'start'): unknown {
  const add = (list: unknown[]) => (position === 'end' ? [...list, entry] : [entry, ...list]);
  if (Array.isArray(before)) return add(before);
  const map = before as Record<string, unknown>;
  return { ...map, entries: add(map.entries as unknown[]) };
}

/** Text insertion at the sequence's edge, indented like the existing items. Undefined when the layout is unusual. */
function splice(text: string, parsed: ParsedYaml, path: string, entry: Record<string, unknown>, position: 'end' | 'start'): string | undefined {
  const seq = entrySequence(parsed, path);
  if (seq.flow || seq.items.length === 0) return undefined;
  const first = seq.items[0] as { range?: [number, number, number] };
  const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] };
  if (!first.range || !last.range) return undefined;
  const firstLineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
  const dashColumn = text.slice(firstLineStart, first.range[0]).indexOf('-');
  if (dashColumn < 0) return undefined;
  const itemIndent = first.range[0] - firstLineStart - dashColumn - 1; // spaces between '-' and the item
  const block = renderItem(entry, dashColumn, Math.max(1, itemIndent));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = block.replace(/\n/g, eol);
  if (position === 'start') return text.slice(0, firstLineStart) + lines + text.slice(firstLineStart);
  const end = last.range[2];
  const lineEnd = text.indexOf('\n', end - 1);
  if (lineEnd < 0) return `${text}${eol}${lines}`;
  // The last item's trailing same-line comment stays with it; the entry goes on the next line.
  return text.slice(0, lineEnd + 1) + lines + text.slice(lineEnd + 1);
}

/** `- key: value` lines for one sequence item, with the dash at `dashColumn`. Ends with a newline. */
function renderItem(entry: Record<string, unknown>, dashColumn: number, gap: number): string {
  const body = new Document(entry).toString({ lineWidth: 0, indent: gap + 1 });
  const pad = ' '.repeat(dashColumn);
  return body
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => (i === 0 ? `${pad}-${' '.repeat(gap)}${line}` : line === '' ? line : `${pad}${' '.repeat(gap + 1)}${line}`))
    .join('\n')
    .concat('\n');
}

function renderWithDocumentApi(parsed: ParsedYaml, path: string, entry: Record<string, unknown>, position: 'end' | 'start'): string {
  const copy = parsed.doc.clone();
  const root = copy.contents;
  const seq = (isSeq(root) ? root : isMap(root) ? root.get('entries', true) : undefined) as YAMLSeq | undefined;
  if (!seq) throw new DocumentError('expected a list of entries, at the top level or under `entries:`', { path, line: 1 });
  const node = copy.createNode(entry);
  if (position === 'end') seq.items.push(node);
  else seq.items.unshift(node);
  return copy.toString({ lineWidth: 0 });
}

function matches(text: string, path: string, expected: unknown): boolean {
  try {
    const again = parseYamlSafely(text, path);
    checkSchema('changelog', again.data, path);
    return isDeepStrictEqual(again.data, expected);
  } catch {
    return false;
  }
}

function verify(text: string, path: string, before: unknown[], entry: Record<string, unknown>): void {
  if (!matches(text, path, { entries: [...before, entry] })) throw new DocumentError('the rendered changelog does not read back as written', { path });
}

function withLine(text: string, path: string, position: 'end' | 'start'): AppendResult {
  const seq = entrySequence(parseYamlSafely(text, path), path);
  const item = seq.items[position === 'end' ? seq.items.length - 1 : 0] as { range?: [number, number, number] };
  const line = item.range ? text.slice(0, item.range[0]).split('\n').length : 1;
  return { text, position, line };
}

