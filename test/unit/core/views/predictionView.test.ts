import { strict as assert } from 'node:assert';
import { predictionView } from '../../../../src/core/views/predictionView';
import { sampleReport } from './sampleReport';

describe('predictionView', () => {
  it('puts baseline beside current for every model-layer signal', () => {
    const view = predictionView(sampleReport())!;
    const row = (label: string) => view.facts.rows.find((r) => r[0] === label);
    assert.deepEqual(row('mean entropy (nats)'), ['mean entropy (nats)', '0.4', '0.5']);
    assert.deepEqual(row('top predicted class'), ['top predicted class', '1 (60.0%)', '1 (85.0%)']);
    assert.deepEqual(row('accuracy'), ['accuracy', '91.0%', '84.0%']);
    assert.deepEqual(row('label coverage'), ['label coverage', '100.0% of 5,000 rows (2026-01-11 to 2026-01-20)', '60.0% of 5,000 rows (2026-01-11 to 2026-01-16)']);
    assert.deepEqual(row('output collapse'), ['output collapse', '', 'yes']);
    assert.equal(view.signals[0]!.signal, 'collapse');
  });

  it('is null when the logs have no prediction columns', () => {
    const report = sampleReport();
    assert.equal(predictionView({ prediction: { ...report.prediction, scoreColumn: null, predictedLabelColumn: null } }), null);
  });
});
