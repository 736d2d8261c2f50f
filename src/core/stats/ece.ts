/** One calibration bin: scores in `[lower, upper)` (the last bin includes 1). */
export interface CalibrationBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  readonly meanScore: number;
  readonly meanLabel: number;
}

const BIN_COUNT = 10;

/**
 * Expected calibration error of a binary classifier: 10 equal-width bins of the positive-class score,
 * bin = `min(floor(10 · s), 9)`, and `Σ (n_b / N) · |mean(label) - mean(score)|` over the bins.
 * Matches the brute-force numpy computation in scripts/reference/stats_reference.py.
 * Rows whose score or label is missing (`NaN`), or whose score lies outside [0, 1], are excluded; labels
 * are 0/1 (any other finite value is used as is, so a fractional label means an averaged outcome).
 * `bins` holds only the bins with at least one row, in ascending order; no row at all gives `NaN`.
 */
export function expectedCalibrationError(
  scores: Float64Array,
  labels: Float64Array,
): { value: number; bins: CalibrationBin[] } {
  if (scores.length !== labels.length) {
    throw new RangeError(`ECE needs one label per score (${scores.length} scores, ${labels.length} labels)`);
  }
  const counts = new Float64Array(BIN_COUNT);
  const scoreSums = new Float64Array(BIN_COUNT);
  const labelSums = new Float64Array(BIN_COUNT);
  let rows = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    const y = labels[i]!;
    if (!(s >= 0 && s <= 1) || !Number.isFinite(y)) continue;
    const bin = Math.min(Math.floor(BIN_COUNT * s), BIN_COUNT - 1);
    counts[bin]!++;
    scoreSums[bin]! += s;
    labelSums[bin]! += y;
    rows++;
  }
  const bins: CalibrationBin[] = [];
  let value = 0;
  for (let bin = 0; bin < BIN_COUNT; bin++) {
    const count = counts[bin]!;
    if (count === 0) continue;
    const meanScore = scoreSums[bin]! / count;
    const meanLabel = labelSums[bin]! / count;
    value += (count / rows) * Math.abs(meanLabel - meanScore);
    bins.push({ lower: bin / BIN_COUNT, upper: (bin + 1) / BIN_COUNT, count, meanScore, meanLabel });
  }
  return { value: rows === 0 ? NaN : value, bins };
}
