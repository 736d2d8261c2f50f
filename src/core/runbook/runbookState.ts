// The runbook's state and the only ways it may change. Each step is pending, in progress, done, or skipped
// with a reason; a step can be done only when every step before it is settled (done or skipped), which is
// the runbook's order made into a rule. Functions return a new state and never mutate.
import { isStepId, runbookSteps, stepIds, type StepId } from './steps';

export const stepStatuses = ['pending', 'in-progress', 'done', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export interface StepState {
  readonly id: StepId;
  readonly status: StepStatus;
  /** Required and non-empty when `status` is `skipped`. */
  readonly skipReason: string | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** Ids of the checklist items ticked. */
  readonly checked: readonly string[];
  readonly notes: string;
  readonly findings: readonly string[];
}

/** One side of the comparison, as the runbook remembers it (workspace-relative paths). */
export interface RunbookInput {
  readonly path: string;
  readonly where?: { readonly column: string; readonly equals?: readonly string[]; readonly from?: string; readonly to?: string };
}

export interface RunbookState {
  readonly schemaVersion: 1;
  readonly incident: string;
  readonly title: string;
  readonly openedAt: string;
  readonly inputs: { readonly baseline?: RunbookInput; readonly current?: RunbookInput; readonly candidate?: RunbookInput };
  readonly steps: readonly StepState[];
}

export type StepAction =
  | { readonly type: 'start' }
  | { readonly type: 'complete' }
  | { readonly type: 'skip'; readonly reason: string }
  | { readonly type: 'reopen' }
  | { readonly type: 'check'; readonly item: string; readonly checked: boolean }
  | { readonly type: 'setNotes'; readonly notes: string }
  | { readonly type: 'addFinding'; readonly finding: string };

/** A transition the rules do not allow; the message says why, in the user's terms. */
export class RunbookRuleError extends Error {
  override name = 'RunbookRuleError';
}

export const maxNotesLength = 20_000;
export const maxFindingLength = 2_000;

export function newRunbook(incident: string, title: string, now: Date): RunbookState {
  return {
    schemaVersion: 1,
    incident,
    title,
    openedAt: now.toISOString(),
    inputs: {},
    steps: stepIds.map(pendingStep),
  };
}

export function pendingStep(id: StepId): StepState {
  return { id, status: 'pending', skipReason: null, startedAt: null, finishedAt: null, checked: [], notes: '', findings: [] };
}

/** The first step that is neither done nor skipped; undefined when the runbook is finished. */
export function currentStep(state: RunbookState): StepState | undefined {
  return state.steps.find((s) => s.status !== 'done' && s.status !== 'skipped');
}

export function isFinished(state: RunbookState): boolean {
  return currentStep(state) === undefined;
}

export function stepState(state: RunbookState, id: StepId): StepState {
  const step = state.steps.find((s) => s.id === id);
  if (!step) throw new RunbookRuleError(`the runbook has no step '${id}'`);
  return step;
}

export function applyStepAction(state: RunbookState, id: StepId, action: StepAction, now: Date): RunbookState {
  if (!isStepId(id)) throw new RunbookRuleError(`unknown step '${String(id)}'`);
  const step = stepState(state, id);
  const next = transition(state, step, action, now.toISOString());
  return { ...state, steps: state.steps.map((s) => (s.id === id ? next : s)) };
}

function transition(state: RunbookState, step: StepState, action: StepAction, now: string): StepState {
  const title = `step ${runbookSteps.find((s) => s.id === step.id)!.number}`;
  const started = (s: StepState): StepState => (s.status === 'pending' ? { ...s, status: 'in-progress', startedAt: s.startedAt ?? now } : s);
  switch (action.type) {
    case 'start':
      if (step.status !== 'pending') throw new RunbookRuleError(`${title} is already ${step.status}`);
      return started(step);
    case 'complete': {
      if (step.status === 'done') throw new RunbookRuleError(`${title} is already done`);
      const open = unsettledBefore(state, step.id);
      if (open.length > 0) throw new RunbookRuleError(`${title} can be done once ${open.join(', ')} ${open.length > 1 ? 'are' : 'is'} done or skipped`);
      return { ...started(step), status: 'done', skipReason: null, finishedAt: now };
    }
    case 'skip': {
      const reason = action.reason.trim();
      if (reason === '') throw new RunbookRuleError(`skipping ${title} needs a reason`);
      if (reason.length > maxFindingLength) throw new RunbookRuleError(`the reason is longer than ${maxFindingLength} characters`);
      if (step.status === 'done') throw new RunbookRuleError(`${title} is done; reopen it before skipping`);
      return { ...step, status: 'skipped', skipReason: reason, finishedAt: now };
    }
    case 'reopen':
      if (step.status !== 'done' && step.status !== 'skipped') throw new RunbookRuleError(`${title} is ${step.status}, not done or skipped`);
      return { ...step, status: 'in-progress', skipReason: null, finishedAt: null, startedAt: step.startedAt ?? now };
    case 'check': {
      const items = runbookSteps.find((s) => s.id === step.id)!.checklist.map((c) => c.id);
      if (!items.includes(action.item)) throw new RunbookRuleError(`${title} has no checklist item '${action.item}'`);
      const checked = action.checked
        ? items.filter((i) => i === action.item || step.checked.includes(i))
        : step.checked.filter((i) => i !== action.item);
      return { ...started(step), checked };
    }
    case 'setNotes':
      if (action.notes.length > maxNotesLength) throw new RunbookRuleError(`notes are limited to ${maxNotesLength} characters`);
      return action.notes === step.notes ? step : { ...started(step), notes: action.notes };
    case 'addFinding': {
      const finding = action.finding.trim();
      if (finding === '') throw new RunbookRuleError('a finding needs text');
      if (finding.length > maxFindingLength) throw new RunbookRuleError(`a finding is limited to ${maxFindingLength} characters`);
      if (step.findings.includes(finding)) return step;
      return { ...started(step), findings: [...step.findings, finding] };
    }
  }
}

function unsettledBefore(state: RunbookState, id: StepId): string[] {
  const index = stepIds.indexOf(id);
  return state.steps
    .filter((s) => stepIds.indexOf(s.id) < index && s.status !== 'done' && s.status !== 'skipped')
    .map((s) => `step ${stepIds.indexOf(s.id) + 1}`);
}
