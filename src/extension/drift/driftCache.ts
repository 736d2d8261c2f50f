// Finished drift reports by cache key (cacheKey.ts): a few in memory for instant re-runs, and as JSON files
// in a storage folder (the extension's workspaceStorage) so a reload or a restored report panel finds them
// too. Plain Node, no `vscode`: the folder is a local path the host hands in.
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const keyPattern = /^[0-9a-f]{64}$/;

export class DriftCache<T> {
  private readonly memory = new Map<string, T>();

  /**
   * @param dir folder for the JSON files; `undefined` keeps the cache in memory only (no workspace open).
   * @param capacity entries kept on disk; the least recently written go first.
   * @param memoryCapacity entries kept in memory.
   */
  constructor(
    private readonly dir: string | undefined,
    private readonly capacity = 20,
    private readonly memoryCapacity = 4,
  ) {}

  async get(key: string): Promise<T | undefined> {
    if (!keyPattern.test(key)) return undefined;
    const hit = this.memory.get(key);
    if (hit !== undefined) {
      this.remember(key, hit);
      return hit;
    }
    if (!this.dir) return undefined;
    let text: string;
    try {
      text = await readFile(join(this.dir, `${key}.json`), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const value = JSON.parse(text) as T;
      this.remember(key, value);
      return value;
    } catch {
      // A torn or foreign file: drop it and recompute.
      await rm(join(this.dir, `${key}.json`), { force: true });
      return undefined;
    }
  }

  async set(key: string, value: T): Promise<void> {
    if (!keyPattern.test(key)) throw new Error(`not a cache key: ${key}`);
    this.remember(key, value);
    if (!this.dir) return;
    await mkdir(this.dir, { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temp = join(this.dir, `${key}.${process.pid}.tmp`);
    await writeFile(temp, JSON.stringify(value));
    await rename(temp, join(this.dir, `${key}.json`));
    await this.evict();
  }

  private remember(key: string, value: T): void {
    this.memory.delete(key);
    this.memory.set(key, value);
    while (this.memory.size > this.memoryCapacity) {
      const oldest = this.memory.keys().next().value;
      if (oldest === undefined) break;
      this.memory.delete(oldest);
    }
  }

  private async evict(): Promise<void> {
    if (!this.dir) return;
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json') && keyPattern.test(n.slice(0, -5)));
    if (names.length <= this.capacity) return;
    const dated = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(join(this.dir!, name))).mtimeMs })));
    dated.sort((a, b) => a.mtime - b.mtime);
    for (const { name } of dated.slice(0, dated.length - this.capacity)) await rm(join(this.dir, name), { force: true });
  }
}
