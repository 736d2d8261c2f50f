// Messages between the extension host (src/extension/workerClient.ts) and the worker thread
// (src/worker/main.ts). Each job kind maps to one parameter type and one result type in `Jobs`;
// add a job by adding an entry here and a handler in src/worker/jobs.ts.
import type { DatasetSpec } from '../core/drift/datasetSpec';
import type { DriftReport } from '../core/drift/report';
import type { RunbookMeasures, RunbookSpecs } from '../core/runbook/measureInputs';
import type { CommitHistory } from '../core/timeline/markers';
import type { TableProfile } from '../core/table/profile';
import type { KindRoleOverride } from '../core/table/types';

export interface Jobs {
  /** SHA-256 of a file, streamed (cache keys, report inputs). */
  hashFile: { params: { path: string }; result: { sha256: string; bytes: number } };
  /** Baseline against current (src/core/drift/runDriftCheck): the whole report, aggregates only. */
  driftCheck: { params: DriftCheckParams; result: DriftReport };
  /** A log's timestamp range and model_version values (the drift check's quick picks offer slices by them). */
  logShape: { params: { path: string }; result: LogShape };
  /** One log loaded and profiled (src/core/table/profile): rows, per-column type, kind, role and statistics. */
  profile: { params: ProfileParams; result: TableProfile };
  /** The runbook's measurements (src/core/runbook/measureInputs): metrics per side, layers, sources, model versions. */
  runbookMeasures: { params: RunbookSpecs; result: RunbookMeasures };
  /** Vega-Lite specs rendered to standalone SVG documents by vega's headless View (report export). */
  renderSvg: { params: { specs: readonly unknown[] }; result: { svgs: readonly string[] } };
}

export interface DriftCheckParams {
  readonly baseline: DatasetSpec;
  readonly current: DatasetSpec;
  /** Where `.model-incident.yaml` and `model-changelog.yaml` are read from, as the CLI reads them from its working directory. */
  readonly workspaceRoot?: string;
  /** The workspace's git history as the extension read it (commit markers beside the onsets), or why it did not (Restricted Mode). */
  readonly commits?: CommitHistory;
}

export interface ProfileParams {
  readonly path: string;
  /** Column projection; all columns when absent. */
  readonly columns?: readonly string[];
  /** CSV only: the delimiter instead of sniffing. */
  readonly delimiter?: string;
  /** Kind and role overrides by column name (settings, workspace config), as [name, override] pairs. */
  readonly overrides?: readonly (readonly [string, KindRoleOverride])[];
}

export interface LogShape {
  /** The timestamp column and its first and last instants (ISO 8601, UTC). */
  readonly time: { readonly column: string; readonly min: string; readonly max: string } | null;
  /** The model_version column and its values in the order they first appear in the log. */
  readonly modelVersion: { readonly column: string; readonly values: readonly string[] } | null;
}

export type JobKind = keyof Jobs;
export type JobParams<K extends JobKind> = Jobs[K]['params'];
export type JobResult<K extends JobKind> = Jobs[K]['result'];

export type HostToWorker =
  | { readonly type: 'run'; readonly jobId: number; readonly kind: JobKind; readonly params: unknown }
  | { readonly type: 'cancel'; readonly jobId: number };

export interface JobProgress {
  readonly done: number;
  readonly total?: number;
  readonly unit: 'bytes' | 'rows' | 'steps';
  readonly message?: string;
}

export type WorkerToHost =
  | { readonly type: 'progress'; readonly jobId: number; readonly progress: JobProgress }
  | { readonly type: 'result'; readonly jobId: number; readonly result: unknown }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string; readonly cancelled: boolean };
