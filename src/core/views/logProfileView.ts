// The Open Prediction Log view's snapshot: one log's schema, roles, per-column statistics and histograms.
import type { ChartView, DataTable } from '../charts/chartView';

export interface LogProfileView {
  /** Workspace-relative path, display only. */
  readonly path: string;
  readonly format: 'csv' | 'jsonl' | 'arrow' | 'parquet';
  readonly rows: number;
  readonly bytes: number;
  readonly loadMs: number;
  /** name, Arrow type, kind, role (and where it came from), nulls, distinct, min, max, mean, quantiles, top categories. */
  readonly schema: DataTable;
  /** One chart per column that has a distribution (numeric histogram or top categories), capped. */
  readonly charts: readonly ChartView[];
  /** Load warnings and skipped rows, as `path:line: message`. */
  readonly issues: readonly string[];
  /** Columns beyond the chart cap. */
  readonly omittedCharts: number;
}
