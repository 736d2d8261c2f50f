// The runbook panel's snapshot: the session's state, the step definitions and the evidence gathered, in the
// shape of src/protocol/runbook.ts. Complete every time; the panel keeps no data of its own.
import * as vscode from 'vscode';
import { currentStep, type RunbookState } from '../../core/runbook/runbookState';
import { runbookSteps } from '../../core/runbook/steps';
import type { RunbookSnapshot } from '../../protocol/runbook';
import type { RunbookSession } from './runbookSession';

export function runbookSnapshot(session: RunbookSession, postmortemFile: string | null): RunbookSnapshot {
  const state = session.state;
  const relative = (path: string | undefined) => path ?? null;
  const describe = (input: RunbookState['inputs']['baseline']) => {
    if (!input) return null;
    const where = input.where;
    if (!where) return relative(input.path);
    const filter = where.equals ? `${where.column} in {${where.equals.join(', ')}}` : `${where.column} in [${where.from ?? '-inf'}, ${where.to ?? '+inf'})`;
    return `${input.path} · ${filter}`;
  };
  return {
    incident: state.incident,
    title: state.title,
    stateFile: session.relativePath,
    trusted: vscode.workspace.isTrusted,
    currentStep: currentStep(state)?.id ?? null,
    inputs: { baseline: describe(state.inputs.baseline), current: describe(state.inputs.current), candidate: describe(state.inputs.candidate) },
    steps: runbookSteps.map((definition, index) => {
      const step = state.steps.find((s) => s.id === definition.id)!;
      const open = state.steps.slice(0, index).filter((s) => s.status !== 'done' && s.status !== 'skipped');
      return {
        id: definition.id,
        number: definition.number,
        title: definition.title,
        purpose: definition.purpose,
        evidenceLabel: definition.evidence,
        status: step.status,
        skipReason: step.skipReason,
        checklist: definition.checklist.map((item) => ({ id: item.id, text: item.text, checked: step.checked.includes(item.id) })),
        notes: step.notes,
        findings: step.findings,
        evidence: session.evidence.get(definition.id) ?? null,
        busy: session.busy.has(definition.id),
        blockedBy: open.length > 0 && step.status !== 'done' ? `Finish or skip step ${runbookSteps.findIndex((d) => d.id === open[0]!.id) + 1} first` : null,
      };
    }),
    message: session.message,
    postmortemFile,
  };
}
