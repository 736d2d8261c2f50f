import { strict as assert } from 'node:assert';
import { comparisonView } from '../../../../src/core/views/comparisonView';
import { sampleReport } from './sampleReport';

describe('comparisonView', () => {
  it('words row chunks and has no window without timestamps', () => {
    const report = sampleReport();
    const timeline = { ...report.timeline!, chunking: { by: 'rows' as const, rowsPerChunk: 2000, auto: true }, chunks: report.timeline!.chunks.map((c) => ({ ...c, start: null, end: null })) };
    const view = comparisonView({ ...report, timeline });
    assert.equal(view.chunking, '10 chunks of 2,000 rows');
    assert.equal(view.window, null);
  });

  it('has no chunking without a timeline and no side without its input', () => {
    const view = comparisonView({ ...sampleReport(), timeline: null, inputs: [] });
    assert.equal(view.chunking, null);
    assert.equal(view.baseline, null);
  });
});
