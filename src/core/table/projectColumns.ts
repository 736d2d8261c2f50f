// Column projection: which of a file's columns to read. An unknown requested name is an error that
// lists what the file has, since a typo would otherwise silently drop a feature from the drift check.
import { LoadError } from './types';

export function projectColumns(path: string, names: readonly string[], requested: readonly string[] | undefined): Set<number> {
  if (requested === undefined) return new Set(names.map((_, i) => i));
  const index = new Map(names.map((name, i) => [name, i] as const));
  const wanted = new Set<number>();
  const missing: string[] = [];
  for (const name of requested) {
    const i = index.get(name);
    if (i === undefined) missing.push(name);
    else wanted.add(i);
  }
  if (missing.length > 0) {
    const shown = names.length > 30 ? `${names.slice(0, 30).join(', ')}, … (${names.length} in all)` : names.join(', ');
    throw new LoadError(`no column named ${missing.map((m) => `'${m}'`).join(', ')}; the file has: ${shown}`, { path });
  }
  return wanted;
}
