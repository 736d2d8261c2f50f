// What "underperforming" is measured in (step 1) and what the rollback gate compares (step 6): accuracy on
// labelled rows, latency percentiles, a click-through (or conversion) rate and the mean score, computed from
// one loaded log, or from the rows of one model_version or time window of it.
import type { Table } from 'apache-arrow';
import { numericValues } from '../drift/columnValues';
import { allRows, binaryText, columnAsText } from './columnText';
import { quantileSorted } from '../stats/quantile';
import type { ColumnInfo } from '../table/types';

export interface ServiceMetrics {
  readonly rows: number;
  /** Share of labelled rows whose prediction equals the label; `labelled` rows had both. */
  readonly accuracy: { readonly value: number; readonly labelled: number } | null;
  /** Latency percentiles (type 7, as np.percentile) in the column's unit (milliseconds by convention). */
  readonly latency: { readonly column: string; readonly p50: number; readonly p99: number } | null;
  /** Mean of a 0/1 click or conversion column over the rows that have it. */
  readonly ctr: { readonly column: string; readonly value: number; readonly rows: number } | null;
  readonly score: { readonly column: string; readonly mean: number; readonly p50: number; readonly p90: number } | null;
}

/** A click-through or conversion column, by name: `click`, `clicked`, `clicks`, `ctr`, `converted`, `conversion`. */
export const businessColumnPattern = /^(is_)?(click(ed|s)?|ctr|convert(ed)?|conversion)$/i;

/** Names a model's own score usually has: the same rule as the drift check's column plan (src/core/drift/columnPlan.ts). */
const modelScoreName = /^(score|scores|prediction|prediction_score|predicted_score|pred_score|probability|proba|prob|y_score|y_proba|y_pred_proba)$/i;

/**
 * The model's own score among the columns inferred as scores: the only candidate, else the one named like a
 * model output, else the last (credit_score and risk_score are usually inputs). Undefined without candidates.
 */
export function modelScoreColumn(columns: readonly ColumnInfo[]): ColumnInfo | undefined {
  const candidates = columns.filter((c) => c.role === 'predictionScore' && c.kind === 'numeric');
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((c) => modelScoreName.test(c.name)) ?? candidates[candidates.length - 1];
}

/**
 * Metrics of the rows `rows` (ascending indices; all rows when null). A predicted label is compared with the
 * ground truth as text; without a predicted label column a binary score is thresholded at 0.5.
 */
export function serviceMetrics(table: Table, columns: readonly ColumnInfo[], rows: Uint32Array | null = null): ServiceMetrics {
  const pick = (role: ColumnInfo['role']) => columns.find((c) => c.role === role);
  const all = rows ?? allRows(table);
  return {
    rows: all.length,
    accuracy: accuracyOf(table, pick('predictedLabel'), pick('groundTruth'), modelScoreColumn(columns), all),
    latency: latencyOf(table, pick('latency'), all),
    ctr: ctrOf(table, columns.find((c) => businessColumnPattern.test(c.name.split('.').pop() ?? '')), all),
    score: scoreOf(table, modelScoreColumn(columns), all),
  };
}

function accuracyOf(
  table: Table,
  predicted: ColumnInfo | undefined,
  truth: ColumnInfo | undefined,
  score: ColumnInfo | undefined,
  rows: Uint32Array,
): ServiceMetrics['accuracy'] {
  if (!truth) return null;
  const labels = columnAsText(table, truth, rows);
  let predictions: (string | null)[];
  if (predicted) predictions = columnAsText(table, predicted, rows);
  else if (score && score.kind === 'numeric') {
    const scores = numericValues(table, score.name);
    predictions = Array.from(rows, (i) => (Number.isFinite(scores[i]!) ? (scores[i]! >= 0.5 ? '1' : '0') : null));
  } else return null;
  let labelled = 0;
  let correct = 0;
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k];
    const prediction = predictions[k];
    if (label === null || label === undefined || prediction === null || prediction === undefined) continue;
    labelled++;
    if (binaryText(label) === binaryText(prediction)) correct++;
  }
  return labelled === 0 ? null : { value: correct / labelled, labelled };
}

function finiteSorted(table: Table, info: ColumnInfo, rows: Uint32Array): Float64Array {
  const values = numericValues(table, info.name);
  const out: number[] = [];
  for (const i of rows) if (Number.isFinite(values[i]!)) out.push(values[i]!);
  return Float64Array.from(out).sort();
}

function latencyOf(table: Table, info: ColumnInfo | undefined, rows: Uint32Array): ServiceMetrics['latency'] {
  if (!info || info.kind !== 'numeric') return null;
  const sorted = finiteSorted(table, info, rows);
  if (sorted.length === 0) return null;
  return { column: info.name, p50: quantileSorted(sorted, 0.5), p99: quantileSorted(sorted, 0.99) };
}

function scoreOf(table: Table, info: ColumnInfo | undefined, rows: Uint32Array): ServiceMetrics['score'] {
  if (!info || info.kind !== 'numeric') return null;
  const sorted = finiteSorted(table, info, rows);
  if (sorted.length === 0) return null;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { column: info.name, mean: sum / sorted.length, p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
}

function ctrOf(table: Table, info: ColumnInfo | undefined, rows: Uint32Array): ServiceMetrics['ctr'] {
  if (!info) return null;
  const labels = columnAsText(table, info, rows);
  let n = 0;
  let positive = 0;
  for (const label of labels) {
    if (label === null) continue;
    const normal = binaryText(label);
    if (normal !== '0' && normal !== '1') return null; // not a 0/1 column after all
    n++;
    if (normal === '1') positive++;
  }
  return n === 0 ? null : { column: info.name, value: positive / n, rows: n };
}
