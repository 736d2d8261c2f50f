// The drift check from file specs to report: hash and load both sides (the loaders report progress and
// honour the signal), select the rows each side's `where` keeps, and analyse.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadTable } from '../table/loadTable';
import { readSchema } from '../table/readSchema';
import { formatLocation, LoadError, type ColumnInfo, type KindRoleOverride, type LoadedTable } from '../table/types';
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
  /** Steps done of `total`: load baseline, load current, analyse. */
  readonly done: number;
  readonly total: number;
}

export interface RunContext {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: DriftProgress) => void;
  /** Where the per-feature work runs: this thread by default, worker threads when the CLI passes a pool. */
  readonly featureRunner?: FeatureRunner;
}

/** SHA-256 of a file, streamed. */
export async function sha256OfFile(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { signal, highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

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
async function loadProjected(path: string, input: DriftCheckInput, context: RunContext, columns: readonly string[] | undefined): Promise<LoadedTable> {
  try {
    return await loadTable(path, { signal: context.signal, overrides: input.overrides, ...(columns ? { columns } : {}) });
  } catch (error) {
    if (columns && error instanceof LoadError && /no column named/.test(error.message)) return loadTable(path, { signal: context.signal, overrides: input.overrides });
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
  const [loaded, sha256] = await Promise.all([loadProjected(spec.path, input, context, columns), sha256OfFile(spec.path, context.signal)]);
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
  context.onProgress?.({ stage: `loading ${input.baseline.path}`, done: 0, total });
  const projection = await baselineProjection(input);
  const baseline = await loadSide('baseline', input.baseline, input, context, projection.columns, projection.leftOut, projection.fileOrder);
  context.onProgress?.({ stage: `loading ${input.current.path}`, done: 1, total });
  // The baseline's identifier columns (request ids, free text) are never tested: the current side skips
  // decoding them, which is most of the text a log holds.
  const wanted = baseline.columns.filter((c) => c.kind !== 'identifier' || c.name === input.current.where?.column).map((c) => c.name);
  const current = await loadSide('current', input.current, input, context, wanted.length < baseline.columns.length ? wanted : undefined);
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
