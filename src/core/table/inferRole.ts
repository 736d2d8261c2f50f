// Column roles from names (and kind), so a log with the usual column names needs no configuration.
// Names are compared in snake_case (`modelVersion`, `model-version` and `Model Version` all read
// `model_version`); a dotted JSONL/Parquet path is matched on its last segment.
import type { ColumnKind, ColumnRole } from './types';

const REQUEST_ID = /^(id|uuid|guid)$|(^|_)(request|req|prediction|pred|event|trace|transaction|row|record|session|inference)_?(id|uuid)$/;
const MODEL_VERSION = /^(model|version|model_ver)$|(^|_)model_?(version|ver|id|name|tag|release)$/;
/**
 * The model's own score: a bare score word (`score`, `proba`, `confidence`), one led by a model-output word
 * (`y_pred_proba`, `model_score`, `pred_prob`), or any probability suffix (`fraud_proba`). A domain score such
 * as `credit_score` or `merchant_risk_score` is an input feature: it is scored upstream, not by this model.
 * Set the role in .model-incident.yaml when a model's output is named like a domain score (`fraud_score`).
 */
const SCORE =
  /^((y|y_pred|pred|prediction|predicted|model|output|positive|class_1|p)_)?(score|scores|proba|probability|probabilities|prob|confidence|likelihood)(_(1|pos|positive|true|class_1))?$|_(proba|probability|probabilities|prob)$/;
const PREDICTION = /^(y_pred|y_hat|yhat|pred|preds|prediction|predictions|predicted|predicted_(label|class|value)|pred_(label|class)|label_pred|output_label|model_output)$/;
const GROUND_TRUTH = /^(y|y_true|label|labels|target|ground_truth|truth|actual|actual_label|true_label|true_class|outcome|gold|gold_label)$|_(target|label|ground_truth|y_true)$/;
const LATENCY = /(^|_)(latency|duration|elapsed|response_time|inference_time|processing_time)($|_)|_ms$/;
const SEGMENT_WORDS = new Set([
  'device', 'device_type', 'platform', 'os', 'browser', 'region', 'country', 'country_code', 'market', 'locale',
  'language', 'lang', 'channel', 'segment', 'tier', 'plan', 'cohort', 'city', 'state', 'store', 'app_version',
  'client', 'client_type', 'source', 'site', 'geo', 'zone', 'customer_type', 'user_type', 'surface',
]);
/** A segment has a handful of values: more than this and it is a feature however it is named. */
const SEGMENT_MAX_DISTINCT = 100;

export function snakeName(name: string): string {
  const last = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name;
  return last
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

/** `distinct` is the number of distinct present values for categorical columns. */
export function inferRole(name: string, kind: ColumnKind, distinct: number): ColumnRole {
  const snake = snakeName(name);
  if (kind === 'timestamp') return 'timestamp';
  if (REQUEST_ID.test(snake)) return 'requestId';
  if (MODEL_VERSION.test(snake)) return 'modelVersion';
  if (kind === 'numeric' && SCORE.test(snake)) return 'predictionScore';
  if (PREDICTION.test(snake)) return kind === 'numeric' ? 'predictionScore' : 'predictedLabel';
  if (GROUND_TRUTH.test(snake)) return 'groundTruth';
  if (kind === 'numeric' && LATENCY.test(snake)) return 'latency';
  if (kind !== 'numeric' && SEGMENT_WORDS.has(snake) && distinct <= SEGMENT_MAX_DISTINCT) return 'segment';
  return 'feature';
}

/** Roles whose values are labels: such a column is categorical even when most rows are distinct. */
export function roleForcesKind(role: ColumnRole): ColumnKind | undefined {
  switch (role) {
    case 'segment':
    case 'modelVersion':
    case 'predictedLabel':
      return 'categorical';
    case 'requestId':
      return 'identifier';
    default:
      return undefined;
  }
}
