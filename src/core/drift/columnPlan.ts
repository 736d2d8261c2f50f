// Which column plays which part in a drift check, from the loaders' kinds and roles (already overridden
// by settings and the workspace config) and the options: features to test, the time column, the model
// outputs, the segment columns, and the columns that are profiled but not tested, with the reason.
import type { ColumnInfo } from '../table/types';
import type { FeatureKind } from './report';

export interface PlannedFeature {
  readonly name: string;
  readonly kind: FeatureKind;
  readonly role: ColumnInfo['role'];
}

export interface ColumnPlan {
  readonly features: readonly PlannedFeature[];
  readonly timeColumn: string | null;
  readonly modelVersionColumn: string | null;
  readonly scoreColumn: string | null;
  readonly predictedLabelColumn: string | null;
  readonly groundTruthColumn: string | null;
  readonly segmentColumns: readonly string[];
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
  readonly warnings: readonly string[];
}

export interface PlanOptions {
  readonly timeColumn?: string;
  readonly segmentBy?: readonly string[];
}

/** Names a model's own score usually has; other columns inferred as scores (credit_score, risk_score) are inputs. */
const MODEL_SCORE_NAME = /^(score|scores|prediction|prediction_score|predicted_score|pred_score|probability|proba|prob|y_score|y_proba|y_pred_proba)$/i;

/** The one column that is the model's score: the only candidate, else the one named like a model output, else the last. */
function chooseScore(candidates: readonly ColumnInfo[], warnings: string[]): ColumnInfo | undefined {
  if (candidates.length <= 1) return candidates[0];
  const named = candidates.find((c) => MODEL_SCORE_NAME.test(c.name)) ?? candidates[candidates.length - 1]!;
  warnings.push(
    `${candidates.length} columns look like prediction scores (${candidates.map((c) => c.name).join(', ')}): '${named.name}' is taken as the model's score, the others as input features (set role predictionScore or feature in .model-incident.yaml)`,
  );
  return named;
}

const TESTED_ROLES = new Set<ColumnInfo['role']>(['feature', 'latency', 'predictionScore', 'predictedLabel']);

export function planColumns(baseline: readonly ColumnInfo[], current: readonly ColumnInfo[], options: PlanOptions): ColumnPlan {
  const inBaseline = new Map(baseline.map((c) => [c.name, c]));
  const inCurrent = new Map(current.map((c) => [c.name, c]));
  const warnings: string[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const c of baseline) {
    // Identifiers are never tested, and the current side may have been loaded without them.
    if (!inCurrent.has(c.name)) skipped.push({ name: c.name, reason: c.kind === 'identifier' ? `identifier (role ${c.role}): never drift-tested` : 'only in the baseline' });
  }
  for (const c of current) if (!inBaseline.has(c.name)) skipped.push({ name: c.name, reason: 'only in the current data' });
  const shared = current.filter((c) => inBaseline.has(c.name));
  const byRole = (role: ColumnInfo['role']): ColumnInfo | undefined => shared.find((c) => c.role === role);

  let timeColumn: string | null;
  if (options.timeColumn !== undefined) {
    const found = inCurrent.get(options.timeColumn);
    if (!found) throw new Error(`--time-column: '${options.timeColumn}' is not a column of the current data (columns: ${current.map((c) => c.name).join(', ')})`);
    timeColumn = found.name;
  } else {
    timeColumn = (current.find((c) => c.role === 'timestamp' && c.kind === 'timestamp') ?? current.find((c) => c.kind === 'timestamp'))?.name ?? null;
  }

  const segmentColumns: string[] = [];
  for (const name of options.segmentBy ?? []) {
    if (!inCurrent.has(name)) throw new Error(`--segment-by: '${name}' is not a column of the current data (columns: ${current.map((c) => c.name).join(', ')})`);
    if (!segmentColumns.includes(name)) segmentColumns.push(name);
  }
  if (!options.segmentBy || options.segmentBy.length === 0) {
    for (const c of shared) if ((c.role === 'segment' || c.role === 'modelVersion') && c.kind === 'categorical') segmentColumns.push(c.name);
  }

  const score = chooseScore(shared.filter((c) => c.role === 'predictionScore' && c.kind === 'numeric'), warnings);
  const features: PlannedFeature[] = [];
  for (const c of shared) {
    const b = inBaseline.get(c.name)!;
    if (c.name === timeColumn) {
      skipped.push({ name: c.name, reason: 'the time column' });
      continue;
    }
    if (!TESTED_ROLES.has(c.role)) {
      skipped.push({ name: c.name, reason: `role ${c.role}: ${c.role === 'segment' || c.role === 'modelVersion' ? 'reported per value under segments' : 'profiled, not drift-tested'}` });
      continue;
    }
    if (c.kind !== 'numeric' && c.kind !== 'categorical') {
      skipped.push({ name: c.name, reason: `${c.kind} column: profiled, not drift-tested` });
      continue;
    }
    let kind: FeatureKind = c.kind;
    if (b.kind !== c.kind) {
      // Kinds are inferred per file; a few distinct values can tip one side. The baseline defines the feature.
      if (b.kind === 'numeric' || b.kind === 'categorical') kind = b.kind;
      warnings.push(`column '${c.name}' is ${b.kind} in the baseline and ${c.kind} in the current data: tested as ${kind} (set its kind in .model-incident.yaml to silence this)`);
    }
    features.push({ name: c.name, kind, role: c.role === 'predictionScore' && c !== score ? 'feature' : c.role });
  }
  return {
    features,
    timeColumn,
    modelVersionColumn: byRole('modelVersion')?.name ?? null,
    scoreColumn: score?.name ?? null,
    predictedLabelColumn: byRole('predictedLabel')?.name ?? null,
    groundTruthColumn: byRole('groundTruth')?.name ?? null,
    segmentColumns,
    skipped,
    warnings,
  };
}
