// Model changelog entries as timeline markers: one per entry, id `<file name>:<line>` so that the report
// can point back at the entry, titled with its version and incident (or root cause).
import type { ChangelogFile } from '../documents/changelog';
import type { ChangelogMarkerInput } from './markers';

export function changelogMarkers(changelog: ChangelogFile): ChangelogMarkerInput[] {
  const name = changelog.path.split(/[\\/]/).pop() ?? changelog.path;
  return changelog.entries.map((entry) => ({
    kind: 'changelog',
    id: `${name}:${entry.line}`,
    time: new Date(entry.time).toISOString(),
    title: `${entry.version}${entry.incident ? `: ${entry.incident}` : entry.root_cause ? `: ${entry.root_cause}` : ''}`,
    modelVersion: entry.version,
  }));
}
