// Which statistics apply to which kind, each with its definition and the reference it matches
// (drift-methods.md). The report carries the definitions, so a reader of a JSON file knows the conventions.
import type { FeatureKind, MethodNote } from './report';

export type StatisticName = 'psi' | 'ks' | 'wasserstein' | 'wassersteinNormed' | 'jensenShannon' | 'chiSquare' | 'nullRate' | 'nonFiniteRate' | 'unseenCategories';

/** Statistics computed for each kind; the others are `null` in the report. */
export const statisticsByKind: Record<FeatureKind, readonly StatisticName[]> = {
  numeric: ['psi', 'ks', 'wasserstein', 'wassersteinNormed', 'jensenShannon', 'nullRate', 'nonFiniteRate'],
  categorical: ['psi', 'jensenShannon', 'chiSquare', 'nullRate', 'unseenCategories'],
};

export const methodDefinitions: readonly MethodNote[] = [
  { statistic: 'nullRate', definition: 'share of rows that are null, empty or NaN; excluded from every distribution statistic', reference: '-' },
  { statistic: 'nonFiniteRate', definition: 'share of rows that are ±Infinity; excluded from every distribution statistic', reference: '-' },
  {
    statistic: 'psi',
    definition:
      'Σ (c - b)·ln(c / b) over bins, shares of finite values, a zero share taken as 1e-6 (no renormalisation). Numeric bins: interior edges at the baseline percentiles 10..90 (type 7), duplicates merged, outer bins open; categorical bins: the union of categories',
    reference: 'np.percentile(base, linspace(0, 100, 11))[1:-1] edges, brute force over the bins',
  },
  { statistic: 'ks', definition: 'two-sample two-sided Kolmogorov-Smirnov D and p-value; exact when max(n1, n2) <= 10000, else kstwo.sf(D, round(n1·n2/(n1+n2)))', reference: "scipy.stats.ks_2samp(base, cur), method='auto'" },
  { statistic: 'wasserstein', definition: 'W1 between the two empirical distributions', reference: 'scipy.stats.wasserstein_distance(base, cur)' },
  { statistic: 'wassersteinNormed', definition: 'W1 / max(std(base, ddof=0), 0.001)', reference: "Evidently's wasserstein drift test" },
  { statistic: 'jensenShannon', definition: 'Jensen-Shannon distance base 2 (0 to 1) over the PSI bins (numeric) or the union of categories; the thresholds use the divergence, its square', reference: 'scipy.spatial.distance.jensenshannon(p, q, base=2)' },
  { statistic: 'chiSquare', definition: 'homogeneity test on the 2×k table of counts over the union of categories; Yates correction only when dof = 1', reference: 'scipy.stats.chi2_contingency defaults' },
  { statistic: 'unseenCategories', definition: 'categories in current absent from the baseline, with their share of valued current rows', reference: '-' },
  { statistic: 'ece', definition: '10 equal-width bins of the positive-class score, bin = min(floor(10·s), 9), weighted mean of |mean(y) - mean(s)| over labelled rows', reference: 'brute force' },
  { statistic: 'entropy', definition: 'binary prediction entropy -(s ln s + (1-s) ln(1-s)) in nats, mean and std (ddof 0)', reference: 'numpy' },
  {
    statistic: 'chunkThreshold',
    definition: 'per feature, PSI of each baseline chunk against the whole baseline; threshold = mean + 3σ (ddof 0); the absolute PSI warn level when the baseline has fewer than 6 chunks',
    reference: 'NannyML (reference-chunk thresholds)',
  },
  { statistic: 'onset', definition: 'first chunk from which the chunk PSI stays above its threshold for at least 2 consecutive chunks; isolated exceedances are blips', reference: '-' },
  {
    statistic: 'severity',
    definition: 'worst of: PSI >= 0.1 warn / 0.2 critical; KS p < 0.05 / 0.01 (numeric, baseline <= 1000 values); JS divergence >= 0.05 / 0.1 (categorical); |null-rate delta| >= 0.02 / 0.05; unseen share > 0 / >= 0.01 (categorical). Features rank by the worse of whole window and since onset',
    reference: 'drift-methods.md severity table',
  },
];
