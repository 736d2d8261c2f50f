// Commits as data for the runbook's timeline (step 2). The extension gets them from the built-in git
// extension or, as a fallback, from `git log` with the format below; parsing that output is pure.

export interface GitCommit {
  readonly sha: string;
  /** ISO 8601 author date. */
  readonly time: string;
  readonly author: string;
  readonly subject: string;
}

/** Fields separated by the unit separator, records by the record separator: safe for any subject text. */
export const gitLogFormat = '%H%x1f%aI%x1f%an%x1f%s%x1e';

export function parseGitLog(output: string): GitCommit[] {
  return output
    .split('\x1e')
    .map((record) => record.replace(/^\s+/, ''))
    .filter((record) => record !== '')
    .flatMap((record) => {
      const [sha, time, author, subject] = record.split('\x1f');
      if (!sha || !/^[0-9a-f]{40,64}$/.test(sha) || !time || Number.isNaN(Date.parse(time))) return [];
      return [{ sha, time: new Date(Date.parse(time)).toISOString(), author: author ?? '', subject: subject ?? '' }];
    });
}

/**
 * Arguments of the direct `git log` fallback: no pager, no fsmonitor hook (a repository's config could name
 * a program to run), and `--end-of-options` so the revision can never be read as an option. A revision
 * that starts with `-` is refused outright.
 */
export function gitLogArgs(revision: string, maxCount: number): string[] {
  if (revision.startsWith('-') || revision.trim() === '' || /[\0\n]/.test(revision)) throw new Error(`refusing the git revision '${revision.slice(0, 40)}'`);
  if (!Number.isInteger(maxCount) || maxCount < 1 || maxCount > 10_000) throw new Error(`maxCount ${maxCount} is outside 1..10000`);
  return ['-c', 'core.fsmonitor=false', '--no-pager', 'log', `--max-count=${maxCount}`, `--format=${gitLogFormat}`, '--end-of-options', revision];
}
