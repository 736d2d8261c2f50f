// The postmortem as the runbook drafts it: every field filled from the evidence (drift report, changelog,
// commits, the steps' findings), for people to edit. Nothing here guesses beyond the evidence: without a
// drift report the root-cause class is `unknown` and the decision says it is to be decided.
import type { ChangelogEntry } from '../documents/changelog';
import {
  postmortemSchemaVersion,
  type AlertDefinition,
  type IncidentSeverity,
  type Postmortem,
  type PostmortemDecision,
  type RootCauseClass,
  type TimelineEvent,
} from '../documents/postmortem';
import type { BlastRadiusClass, DriftReport } from '../drift/report';
import { describeFeature } from './evidence/skew';
import type { GitCommit } from './gitCommit';
import type { GateThresholds } from './rollbackGate';
import type { RunbookState } from './runbookState';
import { runbookSteps, type StepId } from './steps';
import { changelogEntryTitle } from './changelogEntryTitle';

export interface PostmortemDraftInput {
  readonly state: RunbookState;
  readonly report: DriftReport | null;
  readonly changelog: readonly ChangelogEntry[];
  readonly commits: readonly GitCommit[];
  readonly alerts: readonly AlertDefinition[];
  readonly gateThresholds: GateThresholds;
  /** Paths of the compared files, when there is no report to take them from. */
  readonly tool: string;
}

const classes: Record<BlastRadiusClass, RootCauseClass> = {
  featureEncodingBug: 'feature-encoding-bug',
  dataDrift: 'data-drift',
  badDeployment: 'bad-deployment',
  infrastructure: 'infrastructure',
  none: 'unknown',
  undetermined: 'unknown',
};

/** The action the blast-radius table suggests for each class. */
const decisions: Record<RootCauseClass, PostmortemDecision> = {
  'feature-encoding-bug': 'hotfix',
  'data-drift': 'retrain',
  'bad-deployment': 'rollback',
  infrastructure: 'hotfix',
  unknown: 'hotfix',
};

export function draftPostmortem(input: PostmortemDraftInput): Postmortem {
  const { state, report } = input;
  const findings = (id: StepId) => state.steps.find((s) => s.id === id)?.findings ?? [];
  // Worst first, then earliest onset: the detection signal is the strongest, earliest one.
  const severityRank = { critical: 0, warn: 1, ok: 2 } as const;
  const drifted = (report ? report.features.filter((f) => f.rankSeverity !== 'ok') : []).sort(
    (a, b) => severityRank[a.rankSeverity] - severityRank[b.rankSeverity] || (a.onset?.start ?? '9').localeCompare(b.onset?.start ?? '9'),
  );
  const rootCauseClass = report ? classes[report.blastRadius.class] : 'unknown';
  const onlyCalibration = report !== null && drifted.length === 0 && report.prediction.signals.some((s) => s.signal === 'calibration');
  const action: PostmortemDecision = onlyCalibration ? 'recalibrate' : decisions[rootCauseClass];
  const onsets = drifted.flatMap((f) => (f.onset?.start ? [f.onset.start] : [])).sort();
  const detectionSignal = drifted[0] ? describeFeature(drifted[0]) : (report?.prediction.signals[0]?.message ?? findings('define')[0] ?? 'to be written');
  const severity: IncidentSeverity = report?.summary.worst === 'critical' ? 'SEV2' : report?.summary.worst === 'warn' ? 'SEV3' : 'SEV4';

  return {
    schemaVersion: postmortemSchemaVersion,
    id: state.incident,
    title: state.title,
    status: 'Draft',
    severity,
    detection: { signal: detectionSignal, time: onsets[0] ?? state.openedAt },
    timeline: timeline(input, onsets[0]),
    whatChanged: whatChanged(input, onsets[onsets.length - 1]),
    driftedFeatures: drifted.map((f) => {
      const decided = f.decidedBy ?? f.onset?.sinceOnset.decidedBy ?? null;
      return { name: f.name, severity: f.rankSeverity, decidedBy: decided?.signal ?? null, value: decided?.value ?? null, onset: f.onset?.start ?? null };
    }),
    impactedSegments: (report?.segments ?? [])
      .filter((s) => s.severity !== 'ok')
      .sort((a, b) => b.share.current - a.share.current)
      .map((s) => ({ column: s.column, value: s.value, share: s.share.current, severity: s.severity })),
    rootCauseClass,
    decision: {
      action,
      why: report
        ? `${report.blastRadius.likelyCause}: ${report.blastRadius.action}.${report.blastRadius.evidence[0] ? ` ${report.blastRadius.evidence[0]}` : ''}`
        : 'To be decided: no drift report was attached.',
    },
    resolution: [...findings('fix')].join('\n'),
    lessons: runbookSteps.flatMap((s) => findings(s.id).map((f) => `${s.title}: ${f}`)),
    actionItems: [
      { description: 'Add a regression test that reproduces this failure', owner: 'unassigned', due: null },
      ...input.alerts.map((a) => ({ description: `Deploy alert ${a.name} (threshold ${a.threshold}) to ${a.channel}`, owner: 'unassigned', due: null })),
    ],
    newAlerts: [...input.alerts],
    evidence: {
      inputs: (report?.inputs ?? []).map((i) => ({ role: i.where ? `${i.side} (${i.where})` : i.side, path: i.path, sha256: i.sha256, rows: i.rows })),
      methods: (report?.methods.definitions ?? []).map((m) => `${m.statistic}: ${m.definition} (matches ${m.reference})`),
      thresholds: { ...flatThresholds(report), gateAccuracyDrop: input.gateThresholds.accuracyDrop, gateP99LatencyRiseMs: input.gateThresholds.p99LatencyRiseMs, gateCtrDrop: input.gateThresholds.ctrDrop },
      tool: input.tool,
    },
  };
}

function timeline(input: PostmortemDraftInput, onset: string | undefined): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...input.changelog.map((e) => ({ time: new Date(e.time).toISOString(), event: changelogEntryTitle(e), source: 'changelog' as const })),
    ...input.commits.map((c) => ({ time: c.time, event: `${c.sha.slice(0, 8)} ${c.subject} (${c.author})`, source: 'commit' as const })),
    ...(input.report?.timeline?.markers ?? []).filter((m) => m.kind === 'modelVersion').map((m) => ({ time: m.time, event: m.label, source: 'model_version' as const })),
    ...(onset ? [{ time: onset, event: 'Drift onset (earliest drifted feature)', source: 'drift' as const }] : []),
    { time: input.state.openedAt, event: 'Incident opened', source: 'runbook' as const },
    ...input.state.steps.flatMap((s) => {
      const def = runbookSteps.find((d) => d.id === s.id)!;
      if (!s.finishedAt) return [];
      const what = s.status === 'skipped' ? `skipped (${s.skipReason})` : 'done';
      return [{ time: s.finishedAt, event: `Step ${def.number} ${what}: ${def.title}`, source: 'runbook' as const }];
    }),
  ];
  return events.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

/** The infrastructure step's findings; without them, the changelog entries of the 30 days up to the latest drift onset (or the incident's opening). */
function whatChanged(input: PostmortemDraftInput, latestOnset: string | undefined): string[] {
  const fromSteps = input.state.steps.find((s) => s.id === 'infrastructure')?.findings ?? [];
  if (fromSteps.length > 0) return [...fromSteps];
  const until = Date.parse(latestOnset ?? input.state.openedAt);
  return input.changelog.filter((e) => e.time <= until && until - e.time <= 30 * 86_400_000).map(changelogEntryTitle);
}

function flatThresholds(report: DriftReport | null): Record<string, number> {
  if (!report) return {};
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(report.methods.thresholds)) {
    if (typeof value === 'number') out[name] = value;
    else for (const [level, v] of Object.entries(value as Record<string, number>)) out[`${name}.${level}`] = v;
  }
  return out;
}
