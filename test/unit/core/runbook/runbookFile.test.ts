import { strict as assert } from 'node:assert';
import { DocumentError } from '../../../../src/core/documents/documentError';
import { readRunbook, runbookPath, runbookText } from '../../../../src/core/runbook/runbookFile';
import { applyStepAction, newRunbook } from '../../../../src/core/runbook/runbookState';

const t0 = new Date('2026-11-22T10:00:00Z');

function walked() {
  let state = newRunbook('INC-7', 'Income drift: "quoted" # not a comment', t0);
  state = { ...state, inputs: { baseline: { path: 'data/train.csv' }, current: { path: 'logs/serving.csv', where: { column: 'model_version', equals: ['2.0'] } } } };
  state = applyStepAction(state, 'define', { type: 'check', item: 'accuracy', checked: true }, t0);
  state = applyStepAction(state, 'define', { type: 'setNotes', notes: 'multi\nline: notes\n- with a dash' }, t0);
  state = applyStepAction(state, 'define', { type: 'complete' }, t0);
  state = applyStepAction(state, 'infrastructure', { type: 'skip', reason: 'no deploys: "verified"' }, t0);
  return applyStepAction(state, 'skew', { type: 'addFinding', finding: 'income: critical by psi 0.31' }, t0);
}

describe('runbook.yaml', () => {
  it('round-trips the state losslessly', () => {
    const state = walked();
    const text = runbookText(state, 'incidents/INC-7/runbook.yaml');
    assert.deepEqual(readRunbook(text, 'incidents/INC-7/runbook.yaml'), state);
  });

  it('keeps hand-written comments and changes only the lines that changed', () => {
    const state = walked();
    const first = runbookText(state, 'r.yaml');
    const edited = first.replace('steps:\n', '# reviewed by Ana in PR 12\nsteps:\n').replace(/(incident: INC-7)\n/, '$1 # pager id\n');
    const next = applyStepAction(readRunbook(edited, 'r.yaml'), 'skew', { type: 'complete' }, new Date('2026-11-22T11:00:00Z'));
    const second = runbookText(next, 'r.yaml', edited);
    assert.match(second, /# reviewed by Ana in PR 12\nsteps:/);
    assert.match(second, /incident: INC-7 # pager id/);
    const changed = second.split('\n').filter((line, i) => line !== edited.split('\n')[i]);
    assert.ok(changed.length <= 3, `changed lines: ${changed.join(' | ')}`);
    assert.equal(readRunbook(second, 'r.yaml').steps[2]!.status, 'done');
  });

  it('fills in steps a file does not mention yet', () => {
    const text = 'schemaVersion: 1\nincident: X\ntitle: t\nopenedAt: 2026-11-22T10:00:00.000Z\nsteps:\n  - id: skew\n    status: in-progress\n';
    const state = readRunbook(text, 'r.yaml');
    assert.equal(state.steps.length, 7);
    assert.deepEqual(state.steps.map((s) => s.status), ['pending', 'pending', 'in-progress', 'pending', 'pending', 'pending', 'pending']);
  });

  it('refuses a skipped step without a reason, an unknown status and a repeated step', () => {
    const head = 'schemaVersion: 1\nincident: X\ntitle: t\nopenedAt: x\nsteps:\n';
    assert.throws(() => readRunbook(`${head}  - id: skew\n    status: skipped\n`, 'r.yaml'), /r\.yaml: step 'skew' is skipped without a skipReason/);
    assert.throws(() => readRunbook(`${head}  - id: skew\n    status: finished\n`, 'r.yaml'), (e: unknown) => e instanceof DocumentError && e.location.line === 7);
    assert.throws(() => readRunbook(`${head}  - id: skew\n    status: done\n  - id: skew\n    status: done\n`, 'r.yaml'), /appears twice/);
  });
});

describe('runbookPath', () => {
  it('fills the template and keeps the path inside the workspace', () => {
    assert.equal(runbookPath('INC-7'), 'incidents/INC-7/runbook.yaml');
    assert.equal(runbookPath('INC-7', 'ops/{id}.runbook.yaml'), 'ops/INC-7.runbook.yaml');
    assert.throws(() => runbookPath('INC-7', 'ops/runbook.yaml'), /must contain \{id\}/);
    assert.throws(() => runbookPath('INC-7', '../{id}/r.yaml'), /inside the workspace/);
    assert.throws(() => runbookPath('INC-7', '/tmp/{id}.yaml'), /inside the workspace/);
  });
});

describe('runbook.yaml layout', () => {
  it('writes lists and maps that gain content in block style', () => {
    const path = 'r.yaml';
    const first = runbookText(newRunbook('INC-1', 't', new Date('2026-11-22T10:00:00Z')), path);
    assert.match(first, /findings: \[\]/);
    let state = readRunbook(first, path);
    state = applyStepAction(state, 'define', { type: 'addFinding', finding: 'accuracy fell' }, new Date('2026-11-22T10:01:00Z'));
    state = { ...state, inputs: { baseline: { path: 'data/train.csv' } } };
    const second = runbookText(state, path, first);
    assert.match(second, /\n {4}findings:\n {6}- accuracy fell\n/);
    assert.match(second, /\ninputs:\n {2}baseline:\n {4}path: data\/train\.csv\n/);
  });
});
