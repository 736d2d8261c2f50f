import { upperRegularizedGamma } from './gamma';

/**
 * Chi-square test of homogeneity on the 2×k table whose rows are the baseline's and the current's counts
 * per category (bin). Matches `scipy.stats.chi2_contingency([baseline, current])` with its defaults:
 * Pearson's statistic `Σ (O - E)² / E` with `E = row total · column total / N`, `dof = k - 1`, Yates'
 * continuity correction (each |O - E| shrunk by at most 0.5) only when dof = 1, and
 * `p = chi2.sf(statistic, dof)` through the regularised upper incomplete gamma function.
 *
 * Differences from scipy, on inputs where scipy raises: categories whose total is 0 on both sides are
 * dropped before counting dof (scipy errors on a zero expected frequency); a side with no rows at all
 * gives `NaN` statistic and p-value with dof 0. With one category left (dof 0) the statistic is 0 and
 * p is 1, as scipy returns.
 */
export function chiSquareHomogeneity(
  baselineCounts: ArrayLike<number>,
  currentCounts: ArrayLike<number>,
): { statistic: number; pValue: number; dof: number } {
  if (baselineCounts.length !== currentCounts.length) {
    throw new RangeError(
      `chi-square needs the same categories on both sides (baseline ${baselineCounts.length}, current ${currentCounts.length})`,
    );
  }
  const baseline: number[] = [];
  const current: number[] = [];
  let baselineTotal = 0;
  let currentTotal = 0;
  for (let i = 0; i < baselineCounts.length; i++) {
    const b = baselineCounts[i]!;
    const c = currentCounts[i]!;
    if (b < 0 || c < 0 || !Number.isFinite(b) || !Number.isFinite(c)) {
      throw new RangeError(`chi-square counts must be finite and non-negative (category ${i}: ${b}, ${c})`);
    }
    if (b + c === 0) continue;
    baseline.push(b);
    current.push(c);
    baselineTotal += b;
    currentTotal += c;
  }
  if (baselineTotal === 0 || currentTotal === 0) return { statistic: NaN, pValue: NaN, dof: 0 };
  const dof = baseline.length - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof };
  const total = baselineTotal + currentTotal;
  let statistic = 0;
  for (let i = 0; i < baseline.length; i++) {
    const columnTotal = baseline[i]! + current[i]!;
    statistic += pearsonTerm(baseline[i]!, (baselineTotal * columnTotal) / total, dof);
    statistic += pearsonTerm(current[i]!, (currentTotal * columnTotal) / total, dof);
  }
  return { statistic, pValue: upperRegularizedGamma(dof / 2, statistic / 2), dof };
}

/** (O - E)² / E, with O moved toward E by min(0.5, |E - O|) when dof = 1 (Yates, as scipy does). */
function pearsonTerm(observed: number, expected: number, dof: number): number {
  let o = observed;
  if (dof === 1) {
    const difference = expected - observed;
    o += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
  }
  const d = o - expected;
  return (d * d) / expected;
}
