import { strict as assert } from 'node:assert';
import { planColumns } from '../../../../src/core/drift/columnPlan';
import type { ColumnInfo } from '../../../../src/core/table/types';

const col = (name: string, kind: ColumnInfo['kind'], role: ColumnInfo['role'] = 'feature'): ColumnInfo => ({ name, kind, role, arrowType: '', source: 'inferred' });

describe('planColumns', () => {
  const baseline = [
    col('ts', 'timestamp', 'timestamp'),
    col('request_id', 'identifier', 'requestId'),
    col('device', 'categorical', 'segment'),
    col('model_version', 'categorical', 'modelVersion'),
    col('income', 'numeric'),
    col('credit_score', 'numeric', 'predictionScore'),
    col('score', 'numeric', 'predictionScore'),
    col('label', 'categorical', 'groundTruth'),
    col('old', 'numeric'),
    col('tier', 'numeric'),
  ];
  const current = [...baseline.filter((c) => c.name !== 'old' && c.name !== 'request_id' && c.name !== 'tier'), col('tier', 'categorical'), col('new', 'numeric')];
  const plan = planColumns(baseline, current, {});

  it('tests features and model outputs, finds time, segments and the model columns', () => {
    assert.deepEqual(plan.features.map((f) => `${f.name}:${f.kind}:${f.role}`), ['income:numeric:feature', 'credit_score:numeric:feature', 'score:numeric:predictionScore', 'tier:numeric:feature']);
    assert.equal(plan.timeColumn, 'ts');
    assert.deepEqual(plan.segmentColumns, ['device', 'model_version']);
    assert.equal(plan.modelVersionColumn, 'model_version');
    assert.equal(plan.scoreColumn, 'score');
    assert.equal(plan.groundTruthColumn, 'label');
  });

  it('says why every other column is not tested, and warns about kind conflicts and several scores', () => {
    const reasons = new Map(plan.skipped.map((s) => [s.name, s.reason]));
    assert.equal(reasons.get('old'), 'only in the baseline');
    assert.equal(reasons.get('new'), 'only in the current data');
    assert.match(reasons.get('request_id')!, /identifier/);
    assert.match(reasons.get('device')!, /segments/);
    assert.ok(plan.warnings.some((w) => /'tier' is numeric in the baseline and categorical/.test(w)));
    assert.ok(plan.warnings.some((w) => /2 columns look like prediction scores/.test(w)));
  });

  it('takes --segment-by and --time-column as given, and names a missing column', () => {
    const explicit = planColumns(baseline, current, { segmentBy: ['label'], timeColumn: 'ts' });
    assert.deepEqual(explicit.segmentColumns, ['label']);
    assert.throws(() => planColumns(baseline, current, { segmentBy: ['region'] }), /--segment-by: 'region' is not a column/);
    assert.throws(() => planColumns(baseline, current, { timeColumn: 'when' }), /--time-column: 'when'/);
  });
});
