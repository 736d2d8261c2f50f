// Step 2's evidence: what changed, on one timeline: commits, model changelog entries and the first
// appearance of each model_version in the logs, with the changes nearest the earliest drift onset.
import type { DriftReport } from '../../drift/report';
import { changelogEntryTitle } from '../changelogEntryTitle';
import type { EvidenceFact, EvidenceSources, StepEvidence } from './stepEvidence';

/** The timeline shows at most this many events, the most recent ones. */
export const maxTimelineEvents = 60;

interface Event {
  readonly time: number;
  readonly kind: 'commit' | 'changelog' | 'model_version';
  readonly what: string;
  readonly who: string;
}

export function infrastructureEvidence(sources: EvidenceSources): StepEvidence {
  const events: Event[] = [
    ...sources.changelog.map((e) => ({ time: e.time, kind: 'changelog' as const, what: changelogEntryTitle(e), who: '' })),
    ...(sources.commits ?? []).map((c) => ({ time: Date.parse(c.time), kind: 'commit' as const, what: `${c.sha.slice(0, 8)} ${c.subject}`, who: c.author })),
    ...sources.modelVersions
      .filter((v) => v.firstSeen !== null)
      .map((v) => ({ time: Date.parse(v.firstSeen!), kind: 'model_version' as const, what: `model_version ${v.version} first seen (${v.rows} rows)`, who: '' })),
  ].sort((a, b) => a.time - b.time);
  const shown = events.slice(-maxTimelineEvents);
  const missing: string[] = [];
  if (sources.commits === null) missing.push(`No commits: ${sources.commitsUnavailable ?? 'git was not asked'}.`);
  if (sources.changelog.length === 0) missing.push('No model changelog entries found (model-changelog.yaml).');
  if (sources.modelVersions.length === 0) missing.push('The logs have no model_version column.');

  const facts: EvidenceFact[] = [
    { label: 'Commits', value: sources.commits === null ? 'unavailable' : String(sources.commits.length), tone: 'info' },
    { label: 'Changelog entries', value: String(sources.changelog.length), tone: 'info' },
    { label: 'Model versions in the logs', value: sources.modelVersions.map((v) => v.version).join(', ') || 'none', tone: 'info' },
  ];
  const findings: string[] = [];
  const near = nearestToOnset(sources.report);
  if (near) {
    facts.push({ label: `Nearest changes to the onset of ${near.feature}`, value: `${near.onset}: ${near.changes.join('; ') || 'none recorded'}`, tone: near.changes.length > 0 ? 'warn' : 'info' });
    if (near.changes.length > 0) findings.push(`Drift in ${near.feature} starts ${near.onset}, right after: ${near.changes.join('; ')}`);
  }
  const headline = near && near.changes.length > 0 ? findings[0]! : `${events.length} changes on the timeline${events.length > shown.length ? ` (latest ${shown.length} shown)` : ''}.`;
  return {
    step: 'infrastructure',
    gatheredAt: sources.now.toISOString(),
    headline,
    tone: near && near.changes.length > 0 ? 'warn' : 'info',
    facts,
    tables: [
      {
        title: 'What changed',
        columns: ['Time (UTC)', 'Kind', 'Change', 'Author'],
        rows: shown.map((e) => [new Date(e.time).toISOString().replace('.000Z', 'Z'), e.kind, e.what, e.who]),
      },
    ],
    suggestedFindings: findings,
    missing,
  };
}

/** The earliest onset among features at warn or worse, with the markers the drift engine found nearest it. */
function nearestToOnset(report: DriftReport | null): { feature: string; onset: string; changes: string[] } | undefined {
  if (!report?.timeline) return undefined;
  const withOnset = report.features
    .filter((f) => f.rankSeverity !== 'ok' && f.onset?.start)
    .sort((a, b) => (a.onset!.start! < b.onset!.start! ? -1 : 1));
  const first = withOnset[0];
  if (!first?.onset?.start) return undefined;
  const markers = new Map(report.timeline.markers.map((m) => [m.id, m]));
  const ids = [first.onset.nearest.changelog, first.onset.nearest.modelVersion, ...first.onset.nearest.commits].filter((id): id is string => id !== null);
  const changes = ids.flatMap((id) => {
    const m = markers.get(id);
    return m ? [`${m.kind} ${m.label} (${m.time.slice(0, 16).replace('T', ' ')})`] : [];
  });
  return { feature: first.name, onset: first.onset.start.slice(0, 16).replace('T', ' '), changes };
}
