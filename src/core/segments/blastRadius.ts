// Blast radius: who is hit, how much traffic that is, and the likely cause, by the table of
// drift-methods.md (from the product's source documents):
//
// | pattern                                                        | class              | action                           |
// | drift concentrated in segments covering a small share of traffic | featureEncodingBug | hotfix the pipeline            |
// | drift in all segments, growing over time                        | dataDrift          | scheduled retrain                |
// | drift in all segments, a step at one time, near a deployment    | badDeployment      | roll back the serving artifact   |
// | latency or resource columns move with the drift                 | infrastructure     | scale or optimise                |
//
// One refinement: drift concentrated in a new model_version's rows is a bad deployment, not an encoding bug.
import type { BlastRadius, Chunk, FeatureReport, SegmentReport, TimelineMarkerView } from '../drift/report';
import { reaches } from '../drift/report';

/** A segment column's drifting values may cover at most this share of current rows to count as "a small share". */
export const SMALL_SHARE = 0.3;
/** A deployment marker within this many chunk periods before the onset chunk's end is "near" it. */
const NEAR_CHUNKS = 1;
/** Late mean over early mean of the chunk statistic after onset above which drift is "growing". */
const GROWTH_RATIO = 1.5;

const actions: Record<BlastRadius['class'], { likelyCause: string; action: string }> = {
  none: { likelyCause: 'no drift beyond the thresholds', action: 'No action: keep monitoring.' },
  featureEncodingBug: { likelyCause: 'feature encoding bug', action: 'Hotfix the feature pipeline for the affected segments.' },
  dataDrift: { likelyCause: 'data drift', action: 'Schedule a retrain on recent data.' },
  badDeployment: { likelyCause: 'bad deployment', action: 'Roll back the serving artifact to the previous model version.' },
  infrastructure: { likelyCause: 'infrastructure', action: 'Scale or optimise the serving infrastructure.' },
  undetermined: { likelyCause: 'undetermined', action: 'Look at what changed upstream at the onset; no recorded deployment explains it.' },
};

export interface BlastRadiusInput {
  readonly features: readonly FeatureReport[];
  readonly segments: readonly SegmentReport[];
  readonly modelVersionColumn: string | null;
  readonly chunks: readonly Chunk[];
  readonly markers: readonly TimelineMarkerView[];
  /** Chunk statistic values per feature id, for the step-or-growth test. */
  readonly series: ReadonlyMap<string, readonly (number | null)[]>;
  readonly currentRows: number;
}

function pct(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

function result(kind: BlastRadius['class'], evidence: string[], affected: BlastRadius['affected']): BlastRadius {
  return { class: kind, ...actions[kind], evidence, affected };
}

interface Concentration {
  readonly column: string;
  readonly values: readonly SegmentReport[];
  readonly share: number;
  readonly features: readonly string[];
}

/** Per segment column: the values where some feature drifts while it stays ok in the column's other values. */
function concentration(segments: readonly SegmentReport[]): Concentration[] {
  const byColumn = new Map<string, SegmentReport[]>();
  for (const s of segments) byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), s]);
  const found: Concentration[] = [];
  for (const [column, values] of byColumn) {
    if (values.length < 2) continue;
    const drifting = values.filter((s) => reaches(s.severity, 'warn'));
    const calm = values.filter((s) => !reaches(s.severity, 'warn'));
    if (drifting.length === 0 || calm.length === 0) continue;
    const share = drifting.reduce((sum, s) => sum + s.share.current, 0);
    const features = [...new Set(drifting.flatMap((s) => s.features.filter((f) => reaches(f.severity, 'warn')).map((f) => f.name)))];
    found.push({ column, values: drifting, share, features });
  }
  return found.sort((a, b) => a.share - b.share);
}

export function blastRadius(input: BlastRadiusInput): BlastRadius {
  const drifted = input.features.filter((f) => reaches(f.rankSeverity, 'warn'));
  const segmentDrifted = input.segments.filter((s) => reaches(s.severity, 'warn'));
  if (drifted.length === 0 && segmentDrifted.length === 0) {
    return result('none', ['no feature reaches warn, in the whole window, since an onset, or in any segment'], { rows: 0, share: 0 });
  }
  const evidence: string[] = [];
  const latency = drifted.filter((f) => f.role === 'latency');
  const others = drifted.filter((f) => f.role !== 'latency');
  if (latency.length > 0 && others.length > 0) {
    evidence.push(`latency column${latency.length > 1 ? 's' : ''} ${latency.map((f) => `'${f.name}' (${f.rankSeverity}, PSI ${f.psi?.toFixed(3) ?? 'n/a'})`).join(', ')} move with ${others.length} drifted feature${others.length > 1 ? 's' : ''}`);
    return result('infrastructure', evidence, { rows: input.currentRows, share: 1 });
  }
  const concentrated = concentration(input.segments).filter((c) => c.share <= SMALL_SHARE);
  const smallest = concentrated[0];
  if (smallest) {
    const rows = smallest.values.reduce((sum, s) => sum + s.rows.current, 0);
    const where = smallest.values.map((s) => `${s.column}=${s.value} (${pct(s.share.current)} of current rows)`).join(', ');
    evidence.push(`drift in ${smallest.features.map((f) => `'${f}'`).join(', ')} is confined to ${where}; the other ${smallest.column} values stay ok`);
    const newVersion = smallest.column === input.modelVersionColumn && smallest.values.every((s) => s.share.baseline === 0);
    if (newVersion) {
      evidence.push(`${smallest.column} ${smallest.values.map((s) => s.value).join(', ')} is new in the current window`);
      return result('badDeployment', evidence, { rows, share: smallest.share });
    }
    return result('featureEncodingBug', evidence, { rows, share: smallest.share });
  }
  const segmentColumns = new Set(input.segments.map((s) => s.column));
  if (segmentColumns.size > 0) evidence.push(`drift appears across the values of ${[...segmentColumns].join(', ')}: no small segment carries it alone`);
  const withOnset = drifted.filter((f) => f.onset !== null);
  if (withOnset.length === 0) {
    evidence.push(`${drifted.length} feature${drifted.length > 1 ? 's' : ''} drift over the whole window without a clear onset`);
    return result('dataDrift', evidence, { rows: input.currentRows, share: 1 });
  }
  const growing = withOnset.filter((f) => isGrowing(input.series.get(f.id) ?? [], f.onset!.chunkIndex));
  if (growing.length * 2 > withOnset.length) {
    evidence.push(`the chunk PSI keeps growing after onset for ${growing.map((f) => `'${f.name}'`).join(', ')}`);
    return result('dataDrift', evidence, { rows: input.currentRows, share: 1 });
  }
  const first = withOnset.reduce((a, b) => (b.onset!.chunkIndex < a.onset!.chunkIndex ? b : a));
  const onsetChunk = input.chunks[first.onset!.chunkIndex];
  const deployment = nearDeployment(first, onsetChunk, input.markers);
  const sameStep = withOnset.filter((f) => Math.abs(f.onset!.chunkIndex - first.onset!.chunkIndex) <= 1);
  evidence.push(
    `${sameStep.length} of ${withOnset.length} drifting feature${withOnset.length > 1 ? 's' : ''} step up together at ${onsetChunk?.start ?? `chunk ${first.onset!.chunkIndex}`}`,
  );
  if (deployment) {
    evidence.push(`${deployment.kind === 'modelVersion' ? deployment.label : `changelog entry '${deployment.label}'`} at ${deployment.time}, just before the onset`);
    return result('badDeployment', evidence, { rows: onsetRows(input.chunks, first.onset!.chunkIndex), share: onsetShare(input.chunks, first.onset!.chunkIndex, input.currentRows) });
  }
  evidence.push('no changelog entry or new model_version is recorded near the onset');
  return result('undetermined', evidence, { rows: onsetRows(input.chunks, first.onset!.chunkIndex), share: onsetShare(input.chunks, first.onset!.chunkIndex, input.currentRows) });
}

/** Mean of the last half of the post-onset chunk values over the first half's. */
export function isGrowing(values: readonly (number | null)[], onset: number): boolean {
  const after = values.slice(onset).filter((v): v is number => v !== null);
  if (after.length < 4) return false;
  const half = Math.floor(after.length / 2);
  const early = after.slice(0, half).reduce((s, v) => s + v, 0) / half;
  const late = after.slice(after.length - half).reduce((s, v) => s + v, 0) / half;
  return late > GROWTH_RATIO * early;
}

function nearDeployment(feature: FeatureReport, chunk: Chunk | undefined, markers: readonly TimelineMarkerView[]): TimelineMarkerView | null {
  if (!chunk?.start || !chunk.end || !feature.onset) return null;
  const end = Date.parse(chunk.end);
  const length = end - Date.parse(chunk.start);
  const ids = new Set([feature.onset.nearest.changelog, feature.onset.nearest.modelVersion].filter((id): id is string => id !== null));
  const candidates = markers.filter((m) => ids.has(m.id) && Date.parse(m.time) <= end && Date.parse(m.time) >= end - (NEAR_CHUNKS + 1) * length);
  return candidates.sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0] ?? null;
}

function onsetRows(chunks: readonly Chunk[], from: number): number {
  return chunks.slice(from).reduce((sum, c) => sum + c.rows, 0);
}

function onsetShare(chunks: readonly Chunk[], from: number, total: number): number {
  return total === 0 ? 0 : onsetRows(chunks, from) / total;
}
