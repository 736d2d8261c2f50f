// What a step's evidence button returns: pre-formatted facts and small tables that any surface (the
// runbook webview, the postmortem, a test) shows as they are. Only aggregates, never rows.
import type { ChangelogEntry } from '../../documents/changelog';
import type { DriftReport } from '../../drift/report';
import type { GitCommit } from '../gitCommit';
import type { LayerReport } from '../layerStatistics';
import type { ModelVersionSighting } from '../modelVersions';
import type { GateThresholds } from '../rollbackGate';
import type { ServiceMetrics } from '../serviceMetrics';
import type { SourceHealth } from '../sourceHealth';
import type { StepId } from '../steps';

export type Tone = 'ok' | 'info' | 'warn' | 'critical';

export interface EvidenceFact {
  readonly label: string;
  readonly value: string;
  readonly tone: Tone;
}

export interface EvidenceTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface StepEvidence {
  readonly step: StepId;
  readonly gatheredAt: string;
  /** One sentence: what the evidence says. */
  readonly headline: string;
  readonly tone: Tone;
  readonly facts: readonly EvidenceFact[];
  readonly tables: readonly EvidenceTable[];
  /** Findings the engineer can adopt with one click. */
  readonly suggestedFindings: readonly string[];
  /** What could not be gathered, and why (no labels, git unavailable in Restricted Mode, …). */
  readonly missing: readonly string[];
}

/** Everything the evidence of any step may read; the host fills in what the step needs. */
export interface EvidenceSources {
  readonly now: Date;
  readonly report: DriftReport | null;
  readonly metrics: { readonly baseline: ServiceMetrics | null; readonly current: ServiceMetrics | null; readonly candidate: ServiceMetrics | null };
  /** Labels of the compared sides, e.g. `logs/serving.csv (model_version in {2.0})`. */
  readonly labels: { readonly baseline: string | null; readonly current: string | null; readonly candidate: string | null };
  readonly layers: readonly LayerReport[] | null;
  readonly sources: readonly SourceHealth[] | null;
  readonly changelog: readonly ChangelogEntry[];
  /** Null when git could not be asked; `commitsUnavailable` says why. */
  readonly commits: readonly GitCommit[] | null;
  readonly commitsUnavailable: string | null;
  readonly modelVersions: readonly ModelVersionSighting[];
  readonly gateThresholds: GateThresholds;
  readonly alertChannel: string;
}

export function worstTone(tones: readonly Tone[]): Tone {
  const rank: Record<Tone, number> = { ok: 0, info: 1, warn: 2, critical: 3 };
  return tones.reduce<Tone>((worst, t) => (rank[t] > rank[worst] ? t : worst), 'ok');
}

/** The evidence of a step that reads the drift check, before one has run: nothing measured, and what to do. */
export function awaitingDriftCheck(step: StepId, now: Date, what: string): StepEvidence {
  return { step, gatheredAt: now.toISOString(), headline: 'No drift check yet.', tone: 'info', facts: [], tables: [], suggestedFindings: [], missing: [what] };
}
