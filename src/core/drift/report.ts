// The drift report: everything the CLI prints with --json, the extension shows and the webviews chart.
// It is data only (no functions, no class instances, JSON round-trips) and holds aggregates only: no raw
// row ever leaves the core. schemas/drift-report.schema.json describes the same shape.
//
// Contract: field names are stable; changes are additive. Features are keyed in charts by their synthetic
// `id` (`f0`, `f1`, …), never by name: column names are data.
import type { ColumnRole } from '../table/types';
import type { Thresholds } from './thresholds';

export type Severity = 'ok' | 'warn' | 'critical';

/** The kinds the drift check tests. Identifiers and timestamps are profiled but never drift-tested. */
export type FeatureKind = 'numeric' | 'categorical';

/**
 * `f0`, `f1`, …: stable within one report, in the order of `features`.
 * @pattern ^f[0-9]+$
 */
export type FeatureId = `f${number}`;

/** The signals of the severity table (drift-methods.md, "Severity: which signal decides"). */
export type SeveritySignal = 'psi' | 'ksPValue' | 'jensenShannonDivergence' | 'nullRateDelta' | 'unseenCategoryShare';

/** The signal that set a severity, its value and the threshold it reached. `null` when every signal is ok. */
export interface DecidedBy {
  readonly signal: SeveritySignal;
  readonly value: number;
  readonly threshold: number;
  readonly level: Exclude<Severity, 'ok'>;
}

export interface KsResult {
  readonly statistic: number;
  readonly pValue: number;
  /** scipy's `method='auto'` choice: `exact` when max(n1, n2) <= 10000, else `asymptotic` (the kstwo distribution). */
  readonly method: 'exact' | 'asymptotic';
}

export interface ChiSquareResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly dof: number;
}

export interface RatePair {
  readonly baseline: number;
  readonly current: number;
  /** current - baseline. */
  readonly delta: number;
}

export interface UnseenCategories {
  /** Categories in current, absent from baseline, most frequent first (at most 20 listed). */
  readonly categories: readonly string[];
  /** Their share of the current rows that have a value. */
  readonly share: number;
  /** How many distinct unseen categories there are (may exceed the listed ones). */
  readonly count: number;
}

/**
 * The statistics of one comparison (baseline against current, or against the rows since onset).
 * A statistic that does not apply to the kind is `null`; so is one that has no data (an all-null side).
 */
export interface DriftStatistics {
  readonly severity: Severity;
  readonly decidedBy: DecidedBy | null;
  readonly psi: number | null;
  readonly ks: KsResult | null;
  readonly wasserstein: number | null;
  readonly wassersteinNormed: number | null;
  /** Jensen-Shannon distance, base 2 (0 to 1); the divergence, which the thresholds use, is its square. */
  readonly jensenShannon: number | null;
  readonly chiSquare: ChiSquareResult | null;
  /** Share of rows that are null, empty or NaN. */
  readonly nullRate: RatePair;
  /** Share of rows that are ±Infinity (numeric only; 0 for categorical). */
  readonly nonFiniteRate: RatePair;
  readonly unseenCategories: UnseenCategories | null;
  /** Values that entered the distribution statistics (finite, non-null). */
  readonly values: { readonly baseline: number; readonly current: number };
}

/** Signals from the since-onset window, with the rows it covers. */
export interface SinceOnset extends DriftStatistics {
  readonly rows: number;
}

/** Where a feature starts to drift, and what changed near that moment. */
export interface Onset {
  /** ISO timestamp of the onset chunk's start; `null` when chunks are by row count without a time column. */
  readonly start: string | null;
  readonly chunkIndex: number;
  /** The chunk statistic (`timeline.statistic`) threshold of this feature. */
  readonly threshold: number;
  /** What the onset chunk exceeded: the chunk PSI threshold, or (PSI within it) the absolute null-rate delta warn level. */
  readonly signal: 'psi' | 'nullRateDelta';
  /** The feature measured on the rows from the onset chunk on. */
  readonly sinceOnset: SinceOnset;
  /** Marker ids (`timeline.markers`) nearest this onset: the closest earlier changelog entry, model_version change, and commits in the window before it. */
  readonly nearest: {
    readonly changelog: string | null;
    readonly modelVersion: string | null;
    readonly commits: readonly string[];
  };
}

export interface FeatureReport extends DriftStatistics {
  readonly id: FeatureId;
  readonly name: string;
  readonly kind: FeatureKind;
  readonly role: ColumnRole;
  readonly onset: Onset | null;
  /** Starts of isolated chunk exceedances (ISO, or `#<chunk index>` without time): reported, not onsets. */
  readonly blips: readonly string[];
  /**
   * The chunk with the highest PSI among persistent exceedances, with the PSI severity of that chunk alone
   * (its PSI minus the mean PSI of the baseline's chunks, the noise floor of chunks that size): a drift that
   * peaks and recedes (a campaign, an outage) is diluted both in the whole window and since onset.
   */
  readonly peak?: { readonly chunkIndex: number; readonly start: string | null; readonly psi: number; readonly severity: Severity } | null;
  /** The worst of the whole-window, since-onset and peak-chunk severities: features are ranked by it. */
  readonly rankSeverity: Severity;
  /** True when the baseline has a single distinct finite value: bin edges collapse, PSI is not meaningful. */
  readonly constantBaseline: boolean;
  readonly charts: NumericCharts | CategoricalCharts;
}

/** PSI's bins as the statistic used them: interior edges (baseline deciles, duplicates merged), shares of finite values and the per-bin PSI term. */
export interface PsiBins {
  /** Interior edges; bins are (-inf, e1), [e1, e2), …, [ek, +inf). */
  readonly edges: readonly number[];
  readonly baseline: readonly number[];
  readonly current: readonly number[];
  /** (c - b) · ln(c / b) per bin, with zero shares at 1e-6; sums to `psi`. */
  readonly contribution: readonly number[];
}

/** A display histogram over a robust common range, shares of finite values per side. */
export interface DisplayHistogram {
  /** Bin edges, length = bins + 1, equal width. */
  readonly edges: readonly number[];
  readonly baseline: readonly number[];
  readonly current: readonly number[];
  /** Counts of finite values below the first edge / above the last. */
  readonly underflow: { readonly baseline: number; readonly current: number };
  readonly overflow: { readonly baseline: number; readonly current: number };
}

/** Empirical CDF points (x ascending, y in [0, 1]), downsampled to at most 200 points per side. */
export interface EcdfPoints {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export interface NumericCharts {
  readonly type: 'numeric';
  readonly psiBins: PsiBins | null;
  readonly histogram: DisplayHistogram | null;
  readonly ecdf: { readonly baseline: EcdfPoints; readonly current: EcdfPoints };
  /** x where the KS statistic D is reached, with both ECDF heights there. */
  readonly ksLocation: { readonly x: number; readonly baseline: number; readonly current: number } | null;
  /** Quantiles 1, 5, 25, 50, 75, 95, 99 of each side (type 7). */
  readonly quantiles: { readonly p: readonly number[]; readonly baseline: readonly number[]; readonly current: readonly number[] };
  readonly mean: { readonly baseline: number | null; readonly current: number | null };
  readonly std: { readonly baseline: number | null; readonly current: number | null };
}

export interface CategoryShare {
  readonly value: string;
  /** Share of the side's valued rows. */
  readonly baseline: number;
  readonly current: number;
  readonly unseen: boolean;
}

export interface CategoricalCharts {
  readonly type: 'categorical';
  /** Top categories by max(baseline, current) share, at most 20. */
  readonly categories: readonly CategoryShare[];
  /** Everything else, summed; `count` distinct categories. */
  readonly other: { readonly baseline: number; readonly current: number; readonly count: number };
}

export interface SideStat<T> {
  readonly baseline: T;
  readonly current: T;
}

export interface CalibrationBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  readonly meanScore: number | null;
  readonly positiveRate: number | null;
}

export interface LabelCoverage {
  readonly rows: number;
  readonly labelled: number;
  readonly share: number;
  /** The time window the labelled rows cover (ISO), `null` without a time column or labels. */
  readonly from: string | null;
  readonly to: string | null;
}

/** A model-layer warning, in words, with the signal that raised it. */
export interface ModelSignal {
  readonly signal: 'scoreDrift' | 'labelDrift' | 'entropySpread' | 'collapse' | 'calibration' | 'accuracy';
  readonly severity: Exclude<Severity, 'ok'>;
  readonly message: string;
}

export interface PredictionReport {
  readonly scoreColumn: string | null;
  readonly predictedLabelColumn: string | null;
  readonly groundTruthColumn: string | null;
  /** The score and predicted label as drift-tested features (entries of `features`). */
  readonly scoreFeatureId: FeatureId | null;
  readonly predictedLabelFeatureId: FeatureId | null;
  /** Mean of max(s, 1 - s) for binary scores. */
  readonly confidence: SideStat<number | null> | null;
  /** Binary prediction entropy in nats. */
  readonly entropy: SideStat<{ readonly mean: number; readonly std: number } | null> | null;
  /** The most frequent predicted label and its share; collapse when above the threshold. */
  readonly topClass: SideStat<{ readonly value: string; readonly share: number } | null> | null;
  readonly collapsed: boolean;
  readonly calibration: SideStat<{ readonly ece: number; readonly bins: readonly CalibrationBin[] } | null> | null;
  readonly accuracy: SideStat<number | null> | null;
  readonly labelCoverage: SideStat<LabelCoverage> | null;
  readonly scoreHistogram: DisplayHistogram | null;
  readonly severity: Severity;
  readonly signals: readonly ModelSignal[];
}

export type ChunkPeriod = 'hour' | 'day' | 'week' | 'month';

export interface Chunk {
  readonly index: number;
  /** ISO start (inclusive) and end (exclusive) of the period; for row chunks, the first and last timestamps seen, or `null` without a time column. */
  readonly start: string | null;
  readonly end: string | null;
  readonly rows: number;
}

/** One feature's chunk statistic over the current window. */
export interface ChunkSeries {
  readonly featureId: FeatureId;
  /** The threshold each chunk is held against: learned (baseline mean + 3σ) or the absolute warn level. */
  readonly threshold: number;
  readonly thresholdSource: 'learned' | 'absolute';
  /** Per chunk; `null` where the chunk has no value for the feature. */
  readonly values: readonly (number | null)[];
  /** A chunk exceeds when its PSI is above the threshold or its |null-rate delta| reaches the absolute warn level. */
  readonly exceeds: readonly boolean[];
  /** Baseline's own chunk values (what the threshold was learned from). */
  readonly baselineValues: readonly number[];
  /** Per chunk: its null rate minus the whole baseline's; `null` for an empty chunk. */
  readonly nullRateDelta: readonly (number | null)[];
}

export type MarkerKind = 'changelog' | 'modelVersion' | 'commit';

export interface TimelineMarkerView {
  /** `m0`, `m1`, … */
  readonly id: string;
  readonly kind: MarkerKind;
  readonly time: string;
  readonly label: string;
  /** Changelog entry id, model_version value or commit sha. */
  readonly ref: string;
  readonly author?: string;
}

export interface Timeline {
  readonly timeColumn: string | null;
  readonly chunking: { readonly by: ChunkPeriod | 'rows'; readonly rowsPerChunk: number | null; readonly auto: boolean };
  /** The per-chunk statistic: PSI against the whole baseline, on the baseline's bins. */
  readonly statistic: 'psi';
  readonly chunks: readonly Chunk[];
  readonly baselineChunks: number;
  readonly series: readonly ChunkSeries[];
  readonly markers: readonly TimelineMarkerView[];
  /** Whether git history was read for the check, and how many of its commits fall in the window (they are among `markers`); or why it was not read. */
  readonly commits: CommitsRead;
}

export type CommitsRead = { readonly read: true; readonly via: string; readonly inWindow: number } | { readonly read: false; readonly reason: string };

export interface SegmentFeature {
  readonly id: FeatureId;
  readonly name: string;
  readonly psi: number | null;
  readonly severity: Severity;
  readonly onset: { readonly start: string | null; readonly chunkIndex: number } | null;
}

export interface SegmentReport {
  readonly column: string;
  readonly value: string;
  /** Share of all rows in the segment, per side. */
  readonly share: SideStat<number>;
  readonly rows: SideStat<number>;
  readonly severity: Severity;
  readonly features: readonly SegmentFeature[];
  readonly accuracy: SideStat<number | null> | null;
  /** What the segment's current rows were compared with: its own baseline rows, or the whole baseline when it has fewer than 50 (a new model_version). */
  readonly reference: 'segment' | 'wholeBaseline';
}

export type BlastRadiusClass = 'none' | 'featureEncodingBug' | 'dataDrift' | 'badDeployment' | 'infrastructure' | 'undetermined';

/** One cause: the features it explains, where and since when, and what to do. */
export interface BlastRadiusFinding {
  readonly class: BlastRadiusClass;
  readonly likelyCause: string;
  readonly action: string;
  readonly featureIds: readonly FeatureId[];
  readonly features: readonly string[];
  /** The segment values the drift is confined to, when it is. */
  readonly segments: readonly { readonly column: string; readonly value: string }[];
  /** Earliest onset among the features (ISO), when known. */
  readonly onset: string | null;
  readonly evidence: readonly string[];
  /** Rows and share of current traffic in `segments`, or from the earliest onset on when the drift is everywhere. */
  readonly affected: { readonly rows: number; readonly share: number };
}

/** The primary cause (the first finding: bad deployment, then encoding bug, infrastructure, data drift), and every finding. */
export interface BlastRadius {
  readonly class: BlastRadiusClass;
  readonly likelyCause: string;
  readonly action: string;
  /** Sentences with the numbers that led to the class. */
  readonly evidence: readonly string[];
  /** The primary finding's reach: rows and share of current traffic in its segments, or from its onset on. */
  readonly affected: { readonly rows: number; readonly share: number };
  readonly findings: readonly BlastRadiusFinding[];
}

export interface Summary {
  readonly features: number;
  readonly bySeverity: { readonly ok: number; readonly warn: number; readonly critical: number };
  /** Share of input features (role `feature`) at warn or worse, with the count. */
  readonly datasetDrift: { readonly share: number; readonly count: number; readonly of: number };
  readonly worst: Severity;
  readonly rows: SideStat<number>;
}

export interface ReportInput {
  readonly side: 'baseline' | 'current';
  readonly path: string;
  readonly format: 'csv' | 'jsonl' | 'arrow' | 'parquet';
  readonly rows: number;
  readonly sha256: string;
  /** The row filter applied, in words, when the side is a slice of a log. */
  readonly where: string | null;
}

export interface MethodNote {
  readonly statistic: string;
  readonly definition: string;
  readonly reference: string;
}

export interface Methods {
  readonly thresholds: Thresholds;
  readonly definitions: readonly MethodNote[];
  readonly segmentColumns: readonly string[];
}

export interface DriftReport {
  readonly version: 1;
  readonly generatedAt: string;
  readonly features: readonly FeatureReport[];
  readonly prediction: PredictionReport;
  readonly timeline: Timeline | null;
  readonly segments: readonly SegmentReport[];
  readonly blastRadius: BlastRadius;
  readonly summary: Summary;
  readonly inputs: readonly ReportInput[];
  readonly methods: Methods;
  /** Columns profiled but not drift-tested (identifiers, timestamps), and why. */
  readonly skippedColumns: readonly { readonly name: string; readonly reason: string }[];
  /** Load warnings and skipped rows, as `path:line: message`. */
  readonly warnings: readonly string[];
}

const severityRank: Record<Severity, number> = { ok: 0, warn: 1, critical: 2 };

/** The worse of two severities. */
export function worseSeverity(a: Severity, b: Severity): Severity {
  return severityRank[a] >= severityRank[b] ? a : b;
}

/** True when `severity` is at `level` or worse. */
export function reaches(severity: Severity, level: Severity): boolean {
  return severityRank[severity] >= severityRank[level];
}
