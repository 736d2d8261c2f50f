// What "writes nothing" means in the Restricted Mode suites: every file under the workspace folder,
// `.git` included (git must not run either), by path and SHA-256 of its bytes. Two fingerprints are equal
// when no file was created, deleted or changed, and their difference names the paths.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** '/'-separated path relative to the folder → hex SHA-256 of the file ('dir' for a folder, so empty folders count). */
export type Fingerprint = ReadonlyMap<string, string>;

export function fingerprint(folder: string): Fingerprint {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const key = relative(folder, path).split('\\').join('/');
      if (entry.isDirectory()) {
        out.set(key, 'dir');
        walk(path);
      } else {
        out.set(key, createHash('sha256').update(readFileSync(path)).digest('hex'));
      }
    }
  };
  walk(folder);
  return out;
}

/** The paths created, deleted or changed between two fingerprints, each marked '+', '-' or '~'; empty when none. */
export function changedPaths(before: Fingerprint, after: Fingerprint): string[] {
  const changes: string[] = [];
  for (const [path, hash] of after) {
    const old = before.get(path);
    if (old === undefined) changes.push(`+ ${path}`);
    else if (old !== hash) changes.push(`~ ${path}`);
  }
  for (const path of before.keys()) if (!after.has(path)) changes.push(`- ${path}`);
  return changes.sort();
}
