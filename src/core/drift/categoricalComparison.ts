// One categorical feature, baseline against current, over the union of their categories: PSI, the
// Jensen-Shannon distance, the chi-square homogeneity test, unseen categories, the severity and the chart
// aggregates (top categories with both shares).
import { chiSquareHomogeneity } from '../stats/chiSquare';
import { jensenShannonDistance } from '../stats/jensenShannon';
import { populationStabilityIndex } from '../stats/psi';
import { unseenCategories } from '../stats/unseenCategories';
import type { CategoryDictionary } from './columnValues';
import type { CategoricalCharts, CategoryShare, DriftStatistics } from './report';
import { severityOf } from './severity';
import type { Thresholds } from './thresholds';

const TOP_CATEGORIES = 20;
const LISTED_UNSEEN = 20;

/** Counts per category code (codes of a shared CategoryDictionary), plus the null count. */
export interface CategoricalProfile {
  readonly counts: Float64Array;
  readonly nullCount: number;
  readonly total: number;
}

/** Counts the codes (-1 = null); `size` is the dictionary's size once both sides are encoded. */
export function categoricalProfile(codes: Int32Array, size: number): CategoricalProfile {
  const counts = new Float64Array(size);
  let nullCount = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code < 0) nullCount++;
    else counts[code]!++;
  }
  return { counts, nullCount, total: codes.length };
}

function rate(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

export interface CategoricalComparison {
  readonly statistics: DriftStatistics;
  readonly charts: CategoricalCharts;
}

export function compareCategorical(
  baseline: CategoricalProfile,
  current: CategoricalProfile,
  dictionary: CategoryDictionary,
  thresholds: Thresholds,
): CategoricalComparison {
  // The union of categories seen on either side, in code order.
  const union: number[] = [];
  for (let code = 0; code < baseline.counts.length; code++) {
    if (baseline.counts[code]! > 0 || (current.counts[code] ?? 0) > 0) union.push(code);
  }
  const b = Float64Array.from(union, (code) => baseline.counts[code]!);
  const c = Float64Array.from(union, (code) => current.counts[code] ?? 0);
  const bValued = baseline.total - baseline.nullCount;
  const cValued = current.total - current.nullCount;
  const bothValued = bValued > 0 && cValued > 0;
  const psi = bothValued ? populationStabilityIndex(b, c).value : null;
  const jensenShannon = bothValued ? jensenShannonDistance(b, c) : null;
  const chiSquare = bothValued ? chiSquareHomogeneity(b, c) : null;
  const bMap = new Map<string, number>();
  const cMap = new Map<string, number>();
  union.forEach((code, k) => {
    bMap.set(dictionary.nameOf(code), b[k]!);
    cMap.set(dictionary.nameOf(code), c[k]!);
  });
  const unseen = cValued > 0 ? unseenCategories(bMap, cMap) : null;
  const nullRate = { baseline: rate(baseline.nullCount, baseline.total), current: rate(current.nullCount, current.total) };
  const nullRateDelta = nullRate.current - nullRate.baseline;
  const { severity, decidedBy } = severityOf(
    'categorical',
    {
      psi,
      ksPValue: null,
      baselineValues: bValued,
      jensenShannonDivergence: jensenShannon === null ? null : jensenShannon * jensenShannon,
      nullRateDelta: baseline.total > 0 && current.total > 0 ? nullRateDelta : null,
      // Against an empty baseline every category is "unseen": that is the null-rate signal's case, not this one.
      unseenCategoryShare: bValued > 0 && unseen ? unseen.share : null,
    },
    thresholds,
  );
  const statistics: DriftStatistics = {
    severity,
    decidedBy,
    psi,
    ks: null,
    wasserstein: null,
    wassersteinNormed: null,
    jensenShannon,
    chiSquare,
    nullRate: { ...nullRate, delta: nullRateDelta },
    nonFiniteRate: { baseline: 0, current: 0, delta: 0 },
    unseenCategories: unseen
      ? { categories: unseen.categories.slice(0, LISTED_UNSEEN).map((u) => u.value), share: unseen.share, count: unseen.categories.length }
      : null,
    values: { baseline: bValued, current: cValued },
  };
  return { statistics, charts: categoryCharts(union, b, c, bValued, cValued, dictionary) };
}

function categoryCharts(
  union: readonly number[],
  b: Float64Array,
  c: Float64Array,
  bValued: number,
  cValued: number,
  dictionary: CategoryDictionary,
): CategoricalCharts {
  const shares: CategoryShare[] = union.map((code, k) => ({
    value: dictionary.nameOf(code),
    baseline: bValued === 0 ? 0 : b[k]! / bValued,
    current: cValued === 0 ? 0 : c[k]! / cValued,
    unseen: b[k] === 0,
  }));
  shares.sort((x, y) => Math.max(y.baseline, y.current) - Math.max(x.baseline, x.current) || (x.value < y.value ? -1 : 1));
  const top = shares.slice(0, TOP_CATEGORIES);
  const rest = shares.slice(TOP_CATEGORIES);
  return {
    type: 'categorical',
    categories: top,
    other: {
      baseline: rest.reduce((sum, s) => sum + s.baseline, 0),
      current: rest.reduce((sum, s) => sum + s.current, 0),
      count: rest.length,
    },
  };
}
