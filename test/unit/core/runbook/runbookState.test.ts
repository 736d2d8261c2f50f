import { strict as assert } from 'node:assert';
import { applyStepAction, currentStep, isFinished, newRunbook, RunbookRuleError, type RunbookState } from '../../../../src/core/runbook/runbookState';
import { runbookSteps, stepIds } from '../../../../src/core/runbook/steps';

const t0 = new Date('2026-11-22T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function rule(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (error: unknown) => error instanceof RunbookRuleError && pattern.test(error.message));
}

describe('the seven steps', () => {
  it('come in the order of the issue, numbered 1 to 7, each with a checklist', () => {
    assert.deepEqual(runbookSteps.map((s) => s.id), [...stepIds]);
    assert.deepEqual(runbookSteps.map((s) => s.number), [1, 2, 3, 4, 5, 6, 7]);
    for (const step of runbookSteps) {
      assert.ok(step.checklist.length >= 3, step.id);
      assert.equal(new Set(step.checklist.map((c) => c.id)).size, step.checklist.length, `${step.id} has duplicate item ids`);
    }
    assert.deepEqual(runbookSteps[5]!.checklist.slice(0, 4).map((c) => c.text), ['Shadow: the candidate scores live traffic without serving it', 'Canary 5%', 'Canary 20%', 'Full rollout']);
  });
});

describe('applyStepAction', () => {
  it('walks a step from pending through in-progress to done, stamping times', () => {
    let state = newRunbook('INC-1', 'Scores collapsed', t0);
    assert.equal(currentStep(state)?.id, 'define');
    state = applyStepAction(state, 'define', { type: 'start' }, at(1));
    assert.equal(state.steps[0]!.status, 'in-progress');
    assert.equal(state.steps[0]!.startedAt, at(1).toISOString());
    state = applyStepAction(state, 'define', { type: 'complete' }, at(5));
    assert.deepEqual([state.steps[0]!.status, state.steps[0]!.finishedAt], ['done', at(5).toISOString()]);
    assert.equal(currentStep(state)?.id, 'infrastructure');
  });

  it('does not mutate the state it was given', () => {
    const state = newRunbook('INC-1', 't', t0);
    const frozen = JSON.stringify(state);
    applyStepAction(state, 'define', { type: 'addFinding', finding: 'accuracy fell' }, at(1));
    assert.equal(JSON.stringify(state), frozen);
  });

  it('refuses to complete a step while an earlier one is unsettled, and names it', () => {
    const state = newRunbook('INC-1', 't', t0);
    rule(() => applyStepAction(state, 'skew', { type: 'complete' }, at(1)), /^step 3 can be done once step 1, step 2 are done or skipped$/);
  });

  it('needs a reason to skip, and keeps it', () => {
    const state = newRunbook('INC-1', 't', t0);
    rule(() => applyStepAction(state, 'define', { type: 'skip', reason: '   ' }, at(1)), /needs a reason/);
    const skipped = applyStepAction(state, 'define', { type: 'skip', reason: 'symptom known from the pager' }, at(1));
    assert.deepEqual([skipped.steps[0]!.status, skipped.steps[0]!.skipReason], ['skipped', 'symptom known from the pager']);
    const next = applyStepAction(skipped, 'infrastructure', { type: 'complete' }, at(2));
    assert.equal(next.steps[1]!.status, 'done');
  });

  it('reopens a done or skipped step, clearing the reason, and refuses to reopen a pending one', () => {
    let state = applyStepAction(newRunbook('INC-1', 't', t0), 'define', { type: 'skip', reason: 'r' }, at(1));
    state = applyStepAction(state, 'define', { type: 'reopen' }, at(2));
    assert.deepEqual([state.steps[0]!.status, state.steps[0]!.skipReason, state.steps[0]!.finishedAt], ['in-progress', null, null]);
    rule(() => applyStepAction(state, 'skew', { type: 'reopen' }, at(3)), /step 3 is pending/);
    rule(() => applyStepAction(state, 'define', { type: 'start' }, at(3)), /already in-progress/);
  });

  it('refuses to skip a done step without reopening it', () => {
    const state = applyStepAction(newRunbook('INC-1', 't', t0), 'define', { type: 'complete' }, at(1));
    rule(() => applyStepAction(state, 'define', { type: 'skip', reason: 'x' }, at(2)), /reopen it before skipping/);
    rule(() => applyStepAction(state, 'define', { type: 'complete' }, at(2)), /already done/);
  });

  it('ticks checklist items in checklist order, only known ones, and starts the step', () => {
    let state: RunbookState = newRunbook('INC-1', 't', t0);
    state = applyStepAction(state, 'fix', { type: 'check', item: 'canary20', checked: true }, at(1));
    state = applyStepAction(state, 'fix', { type: 'check', item: 'shadow', checked: true }, at(2));
    assert.deepEqual(state.steps[5]!.checked, ['shadow', 'canary20']);
    assert.equal(state.steps[5]!.status, 'in-progress');
    state = applyStepAction(state, 'fix', { type: 'check', item: 'shadow', checked: false }, at(3));
    assert.deepEqual(state.steps[5]!.checked, ['canary20']);
    rule(() => applyStepAction(state, 'fix', { type: 'check', item: 'nope', checked: true }, at(4)), /no checklist item 'nope'/);
  });

  it('keeps notes and distinct, non-empty findings', () => {
    let state = newRunbook('INC-1', 't', t0);
    state = applyStepAction(state, 'layer', { type: 'setNotes', notes: 'line 1\nline 2' }, at(1));
    state = applyStepAction(state, 'layer', { type: 'addFinding', finding: ' user source nulls ' }, at(2));
    state = applyStepAction(state, 'layer', { type: 'addFinding', finding: 'user source nulls' }, at(3));
    assert.equal(state.steps[3]!.notes, 'line 1\nline 2');
    assert.deepEqual(state.steps[3]!.findings, ['user source nulls']);
    rule(() => applyStepAction(state, 'layer', { type: 'addFinding', finding: '' }, at(4)), /needs text/);
    rule(() => applyStepAction(state, 'layer', { type: 'setNotes', notes: 'x'.repeat(20_001) }, at(4)), /limited to 20000/);
  });

  it('refuses an unknown step id', () => {
    rule(() => applyStepAction(newRunbook('INC-1', 't', t0), 'deploy' as never, { type: 'start' }, at(1)), /unknown step 'deploy'/);
  });

  it('is finished when every step is done or skipped', () => {
    let state = newRunbook('INC-1', 't', t0);
    stepIds.forEach((id, i) => {
      state = applyStepAction(state, id, i % 2 === 0 ? { type: 'complete' } : { type: 'skip', reason: 'not needed' }, at(i + 1));
    });
    assert.ok(isFinished(state));
    assert.equal(currentStep(state), undefined);
  });
});
