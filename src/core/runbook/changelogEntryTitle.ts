// How a changelog entry reads in one line, on the runbook's timeline, the changelog tree and the postmortem.
import type { ChangelogEntry } from '../documents/changelog';

/** `v2.4.0: INC-2026-0142`: the version, then what the entry is about (incident, root cause, resolution or drift signal). */
export function changelogEntryTitle(entry: ChangelogEntry): string {
  const about = entry.incident ?? entry.root_cause ?? entry.resolution ?? entry.drift_signal;
  return about ? `${entry.version}: ${about.split('\n')[0]}` : `model ${entry.version}`;
}
