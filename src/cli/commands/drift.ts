// `model-incident drift <baseline> <current>`: the drift check for terminals and CI pipelines. Prints the
// report as Markdown (default) or JSON, and exits 1 when --fail-on is reached, 2 on bad input, 0 otherwise.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from '../../core/config/workspaceConfig';
import { driftCheckInput, readDriftWorkspace, type DriftWorkspace } from '../../core/drift/driftInputs';
import { renderMarkdown } from '../../core/drift/markdown';
import { reaches, type Severity } from '../../core/drift/report';
import { runDriftCheck } from '../../core/drift/runDriftCheck';
import { parseChunkSpec, type ChunkSpec } from '../../core/timeline/chunks';
import { listValue, walkArgs } from '../argv';
import { ExitCode, UsageError, type CliCommand } from '../command';
import { driftThreads } from '../../threads/driftThreads';

export interface DriftArgs {
  readonly baseline: string;
  readonly current: string;
  readonly format: 'markdown' | 'json';
  readonly failOn: Exclude<Severity, 'ok'> | null;
  readonly timeColumn?: string;
  readonly chunk?: ChunkSpec;
  readonly segmentBy?: readonly string[];
  readonly config?: string;
}

const usage = 'drift <baseline> <current> [--json | --markdown] [--fail-on warn|critical] [--time-column C] [--chunk auto|hour|day|week|month|ROWS] [--segment-by C1,C2] [--config FILE]';

/** Parses the arguments; throws UsageError with the offending one. */
export function parseDriftArgs(argv: readonly string[]): DriftArgs {
  let format: DriftArgs['format'] | undefined;
  let failOn: DriftArgs['failOn'] = null;
  let timeColumn: string | undefined;
  let chunk: ChunkSpec | undefined;
  let segmentBy: string[] | undefined;
  let config: string | undefined;
  const positional = walkArgs(argv, usage, (flag, value) => {
    switch (flag) {
      case '--json':
      case '--markdown':
        if (format && format !== flag.slice(2)) throw new UsageError('--json and --markdown exclude each other');
        format = flag.slice(2) as DriftArgs['format'];
        return true;
      case '--fail-on': {
        const level = value();
        if (level !== 'warn' && level !== 'critical') throw new UsageError(`--fail-on: '${level}' is not warn or critical`);
        failOn = level;
        return true;
      }
      case '--time-column':
        timeColumn = value();
        return true;
      case '--chunk':
        try {
          chunk = parseChunkSpec(value());
        } catch (error) {
          throw new UsageError((error as Error).message, { cause: error });
        }
        return true;
      case '--segment-by':
        segmentBy = listValue(flag, value, 'column name');
        return true;
      case '--config':
        config = value();
        return true;
      default:
        return false;
    }
  });
  if (positional.length !== 2) throw new UsageError(`expected a baseline and a current file, got ${positional.length} file argument${positional.length === 1 ? '' : 's'}\nUsage: model-incident ${usage}`);
  return {
    baseline: positional[0]!,
    current: positional[1]!,
    format: format ?? 'markdown',
    failOn,
    ...(timeColumn ? { timeColumn } : {}),
    ...(chunk ? { chunk } : {}),
    ...(segmentBy ? { segmentBy } : {}),
    ...(config ? { config } : {}),
  };
}

/** Onsets in a CI log name changelog entries only: reading a checkout's git history is the extension's part (it asks the user's git, under Workspace Trust). */
const noGit = { read: false, reason: 'the CLI does not read git history' } as const;

/** The config named by --config, else `.model-incident.yaml` in the working directory, and the changelog beside it. */
function readWorkspace(args: DriftArgs): DriftWorkspace {
  if (args.config && !existsSync(args.config)) throw new UsageError(`--config: ${args.config} does not exist`);
  return readDriftWorkspace(args.config ? resolve(args.config) : join(process.cwd(), CONFIG_FILE_NAME));
}

/** MODEL_INCIDENT_THREADS: how many threads the drift check may use (1: none); unset, one per core. */
function threadsAsked(): number | undefined {
  const asked = process.env.MODEL_INCIDENT_THREADS;
  if (asked === undefined || asked === '') return undefined;
  const threads = Number(asked);
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`MODEL_INCIDENT_THREADS: '${asked}' is not a whole number of threads (1 or more)`);
  return threads;
}

export const driftCommand: CliCommand = {
  name: 'drift',
  usage,
  summary: 'Compare a current log with a baseline: per-feature drift, onset, segments, blast radius (exit 1 on --fail-on).',
  async run(argv, io) {
    const args = parseDriftArgs(argv);
    for (const path of [args.baseline, args.current]) if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
    const flags = { timeColumn: args.timeColumn, chunk: args.chunk, segmentBy: args.segmentBy };
    const threads = driftThreads(__dirname, [args.baseline, args.current], threadsAsked());
    const input = driftCheckInput({ path: args.baseline }, { path: args.current }, readWorkspace(args), { flags, commits: noGit });
    const report = await runDriftCheck(input, threads);
    io.out(args.format === 'json' ? JSON.stringify(report, null, 2) : renderMarkdown(report));
    return args.failOn && reaches(report.summary.worst, args.failOn) ? ExitCode.failOn : ExitCode.ok;
  },
};
