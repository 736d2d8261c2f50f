// Git commits as timeline markers: the extension reads them (vscode.git API or `git log`) into the runbook's
// GitCommit shape, and the drift check takes them as data beside the changelog's entries.
import type { GitCommit } from '../runbook/gitCommit';
import type { CommitMarkerInput } from './markers';

export function commitMarkers(commits: readonly GitCommit[]): CommitMarkerInput[] {
  return commits.map((commit) => ({ kind: 'commit', sha: commit.sha, time: commit.time, message: commit.subject, author: commit.author }));
}
