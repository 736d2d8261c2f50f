// The model layer: what the model's outputs and, where they have arrived, the ground-truth labels say.
// Score and predicted-label drift are ordinary features (numeric and categorical); this adds confidence,
// entropy, output collapse, calibration, accuracy and label coverage. Delayed labels are normal: an
// unlabelled row is never counted as wrong, and coverage says how many rows and which window are labelled.
import { expectedCalibrationError } from '../stats/ece';
import { binaryPredictionEntropy } from '../stats/entropy';
import type { CalibrationBin, LabelCoverage, ModelSignal, PredictionReport, SideStat } from './report';
import type { Thresholds } from './thresholds';

/**
 * A label column per row as codes into `names`, -1 for missing (null or empty). The predicted and the true
 * labels of both sides share one `names`, so equal labels have equal codes: counting and comparing labels is
 * integer work, not a string per row.
 */
export interface CodedLabels {
  readonly codes: Int32Array;
  readonly names: readonly string[];
}

/** One side's model outputs and labels, row-aligned; any may be absent. */
export interface PredictionSide {
  /** Positive-class score, NaN for null. */
  readonly scores: Float64Array | null;
  /** Predicted label per row. */
  readonly predicted: CodedLabels | null;
  /** Ground truth per row (missing: not yet labelled). */
  readonly truth: CodedLabels | null;
  readonly times: Float64Array | null;
}

export interface PredictionColumns {
  readonly score: string | null;
  readonly predictedLabel: string | null;
  readonly groundTruth: string | null;
}

const POSITIVE = new Set(['1', '1.0', 'true', 'yes', 'positive', 'pos']);

/** Whether a label names the positive class. */
function isPositive(label: string): boolean {
  return POSITIVE.has(label.trim().toLowerCase());
}

/** Per code of `labels.names`: 1 for a positive class name, 0 for any other. */
function positiveByCode(labels: CodedLabels): Uint8Array {
  return Uint8Array.from(labels.names, (name) => (isPositive(name) ? 1 : 0));
}

/** Ground truth as 1 (positive), 0 (any other value) or NaN (unlabelled), for ECE. */
export function positiveLabels(truth: CodedLabels): Float64Array {
  const positive = positiveByCode(truth);
  const out = new Float64Array(truth.codes.length);
  for (let i = 0; i < out.length; i++) {
    const code = truth.codes[i]!;
    out[i] = code < 0 ? NaN : positive[code]!;
  }
  return out;
}

function isBinaryScore(scores: Float64Array): boolean {
  let any = false;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s !== s) continue;
    if (s < 0 || s > 1) return false;
    any = true;
  }
  return any;
}

const correctnessOf = new WeakMap<PredictionSide, Float64Array | null>();

/**
 * Per-row correctness: 1 when the predicted label equals the ground truth (the same text; without a
 * predicted-label column the prediction is score >= 0.5, right when the truth names the positive class by
 * the POSITIVE names), 0 when not, NaN when the row has no label or no prediction yet.
 * Computed once per side (accuracy and the per-segment accuracy both read it).
 */
export function correctness(side: PredictionSide): Float64Array | null {
  if (!correctnessOf.has(side)) correctnessOf.set(side, computeCorrectness(side));
  return correctnessOf.get(side)!;
}

function computeCorrectness(side: PredictionSide): Float64Array | null {
  const { truth, predicted, scores } = side;
  if (!truth || (!predicted && !scores)) return null;
  const out = new Float64Array(truth.codes.length);
  if (predicted) {
    for (let i = 0; i < out.length; i++) {
      const t = truth.codes[i]!;
      const p = predicted.codes[i]!;
      out[i] = t < 0 || p < 0 ? NaN : t === p ? 1 : 0;
    }
    return out;
  }
  const positive = positiveByCode(truth);
  for (let i = 0; i < out.length; i++) {
    const t = truth.codes[i]!;
    const s = scores![i]!;
    out[i] = t < 0 || s !== s ? NaN : positive[t] === (s >= 0.5 ? 1 : 0) ? 1 : 0;
  }
  return out;
}

function meanOfFinite(values: Float64Array): number | null {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? null : sum / n;
}

function confidenceOf(scores: Float64Array): number | null {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s !== s) continue;
    sum += s >= 0.5 ? s : 1 - s;
    n++;
  }
  return n === 0 ? null : sum / n;
}

/**
 * The most frequent predicted class and its share of the rows with a prediction (the predicted-label column,
 * else "1"/"0" from score >= 0.5). Ties go to the class seen first, as a count in order of appearance would.
 */
function topClass(side: PredictionSide, rows: number): { value: string; share: number } | null {
  let counts: Float64Array;
  let firstRow: Float64Array;
  let names: readonly string[];
  if (side.predicted) {
    ({ names } = side.predicted);
    counts = new Float64Array(names.length);
    firstRow = new Float64Array(names.length).fill(Infinity);
    const codes = side.predicted.codes;
    for (let i = 0; i < rows; i++) {
      const code = codes[i]!;
      if (code < 0) continue;
      if (counts[code] === 0) firstRow[code] = i;
      counts[code]!++;
    }
  } else {
    names = ['1', '0'];
    counts = new Float64Array(2);
    firstRow = new Float64Array(2).fill(Infinity);
    const scores = side.scores;
    for (let i = 0; scores && i < rows; i++) {
      const s = scores[i]!;
      if (s !== s) continue;
      const code = s >= 0.5 ? 0 : 1;
      if (counts[code] === 0) firstRow[code] = i;
      counts[code]!++;
    }
  }
  const valued = counts.reduce((sum, n) => sum + n, 0);
  let best = -1;
  for (let code = 0; code < counts.length; code++) {
    if (counts[code] === 0) continue;
    if (best < 0 || counts[code]! > counts[best]! || (counts[code] === counts[best] && firstRow[code]! < firstRow[best]!)) best = code;
  }
  return best < 0 ? null : { value: names[best]!, share: counts[best]! / valued };
}

function coverage(side: PredictionSide, rows: number): LabelCoverage {
  let labelled = 0;
  let from = Infinity;
  let to = -Infinity;
  const truth = side.truth?.codes;
  for (let i = 0; truth && i < rows; i++) {
    if (truth[i]! < 0) continue;
    labelled++;
    const t = side.times ? side.times[i]! : NaN;
    if (t < from) from = t;
    if (t > to) to = t;
  }
  return {
    rows,
    labelled,
    share: rows === 0 ? 0 : labelled / rows,
    from: from <= to ? new Date(from).toISOString() : null,
    to: from <= to ? new Date(to).toISOString() : null,
  };
}

function calibration(side: PredictionSide): { ece: number; bins: CalibrationBin[] } | null {
  if (!side.scores || !side.truth) return null;
  const result = expectedCalibrationError(side.scores, positiveLabels(side.truth));
  if (!Number.isFinite(result.value)) return null;
  return {
    ece: result.value,
    bins: result.bins.map((b) => ({ lower: b.lower, upper: b.upper, count: b.count, meanScore: b.meanScore, positiveRate: b.meanLabel })),
  };
}

function rowsOf(side: PredictionSide): number {
  return side.scores?.length ?? side.predicted?.codes.length ?? side.truth?.codes.length ?? 0;
}

/** The model layer of the report (feature ids, scoreHistogram and the drift signals are filled in by the caller). */
export function predictionLayer(
  columns: PredictionColumns,
  baseline: PredictionSide,
  current: PredictionSide,
  thresholds: Thresholds,
): Omit<PredictionReport, 'scoreFeatureId' | 'predictedLabelFeatureId' | 'scoreHistogram' | 'severity'> {
  const signals: ModelSignal[] = [];
  const binary = Boolean(baseline.scores && current.scores && isBinaryScore(baseline.scores) && isBinaryScore(current.scores));
  const confidence: SideStat<number | null> | null = binary
    ? { baseline: confidenceOf(baseline.scores!), current: confidenceOf(current.scores!) }
    : null;
  let entropy: PredictionReport['entropy'] = null;
  if (binary) {
    const b = binaryPredictionEntropy(baseline.scores!);
    const c = binaryPredictionEntropy(current.scores!);
    entropy = { baseline: Number.isFinite(b.mean) ? b : null, current: Number.isFinite(c.mean) ? c : null };
    if (entropy.baseline && entropy.current && entropy.current.std > thresholds.entropyStdRatio * entropy.baseline.std) {
      signals.push({
        signal: 'entropySpread',
        severity: 'warn',
        message: `the spread of prediction entropy grew from ${entropy.baseline.std.toFixed(3)} to ${entropy.current.std.toFixed(3)} nats (more than ${thresholds.entropyStdRatio}x)`,
      });
    }
  }
  const hasPredictions = Boolean(columns.predictedLabel || binary);
  const top = hasPredictions ? { baseline: topClass(baseline, rowsOf(baseline)), current: topClass(current, rowsOf(current)) } : null;
  // A model that always predicted one class in the baseline (a rare-event detector) has not collapsed now.
  const collapsed = Boolean(
    top?.current && top.current.share > thresholds.collapseTopClassShare && !(top.baseline && top.baseline.share > thresholds.collapseTopClassShare),
  );
  if (collapsed && top?.current) {
    signals.push({
      signal: 'collapse',
      severity: 'warn',
      message: `output collapse: '${top.current.value}' is ${(100 * top.current.share).toFixed(1)}% of current predictions (baseline top class ${top.baseline ? `${(100 * top.baseline.share).toFixed(1)}%` : 'n/a'})`,
    });
  }
  const hasLabels = Boolean(columns.groundTruth);
  const calibrationPair = hasLabels && binary ? { baseline: calibration(baseline), current: calibration(current) } : null;
  if (calibrationPair?.current && calibrationPair.current.ece > thresholds.ece) {
    signals.push({ signal: 'calibration', severity: 'warn', message: `ECE ${calibrationPair.current.ece.toFixed(3)} on the labelled current rows (above ${thresholds.ece})` });
  }
  let accuracy: SideStat<number | null> | null = null;
  if (hasLabels) {
    const b = correctness(baseline);
    const c = correctness(current);
    accuracy = { baseline: b ? meanOfFinite(b) : null, current: c ? meanOfFinite(c) : null };
    if (accuracy.baseline !== null && accuracy.current !== null && accuracy.baseline - accuracy.current > 0.05) {
      signals.push({
        signal: 'accuracy',
        severity: accuracy.baseline - accuracy.current > 0.1 ? 'critical' : 'warn',
        message: `accuracy fell from ${(100 * accuracy.baseline).toFixed(1)}% to ${(100 * accuracy.current).toFixed(1)}% on labelled rows`,
      });
    }
  }
  return {
    scoreColumn: columns.score,
    predictedLabelColumn: columns.predictedLabel,
    groundTruthColumn: columns.groundTruth,
    confidence,
    entropy,
    topClass: top,
    collapsed,
    calibration: calibrationPair,
    accuracy,
    labelCoverage: hasLabels ? { baseline: coverage(baseline, rowsOf(baseline)), current: coverage(current, rowsOf(current)) } : null,
    signals,
  };
}
