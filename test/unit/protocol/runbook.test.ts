import { strict as assert } from 'node:assert';
import { stepIds } from '../../../src/core/runbook/steps';
import { isRunbookToHost, maxTextLength } from '../../../src/protocol/runbook';

describe('runbook protocol', () => {
  it('accepts the messages the panel sends', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'step', stepId: 'define', action: 'complete' },
      { type: 'step', stepId: 'fix', action: 'skip', reason: 'no candidate yet' },
      { type: 'check', stepId: 'fix', item: 'canary5', checked: true },
      { type: 'notes', stepId: 'layer', notes: 'x' },
      { type: 'finding', stepId: 'skew', finding: 'income drifted' },
      { type: 'evidence', stepId: 'blastRadius' },
      { type: 'intent', intent: 'generatePostmortem' },
    ]) assert.deepEqual(isRunbookToHost(message), message, JSON.stringify(message));
  });

  it('knows every step id of the core, and only those', () => {
    for (const id of stepIds) assert.ok(isRunbookToHost({ type: 'evidence', stepId: id }), id);
    assert.equal(isRunbookToHost({ type: 'evidence', stepId: '__proto__' }), undefined);
  });

  it('drops unknown, oversized and mistyped messages', () => {
    for (const message of [
      null,
      'ready',
      { type: 'run', command: 'workbench.action.terminal.new' },
      { type: 'intent', intent: 'vscode.open' },
      { type: 'step', stepId: 'define', action: 'delete' },
      { type: 'check', stepId: 'define', item: 'accuracy', checked: 'yes' },
      { type: 'notes', stepId: 'define', notes: 'x'.repeat(maxTextLength + 1) },
      { type: 'finding', stepId: 'define', finding: 42 },
      { type: 'step', stepId: 'define', action: 'skip', reason: { toString: 'x' } },
    ]) assert.equal(isRunbookToHost(message), undefined, JSON.stringify(message));
  });
});
