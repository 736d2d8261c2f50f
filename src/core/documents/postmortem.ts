// The postmortem document: one per incident, in the repository beside the runbook state
// (incidents/<ID>/postmortem.yaml). It carries the evidence needed to reproduce the analysis: the
// input files' hashes, the methods and the thresholds.

export const postmortemStatuses = ['Draft', 'In Review', 'Reviewed', 'Closed'] as const;
export type PostmortemStatus = (typeof postmortemStatuses)[number];

export const postmortemDecisions = ['rollback', 'retrain', 'hotfix', 'recalibrate'] as const;
export type PostmortemDecision = (typeof postmortemDecisions)[number];

/** The blast-radius table's classes (../shared/notes/drift-methods.md), plus `unknown` before step 5. */
export const rootCauseClasses = ['feature-encoding-bug', 'data-drift', 'bad-deployment', 'infrastructure', 'unknown'] as const;
export type RootCauseClass = (typeof rootCauseClasses)[number];

export const incidentSeverities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type IncidentSeverity = (typeof incidentSeverities)[number];

export const postmortemSchemaVersion = 1;

export interface TimelineEvent {
  readonly time: string;
  readonly event: string;
  readonly source: 'changelog' | 'commit' | 'model_version' | 'drift' | 'runbook';
}

export interface DriftedFeature {
  readonly name: string;
  readonly severity: 'ok' | 'warn' | 'critical';
  /** The signal that decided the severity (psi, ks, jensenShannon, nullRate, unseen…). */
  readonly decidedBy: string | null;
  /** That signal's value. */
  readonly value: number | null;
  readonly onset: string | null;
}

export interface ImpactedSegment {
  readonly column: string;
  readonly value: string;
  /** Share of current traffic, 0..1. */
  readonly share: number;
  readonly severity?: string;
}

export interface ActionItem {
  readonly description: string;
  readonly owner: string;
  readonly due: string | null;
}

export interface AlertDefinition {
  readonly name: string;
  readonly threshold: number | string;
  readonly channel: string;
}

export interface EvidenceInput {
  /** `baseline`, `current`, `candidate`… */
  readonly role: string;
  /** Workspace-relative path. */
  readonly path: string;
  readonly sha256: string;
  readonly rows?: number;
}

export interface Postmortem {
  readonly schemaVersion: typeof postmortemSchemaVersion;
  readonly id: string;
  readonly title: string;
  readonly status: PostmortemStatus;
  readonly severity: IncidentSeverity;
  readonly detection: { readonly signal: string; readonly time: string | null };
  readonly timeline: readonly TimelineEvent[];
  readonly whatChanged: readonly string[];
  readonly driftedFeatures: readonly DriftedFeature[];
  readonly impactedSegments: readonly ImpactedSegment[];
  readonly rootCauseClass: RootCauseClass;
  readonly decision: { readonly action: PostmortemDecision; readonly why: string };
  readonly resolution: string;
  readonly lessons: readonly string[];
  readonly actionItems: readonly ActionItem[];
  readonly newAlerts: readonly AlertDefinition[];
  readonly evidence: {
    readonly inputs: readonly EvidenceInput[];
    readonly methods: readonly string[];
    readonly thresholds: Readonly<Record<string, number | string>>;
    readonly tool?: string;
  };
}

/** Incident ids become folder names: letters, digits, `-`, `_` and `.`, not starting with `.` or `-`. */
export function checkIncidentId(id: string): string | undefined {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(id)) {
    return `incident id '${id.slice(0, 80)}' must be 1-64 letters, digits, '-', '_' or '.', starting with a letter, digit or '_'`;
  }
  return undefined;
}
