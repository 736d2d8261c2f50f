// What every chart builder returns: a Vega-Lite spec built from aggregates, plus the words and the table
// that make the same chart readable without seeing it (screen readers, copy-paste, high zoom).
//
// Rules every builder keeps (see ../shared/notes/security-and-robustness.md, "Webviews"):
// - data fields have synthetic keys (`x0`, `share`, `side`, …); human names (columns, categories,
//   changelog text) appear only in `title`/`description` (drawn by the webview as text) and as data
//   values, never inside an expression. Axis and legend titles are fixed words: vega-lite copies them
//   into the marks' generated aria-description expressions;
// - no colour is written into a spec: marks take the theme's colours from the Vega config the webview
//   builds from the `--vscode-*` variables (`range.category` for series, `range.ordinal` for severities,
//   `range.heatmap` for ratios);
// - every spec carries a `description`, which Vega renders as the SVG's aria-label.
import type { TopLevelSpec } from 'vega-lite';

export type TableCell = string | number | null;

/** A plain table: the alternative to a chart, and the shape of every table a webview draws. */
export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

export type ChartKind =
  | 'histogramOverlay'
  | 'ecdfPair'
  | 'psiContributions'
  | 'categoryShares'
  | 'driftOverTime'
  | 'driftHeatmap'
  | 'segmentBreakdown'
  | 'scoreDistribution'
  | 'calibration'
  | 'sparkline'
  | 'quantileHistogram'
  | 'topCategories';

export interface ChartView {
  readonly kind: ChartKind;
  /** Short visible heading. */
  readonly title: string;
  /** One or two sentences stating what the chart shows and its salient numbers. */
  readonly description: string;
  readonly spec: TopLevelSpec;
  /** The same aggregates as a table. */
  readonly table: DataTable;
}

/** The two sides of every comparison, in the order the colour scale assigns them. */
export const sides = ['baseline', 'current'] as const;
export type Side = (typeof sides)[number];

/** Severity order of the `ordinal` colour range (the theme maps it to green, yellow, red). */
export const severityDomain = ['ok', 'warn', 'critical'] as const;
