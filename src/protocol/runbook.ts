// Messages between the extension host and the runbook panel (webview/runbook). The host pushes a complete
// snapshot of the incident; the panel sends intents that name a step by its id and a checklist item by its
// id. Free text (notes, findings, skip reasons) travels as bounded strings and is only ever stored as YAML
// values by the host.
import type { StepEvidence } from '../core/runbook/evidence/stepEvidence';
import type { StepId } from '../core/runbook/steps';
import type { StepStatus } from '../core/runbook/runbookState';
import { guardFor, isShortString } from './envelope';

export interface RunbookChecklistItemView {
  readonly id: string;
  readonly text: string;
  readonly checked: boolean;
}

export interface RunbookStepView {
  readonly id: StepId;
  readonly number: number;
  readonly title: string;
  readonly purpose: string;
  readonly evidenceLabel: string;
  readonly status: StepStatus;
  readonly skipReason: string | null;
  readonly checklist: readonly RunbookChecklistItemView[];
  readonly notes: string;
  readonly findings: readonly string[];
  /** The last evidence gathered in this window; null until the button is pressed. */
  readonly evidence: StepEvidence | null;
  /** Evidence is being gathered. */
  readonly busy: boolean;
  /** Why the step cannot be marked done yet (an earlier step is open), or null. */
  readonly blockedBy: string | null;
}

export interface RunbookSnapshot {
  readonly incident: string;
  readonly title: string;
  /** Workspace-relative path of runbook.yaml, display only. */
  readonly stateFile: string;
  readonly trusted: boolean;
  readonly currentStep: StepId | null;
  readonly inputs: { readonly baseline: string | null; readonly current: string | null; readonly candidate: string | null };
  readonly steps: readonly RunbookStepView[];
  /** The last message worth showing (a refused action, a written file). */
  readonly message: { readonly tone: 'info' | 'error'; readonly text: string } | null;
  readonly postmortemFile: string | null;
}

export type HostToRunbook = { readonly type: 'snapshot'; readonly snapshot: RunbookSnapshot };

export const runbookStepActions = ['start', 'complete', 'skip', 'reopen'] as const;
export type RunbookStepAction = (typeof runbookStepActions)[number];

/** Panel-wide intents; the host maps each to its own command. */
export const runbookIntents = ['chooseInputs', 'chooseCandidate', 'generatePostmortem', 'addChangelogEntry', 'openStateFile', 'openPostmortem'] as const;
export type RunbookIntent = (typeof runbookIntents)[number];

export const maxTextLength = 20_000;

export type RunbookToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'step'; readonly stepId: StepId; readonly action: RunbookStepAction; readonly reason?: string }
  | { readonly type: 'check'; readonly stepId: StepId; readonly item: string; readonly checked: boolean }
  | { readonly type: 'notes'; readonly stepId: StepId; readonly notes: string }
  | { readonly type: 'finding'; readonly stepId: StepId; readonly finding: string }
  | { readonly type: 'evidence'; readonly stepId: StepId }
  | { readonly type: 'intent'; readonly intent: RunbookIntent };

/** The step ids, repeated here so the guard needs no runtime import from core. */
const stepIdList: readonly string[] = ['define', 'infrastructure', 'skew', 'layer', 'blastRadius', 'fix', 'postmortem'] satisfies readonly StepId[];

const isStep = (value: unknown): boolean => typeof value === 'string' && stepIdList.includes(value);

export const isRunbookToHost = guardFor<RunbookToHost>({
  ready: () => true,
  step: (m) => isStep(m.stepId) && (runbookStepActions as readonly unknown[]).includes(m.action) && (m.reason === undefined || isShortString(m.reason, maxTextLength)),
  check: (m) => isStep(m.stepId) && isShortString(m.item, 64) && typeof m.checked === 'boolean',
  notes: (m) => isStep(m.stepId) && isShortString(m.notes, maxTextLength),
  finding: (m) => isStep(m.stepId) && isShortString(m.finding, maxTextLength),
  evidence: (m) => isStep(m.stepId),
  intent: (m) => (runbookIntents as readonly unknown[]).includes(m.intent),
});
