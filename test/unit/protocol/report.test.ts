import { strict as assert } from 'node:assert';
import { featureTableColumns } from '../../../src/core/views/featureTable';
import { isReportToHost, reportSortKeys, toReportUiState } from '../../../src/protocol/report';

describe('report protocol', () => {
  it('accepts ready and intents; showInSidePanel needs a feature id, the others refuse one', () => {
    assert.ok(isReportToHost({ type: 'ready' }));
    assert.ok(isReportToHost({ type: 'intent', intent: 'exportReport' }));
    assert.ok(isReportToHost({ type: 'intent', intent: 'showInSidePanel', featureId: 'f3' }));
    assert.equal(isReportToHost({ type: 'intent', intent: 'showInSidePanel' }), undefined);
    assert.equal(isReportToHost({ type: 'intent', intent: 'exportReport', featureId: 'f3' }), undefined);
    assert.equal(isReportToHost({ type: 'intent', intent: 'open', path: '/etc/passwd' }), undefined);
  });

  it('restores a valid UI state and drops whatever is not', () => {
    assert.deepEqual(toReportUiState({ selectedFeatureId: 'f2', sort: { key: 'psi', descending: true } }), { selectedFeatureId: 'f2', sort: { key: 'psi', descending: true } });
    assert.deepEqual(toReportUiState({ selectedFeatureId: '<img>', sort: { key: 'constructor', descending: true } }), {});
    assert.deepEqual(toReportUiState({ sort: { key: 'psi', descending: 'yes' } }), {});
    assert.deepEqual(toReportUiState(null), {});
    assert.deepEqual(toReportUiState(JSON.parse('{"__proto__": {"polluted": true}, "selectedFeatureId": "f1"}')), { selectedFeatureId: 'f1' });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('can sort by every column the table draws', () => {
    for (const column of featureTableColumns) assert.ok((reportSortKeys as readonly string[]).includes(column.key), column.key);
  });
});
