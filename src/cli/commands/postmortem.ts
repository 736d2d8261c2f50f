// `model-incident postmortem new --incident ID [--report drift.json] [--out DIR]`: drafts the incident's
// postmortem (incidents/<ID>/postmortem.yaml by default) from a drift report (`model-incident drift --json`),
// the runbook state beside it when there is one, and the model changelog. Never replaces an existing file.
import { join } from 'node:path';
import { readChangelog, type ChangelogEntry } from '../../core/documents/changelog';
import { DocumentError } from '../../core/documents/documentError';
import { checkIncidentId } from '../../core/documents/postmortem';
import { postmortemText } from '../../core/documents/postmortemFile';
import type { DriftReport } from '../../core/drift/report';
import { alertsFromSignals } from '../../core/runbook/alertsFromSignals';
import { draftPostmortem } from '../../core/runbook/postmortemDraft';
import { defaultGateThresholds } from '../../core/runbook/rollbackGate';
import { readRunbook } from '../../core/runbook/runbookFile';
import { newRunbook } from '../../core/runbook/runbookState';
import { walkArgs } from '../argv';
import { ExitCode, UsageError, type CliCommand } from '../command';
import { createExclusively, readRegularFile } from './safeWrite';

declare const PACKAGE_VERSION: string | undefined;

const usage = 'postmortem new --incident ID [--report drift.json] [--out DIR] [--title TEXT] [--changelog FILE] [--channel CHANNEL]';

export interface PostmortemNewArgs {
  readonly incident: string;
  readonly report?: string;
  readonly out?: string;
  readonly title?: string;
  readonly changelog?: string;
  readonly channel: string;
}

export function parsePostmortemNewArgs(argv: readonly string[]): PostmortemNewArgs {
  const [sub, ...rest] = argv;
  if (sub !== 'new') throw new UsageError(`expected 'new'${sub === undefined ? '' : `, not '${sub}'`}\nUsage: model-incident ${usage}`);
  const values: Record<string, string> = {};
  const flags = ['--incident', '--report', '--out', '--title', '--changelog', '--channel'];
  const positional = walkArgs(rest, usage, (flag, value) => {
    if (!flags.includes(flag)) return false;
    values[flag.slice(2)] = value();
    return true;
  });
  if (positional.length > 0) throw new UsageError(`unknown argument '${positional[0]}'\nUsage: model-incident ${usage}`);
  if (!values.incident) throw new UsageError(`--incident is required\nUsage: model-incident ${usage}`);
  const problem = checkIncidentId(values.incident);
  if (problem) throw new UsageError(problem);
  return { incident: values.incident, report: values.report, out: values.out, title: values.title, changelog: values.changelog, channel: values.channel ?? '#ml-oncall' };
}

/** A drift report as `model-incident drift --json` writes it; refuses anything else with the reason. */
export function parseReportJson(text: string, path: string): DriftReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not JSON (${(error as Error).message})`);
  }
  const report = data as Partial<DriftReport> | null;
  const shaped =
    typeof report === 'object' &&
    report !== null &&
    report.version === 1 &&
    Array.isArray(report.features) &&
    Array.isArray(report.segments) &&
    Array.isArray(report.inputs) &&
    typeof report.blastRadius === 'object' &&
    typeof report.methods === 'object' &&
    typeof report.summary === 'object' &&
    typeof report.prediction === 'object';
  if (!shaped) throw new UsageError(`${path}: not a drift report (write one with \`model-incident drift <baseline> <current> --json\`)`);
  return report as DriftReport;
}

function changelogEntries(explicit: string | undefined): ChangelogEntry[] {
  const candidates = explicit ? [explicit] : ['model-changelog.yaml', 'model-changelog.yml'];
  for (const path of candidates) {
    const text = readRegularFile(path);
    if (text === undefined) {
      if (explicit) throw new UsageError(`${path}: no such file`);
      continue;
    }
    return [...readChangelog(text, path).entries];
  }
  return [];
}

export const postmortemCommand: CliCommand = {
  name: 'postmortem',
  usage,
  summary: 'Draft an incident postmortem YAML from a drift report and the runbook state (never overwrites).',
  async run(argv, io) {
    const args = parsePostmortemNewArgs(argv);
    const dir = args.out ?? join('incidents', args.incident);
    const path = join(dir, 'postmortem.yaml');
    try {
      if (readRegularFile(path) !== undefined) throw new UsageError(`${path}: already exists; refusing to overwrite it`);
      let report: DriftReport | null = null;
      if (args.report) {
        const text = readRegularFile(args.report);
        if (text === undefined) throw new UsageError(`${args.report}: no such file`);
        report = parseReportJson(text, args.report);
      }
      const runbookFile = join(dir, 'runbook.yaml');
      const runbookText = readRegularFile(runbookFile);
      let state = runbookText === undefined ? newRunbook(args.incident, args.title ?? `Incident ${args.incident}`, new Date()) : readRunbook(runbookText, runbookFile);
      if (state.incident !== args.incident) throw new UsageError(`${runbookFile}: belongs to incident ${state.incident}, not ${args.incident}`);
      if (args.title) state = { ...state, title: args.title };
      const draft = draftPostmortem({
        state,
        report,
        changelog: changelogEntries(args.changelog),
        commits: [],
        alerts: report ? alertsFromSignals(report, args.channel) : [],
        gateThresholds: defaultGateThresholds,
        tool: `model-incident ${typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev'}`,
      });
      createExclusively(path, postmortemText(draft, path));
    } catch (error) {
      if (error instanceof DocumentError) {
        io.err(`model-incident postmortem: ${error.message}`);
        return ExitCode.badInput;
      }
      throw error;
    }
    io.out(path);
    return ExitCode.ok;
  },
};
