import { strict as assert } from 'node:assert';
import { isSidePanelToHost } from '../../../src/protocol/sidePanel';

describe('side panel protocol guard', () => {
  it('accepts ready and each intent with exactly the id it needs', () => {
    assert.ok(isSidePanelToHost({ type: 'ready' }));
    for (const intent of ['refresh', 'runDriftCheck', 'openReport', 'configureLogGlobs']) assert.ok(isSidePanelToHost({ type: 'intent', intent }), intent);
    assert.ok(isSidePanelToHost({ type: 'intent', intent: 'openLog', logId: 'log-3' }));
    assert.ok(isSidePanelToHost({ type: 'intent', intent: 'selectFeature', featureId: 'f12' }));
    assert.ok(isSidePanelToHost({ type: 'intent', intent: 'showFeatureInReport', featureId: 'f0' }));
  });

  it('drops unknown types and intents, missing or extra ids, and ids that are not host-issued', () => {
    const refused: unknown[] = [
      null,
      'ready',
      { type: 'snapshot' },
      { type: 'intent', intent: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'intent', intent: 'openLog' },
      { type: 'intent', intent: 'openLog', logId: 'x'.repeat(65) },
      { type: 'intent', intent: 'refresh', logId: 'log-1' },
      { type: 'intent', intent: 'selectFeature' },
      { type: 'intent', intent: 'selectFeature', featureId: '__proto__' },
      { type: 'intent', intent: 'selectFeature', featureId: '../../etc/passwd' },
      { type: 'intent', intent: 'selectFeature', featureId: 'f01' },
      { type: 'intent', intent: 'selectFeature', featureId: 3 },
      { type: 'intent', intent: 'runDriftCheck', featureId: 'f1' },
      { type: 'intent', intent: ['refresh'] },
    ];
    for (const message of refused) assert.equal(isSidePanelToHost(message), undefined, JSON.stringify(message));
  });
});
