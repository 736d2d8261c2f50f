// The side panel app: renders the snapshot the host pushes; sends intents back. Holds no data of its own.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import type { HostToSidePanel, SidePanelSnapshot, SidePanelToHost } from '../../src/protocol/sidePanel';
import { custom, h, replaceChildren } from '../shared/dom';
import { vscodeApi } from '../shared/vscodeApi';

const api = vscodeApi<never>();
const app = document.getElementById('app') as HTMLElement;

function send(message: SidePanelToHost): void {
  api.postMessage(message);
}

function render(snapshot: SidePanelSnapshot): void {
  const logs = snapshot.logs.map((log) => {
    const open = custom('vscode-button', { secondary: '', 'aria-label': `Open ${log.label}` }, 'Open');
    open.addEventListener('click', () => send({ type: 'intent', intent: 'openLog', logId: log.id }));
    return h('li', { class: 'log' }, h('span', { class: 'log-name' }, log.label), custom('vscode-badge', {}, log.format), open);
  });
  const refresh = custom('vscode-button', { icon: 'refresh' }, 'Rescan workspace');
  refresh.addEventListener('click', () => send({ type: 'intent', intent: 'refresh' }));

  replaceChildren(
    app,
    h('h2', {}, snapshot.workspaceName),
    snapshot.trusted ? null : h('p', { class: 'notice' }, 'Restricted Mode: logs can be read and charted; git and file writes are off.'),
    custom(
      'vscode-collapsible',
      { heading: `Prediction logs (${snapshot.logs.length})`, open: '' },
      snapshot.logs.length > 0
        ? h('ul', { class: 'logs' }, ...logs)
        : h('p', { class: 'empty' }, 'No prediction logs (CSV, JSONL, Arrow, Parquet) found in this workspace.'),
    ),
    custom(
      'vscode-collapsible',
      { heading: `Model changelogs (${snapshot.changelogs.length})`, open: '' },
      snapshot.changelogs.length > 0
        ? h('ul', {}, ...snapshot.changelogs.map((path) => h('li', {}, path)))
        : h('p', { class: 'empty' }, 'No model-changelog.yaml found.'),
    ),
    h('div', { class: 'actions' }, refresh),
  );
}

window.addEventListener('message', (event: MessageEvent<HostToSidePanel>) => {
  const message = event.data;
  if (message?.type === 'snapshot') render(message.snapshot);
});

replaceChildren(app, h('p', {}, 'Loading…'));
send({ type: 'ready' });
