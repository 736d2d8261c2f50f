import { strict as assert } from 'node:assert';
import { reportView } from '../../../../src/core/views/reportView';
import { escapeMarkdown, markdownTable, reportMarkdown } from '../../../../src/extension/drift/reportMarkdown';
import { hostileHtml, sampleReport } from '../../core/views/sampleReport';

describe('reportMarkdown', () => {
  const view = reportView(sampleReport());
  const first = view.details[0]!;
  const markdown = reportMarkdown(
    view,
    { features: new Map([[first.id, [{ title: 'Histogram', file: 'r-charts/f0-1-histogramOverlay.svg' }]]]), heatmap: { title: 'Heatmap', file: 'r-charts/heatmap.svg' }, prediction: [] },
    'Model Incident Debugger 0.1.0',
  );

  it('has one feature table row per feature, worst first', () => {
    const table = markdown.split('## Features')[1]!.split('\n## ')[0]!;
    const rows = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| Feature'));
    assert.equal(rows.length, view.features.length);
    assert.ok(rows[0]!.includes('**critical**'), rows[0]);
  });

  it('links the chart files it is given', () => {
    assert.ok(markdown.includes('![Histogram](r-charts/f0-1-histogramOverlay.svg)'));
    assert.ok(markdown.includes('![Heatmap](r-charts/heatmap.svg)'));
  });

  it('keeps workspace strings as text: no raw HTML, no table breaks', () => {
    assert.ok(!markdown.includes(hostileHtml));
    assert.ok(markdown.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.equal(escapeMarkdown('a|b\nc*d_ [e](f)'), 'a\\|b c\\*d\\_ \\[e\\](f)');
    assert.equal(escapeMarkdown('transaction_amount _x'), 'transaction_amount \\_x');
  });

  it('writes any data table with a separator row and dashes for nulls', () => {
    assert.equal(markdownTable({ columns: ['a', 'b'], rows: [[1.23456, null]] }), '| a | b |\n| --- | --- |\n| 1.23 | — |');
  });
});
