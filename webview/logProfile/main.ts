// The log profile view: one prediction log's schema, roles, per-column statistics and distributions,
// read-only. Everything shown comes from the host's LogProfileView snapshot.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import '@vscode-elements/elements/dist/vscode-progress-ring/index.js';
import type { LogProfileView } from '../../src/core/views/logProfileView';
import type { HostToLogProfile, LogProfileIntent, LogProfileToHost } from '../../src/protocol/logProfile';
import { chartFigure, releaseDetachedCharts } from '../shared/chart';
import { custom, h, replaceChildren } from '../shared/dom';
import { sender } from '../shared/send';
import { vscodeApi } from '../shared/vscodeApi';
import { dataTable } from '../shared/table';

document.documentElement.classList.add('editor-surface');
const send = sender<LogProfileToHost>();
const app = document.getElementById('app') as HTMLElement;

function button(label: string, intent: LogProfileIntent, attributes: Record<string, string> = {}): HTMLElement {
  const element = custom('vscode-button', attributes, label);
  element.addEventListener('click', () => send({ type: 'intent', intent }));
  return element;
}

function bytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

function render(view: LogProfileView): void {
  replaceChildren(
    app,
    h('h2', {}, h('span', { class: 'feature-name' }, view.path), ' ', custom('vscode-badge', {}, view.format)),
    h('p', { class: 'empty' }, `${view.rows.toLocaleString('en-US')} rows · ${view.schema.rows.length} columns · ${bytes(view.bytes)} read in ${Math.round(view.loadMs).toLocaleString('en-US')} ms`),
    h('div', { class: 'actions' }, button('Use as Baseline', 'useAsBaseline'), button('Use as Current', 'useAsCurrent'), button('Run Drift Check', 'runDriftCheck', { secondary: '' }), button('Reload', 'reload', { secondary: '' })),
    view.issues.length > 0 ? custom('vscode-collapsible', { heading: `Load issues (${view.issues.length})`, open: '' }, h('ul', { class: 'evidence' }, ...view.issues.map((i) => h('li', {}, i)))) : null,
    h('section', { class: 'report-section', 'aria-label': 'Schema' }, h('h2', {}, 'Schema, roles and statistics'), h('div', { class: 'table-scroll' }, dataTable(view.schema))),
    h(
      'section',
      { class: 'report-section', 'aria-label': 'Distributions' },
      h('h2', {}, 'Distributions'),
      view.charts.length > 0 ? h('div', { class: 'charts-grid' }, ...view.charts.map((c) => chartFigure(c, { lazy: true }))) : h('p', { class: 'empty' }, 'No numeric or categorical column to chart.'),
      view.omittedCharts > 0 ? h('p', { class: 'empty' }, `${view.omittedCharts} more columns are listed in the schema but not charted.`) : null,
    ),
  );
  releaseDetachedCharts();
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data as HostToLogProfile | undefined;
  if (message?.type === 'restoreId') vscodeApi<{ restoreId: string }>().setState({ restoreId: String(message.id) });
  else if (message?.type === 'snapshot' && typeof message.snapshot === 'object' && message.snapshot !== null) render(message.snapshot);
  else if (message?.type === 'loading') replaceChildren(app, h('p', { class: 'status', role: 'status' }, custom('vscode-progress-ring', { 'aria-hidden': 'true' }), `Reading ${String(message.path)}…`));
  else if (message?.type === 'error') replaceChildren(app, h('h2', {}, 'This log could not be read'), h('p', { class: 'error', role: 'alert' }, String(message.message)), h('div', { class: 'actions' }, button('Reload', 'reload')));
});

replaceChildren(app, h('p', {}, 'Loading…'));
send({ type: 'ready' });
