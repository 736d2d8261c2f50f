import { strict as assert } from 'node:assert';
import { serviceMetrics } from '../../../../src/core/runbook/serviceMetrics';
import { arrowFixture } from './arrowFixture';

describe('serviceMetrics', () => {
  const { table, columns } = arrowFixture([
    { name: 'model_version', kind: 'categorical', role: 'modelVersion', values: ['1', '1', '1', '2', '2', '2'] },
    { name: 'prediction', kind: 'categorical', role: 'predictedLabel', values: ['true', 'false', 'true', 'true', 'true', null] },
    { name: 'label', kind: 'numeric', role: 'groundTruth', values: [1, 0, 0, 0, null, 1] },
    { name: 'latency_ms', kind: 'numeric', role: 'latency', values: [10, 20, 30, 100, 200, Number.NaN] },
    { name: 'score', kind: 'numeric', role: 'predictionScore', values: [0.9, 0.1, 0.8, 0.7, 0.6, 0.5] },
    { name: 'clicked', kind: 'categorical', values: ['true', 'false', 'false', 'false', null, 'true'] },
  ]);

  it('measures accuracy on rows with both a label and a prediction, matching 1/true across kinds', () => {
    const m = serviceMetrics(table, columns);
    assert.deepEqual(m.accuracy, { value: 2 / 4, labelled: 4 });
  });

  it('takes latency percentiles as np.percentile does (type 7), ignoring missing values', () => {
    // np.percentile([10, 20, 30, 100, 200], [50, 99]) -> [30., 196.]
    const m = serviceMetrics(table, columns);
    assert.equal(m.latency!.p50, 30);
    assert.ok(Math.abs(m.latency!.p99 - 196) < 1e-9);
  });

  it('finds a click column by name and takes its rate over rows that have it', () => {
    assert.deepEqual(serviceMetrics(table, columns).ctr, { column: 'clicked', value: 2 / 5, rows: 5 });
  });

  it('measures only the rows it is given (a model_version slice)', () => {
    const m = serviceMetrics(table, columns, Uint32Array.from([3, 4, 5]));
    assert.equal(m.rows, 3);
    assert.deepEqual(m.accuracy, { value: 0, labelled: 1 });
    assert.ok(Math.abs(m.score!.mean - 0.6) < 1e-12);
  });

  it('thresholds a binary score at 0.5 when there is no predicted label column', () => {
    const noLabel = columns.filter((c) => c.name !== 'prediction');
    // scores 0.9 0.1 0.8 0.7 0.6 0.5 -> 1 0 1 1 1 1; labels 1 0 0 0 - 1 -> correct on rows 0, 1, 5
    assert.deepEqual(serviceMetrics(table, noLabel).accuracy, { value: 3 / 5, labelled: 5 });
  });

  it('reports null for what the log does not carry', () => {
    const bare = arrowFixture([{ name: 'x', kind: 'numeric', values: [1, 2] }]);
    assert.deepEqual(serviceMetrics(bare.table, bare.columns), { rows: 2, accuracy: null, latency: null, ctr: null, score: null });
  });
});
