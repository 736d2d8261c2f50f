// The runbook panel: the seven steps of the open incident, each with its checklist, an evidence button,
// findings, notes, and done / skip-with-reason. Renders the snapshot the host pushes; every change is an
// intent naming a step id, and the host answers with a new snapshot. UI state only: which steps are open.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '@vscode-elements/elements/dist/vscode-progress-ring/index.js';
import type { EvidenceTable, StepEvidence, Tone } from '../../src/core/runbook/evidence/stepEvidence';
import type { HostToRunbook, RunbookIntent, RunbookSnapshot, RunbookStepView, RunbookToHost } from '../../src/protocol/runbook';
import { custom, h, replaceChildren, type Child } from '../shared/dom';
import { sender } from '../shared/send';
import { vscodeApi } from '../shared/vscodeApi';

interface UiState {
  /** The incident shown: the host's serializer reopens it after a reload. */
  readonly incident?: string;
  /** Steps the user opened or closed by hand, by id. */
  readonly open?: Readonly<Record<string, boolean>>;
}

const api = vscodeApi<UiState>();
const send = sender<RunbookToHost>();
const app = document.getElementById('app') as HTMLElement;
let ui: UiState = api.getState() ?? {};

function saveUi(next: Partial<UiState>): void {
  ui = { ...ui, ...next };
  api.setState(ui);
}

const toneClass: Record<Tone, string> = { ok: 'severity severity-ok', info: 'severity', warn: 'severity severity-warn', critical: 'severity severity-critical' };
const statusText: Record<RunbookStepView['status'], string> = { pending: 'pending', 'in-progress': 'in progress', done: 'done', skipped: 'skipped' };

function button(label: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLElement {
  const element = custom('vscode-button', attributes, label);
  element.addEventListener('click', onClick);
  return element;
}

function intentButton(label: string, intent: RunbookIntent, attributes: Record<string, string> = {}): HTMLElement {
  return button(label, () => send({ type: 'intent', intent }), attributes);
}

function evidenceTable(table: EvidenceTable): HTMLElement {
  return h(
    'table',
    { class: 'data' },
    h('caption', {}, table.title),
    h('thead', {}, h('tr', {}, ...table.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...table.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
  );
}

function evidenceBlock(step: RunbookStepView, evidence: StepEvidence): HTMLElement {
  const adopt = (finding: string) =>
    step.findings.includes(finding)
      ? h('span', { class: 'empty' }, ' (noted)')
      : button('Add to findings', () => send({ type: 'finding', stepId: step.id, finding }), { secondary: '', 'aria-label': `Add finding: ${finding}` });
  return h(
    'section',
    { class: 'evidence', 'aria-label': `Evidence for step ${step.number}` },
    h('p', {}, h('span', { class: toneClass[evidence.tone] }, evidence.tone), ' ', h('strong', { class: 'headline' }, evidence.headline)),
    evidence.facts.length > 0 ? h('dl', { class: 'facts' }, ...evidence.facts.flatMap((f) => [h('dt', {}, f.label), h('dd', { class: f.tone === 'info' ? '' : toneClass[f.tone] }, f.value)])) : null,
    ...evidence.tables.filter((t) => t.rows.length > 0).map(evidenceTable),
    evidence.suggestedFindings.length > 0
      ? h('div', {}, h('h4', {}, 'Suggested findings'), h('ul', { class: 'suggested' }, ...evidence.suggestedFindings.map((f) => h('li', {}, f, ' ', adopt(f)))))
      : null,
    evidence.missing.length > 0 ? h('ul', { class: 'notice missing' }, ...evidence.missing.map((m) => h('li', {}, m))) : null,
    h('p', { class: 'empty' }, `Gathered ${evidence.gatheredAt.replace('T', ' ').slice(0, 19)} UTC`),
  );
}

function stepActions(step: RunbookStepView): Child[] {
  const act = (action: 'start' | 'complete' | 'reopen') => () => send({ type: 'step', stepId: step.id, action });
  if (step.status === 'done' || step.status === 'skipped') return [button('Reopen', act('reopen'), { secondary: '' })];
  const reason = custom('vscode-textfield', { placeholder: 'Why skip this step?', 'aria-label': `Reason to skip step ${step.number}` }) as HTMLElement & { value: string };
  const skip = button('Skip with reason', () => send({ type: 'step', stepId: step.id, action: 'skip', reason: reason.value }), { secondary: '' });
  const done = button('Mark done', act('complete'), step.blockedBy ? { disabled: '', title: step.blockedBy } : {});
  return [step.status === 'pending' ? button('Start', act('start'), { secondary: '' }) : null, done, reason, skip, step.blockedBy ? h('span', { class: 'empty' }, step.blockedBy) : null];
}

function stepBlock(snapshot: RunbookSnapshot, step: RunbookStepView): HTMLElement {
  const checklist = step.checklist.map((item) => {
    const box = custom('vscode-checkbox', { label: item.text, ...(item.checked ? { checked: '' } : {}) }) as HTMLElement & { checked: boolean };
    box.addEventListener('change', () => send({ type: 'check', stepId: step.id, item: item.id, checked: box.checked }));
    return h('li', {}, box);
  });
  const notes = custom('vscode-textarea', { rows: '3', placeholder: 'Notes for this step (saved in runbook.yaml)', 'aria-label': `Notes for step ${step.number}` }) as HTMLElement & { value: string };
  notes.value = step.notes;
  notes.addEventListener('change', () => send({ type: 'notes', stepId: step.id, notes: notes.value }));
  const finding = custom('vscode-textfield', { placeholder: 'Add a finding', 'aria-label': `New finding for step ${step.number}` }) as HTMLElement & { value: string };
  const addFinding = () => {
    if (finding.value.trim() !== '') send({ type: 'finding', stepId: step.id, finding: finding.value });
  };
  finding.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter') addFinding();
  });
  const gather = step.busy
    ? h('span', {}, custom('vscode-progress-ring', {}), ' Gathering evidence…')
    : button(step.evidence ? 'Gather evidence again' : 'Gather evidence', () => send({ type: 'evidence', stepId: step.id }), { icon: 'beaker' });
  const extras: Child[] = [];
  if (step.id === 'skew' || step.id === 'define' || step.id === 'layer') extras.push(intentButton('Choose logs (runs the drift check)', 'chooseInputs', { secondary: '' }));
  if (step.id === 'fix') extras.push(intentButton('Choose candidate', 'chooseCandidate', { secondary: '' }));
  if (step.id === 'postmortem') {
    const locked: Record<string, string> = snapshot.trusted ? {} : { disabled: '', title: 'Restricted Mode: writing files is off' };
    extras.push(intentButton('Generate postmortem', 'generatePostmortem', locked), intentButton('Add changelog entry', 'addChangelogEntry', { secondary: '', ...locked }));
    if (snapshot.postmortemFile) extras.push(intentButton(`Open ${snapshot.postmortemFile}`, 'openPostmortem', { secondary: '' }));
  }
  const heading = `${step.number}. ${step.title} — ${statusText[step.status]}${step.skipReason ? ` (${step.skipReason})` : ''}`;
  const isOpen = ui.open?.[step.id] ?? (snapshot.currentStep === step.id || step.busy);
  const block = custom(
    'vscode-collapsible',
    { heading, id: `step-${step.id}`, 'data-status': step.status, ...(isOpen ? { open: '' } : {}) },
    h('div', { class: 'step' },
      h('p', { class: 'purpose' }, step.purpose),
      h('h4', {}, 'Checklist'),
      h('ul', { class: 'checklist' }, ...checklist),
      h('h4', {}, 'Evidence'),
      h('p', { class: 'empty' }, step.evidenceLabel),
      h('div', { class: 'actions' }, gather, ...extras),
      step.evidence ? evidenceBlock(step, step.evidence) : null,
      h('h4', {}, `Findings (${step.findings.length})`),
      step.findings.length > 0 ? h('ul', { class: 'findings' }, ...step.findings.map((f) => h('li', {}, f))) : null,
      h('div', { class: 'actions' }, finding, button('Add', addFinding, { secondary: '' })),
      h('h4', {}, 'Notes'),
      notes,
      h('div', { class: 'actions' }, ...stepActions(step)),
    ),
  );
  block.addEventListener('click', (event) => {
    // Remember a step opened or closed by its header only.
    if (event.target === block) setTimeout(() => saveUi({ open: { ...ui.open, [step.id]: block.hasAttribute('open') } }), 0);
  });
  return block;
}

function render(snapshot: RunbookSnapshot): void {
  saveUi({ incident: snapshot.incident });
  const inputs = snapshot.inputs;
  replaceChildren(
    app,
    h('h2', {}, `${snapshot.incident}: ${snapshot.title}`),
    h('p', { class: 'empty' }, 'State: ', snapshot.stateFile, ' ', intentButton('Open', 'openStateFile', { secondary: '' })),
    snapshot.trusted ? null : h('p', { class: 'notice' }, 'Restricted Mode: the runbook is shown, but git is not run and nothing is written.'),
    snapshot.message ? h('p', { class: snapshot.message.tone === 'error' ? 'notice error' : 'notice', role: 'status' }, snapshot.message.text) : null,
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Baseline'),
      h('dd', {}, inputs.baseline ?? 'not chosen'),
      h('dt', {}, 'Current'),
      h('dd', {}, inputs.current ?? 'not chosen'),
      h('dt', {}, 'Candidate'),
      h('dd', {}, inputs.candidate ?? 'not chosen (step 6)'),
    ),
    h('div', { class: 'steps' }, ...snapshot.steps.map((step) => stepBlock(snapshot, step))),
  );
}

window.addEventListener('message', (event: MessageEvent<HostToRunbook>) => {
  const message = event.data;
  if (message?.type === 'snapshot') render(message.snapshot);
});

replaceChildren(app, h('p', {}, 'Loading the runbook…'));
send({ type: 'ready' });
