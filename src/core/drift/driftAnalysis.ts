// The drift check itself, from two loaded tables to the report: profiles (each column sorted once, the
// baseline's reused everywhere), whole-window statistics and severities, the time chunks with learned
// thresholds and onsets, since-onset statistics, segments, the model layer and the blast radius.
// Pure: no files, no clock unless `now` is omitted.
import type { Table } from 'apache-arrow';
import { numericSample } from '../stats/sample';
import { blastRadius } from '../segments/blastRadius';
import { segmentDrift, type SegmentFeatureInput } from '../segments/segmentDrift';
import type { ColumnInfo } from '../table/types';
import { assignChunks, resolveChunkRule, type ChunkAssignment, type ChunkRule, type ChunkSpec } from '../timeline/chunks';
import { chunkSeries, type SeriesResult } from '../timeline/chunkSeries';
import { firstAppearances, markerViews, nearestMarkers, type TimelineMarker } from '../timeline/markers';
import { binCategorical, binNumeric, categoryBinMap, type BinnedColumn } from './binnedColumn';
import { categoricalProfile, compareCategorical } from './categoricalComparison';
import { planColumns, type PlannedFeature } from './columnPlan';
import { CategoryDictionary, categoryCodes, numericValues, select, timestampValues } from './columnValues';
import { methodDefinitions } from './methodRegistry';
import { compareNumeric, numericProfile } from './numericComparison';
import { correctness, predictionLayer, type PredictionSide } from './predictionLayer';
import {
  reaches,
  worseSeverity,
  type DriftReport,
  type DriftStatistics,
  type FeatureId,
  type FeatureReport,
  type ModelSignal,
  type Onset,
  type ReportInput,
  type SegmentReport,
  type Severity,
  type Timeline,
} from './report';
import { defaultThresholds, type Thresholds } from './thresholds';

export interface SideData {
  readonly table: Table;
  readonly columns: readonly ColumnInfo[];
  /** Rows kept by the side's `where`, or `null` for all rows. */
  readonly rows: Uint32Array | null;
  readonly input: ReportInput;
  /** Load warnings, already formatted `path:line: message`. */
  readonly warnings: readonly string[];
}

export interface DriftOptions {
  readonly thresholds?: Thresholds;
  readonly timeColumn?: string;
  readonly chunk?: ChunkSpec;
  readonly segmentBy?: readonly string[];
  /** Changelog entries and commits, as data. */
  readonly markers?: readonly TimelineMarker[];
  readonly now?: Date;
  /** Called between stages; throwing (an aborted signal) stops the analysis. */
  readonly checkpoint?: (stage: string) => void;
}

interface Side {
  readonly table: Table;
  readonly rows: Uint32Array | null;
  readonly count: number;
}

function sideOf(data: SideData): Side {
  return { table: data.table, rows: data.rows, count: data.rows ? data.rows.length : data.table.numRows };
}

const numbers = (side: Side, name: string): Float64Array => select(numericValues(side.table, name), side.rows);
const codes = (side: Side, name: string, dictionary: CategoryDictionary): Int32Array => select(categoryCodes(side.table, name, dictionary), side.rows);
const times = (side: Side, name: string): Float64Array => select(timestampValues(side.table, name), side.rows);

interface Analysed {
  readonly plan: PlannedFeature;
  readonly id: FeatureId;
  readonly whole: DriftStatistics;
  readonly charts: FeatureReport['charts'];
  readonly constantBaseline: boolean;
  readonly binned: { readonly baseline: BinnedColumn; readonly current: BinnedColumn };
  /** The statistics on the current rows whose chunk is `from` or later. */
  readonly compareSince: (chunkOf: Int32Array, from: number) => DriftStatistics;
}

/** Count of rows with chunk >= from, for sizing a subset without a second allocation. */
function rowsSince(chunkOf: Int32Array, from: number): number {
  let n = 0;
  for (let i = 0; i < chunkOf.length; i++) if (chunkOf[i]! >= from) n++;
  return n;
}

function since<T extends Float64Array | Int32Array>(values: T, chunkOf: Int32Array, from: number): T {
  const out = new (values.constructor as new (n: number) => T)(rowsSince(chunkOf, from));
  let k = 0;
  for (let i = 0; i < values.length; i++) if (chunkOf[i]! >= from) out[k++] = values[i]!;
  return out;
}

// Raw columns are not kept past their feature's profile (a million rows is 8 MB per side and feature); the
// rare since-onset window reads its column again from the table.
function analyseFeature(plan: PlannedFeature, id: FeatureId, baseline: Side, current: Side, thresholds: Thresholds): Analysed {
  if (plan.kind === 'numeric') {
    const b = numbers(baseline, plan.name);
    const c = numbers(current, plan.name);
    const profile = numericProfile(b);
    const { statistics, charts } = compareNumeric(profile, numericSample(c), thresholds);
    return {
      plan,
      id,
      whole: statistics,
      charts,
      constantBaseline: profile.constant,
      binned: { baseline: binNumeric(b, profile.edges), current: binNumeric(c, profile.edges) },
      compareSince: (chunkOf, from) => compareNumeric(profile, numericSample(since(numbers(current, plan.name), chunkOf, from)), thresholds).statistics,
    };
  }
  const dictionary = new CategoryDictionary();
  const b = codes(baseline, plan.name, dictionary);
  const c = codes(current, plan.name, dictionary);
  const bProfile = categoricalProfile(b, dictionary.size);
  const cProfile = categoricalProfile(c, dictionary.size);
  const { statistics, charts } = compareCategorical(bProfile, cProfile, dictionary, thresholds);
  const weights = Float64Array.from(bProfile.counts, (n, code) => n + cProfile.counts[code]!);
  const { codeToBin, binCount } = categoryBinMap(weights);
  const distinctBaseline = bProfile.counts.reduce((n, count) => n + (count > 0 ? 1 : 0), 0);
  return {
    plan,
    id,
    whole: statistics,
    charts,
    constantBaseline: distinctBaseline === 1,
    binned: { baseline: binCategorical(b, codeToBin, binCount), current: binCategorical(c, codeToBin, binCount) },
    compareSince: (chunkOf, from) => {
      // The same dictionary: codes of the re-read column match the profile's.
      const subset = since(codes(current, plan.name, dictionary), chunkOf, from);
      return compareCategorical(bProfile, categoricalProfile(subset, dictionary.size), dictionary, thresholds).statistics;
    },
  };
}

/** Text values of a column per row (null for missing), through a dictionary so that each distinct value is one string. */
function textValues(side: Side, name: string, dictionary: CategoryDictionary): (string | null)[] {
  const encoded = codes(side, name, dictionary);
  return Array.from(encoded, (code) => (code < 0 ? null : dictionary.nameOf(code)));
}

function chunkRuleFor(options: DriftOptions, currentTimes: Float64Array | null, current: Side, baseline: Side): ChunkRule {
  return resolveChunkRule(options.chunk ?? 'auto', currentTimes, current.count, baseline.count);
}

/** The baseline cut by the same rule; `null` when it cannot be (calendar chunks without baseline times). */
function baselineChunks(rule: ChunkRule, baselineTimes: Float64Array | null, baseline: Side): ChunkAssignment | null {
  if (rule.by !== 'rows' && !baselineTimes) return null;
  return assignChunks(baselineTimes, baseline.count, rule);
}

export function analyseDrift(baselineData: SideData, currentData: SideData, options: DriftOptions = {}): DriftReport {
  const thresholds = options.thresholds ?? defaultThresholds;
  const checkpoint = options.checkpoint ?? (() => undefined);
  const baseline = sideOf(baselineData);
  const current = sideOf(currentData);
  const plan = planColumns(baselineData.columns, currentData.columns, options);
  const warnings = [...baselineData.warnings, ...currentData.warnings, ...plan.warnings];
  for (const [which, s] of [['baseline', baseline], ['current', current]] as const) {
    if (s.count === 0) warnings.push(`${which === 'baseline' ? baselineData.input.path : currentData.input.path}: the ${which} has no rows${(which === 'baseline' ? baselineData : currentData).input.where ? ` where ${(which === 'baseline' ? baselineData : currentData).input.where}` : ''}: nothing to compare`);
  }

  // Whole window.
  const analysed: Analysed[] = [];
  plan.features.forEach((feature, k) => {
    checkpoint(`profiling ${feature.name}`);
    analysed.push(analyseFeature(feature, `f${k}`, baseline, current, thresholds));
  });

  // Time.
  checkpoint('time chunks');
  const baselineHasTime = plan.timeColumn !== null && baselineData.columns.some((c) => c.name === plan.timeColumn);
  const currentTimes = plan.timeColumn ? times(current, plan.timeColumn) : null;
  const baselineTimes = plan.timeColumn && baselineHasTime ? times(baseline, plan.timeColumn) : null;
  const rule = chunkRuleFor(options, currentTimes, current, baseline);
  const currentChunking = assignChunks(currentTimes, current.count, rule);
  const baselineChunking = baselineChunks(rule, baselineTimes, baseline);
  const seriesSettings = {
    absolute: thresholds.psi.warn,
    sigmas: thresholds.chunk.sigmas,
    minBaselineChunks: thresholds.chunk.minBaselineChunks,
    persistence: thresholds.chunk.persistence,
    nullRateDelta: thresholds.nullRateDelta.warn,
  };
  const series = new Map<FeatureId, SeriesResult>();
  for (const a of analysed) {
    series.set(
      a.id,
      chunkSeries(
        a.binned.baseline,
        baselineChunking?.chunkOf ?? new Int32Array(baseline.count).fill(-1),
        baselineChunking?.chunks.length ?? 0,
        a.binned.current,
        currentChunking.chunkOf,
        currentChunking.chunks.length,
        seriesSettings,
      ),
    );
  }

  // Markers: input changelog entries and commits, and new model_version values.
  let versions: { value: string; time: number }[] = [];
  if (plan.modelVersionColumn && currentTimes) {
    const dictionary = new CategoryDictionary();
    const bCodes = codes(baseline, plan.modelVersionColumn, dictionary);
    const cCodes = codes(current, plan.modelVersionColumn, dictionary);
    const seen = new Uint8Array(dictionary.size);
    for (const code of bCodes) if (code >= 0) seen[code] = 1;
    versions = firstAppearances(cCodes, currentTimes, (code) => dictionary.nameOf(code), (code) => seen[code] === 1);
  }
  const markers = markerViews(options.markers ?? [], versions);

  // Onsets and since-onset statistics.
  const chunks = currentChunking.chunks;
  const features: FeatureReport[] = analysed.map((a) => {
    const s = series.get(a.id)!;
    let onset: Onset | null = null;
    if (s.onset !== null) {
      checkpoint(`since onset of ${a.plan.name}`);
      const from = s.onset;
      const sinceOnset = a.compareSince(currentChunking.chunkOf, from);
      const chunk = chunks[from]!;
      const end = chunk.end ? Date.parse(chunk.end) : NaN;
      const length = chunk.start && chunk.end ? end - Date.parse(chunk.start) : NaN;
      onset = {
        start: chunk.start,
        chunkIndex: from,
        threshold: s.threshold,
        signal: s.onsetSignal ?? 'psi',
        sinceOnset: { ...sinceOnset, rows: chunks.slice(from).reduce((n, c) => n + c.rows, 0) },
        nearest: Number.isFinite(end) ? nearestMarkers(markers, end, Math.max(length, 0)) : { changelog: null, modelVersion: null, commits: [] },
      };
    }
    const peakPsi = s.peak === null ? null : s.values[s.peak];
    const peak =
      s.peak === null || peakPsi === null || peakPsi === undefined
        ? null
        : {
            chunkIndex: s.peak,
            start: chunks[s.peak]?.start ?? null,
            psi: peakPsi,
            severity: (peakPsi >= thresholds.psi.critical ? 'critical' : peakPsi >= thresholds.psi.warn ? 'warn' : 'ok') as Severity,
          };
    return {
      ...a.whole,
      id: a.id,
      name: a.plan.name,
      kind: a.plan.kind,
      role: a.plan.role,
      onset,
      blips: s.blips.map((k) => chunks[k]?.start ?? `#${k}`),
      peak,
      rankSeverity: worseSeverity(worseSeverity(a.whole.severity, onset ? onset.sinceOnset.severity : 'ok'), peak ? peak.severity : 'ok'),
      constantBaseline: a.constantBaseline,
      charts: a.charts,
    };
  });

  const timeline: Timeline = {
    timeColumn: plan.timeColumn,
    chunking: { by: rule.by, rowsPerChunk: rule.by === 'rows' ? rule.rowsPerChunk : null, auto: (options.chunk ?? 'auto') === 'auto' },
    statistic: 'psi',
    chunks,
    baselineChunks: baselineChunking?.chunks.length ?? 0,
    series: analysed.map((a) => {
      const s = series.get(a.id)!;
      return {
        featureId: a.id,
        threshold: s.threshold,
        thresholdSource: s.source,
        values: s.values,
        exceeds: s.exceeds,
        baselineValues: s.baselineValues,
        nullRateDelta: s.nullRateDelta,
      };
    }),
    markers,
  };

  // Model layer.
  checkpoint('model layer');
  const predictionSide = (side: Side, sideTimes: Float64Array | null): PredictionSide => ({
    scores: plan.scoreColumn ? numbers(side, plan.scoreColumn) : null,
    predicted: plan.predictedLabelColumn ? textValues(side, plan.predictedLabelColumn, new CategoryDictionary()) : null,
    truth: plan.groundTruthColumn ? textValues(side, plan.groundTruthColumn, new CategoryDictionary()) : null,
    times: sideTimes,
  });
  const bPrediction = predictionSide(baseline, baselineTimes);
  const cPrediction = predictionSide(current, currentTimes);
  const model = predictionLayer(
    { score: plan.scoreColumn, predictedLabel: plan.predictedLabelColumn, groundTruth: plan.groundTruthColumn },
    bPrediction,
    cPrediction,
    thresholds,
  );
  const scoreFeature = features.find((f) => f.name === plan.scoreColumn) ?? null;
  const labelFeature = features.find((f) => f.name === plan.predictedLabelColumn) ?? null;
  const driftSignals: ModelSignal[] = [];
  if (scoreFeature && reaches(scoreFeature.rankSeverity, 'warn')) {
    driftSignals.push({ signal: 'scoreDrift', severity: scoreFeature.rankSeverity === 'critical' ? 'critical' : 'warn', message: `score distribution drift (${describeDecision(scoreFeature)})` });
  }
  if (labelFeature && reaches(labelFeature.rankSeverity, 'warn')) {
    driftSignals.push({ signal: 'labelDrift', severity: labelFeature.rankSeverity === 'critical' ? 'critical' : 'warn', message: `predicted label drift (${describeDecision(labelFeature)})` });
  }
  const signals = [...driftSignals, ...model.signals];
  const modelSeverity = signals.reduce<Severity>((worst, s) => worseSeverity(worst, s.severity), 'ok');

  // Segments.
  checkpoint('segments');
  const segmentFeatures: SegmentFeatureInput[] = analysed.map((a) => ({ id: a.id, name: a.plan.name, kind: a.plan.kind, baseline: a.binned.baseline, current: a.binned.current }));
  const bCorrect = correctness(bPrediction);
  const cCorrect = correctness(cPrediction);
  const segments: SegmentReport[] = [];
  for (const column of plan.segmentColumns) {
    checkpoint(`segment ${column}`);
    const dictionary = new CategoryDictionary();
    const b = codes(baseline, column, dictionary);
    const c = codes(current, column, dictionary);
    segments.push(
      ...segmentDrift(
        { column, baseline: b, current: c, values: Array.from({ length: dictionary.size }, (_, code) => dictionary.nameOf(code)) },
        segmentFeatures,
        {
          baselineChunkOf: baselineChunking?.chunkOf ?? null,
          baselineChunks: baselineChunking?.chunks.length ?? 0,
          currentChunkOf: currentChunking.chunkOf,
          currentChunks: chunks.length,
          chunkStarts: chunks.map((chunk) => chunk.start),
        },
        thresholds,
        bCorrect && cCorrect ? { baseline: bCorrect, current: cCorrect } : null,
      ),
    );
  }

  const bySeverity = { ok: 0, warn: 0, critical: 0 };
  for (const f of features) bySeverity[f.rankSeverity]++;
  const inputFeatures = features.filter((f) => f.role !== 'predictionScore' && f.role !== 'predictedLabel' && f.role !== 'latency');
  const drifting = inputFeatures.filter((f) => reaches(f.rankSeverity, 'warn')).length;
  const worst = features.reduce<Severity>((w, f) => worseSeverity(w, f.rankSeverity), modelSeverity);

  return {
    version: 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    features,
    prediction: {
      ...model,
      scoreFeatureId: scoreFeature?.id ?? null,
      predictedLabelFeatureId: labelFeature?.id ?? null,
      scoreHistogram: scoreFeature?.charts.type === 'numeric' ? scoreFeature.charts.histogram : null,
      severity: modelSeverity,
      signals,
    },
    timeline,
    segments,
    blastRadius: blastRadius({
      features,
      segments,
      modelVersionColumn: plan.modelVersionColumn,
      chunks,
      markers,
      series: new Map(timeline.series.map((s) => [s.featureId, { psi: s.values, nullRateDelta: s.nullRateDelta }])),
      currentRows: current.count,
    }),
    summary: {
      features: features.length,
      bySeverity,
      datasetDrift: { share: inputFeatures.length === 0 ? 0 : drifting / inputFeatures.length, count: drifting, of: inputFeatures.length },
      worst,
      rows: { baseline: baseline.count, current: current.count },
    },
    inputs: [baselineData.input, currentData.input],
    methods: { thresholds, definitions: methodDefinitions, segmentColumns: plan.segmentColumns },
    skippedColumns: plan.skipped,
    warnings,
  };
}

/** "PSI 0.31 >= 0.2" for a feature's deciding signal (since onset when that is worse). */
export function describeDecision(feature: FeatureReport): string {
  const sinceDecides = feature.onset !== null && feature.rankSeverity !== feature.severity && feature.onset.sinceOnset.severity === feature.rankSeverity;
  if (feature.rankSeverity !== feature.severity && !sinceDecides && feature.peak) {
    return `peak chunk psi ${formatNumber(feature.peak.psi)} >= ${feature.peak.severity === 'critical' ? 'critical' : 'warn'} level${feature.peak.start ? ` on ${feature.peak.start}` : ` in chunk ${feature.peak.chunkIndex}`}`;
  }
  const decided = sinceDecides ? feature.onset!.sinceOnset.decidedBy : feature.decidedBy;
  if (!decided) return 'ok';
  const op = decided.signal === 'ksPValue' ? '<' : decided.signal === 'unseenCategoryShare' && decided.level === 'warn' ? '>' : '>=';
  return `${decided.signal} ${formatNumber(decided.value)} ${op} ${decided.threshold}${sinceDecides ? ' since onset' : ''}`;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < 1e-4 || abs >= 1e6) return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}
