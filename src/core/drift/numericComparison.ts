// One numeric feature, baseline against current: every statistic of the method registry for the kind,
// the severity, and the chart aggregates. The baseline side is a profile built once and reused for the
// whole window, every since-onset window and every segment.
import { ecdfWalk, type EcdfWalk } from '../stats/ecdfWalk';
import { ksFromWalk } from '../stats/ks';
import { mean, standardDeviation } from '../stats/moments';
import { populationStabilityIndex } from '../stats/psi';
import { binCounts, psiBinEdges } from '../stats/psiBins';
import { quantileSorted } from '../stats/quantile';
import { numericSample, type NumericSample } from '../stats/sample';
import { jensenShannonDistance } from '../stats/jensenShannon';
import { normedWasserstein } from '../stats/wasserstein';
import { displayHistogram, ecdfPoints } from './distributionCharts';
import type { DriftStatistics, NumericCharts } from './report';
import { severityOf } from './severity';
import type { Thresholds } from './thresholds';

/** The baseline's side of every numeric comparison, computed once per column. */
export interface NumericProfile {
  readonly sample: NumericSample;
  readonly mean: number | null;
  readonly std: number | null;
  /** Interior PSI edges (baseline deciles, duplicates merged). */
  readonly edges: Float64Array;
  readonly binCounts: Float64Array;
  readonly constant: boolean;
}

/** Profiles a column given as values with NaN for null; `into` as numericSample's. */
export function numericProfile(values: Float64Array, into?: Float64Array): NumericProfile {
  return profileOfSample(numericSample(values, into));
}

export function profileOfSample(sample: NumericSample): NumericProfile {
  const sorted = sample.sorted;
  const edges = psiBinEdges(sorted);
  const average = sorted.length > 0 ? mean(sorted) : null;
  return {
    sample,
    mean: average,
    std: average === null ? null : standardDeviation(sorted, average),
    edges,
    binCounts: binCounts(sorted, edges),
    constant: sorted.length > 0 && sorted[0] === sorted[sorted.length - 1],
  };
}

const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];

function rate(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export interface NumericComparison {
  readonly statistics: DriftStatistics;
  readonly charts: NumericCharts;
}

/** Compares the current sample with the baseline profile: the statistics and the chart aggregates. */
export function compareNumeric(baseline: NumericProfile, current: NumericSample, thresholds: Thresholds): NumericComparison {
  const pair = pairOf(baseline, current);
  return { statistics: numericStatistics(baseline, current, thresholds, pair), charts: numericCharts(baseline, current, pair) };
}

/** What both the statistics and the charts read of the two samples, computed once. */
interface SamplePair {
  /** The current sample counted in the baseline's PSI bins. */
  readonly currentBins: Float64Array;
  /** PSI over those bins; null when a side has no value. */
  readonly psi: ReturnType<typeof populationStabilityIndex> | null;
  /** The one merge walk that KS, Wasserstein and the KS chart read; null when a side has no value. */
  readonly walk: EcdfWalk | null;
}

function pairOf(baseline: NumericProfile, current: NumericSample): SamplePair {
  const currentBins = binCounts(current.sorted, baseline.edges);
  const bothValued = baseline.sample.sorted.length > 0 && current.sorted.length > 0;
  return {
    currentBins,
    psi: bothValued ? populationStabilityIndex(baseline.binCounts, currentBins) : null,
    walk: bothValued ? ecdfWalk(baseline.sample.sorted, current.sorted) : null,
  };
}

/** The statistics alone (a since-onset window: its charts would be thrown away, and they are three more passes over a million values). */
export function numericStatistics(baseline: NumericProfile, current: NumericSample, thresholds: Thresholds, pair = pairOf(baseline, current)): DriftStatistics {
  const { currentBins, psi, walk } = pair;
  const b = baseline.sample;
  const bSorted = b.sorted;
  const cSorted = current.sorted;
  const bothValued = bSorted.length > 0 && cSorted.length > 0;
  const ks = walk ? ksFromWalk(walk, bSorted.length, cSorted.length) : null;
  const wasserstein = walk ? walk.wasserstein : null;
  const jensenShannon = bothValued ? jensenShannonDistance(baseline.binCounts, currentBins) : null;
  const nullRate = { baseline: rate(b.nullCount, b.total), current: rate(current.nullCount, current.total) };
  const nonFinite = { baseline: rate(b.nonFiniteCount, b.total), current: rate(current.nonFiniteCount, current.total) };
  const nullRateDelta = nullRate.current - nullRate.baseline;
  const psiValue = psi ? finiteOrNull(psi.value) : null;
  const { severity, decidedBy } = severityOf(
    'numeric',
    {
      psi: baseline.constant ? null : psiValue,
      ksPValue: ks ? ks.pValue : null,
      baselineValues: bSorted.length,
      jensenShannonDivergence: null,
      nullRateDelta: b.total > 0 && current.total > 0 ? nullRateDelta : null,
      unseenCategoryShare: null,
    },
    thresholds,
  );
  const statistics: DriftStatistics = {
    severity,
    decidedBy,
    psi: psiValue,
    ks: ks ? { statistic: ks.statistic, pValue: ks.pValue, method: ks.method } : null,
    wasserstein: wasserstein === null ? null : finiteOrNull(wasserstein),
    wassersteinNormed: wasserstein === null || baseline.std === null ? null : finiteOrNull(normedWasserstein(wasserstein, baseline.std)),
    jensenShannon: jensenShannon === null ? null : finiteOrNull(jensenShannon),
    chiSquare: null,
    nullRate: { ...nullRate, delta: nullRateDelta },
    nonFiniteRate: { ...nonFinite, delta: nonFinite.current - nonFinite.baseline },
    unseenCategories: null,
    values: { baseline: bSorted.length, current: cSorted.length },
  };
  return statistics;
}

function numericCharts(baseline: NumericProfile, current: NumericSample, { currentBins, psi, walk }: SamplePair): NumericCharts {
  const bSorted = baseline.sample.sorted;
  const cSorted = current.sorted;
  const currentMean = cSorted.length > 0 ? mean(cSorted) : null;
  const bTotal = bSorted.length || 1;
  const cTotal = cSorted.length || 1;
  return {
    type: 'numeric',
    psiBins: psi
      ? {
          edges: Array.from(baseline.edges),
          baseline: Array.from(baseline.binCounts, (n) => n / bTotal),
          current: Array.from(currentBins, (n) => n / cTotal),
          contribution: Array.from(psi.contributions),
        }
      : null,
    histogram: displayHistogram(bSorted, cSorted),
    ecdf: { baseline: ecdfPoints(bSorted), current: ecdfPoints(cSorted) },
    // Where the two ECDFs are furthest apart (the KS statistic's location), with both heights there.
    ksLocation: walk ? { x: walk.farthest.x, baseline: walk.farthest.a, current: walk.farthest.b } : null,
    quantiles: {
      p: QUANTILES,
      baseline: bSorted.length > 0 ? QUANTILES.map((p) => quantileSorted(bSorted, p)) : [],
      current: cSorted.length > 0 ? QUANTILES.map((p) => quantileSorted(cSorted, p)) : [],
    },
    mean: { baseline: baseline.mean, current: currentMean },
    std: { baseline: baseline.std, current: currentMean === null ? null : standardDeviation(cSorted, currentMean) },
  };
}
