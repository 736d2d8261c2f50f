// The 28 columns of a generated prediction log, in file order. Shared by the sample incident workspace and the
// benchmark data, so both look like the same serving stack's logs.

/**
 * How a column is stored in the files (the loaders normalise every numeric type to Float64):
 * `timestamp` UTC milliseconds; `float` and `int` numbers (null allowed when `nullable`); `string` text.
 */
export type Storage = 'timestamp' | 'float' | 'int' | 'string';

/** What a column is for, as an ML engineer reading the log would say it. */
export type ColumnGroup =
  | 'time'
  | 'requestId'
  | 'segment'
  | 'numericFeature'
  | 'categoricalFeature'
  | 'infrastructure'
  | 'prediction'
  | 'groundTruth';

export interface ColumnSpec {
  readonly name: string;
  readonly storage: Storage;
  readonly group: ColumnGroup;
  readonly nullable: boolean;
}

function column(name: string, storage: Storage, group: ColumnGroup, nullable = false): ColumnSpec {
  return { name, storage, group, nullable };
}

export const COLUMNS: readonly ColumnSpec[] = [
  column('timestamp', 'timestamp', 'time'),
  column('request_id', 'string', 'requestId'),
  column('model_version', 'string', 'segment'),
  column('device', 'string', 'segment'),
  column('region', 'string', 'segment'),
  column('channel', 'string', 'categoricalFeature'),
  column('merchant_category', 'string', 'categoricalFeature'),
  column('payment_method', 'string', 'categoricalFeature'),
  column('card_network', 'string', 'categoricalFeature'),
  column('customer_tier', 'string', 'categoricalFeature'),
  column('income', 'float', 'numericFeature'),
  column('transaction_amount', 'float', 'numericFeature'),
  column('account_age_days', 'int', 'numericFeature'),
  column('email_age_days', 'int', 'numericFeature'),
  column('session_count', 'int', 'numericFeature'),
  column('credit_score', 'int', 'numericFeature', true),
  column('debt_to_income', 'float', 'numericFeature'),
  column('num_prior_transactions', 'int', 'numericFeature'),
  column('avg_amount_30d', 'float', 'numericFeature', true),
  column('days_since_last_login', 'int', 'numericFeature'),
  column('distance_from_home_km', 'float', 'numericFeature', true),
  column('device_trust_score', 'float', 'numericFeature'),
  column('velocity_24h', 'int', 'numericFeature'),
  column('merchant_risk_score', 'float', 'numericFeature'),
  column('latency_ms', 'float', 'infrastructure'),
  column('score', 'float', 'prediction'),
  column('predicted_label', 'int', 'prediction'),
  column('label', 'int', 'groundTruth', true),
];

/**
 * The 20 columns a drift check tests as features: 14 numeric features, `latency_ms` (numeric, tested like a
 * feature so that an infrastructure change shows beside the data drift) and 5 categorical features.
 * The segment columns (`model_version`, `device`, `region`) and the prediction columns are not in it.
 */
export const FEATURE_COLUMNS: readonly string[] = COLUMNS.filter(
  (c) => c.group === 'numericFeature' || c.group === 'categoricalFeature' || c.group === 'infrastructure',
).map((c) => c.name);

export const NUMERIC_FEATURE_COLUMNS: readonly string[] = COLUMNS.filter(
  (c) => c.group === 'numericFeature' || c.group === 'infrastructure',
).map((c) => c.name);

export const CATEGORICAL_FEATURE_COLUMNS: readonly string[] = COLUMNS.filter((c) => c.group === 'categoricalFeature').map(
  (c) => c.name,
);

export const SEGMENT_COLUMNS: readonly string[] = COLUMNS.filter((c) => c.group === 'segment').map((c) => c.name);
