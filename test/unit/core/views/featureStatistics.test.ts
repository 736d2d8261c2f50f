import { strict as assert } from 'node:assert';
import { featureStatistics } from '../../../../src/core/views/featureStatistics';
import { sampleReport } from './sampleReport';

describe('featureStatistics', () => {
  it('shows every statistic for the whole window and since onset', () => {
    const table = featureStatistics(sampleReport().features[1]!);
    assert.deepEqual(table.columns, ['statistic', 'whole window', 'since onset (2,500 rows)']);
    const row = (label: string) => table.rows.find((r) => r[0] === label);
    assert.deepEqual(row('PSI'), ['PSI', '0.25', '0.5']);
    assert.deepEqual(row('KS p-value'), ['KS p-value', '1.00e-12 (asymptotic)', '1.00e-20 (asymptotic)']);
    assert.deepEqual(row('null rate'), ['null rate', '1.0% → 2.0%', '1.0% → 3.0%']);
    assert.deepEqual(row('chi-square'), ['chi-square', '—', '—']);
  });

  it('has one value column without an onset, and notes a constant baseline', () => {
    const feature = { ...sampleReport().features[0]!, constantBaseline: true };
    const table = featureStatistics(feature);
    assert.equal(table.columns.length, 2);
    assert.deepEqual(table.rows.at(-1), ['note', 'constant baseline: PSI not meaningful']);
  });
});
