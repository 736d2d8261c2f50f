import assert from 'node:assert/strict';
import { inferRole, roleForcesKind, snakeName } from '../../../../src/core/table/inferRole';

describe('inferRole', () => {
  it('reads names in snake_case, dotted paths by their last segment', () => {
    assert.equal(snakeName('modelVersion'), 'model_version');
    assert.equal(snakeName('Model Version'), 'model_version');
    assert.equal(snakeName('request.user.deviceType'), 'device_type');
  });

  it('recognises the usual log columns', () => {
    const cases: [string, Parameters<typeof inferRole>[1], string][] = [
      ['event_time', 'timestamp', 'timestamp'],
      ['request_id', 'identifier', 'requestId'],
      ['requestId', 'identifier', 'requestId'],
      ['uuid', 'identifier', 'requestId'],
      ['model_version', 'categorical', 'modelVersion'],
      ['y_pred_proba', 'numeric', 'predictionScore'],
      ['model_score', 'numeric', 'predictionScore'],
      ['fraud_proba', 'numeric', 'predictionScore'],
      ['score', 'numeric', 'predictionScore'],
      ['credit_score', 'numeric', 'feature'],
      ['merchant_risk_score', 'numeric', 'feature'],
      ['prediction', 'categorical', 'predictedLabel'],
      ['prediction', 'numeric', 'predictionScore'],
      ['y_true', 'categorical', 'groundTruth'],
      ['label', 'categorical', 'groundTruth'],
      ['clf_target', 'categorical', 'groundTruth'],
      ['pred_label', 'categorical', 'predictedLabel'],
      ['latency_ms', 'numeric', 'latency'],
      ['region', 'categorical', 'segment'],
      ['device', 'categorical', 'segment'],
      ['income', 'numeric', 'feature'],
      ['scoreboard_rank', 'numeric', 'feature'],
    ];
    for (const [name, kind, role] of cases) assert.equal(inferRole(name, kind, 4), role, name);
  });

  it('leaves a segment-named column a feature when it has too many values or is numeric', () => {
    assert.equal(inferRole('city', 'categorical', 5000), 'feature');
    assert.equal(inferRole('region', 'numeric', 0), 'feature');
  });

  it('makes label-like roles categorical and request ids identifiers', () => {
    assert.equal(roleForcesKind('segment'), 'categorical');
    assert.equal(roleForcesKind('requestId'), 'identifier');
    assert.equal(roleForcesKind('feature'), undefined);
  });
});
