// Runs a step's evidence in the host and the worker: measurements of the logs in the worker, the drift
// report from the drift check (run on the runbook's inputs when there is none yet), the changelog from the
// workspace, commits from git. The evidence itself is computed by the pure functions of core/runbook.
import type * as vscode from 'vscode';
import type { DatasetSpec } from '../../core/drift/datasetSpec';
import type { DriftReport } from '../../core/drift/report';
import { gatherEvidence } from '../../core/runbook/evidence/gatherEvidence';
import type { EvidenceSources, StepEvidence } from '../../core/runbook/evidence/stepEvidence';
import type { RunbookMeasures } from '../../core/runbook/measureInputs';
import type { StepId } from '../../core/runbook/steps';
import { allEntries } from '../changelog/changelogFiles';
import type { ChangelogTreeProvider } from '../changelog/changelogTree';
import { recentCommits } from '../changelog/gitHistory';
import type { DriftApi } from '../drift/activateDrift';
import type { WorkerClient } from '../workerClient';
import { label, sameInputs, toInput, toSpec } from './runbookInputs';
import type { RunbookSession } from './runbookSession';
import { alertChannel, gateThresholds } from './runbookSettings';

export interface EvidenceDependencies {
  readonly worker: WorkerClient;
  readonly drift: DriftApi;
  readonly changelog: ChangelogTreeProvider;
  readonly log: vscode.LogOutputChannel;
}

const needsMeasures: ReadonlySet<StepId> = new Set(['define', 'infrastructure', 'layer', 'fix']);
const needsReport: ReadonlySet<StepId> = new Set(['define', 'infrastructure', 'skew', 'blastRadius', 'postmortem']);
const runsCheck: ReadonlySet<StepId> = new Set(['skew', 'blastRadius', 'postmortem']);
const needsCommits: ReadonlySet<StepId> = new Set(['infrastructure']);

export interface SessionSpecs {
  readonly baseline?: DatasetSpec;
  readonly current?: DatasetSpec;
  readonly candidate?: DatasetSpec;
}

export function sessionSpecs(session: RunbookSession): SessionSpecs {
  const { baseline, current, candidate } = session.state.inputs;
  return {
    ...(baseline ? { baseline: toSpec(session.folder, baseline) } : {}),
    ...(current ? { current: toSpec(session.folder, current) } : {}),
    ...(candidate ? { candidate: toSpec(session.folder, candidate) } : {}),
  };
}

/** When the runbook has no inputs yet, the last drift check's are adopted (and saved). */
export async function adoptDriftInputs(deps: EvidenceDependencies, session: RunbookSession): Promise<void> {
  const last = deps.drift.results.current;
  if (!last || (session.state.inputs.baseline && session.state.inputs.current)) return;
  await session.setInputs({ baseline: toInput(last.inputs.baseline), current: toInput(last.inputs.current) });
}

/** The report for the session's inputs: the last check's when it compared the same, else a new check (only where the step calls for it). */
export async function reportFor(deps: EvidenceDependencies, session: RunbookSession, run: boolean): Promise<DriftReport | null> {
  const specs = sessionSpecs(session);
  const last = deps.drift.results.current;
  if (last && (!specs.baseline || !specs.current || sameInputs(last.inputs, specs))) return last.report;
  if (!run || !specs.baseline || !specs.current) return null;
  const outcome = await deps.drift.run({ baseline: specs.baseline, current: specs.current });
  if (outcome.status === 'failed') throw new Error(`the drift check failed: ${outcome.message}`);
  return outcome.status === 'done' ? outcome.result.report : null;
}

export async function gatherStepEvidence(deps: EvidenceDependencies, session: RunbookSession, step: StepId, token?: vscode.CancellationToken): Promise<StepEvidence> {
  await adoptDriftInputs(deps, session);
  const specs = sessionSpecs(session);
  const measures: RunbookMeasures | null =
    needsMeasures.has(step) && (specs.baseline || specs.current || specs.candidate)
      ? await deps.worker.run('runbookMeasures', specs, token ? { token } : {})
      : null;
  const report = needsReport.has(step) ? await reportFor(deps, session, runsCheck.has(step)) : null;
  const commits = needsCommits.has(step) ? await recentCommits(session.folder) : null;
  if (commits?.commits === null) deps.log.info(`runbook: no commits (${commits.reason})`);
  const sources: EvidenceSources = {
    now: new Date(),
    report,
    metrics: measures?.metrics ?? { baseline: null, current: null, candidate: null },
    labels: { baseline: label(specs.baseline), current: label(specs.current), candidate: label(specs.candidate) },
    layers: measures?.layers ?? null,
    sources: measures?.sources ?? null,
    changelog: allEntries(await deps.changelog.read()),
    commits: commits?.commits ?? null,
    commitsUnavailable: commits === null ? 'not asked' : commits.commits === null ? commits.reason : null,
    modelVersions: measures?.modelVersions ?? [],
    gateThresholds: gateThresholds(session.folder),
    alertChannel: alertChannel(session.folder),
  };
  return gatherEvidence(step, sources);
}
