// The side panel app: renders the snapshot the host pushes and sends intents back. It keeps only UI
// state (search text, filters, the highlighted row) in setState; the data always comes from the host.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-progress-ring/index.js';
import type { FeatureDetailView, FeatureListItem, ExplorerView } from '../../src/core/views/explorerView';
import type { HostToSidePanel, SidePanelIntent, SidePanelSnapshot, SidePanelToHost } from '../../src/protocol/sidePanel';
import { chartFigure, releaseDetachedCharts } from '../shared/chart';
import { comparisonBlock } from '../shared/comparison';
import { custom, h, replaceChildren } from '../shared/dom';
import { sender } from '../shared/send';
import { severityBadge, severityIcon } from '../shared/severity';
import { dataTable } from '../shared/table';
import { vscodeApi } from '../shared/vscodeApi';
import { featureFilter, type FeatureFilter } from './featureFilter';

interface UiState {
  readonly filter: FeatureFilter;
  readonly activeId?: string;
}

const api = vscodeApi<UiState>();
const send = sender<SidePanelToHost>();
const app = document.getElementById('app') as HTMLElement;
let ui: UiState = api.getState() ?? { filter: { search: '', kind: 'all', minSeverity: 'ok' } };

function saveUi(next: Partial<UiState>): void {
  ui = { ...ui, ...next };
  api.setState(ui);
}

function button(label: string, intent: SidePanelIntent, attributes: Record<string, string> = {}): HTMLElement {
  const element = custom('vscode-button', attributes, label);
  element.addEventListener('click', () => send({ type: 'intent', intent }));
  return element;
}

function render(snapshot: SidePanelSnapshot): void {
  replaceChildren(
    app,
    h('h2', {}, snapshot.workspaceName),
    snapshot.trusted ? null : h('p', { class: 'notice' }, 'Restricted Mode: logs can be read and charted; git and file writes are off.'),
    checkStatus(snapshot),
    snapshot.explorer ? explorer(snapshot.explorer) : welcome(snapshot),
    logsSection(snapshot),
  );
  releaseDetachedCharts();
}

function checkStatus(snapshot: SidePanelSnapshot): HTMLElement | null {
  if (snapshot.check?.state === 'running') return h('p', { class: 'status', role: 'status' }, custom('vscode-progress-ring', { 'aria-hidden': 'true' }), 'Running drift check…');
  if (snapshot.check?.state === 'failed') return h('p', { class: 'error', role: 'alert' }, `The drift check failed: ${snapshot.check.message}`);
  return null;
}

function welcome(snapshot: SidePanelSnapshot): HTMLElement {
  if (snapshot.logs.length === 0) {
    return h(
      'section',
      { class: 'welcome' },
      h('p', {}, 'No prediction logs found in this workspace.'),
      h('p', { class: 'empty' }, 'Logs are found by the "Prediction log globs" setting (modelIncident.logGlobs): CSV, TSV, JSON Lines, Arrow/Feather or Parquet files. Point it at the folder your serving stack writes to, then rescan.'),
      h('div', { class: 'actions' }, button('Configure Log Globs', 'configureLogGlobs'), button('Rescan Workspace', 'refresh', { secondary: '' })),
    );
  }
  return h(
    'section',
    { class: 'welcome' },
    h('p', {}, `${snapshot.logs.length} prediction logs found. No drift check has run yet.`),
    h('p', { class: 'empty' }, 'A drift check compares a baseline (training sample or an earlier window) with current traffic, feature by feature, over time and by segment.'),
    h('div', { class: 'actions' }, button('Run Drift Check', 'runDriftCheck')),
  );
}

function explorer(view: ExplorerView): HTMLElement {
  const { summary } = view;
  const counts = h(
    'p',
    { class: 'counts' },
    severityBadge('critical'), ` ${summary.bySeverity.critical}  `,
    severityBadge('warn'), ` ${summary.bySeverity.warn}  `,
    severityBadge('ok'), ` ${summary.bySeverity.ok}  · `,
    `dataset drift ${summary.datasetDrift.count} of ${summary.datasetDrift.of} features (${(summary.datasetDrift.share * 100).toFixed(1)}%)`,
  );
  const list = h('ul', { class: 'feature-list', role: 'listbox', tabindex: '0', 'aria-label': 'Features, worst first' });
  const listWrap = h('div', { class: 'feature-list-wrap' }, list);
  const renderList = (): void => fillList(list, view);
  renderList();
  return h(
    'div',
    { class: 'explorer' },
    comparisonBlock(view.comparison),
    counts,
    summary.blastRadius.class === 'none' ? null : h('p', { class: 'blast' }, h('strong', {}, summary.blastRadius.label), ` — ${summary.blastRadius.action}`),
    h('div', { class: 'actions' }, button('Open Report', 'openReport'), button('Run Again', 'runDriftCheck', { secondary: '' })),
    filters(renderList),
    view.totalFeatures > view.features.length ? h('p', { class: 'empty' }, `Showing the ${view.features.length} worst of ${view.totalFeatures} features; the report lists them all.`) : null,
    listWrap,
    view.selected ? detail(view.selected) : null,
  );
}

function filters(onChange: () => void): HTMLElement {
  const search = custom('vscode-textfield', { placeholder: 'Search features', 'aria-label': 'Search features by name', type: 'search' }) as HTMLElement & { value: string };
  search.value = ui.filter.search;
  search.addEventListener('input', () => {
    saveUi({ filter: { ...ui.filter, search: search.value } });
    onChange();
  });
  const select = (label: string, options: readonly (readonly [string, string])[], value: string, set: (v: string) => void): HTMLElement => {
    const element = custom('vscode-single-select', { 'aria-label': label }, ...options.map(([v, text]) => custom('vscode-option', v === value ? { value: v, selected: '' } : { value: v }, text))) as HTMLElement & { value: string };
    element.addEventListener('change', () => {
      set(element.value);
      onChange();
    });
    return element;
  };
  const kind = select('Filter by kind', [['all', 'All kinds'], ['numeric', 'Numeric'], ['categorical', 'Categorical']], ui.filter.kind, (v) =>
    saveUi({ filter: { ...ui.filter, kind: v === 'numeric' || v === 'categorical' ? v : 'all' } }),
  );
  const severity = select('Filter by severity', [['ok', 'Any severity'], ['warn', 'Warn or worse'], ['critical', 'Critical']], ui.filter.minSeverity, (v) =>
    saveUi({ filter: { ...ui.filter, minSeverity: v === 'warn' || v === 'critical' ? v : 'ok' } }),
  );
  return h('div', { class: 'filters' }, search, kind, severity);
}

function fillList(list: HTMLElement, view: ExplorerView): void {
  const shown = view.features.filter(featureFilter(ui.filter));
  const selectedId = view.selected?.id;
  const activeId = shown.some((f) => f.id === ui.activeId) ? ui.activeId : (shown.find((f) => f.id === selectedId)?.id ?? shown[0]?.id);
  replaceChildren(list, ...(shown.length > 0 ? shown.map((f) => featureItem(f, f.id === selectedId, f.id === activeId)) : [h('li', { class: 'empty', role: 'presentation' }, 'No feature matches the filters.')]));
  if (activeId) list.setAttribute('aria-activedescendant', `feature-${activeId}`);
  else list.removeAttribute('aria-activedescendant');
  list.onkeydown = (event) => onListKey(event, list, shown);
  releaseDetachedCharts();
}

function featureItem(feature: FeatureListItem, selected: boolean, active: boolean): HTMLElement {
  const item = h(
    'li',
    { id: `feature-${feature.id}`, role: 'option', 'aria-selected': String(selected), class: `feature${active ? ' active' : ''}`, 'data-feature-id': feature.id },
    severityIcon(feature.severity),
    h(
      'span',
      { class: 'feature-text' },
      h('span', { class: 'feature-name' }, feature.name),
      h('span', { class: 'feature-signal' }, [feature.kind, feature.deciding?.text, feature.onset ? `since ${feature.onset.slice(0, 10)}` : null].filter(Boolean).join(' · ')),
    ),
    feature.sketch ? chartFigure(feature.sketch, { lazy: true, bare: true }) : h('span', { class: 'sketch-empty' }),
  );
  item.addEventListener('click', () => select(feature.id));
  return item;
}

function select(id: string): void {
  saveUi({ activeId: id });
  // The host keeps the selection and answers with a new snapshot (its data); only ids cross.
  if (/^f\d+$/.test(id)) send({ type: 'intent', intent: 'selectFeature', featureId: id as `f${number}` });
}

function onListKey(event: KeyboardEvent, list: HTMLElement, shown: readonly FeatureListItem[]): void {
  if (shown.length === 0) return;
  const index = Math.max(0, shown.findIndex((f) => f.id === ui.activeId));
  let next: number;
  switch (event.key) {
    case 'ArrowDown': next = Math.min(shown.length - 1, index + 1); break;
    case 'ArrowUp': next = Math.max(0, index - 1); break;
    case 'Home': next = 0; break;
    case 'End': next = shown.length - 1; break;
    case 'Enter':
    case ' ':
      event.preventDefault();
      select(shown[index]!.id);
      return;
    default:
      return;
  }
  event.preventDefault();
  const id = shown[next]!.id;
  saveUi({ activeId: id });
  for (const item of list.querySelectorAll('li.feature')) item.classList.toggle('active', item.id === `feature-${id}`);
  list.setAttribute('aria-activedescendant', `feature-${id}`);
  list.querySelector(`#feature-${id}`)?.scrollIntoView({ block: 'nearest' });
}

function detail(feature: FeatureDetailView): HTMLElement {
  const report = custom('vscode-button', { secondary: '' }, 'Show in Report');
  report.addEventListener('click', () => send({ type: 'intent', intent: 'showFeatureInReport', featureId: feature.id }));
  const charts = [feature.distribution, feature.overTime, feature.segments].filter((c) => c !== null);
  return h(
    'section',
    { class: 'detail', 'aria-label': `Selected feature ${feature.name}` },
    h('h3', {}, severityBadge(feature.severity), ' ', h('span', { class: 'feature-name' }, feature.name)),
    h('p', { class: 'feature-signal' }, [feature.kind, feature.deciding?.text ?? 'no signal reached its warn level'].join(' · ')),
    ...charts.map((chart) => chartFigure(chart)),
    charts.length === 0 ? h('p', { class: 'empty' }, 'The report carries no distribution for this feature.') : null,
    custom('vscode-collapsible', { heading: 'All statistics' }, dataTable(feature.statistics)),
    h('div', { class: 'actions' }, report),
  );
}

function logsSection(snapshot: SidePanelSnapshot): HTMLElement {
  const logs = snapshot.logs.map((log) => {
    const open = custom('vscode-button', { secondary: '', 'aria-label': `Open ${log.label}` }, 'Open');
    open.addEventListener('click', () => send({ type: 'intent', intent: 'openLog', logId: log.id }));
    return h('li', { class: 'log' }, h('span', { class: 'log-name', title: log.label }, log.label), custom('vscode-badge', {}, log.format), open);
  });
  return custom(
    'vscode-collapsible',
    { heading: `Prediction logs (${snapshot.logs.length})`, ...(snapshot.explorer ? {} : { open: '' }) },
    snapshot.logs.length > 0 ? h('ul', { class: 'logs' }, ...logs) : h('p', { class: 'empty' }, 'None found.'),
    snapshot.changelogs.length > 0 ? h('p', { class: 'empty' }, `Model changelogs: ${snapshot.changelogs.join(', ')}`) : h('p', { class: 'empty' }, 'No model-changelog.yaml found.'),
    h('div', { class: 'actions' }, button('Rescan Workspace', 'refresh', { secondary: '' })),
  );
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data as HostToSidePanel | undefined;
  if (message?.type === 'snapshot' && typeof message.snapshot === 'object' && message.snapshot !== null) render(message.snapshot);
});

replaceChildren(app, h('p', {}, 'Loading…'));
send({ type: 'ready' });
