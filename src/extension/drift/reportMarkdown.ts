// The drift report as a Markdown document for the repository (Export Report): the same view the report
// panel draws (`reportView`), with every chart as a linked SVG file and its table alternative. Pure.
// Workspace strings (feature names, categories, paths) are escaped so they stay text: no HTML, no links.
import type { DataTable, TableCell } from '../../core/charts/chartView';
import { formatNumber, formatShare } from '../../core/charts/format';
import type { FeatureId } from '../../core/drift/report';
import type { FeatureTableColumn, FeatureTableRow } from '../../core/views/featureTable';
import type { ReportView } from '../../core/views/reportView';

/** A chart written next to the document: its title and its path relative to the document. */
export interface ChartFile {
  readonly title: string;
  /** The chart's own sentence of what it shows (the SVG's aria-label). */
  readonly description?: string;
  readonly file: string;
}

export interface ChartFiles {
  readonly features: ReadonlyMap<FeatureId, readonly ChartFile[]>;
  readonly heatmap?: ChartFile;
  readonly prediction: readonly ChartFile[];
}

/** Escapes Markdown syntax and HTML in text that came from the workspace, and keeps it on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Only the characters that change meaning inside a line; workspace text never starts a line here.
    .replace(/([\\`*[\]|~])/g, '\\$1')
    // An underscore inside a word never emphasises (CommonMark), so `transaction_amount` stays readable.
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
}

export function markdownTable(table: DataTable): string {
  if (table.columns.length === 0) return '';
  const cell = (value: TableCell) => (value === null ? '—' : typeof value === 'number' ? formatNumber(value) : escapeMarkdown(value));
  return [
    `| ${table.columns.map(cell).join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${table.columns.map((_, i) => cell(row[i] ?? null)).join(' | ')} |`),
  ].join('\n');
}

function featureCell(row: FeatureTableRow, column: FeatureTableColumn): string {
  const value = row[column.key];
  if (value === null) return '—';
  switch (column.format) {
    case 'share':
      return formatShare(value as number);
    case 'number':
    case 'pValue':
      return formatNumber(value as number);
    case 'severity':
      return String(value) === 'critical' ? '**critical**' : String(value);
    case 'text':
      return escapeMarkdown(String(value));
  }
}

export function reportMarkdown(view: ReportView, charts: ChartFiles, generator: string): string {
  const { summary, comparison } = view;
  const out: string[] = [];
  const line = (text = '') => out.push(text);
  const image = (chart: ChartFile) => {
    line(`**${escapeMarkdown(chart.title)}**`);
    line();
    line(`![${escapeMarkdown(chart.title)}](${encodeURI(chart.file)})`);
    if (chart.description) {
      line();
      line(escapeMarkdown(chart.description));
    }
  };

  line('# Drift report');
  line();
  line(`Generated ${escapeMarkdown(comparison.generatedAt)} by ${escapeMarkdown(generator)}.`);
  line();
  line('## Inputs');
  line();
  line(markdownTable(view.inputs));
  if (comparison.chunking) {
    line();
    line(`Time chunks: ${escapeMarkdown(comparison.chunking)}${comparison.window ? `, ${escapeMarkdown(comparison.window.from)} to ${escapeMarkdown(comparison.window.to)}` : ''}.`);
  }
  line();
  line('## Summary');
  line();
  line(`- Dataset drift: ${summary.datasetDrift.count} of ${summary.datasetDrift.of} features (${formatShare(summary.datasetDrift.share)}) at warn or worse.`);
  line(`- Features by severity: ${summary.bySeverity.critical} critical, ${summary.bySeverity.warn} warn, ${summary.bySeverity.ok} ok (worst: ${summary.worst}).`);
  line(`- Prediction layer: ${summary.predictionSeverity}.`);
  const { label, likelyCause, action } = summary.blastRadius;
  const cause = likelyCause.toLowerCase() === label.toLowerCase() ? '' : ` (${escapeMarkdown(sentence(likelyCause))})`;
  line(`- Blast radius: **${escapeMarkdown(label)}**${cause}. Suggested action: ${escapeMarkdown(sentence(action))}.`);
  line(`- Affected: ${summary.blastRadius.affected.rows.toLocaleString('en-US')} rows (${formatShare(summary.blastRadius.affected.share)} of current traffic).`);
  for (const evidence of summary.blastRadius.evidence) line(`  - ${escapeMarkdown(evidence)}`);
  line();
  line('## Features');
  line();
  line(`| ${view.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`);
  line(`| ${view.columns.map((c) => (c.format === 'text' || c.format === 'severity' ? '---' : '---:')).join(' | ')} |`);
  for (const row of view.features) line(`| ${view.columns.map((c) => featureCell(row, c)).join(' | ')} |`);
  if (view.omitted.features > 0) line(`\n${view.omitted.features} more features are in the JSON report.`);
  if (charts.heatmap) {
    line();
    line('## Drift over time');
    line();
    image(charts.heatmap);
  }
  if (view.prediction) {
    line();
    line('## Predictions');
    line();
    line(`Severity: ${view.prediction.severity}${view.prediction.collapsed ? ' (output collapsed)' : ''}.`);
    for (const signal of view.prediction.signals) line(`- ${signal.severity}: ${escapeMarkdown(signal.message)}`);
    line();
    line(markdownTable(view.prediction.facts));
    for (const chart of charts.prediction) {
      line();
      image(chart);
    }
  }
  line();
  line('## Feature details');
  for (const detail of view.details) {
    line();
    line(`### ${escapeMarkdown(detail.name)}`);
    line();
    line(markdownTable(detail.statistics));
    for (const chart of charts.features.get(detail.id) ?? []) {
      line();
      image(chart);
    }
  }
  if (view.omitted.details > 0) line(`\nCharts of ${view.omitted.details} less drifted features are left out.`);
  if (view.segments.rows.length > 0) {
    line();
    line('## Segments');
    line();
    line(markdownTable(view.segments));
  }
  line();
  line('## Methods');
  line();
  line(markdownTable(view.methods));
  if (view.warnings.length > 0) {
    line();
    line('## Warnings');
    line();
    for (const warning of view.warnings) line(`- ${escapeMarkdown(warning)}`);
  }
  line();
  return out.join('\n');
}

/** A phrase without its closing full stop, so the template can add exactly one. */
function sentence(text: string): string {
  return text.trim().replace(/\.+$/, '');
}
