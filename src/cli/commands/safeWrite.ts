// Writing the incident documents from the CLI without ever losing what a file held: new files are created
// exclusively (an existing one makes the write fail instead of being replaced), and a changed file is
// replaced only if it still holds exactly the text the change was computed from.
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../command';

/** The text of an existing regular file, or undefined when nothing is at `path`. Refuses links, folders and devices. */
export function readRegularFile(path: string): string | undefined {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (stat.isSymbolicLink()) throw new UsageError(`${path}: is a symbolic link; refusing to write through it`);
  if (!stat.isFile()) throw new UsageError(`${path}: is not a regular file`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Creates `path` with `text`; fails, touching nothing, when anything already exists there. */
export function createExclusively(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${path}: already exists; refusing to overwrite it`);
    throw new UsageError(`${path}: cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `path`'s content with `text` through a temporary file and a rename (never a half-written file),
 * after checking the file still holds `expected`: a concurrent edit makes the write fail instead of being lost.
 */
export function replaceIfUnchanged(path: string, expected: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  createExclusively(temporary, text);
  try {
    if (readRegularFile(path) !== expected) throw new UsageError(`${path}: changed while the entry was being added; nothing was written`);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
