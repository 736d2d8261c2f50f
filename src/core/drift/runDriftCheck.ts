// The drift check from file specs to report: hash and load both sides at once (the loaders honour the
// signal; the side loader of src/threads puts each on its own thread), select the rows each side's `where`
// keeps, and analyse.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadTable } from '../table/loadTable';
import { readSchema } from '../table/readSchema';
import { formatLocation, LoadError, type ColumnInfo, type KindRoleOverride, type LoadOptions, type LoadedTable } from '../table/types';
import { describeWhere, type DatasetSpec } from './datasetSpec';
import { driftProjection, type DriftProjection } from './driftProjection';
import { analyseDriftWith, inProcessRunner, type DriftOptions, type FeatureRunner, type SideData } from './driftAnalysis';
import type { DriftReport } from './report';
import { selectRows } from './rowFilter';

export interface DriftCheckInput {
  readonly baseline: DatasetSpec;
  readonly current: DatasetSpec;
  readonly options?: DriftOptions;
  /** Kind and role overrides by column name (settings, workspace config). */
  readonly overrides?: ReadonlyMap<string, KindRoleOverride>;
}

export interface DriftProgress {
  readonly stage: string;
  /** Steps done of `total`: the two loads (in either order), analyse. */
  readonly done: number;
  readonly total: number;
}

/** One input file, loaded and hashed. */
export interface LoadedSide {
  readonly loaded: LoadedTable;
  readonly sha256: string;
}

/** Loads and hashes one file. Throws LoadError for bad input, like loadTable. */
export type SideLoader = (path: string, options: LoadOptions) => Promise<LoadedSide>;

export interface RunContext {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: DriftProgress) => void;
  /** Where the per-feature work runs: this thread by default, worker threads when the caller passes a pool (src/threads). */
  readonly featureRunner?: FeatureRunner;
  /** Where the files load: this thread by default, a worker thread per file when the caller passes one (src/threads). */
  readonly sideLoader?: SideLoader;
}

/** SHA-256 of a file, streamed. */
export async function sha256OfFile(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { signal, highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Loads on this thread; the hash comes from the loader's own read when it read every byte (not Parquet). */
export const inProcessSideLoader: SideLoader = async (path, options) => {
  const loaded = await loadTable(path, { ...options, sha256: true });
  return { loaded, sha256: loaded.sha256 ?? (await sha256OfFile(path, options.signal)) };
};

function loadWarnings(loaded: LoadedTable): string[] {
  return [
    ...loaded.issues.map((issue) => `${formatLocation(issue.location)}: ${issue.message}`),
    ...loaded.skipped.map((s) => `${formatLocation(s.first)}: skipped ${s.count} row${s.count > 1 ? 's' : ''}: ${s.reason}`),
  ];
}

/**
 * Loads one side; `columns` projects it. A projection that names a column the file lacks (the current log
 * dropped one) falls back to every column, so that the report can say which column is missing where.
 */
async function loadProjected(path: string, input: DriftCheckInput, context: RunContext, columns: readonly string[] | undefined): Promise<LoadedSide> {
  const load = context.sideLoader ?? inProcessSideLoader;
  const options: LoadOptions = { ...(context.signal ? { signal: context.signal } : {}), ...(input.overrides ? { overrides: input.overrides } : {}) };
  try {
    return await load(path, { ...options, ...(columns ? { columns } : {}) });
  } catch (error) {
    if (columns && error instanceof LoadError && /no column named/.test(error.message)) return load(path, options);
    throw error;
  }
}

/** The loaded columns and those the projection left out (unless a fallback loaded them after all), in the file's order. */
function inFileOrder(loaded: readonly ColumnInfo[], leftOut: readonly ColumnInfo[], fileOrder: readonly string[]): ColumnInfo[] {
  const loadedNames = new Set(loaded.map((c) => c.name));
  const position = new Map(fileOrder.map((name, i) => [name, i] as const));
  return [...loaded, ...leftOut.filter((c) => !loadedNames.has(c.name))].sort((a, b) => (position.get(a.name) ?? Infinity) - (position.get(b.name) ?? Infinity));
}

async function loadSide(
  side: 'baseline' | 'current',
  spec: DatasetSpec,
  input: DriftCheckInput,
  context: RunContext,
  columns?: readonly string[],
  leftOut: DriftProjection['leftOut'] = [],
  fileOrder: readonly string[] = [],
): Promise<SideData> {
  const { loaded, sha256 } = await loadProjected(spec.path, input, context, columns);
  // Columns the projection left out are still the file's: described in file order beside the loaded ones.
  const described = leftOut.length === 0 ? loaded.columns : inFileOrder(loaded.columns, leftOut, fileOrder);
  let rows: Uint32Array | null;
  try {
    rows = selectRows(loaded.table, loaded.columns, spec.where);
  } catch (error) {
    throw new Error(`${spec.path}: ${(error as Error).message}`, { cause: error });
  }
  return {
    table: loaded.table,
    columns: described,
    rows,
    input: { side, path: spec.path, format: loaded.format, rows: rows ? rows.length : loaded.table.numRows, sha256, where: describeWhere(spec.where) },
    warnings: loadWarnings(loaded),
  };
}

export async function runDriftCheck(input: DriftCheckInput, context: RunContext = {}): Promise<DriftReport> {
  const total = 3;
  const checkpoint = (stage: string): void => {
    if (context.signal?.aborted) throw new Error('drift check cancelled');
    context.onProgress?.({ stage, done: 2, total });
  };
  let loadsDone = 0;
  const oneLoaded = (): void => context.onProgress?.({ stage: `loading ${input.baseline.path} and ${input.current.path}`, done: ++loadsDone, total });
  context.onProgress?.({ stage: `loading ${input.baseline.path} and ${input.current.path}`, done: 0, total });
  const projection = await baselineProjection(input);
  // Both sides load at once. The current side reads the columns the baseline's schema projects (request ids
  // left out, which is most of the text a log holds); a free-text column is only known from its values, so
  // the current side still decodes one, and the plan leaves it untested.
  const [baseline, current] = await Promise.all([
    loadSide('baseline', input.baseline, input, context, projection.columns, projection.leftOut, projection.fileOrder).finally(oneLoaded),
    loadSide('current', input.current, input, context, projection.columns).finally(oneLoaded),
  ]);
  checkpoint('analysing');
  const report = await analyseDriftWith(context.featureRunner ?? inProcessRunner, baseline, current, { ...input.options, checkpoint });
  context.onProgress?.({ stage: 'done', done: total, total });
  return report;
}

/**
 * The baseline's columns from its schema, request ids left out (driftProjection.ts). A schema that cannot be
 * read projects nothing: the loader then reports what is wrong with the file, with its location.
 */
async function baselineProjection(input: DriftCheckInput): Promise<DriftProjection> {
  const keep = new Set([input.baseline.where?.column, input.current.where?.column].filter((c): c is string => c !== undefined));
  try {
    return driftProjection(await readSchema(input.baseline.path), input.overrides, keep);
  } catch {
    return { columns: undefined, leftOut: [], fileOrder: [] };
  }
}
