// The drift check itself, from two loaded tables to the report: the column plan and time chunks first, then
// each feature through featureAnalysis.ts (profiles sorted once, whole-window statistics, bins, chunk
// series, onset, since-onset statistics; in process or on worker threads), then markers, peaks, the model
// layer, segments, the blast radius and the summary. Pure: no files, no clock unless `now` is omitted.
import type { Table } from 'apache-arrow';
import { blastRadius } from '../segments/blastRadius';
import { segmentGrouping, segmentReports, type ChunkGrouping, type SegmentGrouping } from '../segments/segmentDrift';
import type { ColumnInfo } from '../table/types';
import { assignChunks, resolveChunkRule, type ChunkAssignment, type ChunkRule, type ChunkSpec } from '../timeline/chunks';
import { commitsInWindow, firstAppearances, markerViews, nearestMarkers, type CommitHistory, type TimelineMarker } from '../timeline/markers';
import { planColumns, type ColumnPlan, type PlannedFeature } from './columnPlan';
import { analyseFeatureColumns, type FeatureColumns, type FeatureContext, type FeatureOutcome } from './featureAnalysis';
import { CategoryDictionary, categoryCodes, numericValues, select, timestampValues } from './columnValues';
import { methodDefinitions } from './methodRegistry';
import { rankDecision } from './rankDecision';
import { correctness, predictionLayer, type PredictionSide } from './predictionLayer';
import {
  type CommitsRead,
  reaches,
  worseSeverity,
  type DriftReport,
  type FeatureId,
  type FeatureReport,
  type ModelSignal,
  type Onset,
  type ReportInput,
  type SegmentReport,
  type Severity,
  type Timeline,
  type TimelineMarkerView,
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
  /** The git history the caller read (its commits join `markers`, those in the window only), or why none. */
  readonly commits?: CommitHistory;
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

function chunkRuleFor(options: DriftOptions, currentTimes: Float64Array | null, current: Side, baseline: Side): ChunkRule {
  return resolveChunkRule(options.chunk ?? 'auto', currentTimes, current.count, baseline.count);
}

/** The baseline cut by the same rule; `null` when it cannot be (calendar chunks without baseline times). */
function baselineChunks(rule: ChunkRule, baselineTimes: Float64Array | null, baseline: Side): ChunkAssignment | null {
  if (rule.by !== 'rows' && !baselineTimes) return null;
  return assignChunks(baselineTimes, baseline.count, rule);
}

/** One feature to analyse: its kind (numeric work is the long kind) and its columns, extracted when called. */
export interface FeatureJob {
  readonly kind: PlannedFeature['kind'];
  /** A million rows is 8 MB per side and feature, so a runner calls this only when it is about to analyse them. */
  readonly columns: () => FeatureColumns;
}

/**
 * Runs the per-feature work: in process by default, on worker threads when the caller passes a runner (src/threads).
 * Outcomes come back in job order, whatever order the runner chose.
 */
export type FeatureRunner = (jobs: readonly FeatureJob[], context: FeatureContext, checkpoint: (stage: string) => void) => Promise<FeatureOutcome[]>;

/** Everything decided before the features are analysed: the plan, the sides, the chunks. */
interface Prepared {
  readonly thresholds: Thresholds;
  readonly checkpoint: (stage: string) => void;
  readonly plan: ColumnPlan;
  readonly baseline: Side;
  readonly current: Side;
  readonly warnings: string[];
  readonly rule: ChunkRule;
  readonly baselineTimes: Float64Array | null;
  readonly currentTimes: Float64Array | null;
  readonly baselineChunking: ChunkAssignment | null;
  readonly currentChunking: ChunkAssignment;
  readonly chunkGrouping: ChunkGrouping;
  readonly segmentGroupings: readonly SegmentGrouping[];
  readonly context: FeatureContext;
  readonly jobs: readonly FeatureJob[];
}

function prepare(baselineData: SideData, currentData: SideData, options: DriftOptions): Prepared {
  const thresholds = options.thresholds ?? defaultThresholds;
  const checkpoint = options.checkpoint ?? (() => undefined);
  const baseline = sideOf(baselineData);
  const current = sideOf(currentData);
  const plan = planColumns(baselineData.columns, currentData.columns, options);
  const warnings = [...baselineData.warnings, ...currentData.warnings, ...plan.warnings];
  for (const [data, s] of [[baselineData, baseline], [currentData, current]] as const) {
    if (s.count === 0) warnings.push(`${data.input.path}: the ${data.input.side} has no rows${data.input.where ? ` where ${data.input.where}` : ''}: nothing to compare`);
  }
  checkpoint('time chunks');
  const baselineHasTime = plan.timeColumn !== null && baselineData.columns.some((c) => c.name === plan.timeColumn);
  const currentTimes = plan.timeColumn ? times(current, plan.timeColumn) : null;
  const baselineTimes = plan.timeColumn && baselineHasTime ? times(baseline, plan.timeColumn) : null;
  const rule = chunkRuleFor(options, currentTimes, current, baseline);
  const currentChunking = assignChunks(currentTimes, current.count, rule);
  const baselineChunking = baselineChunks(rule, baselineTimes, baseline);
  const chunkGrouping: ChunkGrouping = {
    baselineChunkOf: baselineChunking?.chunkOf ?? null,
    baselineChunks: baselineChunking?.chunks.length ?? 0,
    currentChunkOf: currentChunking.chunkOf,
    currentChunks: currentChunking.chunks.length,
    chunkStarts: currentChunking.chunks.map((chunk) => chunk.start),
  };
  // Each segment column's row groups are made once here; every feature counts its bins by them where it is
  // analysed (a worker thread when a runner puts it there), and the reports read the counts in `finish`.
  const segmentGroupings = plan.segmentColumns.map((column) => {
    checkpoint(`segment ${column}`);
    const dictionary = new CategoryDictionary();
    const b = codes(baseline, column, dictionary);
    const c = codes(current, column, dictionary);
    return segmentGrouping({ column, baseline: b, current: c, values: Array.from({ length: dictionary.size }, (_, code) => dictionary.nameOf(code)) }, chunkGrouping);
  });
  const context: FeatureContext = {
    thresholds,
    baselineChunkOf: baselineChunking?.chunkOf ?? new Int32Array(baseline.count).fill(-1),
    baselineChunks: baselineChunking?.chunks.length ?? 0,
    currentChunkOf: currentChunking.chunkOf,
    currentChunks: currentChunking.chunks.length,
    segments: segmentGroupings.map((g) => g.groups),
  };
  const jobs = plan.features.map((feature, k): FeatureJob => ({
    kind: feature.kind,
    columns: () => {
      const id: FeatureId = `f${k}`;
      if (feature.kind === 'numeric') return { plan: feature, id, baseline: numbers(baseline, feature.name), current: numbers(current, feature.name), categories: null };
      const dictionary = new CategoryDictionary();
      const b = codes(baseline, feature.name, dictionary);
      const c = codes(current, feature.name, dictionary);
      return { plan: feature, id, baseline: b, current: c, categories: Array.from({ length: dictionary.size }, (_, code) => dictionary.nameOf(code)) };
    },
  }));
  return { thresholds, checkpoint, plan, baseline, current, warnings, rule, baselineTimes, currentTimes, baselineChunking, currentChunking, chunkGrouping, segmentGroupings, context, jobs };
}

/** One feature after the other on this thread. */
function analyseHere(jobs: readonly FeatureJob[], context: FeatureContext, checkpoint: (stage: string) => void): FeatureOutcome[] {
  return jobs.map((job) => {
    const columns = job.columns();
    checkpoint(`profiling ${columns.plan.name}`);
    return analyseFeatureColumns(columns, context);
  });
}

/** The in-process runner: the default of every caller that passes none. */
export const inProcessRunner: FeatureRunner = (jobs, context, checkpoint) => Promise.resolve(analyseHere(jobs, context, checkpoint));

/** The drift check on this thread (tests, small inputs). */
export function analyseDrift(baselineData: SideData, currentData: SideData, options: DriftOptions = {}): DriftReport {
  const prepared = prepare(baselineData, currentData, options);
  const outcomes = analyseHere(prepared.jobs, prepared.context, prepared.checkpoint);
  return finish(prepared, featureIndependent(prepared, options), outcomes, baselineData, currentData, options);
}

/**
 * The drift check with the per-feature work handed to `runner` (worker threads, src/threads). What does not
 * depend on the features (markers, the model layer) is computed on this thread while the runner works.
 */
export async function analyseDriftWith(runner: FeatureRunner, baselineData: SideData, currentData: SideData, options: DriftOptions = {}): Promise<DriftReport> {
  const prepared = prepare(baselineData, currentData, options);
  const pending = runner(prepared.jobs, prepared.context, prepared.checkpoint);
  let independent: FeatureIndependent;
  try {
    independent = featureIndependent(prepared, options);
  } catch (error) {
    // The runner is stopped by the same checkpoint; its rejection must not go unhandled.
    pending.catch(() => undefined);
    throw error;
  }
  return finish(prepared, independent, await pending, baselineData, currentData, options);
}

/** What the report needs that no feature outcome changes: markers and commits, the model layer, correctness. */
interface FeatureIndependent {
  readonly markers: TimelineMarkerView[];
  readonly commits: CommitsRead;
  readonly model: ReturnType<typeof predictionLayer>;
  readonly correct: { readonly baseline: Float64Array; readonly current: Float64Array } | null;
}

function featureIndependent(prepared: Prepared, options: DriftOptions): FeatureIndependent {
  const { thresholds, checkpoint, plan, baseline, current, baselineTimes, currentTimes, currentChunking } = prepared;
  // Markers: input changelog entries and commits, and new model_version values.
  checkpoint('markers');
  let versions: { value: string; time: number }[] = [];
  if (plan.modelVersionColumn && currentTimes) {
    const dictionary = new CategoryDictionary();
    const bCodes = codes(baseline, plan.modelVersionColumn, dictionary);
    const cCodes = codes(current, plan.modelVersionColumn, dictionary);
    const seen = new Uint8Array(dictionary.size);
    for (const code of bCodes) if (code >= 0) seen[code] = 1;
    versions = firstAppearances(cCodes, currentTimes, (code) => dictionary.nameOf(code), (code) => seen[code] === 1);
  }
  // Commits count only inside the window (first chunk's start to last chunk's end): a history reaches back
  // years, and without chunk times no commit can be placed.
  const chunks = currentChunking.chunks;
  const windowStart = Date.parse(chunks[0]?.start ?? '');
  const windowEnd = Date.parse(chunks[chunks.length - 1]?.end ?? '');
  const history = options.commits ?? { read: false, reason: 'no git history was given to the check' };
  const inputMarkers = commitsInWindow([...(options.markers ?? []), ...(history.read ? history.commits : [])], windowStart, windowEnd);
  const markers = markerViews(inputMarkers, versions);
  const commits: CommitsRead = history.read ? { read: true, via: history.via, inWindow: inputMarkers.filter((m) => m.kind === 'commit').length } : history;

  // Model layer.
  checkpoint('model layer');
  // Predicted and true labels of both sides through one dictionary: equal labels, equal codes.
  const labels = new CategoryDictionary();
  const labelCodes = (side: Side, column: string | null): Int32Array | null => (column ? codes(side, column, labels) : null);
  const coded = [baseline, current].map((side) => ({ predicted: labelCodes(side, plan.predictedLabelColumn), truth: labelCodes(side, plan.groundTruthColumn) }));
  const names = Array.from({ length: labels.size }, (_, code) => labels.nameOf(code));
  const predictionSide = (side: Side, k: number, sideTimes: Float64Array | null): PredictionSide => ({
    scores: plan.scoreColumn ? numbers(side, plan.scoreColumn) : null,
    predicted: coded[k]!.predicted ? { codes: coded[k]!.predicted!, names } : null,
    truth: coded[k]!.truth ? { codes: coded[k]!.truth!, names } : null,
    times: sideTimes,
  });
  const bPrediction = predictionSide(baseline, 0, baselineTimes);
  const cPrediction = predictionSide(current, 1, currentTimes);
  const model = predictionLayer(
    { score: plan.scoreColumn, predictedLabel: plan.predictedLabelColumn, groundTruth: plan.groundTruthColumn },
    bPrediction,
    cPrediction,
    thresholds,
  );
  const bCorrect = correctness(bPrediction);
  const cCorrect = correctness(cPrediction);
  return { markers, commits, model, correct: bCorrect && cCorrect ? { baseline: bCorrect, current: cCorrect } : null };
}

function finish(prepared: Prepared, independent: FeatureIndependent, outcomes: readonly FeatureOutcome[], baselineData: SideData, currentData: SideData, options: DriftOptions): DriftReport {
  const { thresholds, checkpoint, plan, baseline, current, warnings, rule, baselineChunking, currentChunking } = prepared;
  const { markers, commits, model } = independent;
  const chunks = currentChunking.chunks;
  const analysed = outcomes.map((outcome, k) => ({ ...outcome, plan: plan.features[k]! }));

  // Onsets, since-onset statistics and peaks.
  const features: FeatureReport[] = analysed.map((a) => {
    const s = a.series;
    let onset: Onset | null = null;
    if (s.onset !== null && a.sinceOnset) {
      const from = s.onset;
      const chunk = chunks[from]!;
      const end = chunk.end ? Date.parse(chunk.end) : NaN;
      const length = chunk.start && chunk.end ? end - Date.parse(chunk.start) : NaN;
      onset = {
        start: chunk.start,
        chunkIndex: from,
        threshold: s.threshold,
        signal: s.onsetSignal ?? 'psi',
        sinceOnset: { ...a.sinceOnset, rows: chunks.slice(from).reduce((n, c) => n + c.rows, 0) },
        nearest: Number.isFinite(end) ? nearestMarkers(markers, end, Math.max(length, 0)) : { changelog: null, modelVersion: null, commits: [] },
      };
    }
    const peakPsi = s.peak === null ? null : s.values[s.peak];
    // Small chunks have a PSI floor from sampling noise alone; the baseline's own chunks measure it, and the
    // peak is read against the severity levels above that floor.
    const noiseFloor = s.baselineValues.length > 0 ? s.baselineValues.reduce((sum, v) => sum + v, 0) / s.baselineValues.length : 0;
    const excess = peakPsi === null || peakPsi === undefined ? 0 : peakPsi - noiseFloor;
    const peak =
      s.peak === null || peakPsi === null || peakPsi === undefined
        ? null
        : {
            chunkIndex: s.peak,
            start: chunks[s.peak]?.start ?? null,
            psi: peakPsi,
            severity: (excess >= thresholds.psi.critical ? 'critical' : excess >= thresholds.psi.warn ? 'warn' : 'ok') as Severity,
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
    series: analysed.map((a) => ({
      featureId: a.id,
      threshold: a.series.threshold,
      thresholdSource: a.series.source,
      values: a.series.values,
      exceeds: a.series.exceeds,
      baselineValues: a.series.baselineValues,
      nullRateDelta: a.series.nullRateDelta,
    })),
    markers,
    commits,
  };

  const scoreFeature = features.find((f) => f.name === plan.scoreColumn) ?? null;
  const labelFeature = features.find((f) => f.name === plan.predictedLabelColumn) ?? null;
  const driftSignals: ModelSignal[] = [];
  if (scoreFeature && reaches(scoreFeature.rankSeverity, 'warn')) {
    driftSignals.push({ signal: 'scoreDrift', severity: scoreFeature.rankSeverity === 'critical' ? 'critical' : 'warn', message: `score distribution drift (${describeDecision(scoreFeature, thresholds)})` });
  }
  if (labelFeature && reaches(labelFeature.rankSeverity, 'warn')) {
    driftSignals.push({ signal: 'labelDrift', severity: labelFeature.rankSeverity === 'critical' ? 'critical' : 'warn', message: `predicted label drift (${describeDecision(labelFeature, thresholds)})` });
  }
  const signals = [...driftSignals, ...model.signals];
  const modelSeverity = signals.reduce<Severity>((worst, s) => worseSeverity(worst, s.severity), 'ok');

  // Segments.
  checkpoint('segments');
  const segmentFeatures = analysed.map((a) => ({ id: a.id, name: a.plan.name, kind: a.plan.kind, binCount: a.counts.binCount, wholeBaseline: a.counts.wholeBaseline }));
  const segments: SegmentReport[] = prepared.segmentGroupings.flatMap((grouping, k) =>
    segmentReports(
      grouping,
      segmentFeatures.map((f, i) => ({ ...f, counts: analysed[i]!.counts.segments[k]! })),
      prepared.chunkGrouping,
      thresholds,
      independent.correct,
    ),
  );

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

/** "PSI 0.31 >= 0.2" for a feature's deciding signal, naming the window when it is not the whole one. */
export function describeDecision(feature: FeatureReport, thresholds: Thresholds = defaultThresholds): string {
  const decision = rankDecision(feature, thresholds);
  if (!decision) return 'ok';
  const { decidedBy: decided, window, at } = decision;
  if (window === 'peak') return `peak chunk psi ${formatNumber(decided.value)} >= ${decided.threshold}${at ? ` on ${at}` : ` in chunk ${feature.peak!.chunkIndex}`}`;
  const op = decided.signal === 'ksPValue' ? '<' : decided.signal === 'unseenCategoryShare' && decided.level === 'warn' ? '>' : '>=';
  return `${decided.signal} ${formatNumber(decided.value)} ${op} ${decided.threshold}${window === 'sinceOnset' ? ' since onset' : ''}`;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < 1e-4 || abs >= 1e6) return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}
