import { strict as assert } from 'node:assert';
import { featureTableRow, type FeatureTableRow } from '../../../../src/core/views/featureTable';
import { sortRows } from '../../../../webview/report/sortRows';
import { sampleReport } from '../../core/views/sampleReport';

describe('sortRows (report table)', () => {
  const rows: FeatureTableRow[] = sampleReport().features.map((f) => featureTableRow(f));
  const ids = (sorted: FeatureTableRow[]) => sorted.map((r) => r.id);

  it('keeps the host order without a sort', () => {
    assert.deepEqual(ids(sortRows(rows, undefined)), ['f0', 'f1', 'f2']);
  });

  it('sorts numbers as numbers and puts missing values last in both directions', () => {
    assert.deepEqual(ids(sortRows(rows, { key: 'psi', descending: true })), ['f1', 'f2', 'f0']);
    assert.deepEqual(ids(sortRows(rows, { key: 'psi', descending: false })), ['f0', 'f2', 'f1']);
    assert.deepEqual(ids(sortRows(rows, { key: 'ksStatistic', descending: true })), ['f0', 'f1', 'f2']);
    assert.deepEqual(ids(sortRows(rows, { key: 'ksStatistic', descending: false })), ['f0', 'f1', 'f2']);
  });

  it('sorts severities by rank, not alphabetically', () => {
    assert.deepEqual(ids(sortRows(rows, { key: 'rankSeverity', descending: true })), ['f1', 'f2', 'f0']);
  });

  it('sorts text by locale', () => {
    assert.deepEqual(sortRows(rows, { key: 'name', descending: false }).map((r) => r.name), ['__proto__', '<img src=x onerror=alert(1)>', 'income']);
  });
});
