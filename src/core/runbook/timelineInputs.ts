// The changelog and git history as the drift timeline's marker inputs (src/core/timeline/markers.ts).
import type { ChangelogEntry } from '../documents/changelog';
import type { ChangelogMarkerInput, CommitMarkerInput } from '../timeline/markers';
import type { GitCommit } from './gitCommit';

/** A changelog entry's id in markers and views: `<version>@<date>` (unique: the writer refuses duplicates). */
export function changelogEntryId(entry: Pick<ChangelogEntry, 'version' | 'date'>): string {
  return `${entry.version}@${entry.date}`;
}

/** One line that says what the entry is about: its incident, root cause or resolution, after the version. */
export function changelogEntryTitle(entry: ChangelogEntry): string {
  const about = entry.incident ?? entry.root_cause ?? entry.resolution ?? entry.drift_signal;
  return about ? `${entry.version}: ${about.split('\n')[0]}` : `model ${entry.version}`;
}

export function changelogMarkers(entries: readonly ChangelogEntry[]): ChangelogMarkerInput[] {
  return entries.map((entry) => ({
    kind: 'changelog',
    id: changelogEntryId(entry),
    time: new Date(entry.time).toISOString(),
    title: changelogEntryTitle(entry),
    modelVersion: entry.version,
  }));
}

export function commitMarkers(commits: readonly GitCommit[]): CommitMarkerInput[] {
  return commits.map((c) => ({ kind: 'commit', sha: c.sha, time: c.time, message: c.subject, author: c.author }));
}
