import { mean, standardDeviation } from './moments';

/**
 * Prediction entropy of binary scores in nats, `-(s ln s + (1 - s) ln(1 - s))` with `0 ln 0 = 0`: its mean
 * and population standard deviation (ddof 0) over the rows. Matches numpy on the same formula
 * (scripts/reference/stats_reference.py). Scores that are `NaN` or outside [0, 1] are excluded; no
 * score at all gives `NaN` for both.
 */
export function binaryPredictionEntropy(scores: Float64Array): { mean: number; std: number } {
  const entropies = new Float64Array(scores.length);
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (!(s >= 0 && s <= 1)) continue;
    const h = -(xLogX(s) + xLogX(1 - s));
    entropies[n++] = h;
  }
  if (n === 0) return { mean: NaN, std: NaN };
  const used = entropies.subarray(0, n);
  const average = mean(used);
  return { mean: average, std: standardDeviation(used, average) };
}

function xLogX(x: number): number {
  return x === 0 ? 0 : x * Math.log(x);
}
