// The drift report panel: summary, the sortable feature table, per-feature charts, the prediction
// section, the heatmap and the segment table. Its UI state (selected feature, sort) lives in setState,
// so after a window reload the WebviewPanelSerializer gets it back; the data always comes from the host.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import '@vscode-elements/elements/dist/vscode-progress-ring/index.js';
import type { FeatureTableColumn, FeatureTableRow } from '../../src/core/views/featureTable';
import type { FeatureCharts, ReportView } from '../../src/core/views/reportView';
import type { SummaryView } from '../../src/core/views/summaryView';
import { toReportUiState, type HostToReport, type ReportIntent, type ReportToHost, type ReportUiState } from '../../src/protocol/report';
import { chartFigure, releaseDetachedCharts } from '../shared/chart';
import { comparisonBlock } from '../shared/comparison';
import { custom, h, replaceChildren } from '../shared/dom';
import { sender } from '../shared/send';
import { severityBadge } from '../shared/severity';
import { dataTable } from '../shared/table';
import { vscodeApi } from '../shared/vscodeApi';
import { sortRows } from './sortRows';

document.documentElement.classList.add('editor-surface');
const api = vscodeApi<ReportUiState>();
const send = sender<ReportToHost>();
const app = document.getElementById('app') as HTMLElement;
let ui: ReportUiState = toReportUiState(api.getState());
let view: ReportView | undefined;

function saveUi(next: ReportUiState): void {
  ui = next;
  api.setState(ui);
}

function button(label: string, intent: ReportIntent, attributes: Record<string, string> = {}): HTMLElement {
  const element = custom('vscode-button', attributes, label);
  element.addEventListener('click', () => send({ type: 'intent', intent }));
  return element;
}

function renderEmpty(message: Extract<HostToReport, { type: 'empty' }>): void {
  const text = {
    noCheck: 'No drift check has run in this workspace yet.',
    running: 'Running drift check…',
    failed: `The drift check failed: ${message.message ?? 'unknown error'}`,
  }[message.reason];
  replaceChildren(
    app,
    h('h2', {}, 'Drift report'),
    message.reason === 'running' ? h('p', { class: 'status', role: 'status' }, custom('vscode-progress-ring', { 'aria-hidden': 'true' }), text) : h('p', { class: message.reason === 'failed' ? 'error' : 'empty', role: message.reason === 'failed' ? 'alert' : 'status' }, text),
    message.reason === 'running' ? null : h('div', { class: 'actions' }, button('Run Drift Check', 'runDriftCheck')),
  );
}

/** Restricted Mode: Export writes files, so the host refuses it; the button says so instead of failing. */
const exportLocked = { disabled: '', title: 'Restricted Mode: exporting writes files, which is off in an untrusted workspace' };

function render(next: ReportView, trusted: boolean): void {
  view = next;
  if (ui.selectedFeatureId && !next.features.some((f) => f.id === ui.selectedFeatureId)) saveUi({ ...ui, selectedFeatureId: undefined });
  replaceChildren(
    app,
    h('h2', {}, 'Drift report'),
    comparisonBlock(next.comparison),
    h('div', { class: 'actions' }, button('Export Report', 'exportReport', trusted ? {} : exportLocked), button('Run Again', 'runDriftCheck', { secondary: '' })),
    summarySection(next.summary),
    featuresSection(next),
    predictionSection(next),
    next.heatmap ? section('Drift over time', chartFigure(next.heatmap), omitted(next.omitted.heatmapRows, 'features left out of the heatmap (it shows the worst).')) : null,
    section('Segments', next.segments.rows.length > 0 ? scroll(dataTable(next.segments)) : h('p', { class: 'empty' }, 'No segment columns in these logs.'), omitted(next.omitted.segments, 'segments left out.')),
    section(
      'Inputs and methods',
      scroll(dataTable(next.inputs, 'Inputs')),
      custom('vscode-collapsible', { heading: 'Methods and reference implementations' }, scroll(dataTable(next.methods))),
      next.warnings.length > 0 ? custom('vscode-collapsible', { heading: `Load warnings (${next.warnings.length + next.omitted.warnings})` }, h('ul', {}, ...next.warnings.map((w) => h('li', {}, w)))) : null,
    ),
  );
  releaseDetachedCharts();
}

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'report-section', 'aria-label': title }, h('h2', {}, title), ...children);
}

function scroll(table: HTMLElement): HTMLElement {
  return h('div', { class: 'table-scroll' }, table);
}

function omitted(count: number, words: string): HTMLElement | null {
  return count > 0 ? h('p', { class: 'empty' }, `${count.toLocaleString('en-US')} ${words}`) : null;
}

function summarySection(summary: SummaryView): HTMLElement {
  const { blastRadius } = summary;
  return section(
    'Summary',
    h(
      'div',
      { class: 'summary-cards' },
      h('div', { class: 'card' }, h('div', { class: 'label' }, 'Dataset drift'), h('div', { class: 'big', 'data-value': 'datasetDriftShare' }, `${(summary.datasetDrift.share * 100).toFixed(1)}%`), h('div', {}, `${summary.datasetDrift.count} of ${summary.datasetDrift.of} features at warn or worse`)),
      h(
        'div',
        { class: 'card' },
        h('div', { class: 'label' }, 'Features by severity'),
        h('div', { class: 'counts' }, severityBadge('critical'), ` ${summary.bySeverity.critical} `, severityBadge('warn'), ` ${summary.bySeverity.warn} `, severityBadge('ok'), ` ${summary.bySeverity.ok}`),
        h('div', {}, 'Prediction layer: ', severityBadge(summary.predictionSeverity)),
      ),
      h(
        'div',
        { class: 'card' },
        h('div', { class: 'label' }, 'Blast radius'),
        h('div', { class: 'big' }, blastRadius.label),
        h('div', {}, `Likely cause: ${blastRadius.likelyCause}`),
        h('div', {}, h('strong', {}, 'Suggested action: '), blastRadius.action),
        h('div', { class: 'label' }, `${(blastRadius.affected.share * 100).toFixed(1)}% of current traffic (${blastRadius.affected.rows.toLocaleString('en-US')} rows) in drifting segments`),
      ),
    ),
    blastRadius.evidence.length > 0 ? h('ul', { class: 'evidence', 'aria-label': 'Evidence' }, ...blastRadius.evidence.map((e) => h('li', {}, e))) : null,
    blastRadius.findings.length > 1
      ? custom(
          'vscode-collapsible',
          { heading: `Every cause found (${blastRadius.findings.length})` },
          ...blastRadius.findings.map((f) =>
            h('div', { class: 'finding' }, h('h3', {}, f.label), h('p', {}, `${f.likelyCause}: ${f.action}`), h('p', { class: 'empty' }, [f.features.join(', '), f.segments.join(', '), f.onset ? `since ${f.onset}` : null].filter(Boolean).join(' · ')), h('ul', { class: 'evidence' }, ...f.evidence.map((e) => h('li', {}, e)))),
          ),
        )
      : null,
  );
}

function featuresSection(report: ReportView): HTMLElement {
  const container = h('div', { class: 'table-scroll' });
  const detailHost = h('div', { class: 'feature-detail' });
  const draw = (): void => {
    replaceChildren(container, featureTable(report.columns, sortRows(report.features, ui.sort), () => draw()));
    const selected = report.details.find((d) => d.id === ui.selectedFeatureId) ?? report.details[0];
    replaceChildren(detailHost, selected ? featureDetail(selected) : h('p', { class: 'empty' }, 'Charts are drawn for the worst features only; this one has none.'));
    releaseDetachedCharts();
  };
  draw();
  return section('Features', container, omitted(report.omitted.features, 'more features are not listed.'), detailHost);
}

function featureTable(columns: readonly FeatureTableColumn[], rows: readonly FeatureTableRow[], redraw: () => void): HTMLElement {
  const header = columns.map((column) => {
    const active = ui.sort?.key === column.key;
    const th = h('th', { scope: 'col', class: column.format === 'text' || column.format === 'severity' ? '' : 'num' });
    if (active) th.setAttribute('aria-sort', ui.sort!.descending ? 'descending' : 'ascending');
    const sortButton = h('button', { type: 'button', title: `Sort by ${column.label}` }, column.label);
    sortButton.addEventListener('click', () => {
      const descending = active ? !ui.sort!.descending : column.format !== 'text';
      saveUi({ ...ui, sort: { key: column.key, descending } });
      redraw();
    });
    th.appendChild(sortButton);
    return th;
  });
  const body = rows.map((row) => {
    const selected = row.id === (ui.selectedFeatureId ?? rows[0]?.id);
    const tr = h(
      'tr',
      // One tab stop for the table (the selected row); arrows move between rows.
      { tabindex: selected ? '0' : '-1', 'aria-selected': String(selected), 'data-feature-id': row.id },
      ...columns.map((column) =>
        column.format === 'severity' ? h('td', {}, severityBadge(row.rankSeverity)) : h('td', column.format === 'text' ? {} : { class: 'num' }, row.text[column.key]),
      ),
    );
    const choose = (): void => {
      saveUi({ ...ui, selectedFeatureId: row.id });
      redraw();
      document.querySelector<HTMLElement>(`tr[data-feature-id="${row.id}"]`)?.focus();
    };
    tr.addEventListener('click', choose);
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        (event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling)?.closest('tr')?.focus();
      }
    });
    return tr;
  });
  return h('table', { class: 'data features', 'aria-label': 'Features, every statistic; Enter shows the charts' }, h('thead', {}, h('tr', {}, ...header)), h('tbody', {}, ...body));
}

function featureDetail(detail: FeatureCharts): HTMLElement {
  const side = custom('vscode-button', { secondary: '' }, 'Show in Side Panel');
  side.addEventListener('click', () => send({ type: 'intent', intent: 'showInSidePanel', featureId: detail.id }));
  const row = view?.features.find((f) => f.id === detail.id);
  return h(
    'div',
    { 'aria-label': `Charts of ${detail.name}` },
    h('h3', {}, row ? severityBadge(row.rankSeverity) : null, h('span', { class: 'feature-name' }, detail.name)),
    h('div', { class: 'charts-grid' }, ...detail.charts.map((c) => chartFigure(c))),
    custom('vscode-collapsible', { heading: 'All statistics' }, dataTable(detail.statistics)),
    h('div', { class: 'actions' }, side),
  );
}

function predictionSection(report: ReportView): HTMLElement {
  const p = report.prediction;
  if (!p) return section('Predictions', h('p', { class: 'empty' }, 'These logs have no prediction score or label column.'));
  return section(
    'Predictions',
    h('p', {}, 'Prediction layer: ', severityBadge(p.severity), p.collapsed ? h('strong', {}, '  Output collapse: one class dominates the predictions.') : null),
    p.signals.length > 0 ? h('ul', { class: 'signals' }, ...p.signals.map((s) => h('li', {}, severityBadge(s.severity), ` ${s.message}`))) : null,
    scroll(dataTable(p.facts)),
    h('div', { class: 'charts-grid' }, p.score ? chartFigure(p.score) : null, p.calibration ? chartFigure(p.calibration) : null),
  );
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data as HostToReport | undefined;
  if (message?.type === 'snapshot' && typeof message.snapshot === 'object' && message.snapshot !== null) {
    const focus = typeof message.focusFeatureId === 'string' && /^f\d+$/.test(message.focusFeatureId) ? message.focusFeatureId : undefined;
    if (focus) saveUi({ ...ui, selectedFeatureId: focus });
    render(message.snapshot, message.trusted === true);
    if (focus) document.querySelector<HTMLElement>(`tr[data-feature-id="${focus}"]`)?.scrollIntoView({ block: 'center' });
  } else if (message?.type === 'empty') renderEmpty(message);
});

replaceChildren(app, h('p', {}, 'Loading…'));
send({ type: 'ready' });
