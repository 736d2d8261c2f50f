// The changelog entry step 7 proposes, from the postmortem draft: the same incident told in the
// changelog's fields, with the new alerts.
import type { NewChangelogEntry } from '../documents/changelog';
import type { Postmortem } from '../documents/postmortem';

export function draftChangelogEntry(postmortem: Postmortem, version: string, date: string): NewChangelogEntry {
  const rootCause = postmortem.rootCauseClass === 'unknown' ? postmortem.decision.why : `${postmortem.rootCauseClass}: ${postmortem.decision.why}`;
  return {
    version,
    date,
    incident: postmortem.id,
    root_cause: rootCause,
    drift_signal: postmortem.detection.signal,
    resolution: postmortem.resolution.trim() !== '' ? postmortem.resolution : `${postmortem.decision.action} (see incidents/${postmortem.id}/postmortem.yaml)`,
    ...(postmortem.newAlerts.length > 0 ? { new_alerts_added: postmortem.newAlerts } : {}),
  };
}
