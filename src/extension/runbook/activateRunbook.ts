// Wires the runbook's host side: the commands (Start Incident, Resume Runbook, Generate Postmortem, Add
// Changelog Entry, Show Model Changelog), the runbook panel and its serializer, and the changelog tree.
// One incident is open at a time per window.
import * as vscode from 'vscode';
import type { NewChangelogEntry } from '../../core/documents/changelog';
import { checkIncidentId } from '../../core/documents/postmortem';
import { postmortemText } from '../../core/documents/postmortemFile';
import { alertsFromSignals } from '../../core/runbook/alertsFromSignals';
import { draftChangelogEntry } from '../../core/runbook/changelogEntryDraft';
import type { StepEvidence } from '../../core/runbook/evidence/stepEvidence';
import { draftPostmortem } from '../../core/runbook/postmortemDraft';
import { readRunbook } from '../../core/runbook/runbookFile';
import type { RunbookInput } from '../../core/runbook/runbookState';
import type { StepId } from '../../core/runbook/steps';
import type { RunbookIntent } from '../../protocol/runbook';
import { addChangelogEntry, askForEntry, changelogTarget, type AddedEntry } from '../changelog/addChangelogEntry';
import { allEntries } from '../changelog/changelogFiles';
import { ChangelogTreeProvider, changelogViewId } from '../changelog/changelogTree';
import { recentCommits } from '../changelog/gitHistory';
import { CommandId } from '../commandIds';
import type { DriftApi } from '../drift/activateDrift';
import type { DriftOutcome } from '../drift/runDriftCheck';
import type { WorkerClient } from '../workerClient';
import type { WorkspaceIndex } from '../workspaceIndex';
import { gatherStepEvidence, reportFor, type EvidenceDependencies } from './evidenceGatherer';
import { RunbookPanel, runbookViewType } from './runbookPanel';
import { toInput } from './runbookInputs';
import { RunbookSession } from './runbookSession';
import { alertChannel, gateThresholds, runbookPathTemplate } from './runbookSettings';
import { assertTrusted, createFile, readText, WriteRefused } from './workspaceWrites';

export interface RunbookApi {
  readonly panel: RunbookPanel;
  readonly changelog: ChangelogTreeProvider;
  session(): RunbookSession | undefined;
  startIncident(args?: unknown): Promise<RunbookSession | undefined>;
  resumeRunbook(args?: unknown): Promise<RunbookSession | undefined>;
  gather(stepId: StepId): Promise<StepEvidence | undefined>;
  generatePostmortem(): Promise<vscode.Uri | undefined>;
  addChangelogEntry(args?: unknown): Promise<AddedEntry | undefined>;
}

export interface RunbookParts {
  readonly worker: WorkerClient;
  readonly index: WorkspaceIndex;
  readonly drift: DriftApi;
  readonly log: vscode.LogOutputChannel;
}

function folderOf(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

function stringField(args: unknown, key: string): string | undefined {
  const value = typeof args === 'object' && args !== null ? (args as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function activateRunbook(context: vscode.ExtensionContext, parts: RunbookParts): RunbookApi {
  const { worker, index, drift, log } = parts;
  const changelog = new ChangelogTreeProvider(index);
  const deps: EvidenceDependencies = { worker, drift, changelog, log };
  let session: RunbookSession | undefined;

  const postmortemUri = (s: RunbookSession) => vscode.Uri.joinPath(s.uri, '..', 'postmortem.yaml');

  const panel: RunbookPanel = new RunbookPanel({
    extensionUri: context.extensionUri,
    log,
    session: () => session,
    gather: async (stepId) => void (await api.gather(stepId)),
    intent: (intent) => runIntent(intent),
    postmortemFile: async () => (session && (await readText(postmortemUri(session))) !== undefined ? vscode.workspace.asRelativePath(postmortemUri(session), false) : null),
    restore: async (incident) => {
      const folder = folderOf();
      if (folder) session = (await RunbookSession.open(folder, incident, runbookPathTemplate(folder))) ?? session;
    },
  });

  const open = (s: RunbookSession): RunbookSession => {
    session = s;
    panel.show();
    void vscode.commands.executeCommand('setContext', 'modelIncident.hasIncident', true);
    return s;
  };

  async function runIntent(intent: RunbookIntent): Promise<void> {
    if (!session) return;
    switch (intent) {
      case 'chooseInputs': {
        const outcome = (await vscode.commands.executeCommand<DriftOutcome>(CommandId.runDriftCheck)) ?? { status: 'dismissed' };
        if (outcome.status === 'done') await session.setInputs({ baseline: toInput(outcome.result.inputs.baseline), current: toInput(outcome.result.inputs.current) });
        return;
      }
      case 'chooseCandidate': {
        const candidate = await pickCandidate();
        if (candidate) await session.setInputs({ candidate });
        return;
      }
      case 'generatePostmortem':
        await api.generatePostmortem();
        return;
      case 'addChangelogEntry':
        await api.addChangelogEntry();
        return;
      case 'openStateFile':
        await vscode.commands.executeCommand('vscode.open', session.uri);
        return;
      case 'openPostmortem':
        if ((await readText(postmortemUri(session))) !== undefined) await vscode.commands.executeCommand('vscode.open', postmortemUri(session));
        return;
    }
  }

  /** The candidate of the rollback gate: a whole log, or one model_version of a log. */
  async function pickCandidate(): Promise<RunbookInput | undefined> {
    const logs = index.logs;
    const log = await vscode.window.showQuickPick(
      logs.map((l) => ({ label: vscode.workspace.asRelativePath(l.uri, false), path: l.uri.fsPath })),
      { title: 'Rollback gate: the candidate\'s log', placeHolder: 'The log the candidate model wrote (shadow or canary traffic)' },
    );
    if (!log) return undefined;
    const shape = await worker.run('logShape', { path: log.path });
    if (!shape.modelVersion || shape.modelVersion.values.length < 2) return toInput({ path: log.path });
    const column = shape.modelVersion.column;
    const choice = await vscode.window.showQuickPick(
      [{ label: 'The whole log', value: undefined as string | undefined }, ...shape.modelVersion.values.map((v) => ({ label: `${column} = ${v}`, value: v }))],
      { title: 'Rollback gate: which rows are the candidate\'s' },
    );
    if (!choice) return undefined;
    return toInput(choice.value === undefined ? { path: log.path } : { path: log.path, where: { column, equals: [choice.value] } });
  }

  async function postmortemDraftFor(s: RunbookSession) {
    const report = await reportFor(deps, s, true);
    const commits = await recentCommits(s.folder);
    return draftPostmortem({
      state: s.state,
      report,
      changelog: allEntries(await changelog.read()),
      commits: commits.commits ? [...commits.commits].slice(0, 20) : [],
      alerts: report ? alertsFromSignals(report, alertChannel(s.folder)) : [],
      gateThresholds: gateThresholds(s.folder),
      tool: `Model Incident Debugger ${String((context.extension.packageJSON as { version?: unknown }).version ?? '')}`.trim(),
    });
  }

  async function ensureSession(): Promise<RunbookSession | undefined> {
    return session ?? (await api.resumeRunbook());
  }

  const report = (error: unknown): undefined => {
    const text = error instanceof Error ? error.message : String(error);
    if (session) session.message = { tone: 'error', text };
    if (!(error instanceof WriteRefused)) log.error(`runbook: ${text}`);
    void vscode.window.showErrorMessage(text);
    void panel.update();
    return undefined;
  };

  const api: RunbookApi = {
    panel,
    changelog,
    session: () => session,

    async startIncident(args) {
      try {
        const folder = folderOf();
        if (!folder) throw new WriteRefused('Open a folder first: the runbook lives in the repository.');
        assertTrusted('starting an incident (it writes incidents/<ID>/runbook.yaml)');
        const suggested = `INC-${new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}`;
        const incident =
          stringField(args, 'incident') ??
          (await vscode.window.showInputBox({ title: 'Start Incident (1/2): incident id', value: suggested, validateInput: (v) => checkIncidentId(v.trim()) }))?.trim();
        if (incident === undefined) return undefined;
        const problem = checkIncidentId(incident);
        if (problem) throw new WriteRefused(problem);
        const template = runbookPathTemplate(folder);
        const existing = await RunbookSession.open(folder, incident, template);
        if (existing) {
          void vscode.window.showInformationMessage(`Incident ${incident} already has a runbook; resuming it.`);
          return open(existing);
        }
        const title =
          stringField(args, 'title') ??
          (await vscode.window.showInputBox({ title: 'Start Incident (2/2): what is wrong, in one line', placeHolder: 'e.g. churn model confidently wrong since the 2.0 deploy' }));
        if (title === undefined) return undefined;
        return open(await RunbookSession.create(folder, incident, title.trim() || `Incident ${incident}`, template, new Date()));
      } catch (error) {
        return report(error);
      }
    },

    async resumeRunbook(args) {
      try {
        const folder = folderOf();
        if (!folder) throw new WriteRefused('Open a folder first: the runbook lives in the repository.');
        const template = runbookPathTemplate(folder);
        const wanted = stringField(args, 'incident');
        if (wanted) {
          const found = await RunbookSession.open(folder, wanted, template);
          if (!found) throw new WriteRefused(`No runbook for incident ${wanted} (looked for ${template.replace('{id}', wanted)}).`);
          return open(found);
        }
        const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, template.replace('{id}', '*')), undefined, 200);
        const items = (
          await Promise.all(
            files.map(async (uri) => {
              try {
                const state = readRunbook((await readText(uri)) ?? '', vscode.workspace.asRelativePath(uri, false));
                const done = state.steps.filter((s) => s.status === 'done' || s.status === 'skipped').length;
                return [{ label: state.incident, description: state.title, detail: `${done} of 7 steps settled · opened ${state.openedAt.slice(0, 10)}`, uri, openedAt: state.openedAt }];
              } catch (error) {
                log.warn(`runbook: skipping ${uri.fsPath}: ${String(error)}`);
                return [];
              }
            }),
          )
        )
          .flat()
          .sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1));
        if (items.length === 0) {
          const start = 'Start Incident';
          const answer = await vscode.window.showInformationMessage('No incident runbook in this workspace yet.', start);
          return answer === start ? api.startIncident() : undefined;
        }
        const chosen = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: 'Resume Runbook' });
        if (!chosen) return undefined;
        const resumed = await RunbookSession.openUri(folder, chosen.uri);
        return resumed ? open(resumed) : undefined;
      } catch (error) {
        return report(error);
      }
    },

    async gather(stepId) {
      const s = session;
      if (!s) return undefined;
      s.busy.add(stepId);
      await panel.update();
      try {
        const evidence = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: `Runbook: gathering evidence for step ${stepId}` },
          (_progress, token) => gatherStepEvidence(deps, s, stepId, token),
        );
        s.evidence.set(stepId, evidence);
        return evidence;
      } catch (error) {
        return report(error);
      } finally {
        s.busy.delete(stepId);
        await panel.update();
      }
    },

    async generatePostmortem() {
      try {
        assertTrusted('generating the postmortem');
        const s = await ensureSession();
        if (!s) return undefined;
        const uri = postmortemUri(s);
        if ((await readText(uri)) !== undefined) {
          const openIt = 'Open It';
          void vscode.window
            .showWarningMessage(`${vscode.workspace.asRelativePath(uri, false)} already exists; it was not overwritten.`, openIt)
            .then((a) => (a === openIt ? vscode.commands.executeCommand('vscode.open', uri) : undefined));
          s.message = { tone: 'info', text: `${vscode.workspace.asRelativePath(uri, false)} already exists; it was not overwritten.` };
          await panel.update();
          return undefined;
        }
        const draft = await postmortemDraftFor(s);
        await createFile(uri, postmortemText(draft, vscode.workspace.asRelativePath(uri, false)), `Generate postmortem ${s.state.incident}`);
        s.message = { tone: 'info', text: `Wrote ${vscode.workspace.asRelativePath(uri, false)}.` };
        await panel.update();
        await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
        return uri;
      } catch (error) {
        return report(error);
      }
    },

    async addChangelogEntry(args) {
      try {
        assertTrusted('adding a changelog entry');
        const folder = folderOf();
        if (!folder) throw new WriteRefused('Open a folder first.');
        const given = typeof args === 'object' && args !== null ? (args as { entry?: unknown; file?: unknown }) : {};
        const target = typeof given.file === 'string' ? vscode.Uri.joinPath(folder, given.file) : changelogTarget(index, folder);
        let entry: NewChangelogEntry | undefined;
        if (typeof given.entry === 'object' && given.entry !== null) entry = given.entry as NewChangelogEntry;
        else {
          const draft = session ? draftChangelogEntry(await postmortemDraftFor(session), '', new Date().toISOString().slice(0, 10)) : {};
          entry = await askForEntry(draft);
        }
        if (!entry) return undefined;
        const added = await addChangelogEntry(target, entry);
        changelog.refresh();
        if (session) {
          session.message = { tone: 'info', text: `Added ${entry.version} to ${vscode.workspace.asRelativePath(added.uri, false)}:${added.line}.` };
          await panel.update();
        }
        await vscode.window.showTextDocument(added.uri, { selection: new vscode.Range(added.line - 1, 0, added.line - 1, 0), preview: false, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
        return added;
      } catch (error) {
        return report(error);
      }
    },
  };

  context.subscriptions.push(
    changelog,
    panel,
    vscode.window.registerTreeDataProvider(changelogViewId, changelog),
    vscode.window.registerWebviewPanelSerializer(runbookViewType, panel),
    vscode.commands.registerCommand(CommandId.startIncident, (args?: unknown) => api.startIncident(args)),
    vscode.commands.registerCommand(CommandId.resumeRunbook, (args?: unknown) => api.resumeRunbook(args)),
    vscode.commands.registerCommand(CommandId.generatePostmortem, () => api.generatePostmortem()),
    vscode.commands.registerCommand(CommandId.addChangelogEntry, (args?: unknown) => api.addChangelogEntry(args)),
    vscode.commands.registerCommand(CommandId.showModelChangelog, () => vscode.commands.executeCommand(`${changelogViewId}.focus`)),
  );
  return api;
}
