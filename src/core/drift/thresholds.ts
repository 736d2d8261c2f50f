// The thresholds that turn statistics into severities. Defaults are the severity table of
// drift-methods.md (the product's source documents); settings and `.model-incident.yaml` override any leaf.

/** A signal's two levels. `warn` is reached at `>= warn` unless the signal says otherwise. */
export interface Levels {
  readonly warn: number;
  readonly critical: number;
}

export interface Thresholds {
  /** Population stability index: warn at >= 0.1, critical at >= 0.2. */
  readonly psi: Levels;
  /** KS p-value: warn below 0.05, critical below 0.01; decides only when the baseline has at most `maxBaselineValues` finite values. */
  readonly ksPValue: Levels & { readonly maxBaselineValues: number };
  /** Jensen-Shannon divergence (base 2, the square of the reported distance), categorical only. */
  readonly jensenShannonDivergence: Levels;
  /** Absolute change of the null rate (null, empty or NaN), every column. */
  readonly nullRateDelta: Levels;
  /** Share of current rows whose category never occurs in the baseline: warn above `warn` (strictly), critical at >= `critical`. */
  readonly unseenCategoryShare: Levels;
  /** Model layer: expected calibration error above which calibration warns. */
  readonly ece: number;
  /** Model layer: share of the top predicted class above which the output has collapsed. */
  readonly collapseTopClassShare: number;
  /** Model layer: warn when the standard deviation of entropy exceeds this multiple of the baseline's. */
  readonly entropyStdRatio: number;
  /** Time: learned chunk thresholds are mean + `sigmas` · σ of the baseline's chunks; fewer than `minBaselineChunks` falls back to the absolute table. */
  readonly chunk: { readonly sigmas: number; readonly minBaselineChunks: number; readonly persistence: number };
}

export const defaultThresholds: Thresholds = {
  psi: { warn: 0.1, critical: 0.2 },
  ksPValue: { warn: 0.05, critical: 0.01, maxBaselineValues: 1000 },
  jensenShannonDivergence: { warn: 0.05, critical: 0.1 },
  nullRateDelta: { warn: 0.02, critical: 0.05 },
  unseenCategoryShare: { warn: 0, critical: 0.01 },
  ece: 0.05,
  collapseTopClassShare: 0.8,
  entropyStdRatio: 2,
  chunk: { sigmas: 3, minBaselineChunks: 6, persistence: 2 },
};

/** Any subset of the thresholds, as settings and the workspace config give them. */
export type ThresholdOverrides = {
  readonly [K in keyof Thresholds]?: Thresholds[K] extends number ? number : Partial<Thresholds[K]>;
};

/** The defaults with `overrides` laid over them, leaf by leaf. */
export function resolveThresholds(overrides: ThresholdOverrides | undefined, base: Thresholds = defaultThresholds): Thresholds {
  if (!overrides) return base;
  return {
    psi: { ...base.psi, ...overrides.psi },
    ksPValue: { ...base.ksPValue, ...overrides.ksPValue },
    jensenShannonDivergence: { ...base.jensenShannonDivergence, ...overrides.jensenShannonDivergence },
    nullRateDelta: { ...base.nullRateDelta, ...overrides.nullRateDelta },
    unseenCategoryShare: { ...base.unseenCategoryShare, ...overrides.unseenCategoryShare },
    ece: overrides.ece ?? base.ece,
    collapseTopClassShare: overrides.collapseTopClassShare ?? base.collapseTopClassShare,
    entropyStdRatio: overrides.entropyStdRatio ?? base.entropyStdRatio,
    chunk: { ...base.chunk, ...overrides.chunk },
  };
}
