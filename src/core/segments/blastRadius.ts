// Blast radius: who is hit, how much traffic that is, and the likely cause, by the table of
// drift-methods.md (from the product's source documents):
//
// | pattern                                                          | class              | action                         |
// | drift concentrated in segments covering a small share of traffic | featureEncodingBug | hotfix the pipeline            |
// | drift in all segments, growing over time                         | dataDrift          | scheduled retrain              |
// | drift in all segments, a step at one time, near a deployment     | badDeployment      | roll back the serving artifact |
// | latency or resource columns move with the drift                  | infrastructure     | scale or optimise              |
//
// An incident often has several causes at once (a deployment and an unrelated pipeline bug), so each
// drifting feature is classified on its own and features with the same cause and place are one finding.
// Order of the tests, per feature: a latency column is infrastructure; an onset within two chunk periods
// after a changelog entry or a new model_version is a bad deployment; drift confined to segments with a
// small share of traffic is an encoding bug; drift confined to a new model_version's rows is a bad
// deployment; a growing chunk statistic is data drift; a step with no deployment near it is `undetermined`
// rather than guessed.
import type { BlastRadius, BlastRadiusClass, BlastRadiusFinding, Chunk, FeatureId, FeatureReport, SegmentReport, TimelineMarkerView } from '../drift/report';
import { reaches } from '../drift/report';

/** Drifting values of a segment column may cover at most this share of current rows to count as "a small share". */
export const SMALL_SHARE = 0.3;
/** Confined drift: the drifting values' PSI is at least this multiple of the calm values' (floored at PSI_FLOOR). */
const CONFINEMENT_RATIO = 3;
const PSI_FLOOR = 0.01;
/** A deployment marker at most this many chunk periods before the onset chunk's end is "near" it. */
const NEAR_CHUNKS = 2;
/** Late mean over early mean of the chunk statistic after onset above which drift is "growing". */
const GROWTH_RATIO = 1.5;

const causes: Record<BlastRadiusClass, { likelyCause: string; action: string }> = {
  none: { likelyCause: 'no drift beyond the thresholds', action: 'No action: keep monitoring.' },
  featureEncodingBug: { likelyCause: 'feature encoding bug', action: 'Hotfix the feature pipeline for the affected segments.' },
  dataDrift: { likelyCause: 'data drift', action: 'Schedule a retrain on recent data.' },
  badDeployment: { likelyCause: 'bad deployment', action: 'Roll back the serving artifact to the previous model version.' },
  infrastructure: { likelyCause: 'infrastructure', action: 'Scale or optimise the serving infrastructure.' },
  undetermined: { likelyCause: 'undetermined', action: 'Look at what changed upstream at the onset; no recorded deployment explains it.' },
};

/** Which finding leads when there are several: the most urgent action first. */
const priority: readonly BlastRadiusClass[] = ['badDeployment', 'featureEncodingBug', 'infrastructure', 'dataDrift', 'undetermined'];

export interface BlastRadiusInput {
  readonly features: readonly FeatureReport[];
  readonly segments: readonly SegmentReport[];
  readonly modelVersionColumn: string | null;
  readonly chunks: readonly Chunk[];
  readonly markers: readonly TimelineMarkerView[];
  /** Chunk PSI per feature id, and chunk null-rate delta, for the step-or-growth test. */
  readonly series: ReadonlyMap<string, { readonly psi: readonly (number | null)[]; readonly nullRateDelta: readonly (number | null)[] }>;
  readonly currentRows: number;
}

function pct(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

interface Confinement {
  readonly column: string;
  readonly values: readonly SegmentReport[];
  readonly share: number;
}

/** The smallest set of one column's values where the feature drifts while it stays ok in the column's other values. */
function confinement(feature: FeatureReport, segments: readonly SegmentReport[]): Confinement | null {
  const byColumn = new Map<string, SegmentReport[]>();
  for (const s of segments) byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), s]);
  let best: Confinement | null = null;
  for (const [column, values] of byColumn) {
    const of = (s: SegmentReport): SegmentReport['features'][number] | undefined => s.features.find((f) => f.id === feature.id);
    const drifting = values.filter((s) => reaches(of(s)?.severity ?? 'ok', 'warn'));
    const calm = values.filter((s) => !reaches(of(s)?.severity ?? 'ok', 'warn'));
    if (drifting.length === 0 || calm.length === 0) continue;
    // A small segment's PSI is noisier and a diluted drift can fall under warn elsewhere: confinement needs
    // the drifting values to stand well above the calm ones, not just across the warn line.
    const weakest = Math.min(...drifting.map((s) => of(s)?.psi ?? Infinity));
    const strongestCalm = Math.max(PSI_FLOOR, ...calm.map((s) => of(s)?.psi ?? 0));
    if (!(weakest >= CONFINEMENT_RATIO * strongestCalm)) continue;
    const share = drifting.reduce((sum, s) => sum + s.share.current, 0);
    if (!best || share < best.share) best = { column, values: drifting, share };
  }
  return best;
}

/** Mean of the last half of the post-onset chunk values over the first half's. */
export function isGrowing(values: readonly (number | null)[], onset: number): boolean {
  const after = values.slice(onset).filter((v): v is number => v !== null).map(Math.abs);
  if (after.length < 4) return false;
  const half = Math.floor(after.length / 2);
  const early = after.slice(0, half).reduce((s, v) => s + v, 0) / half;
  const late = after.slice(after.length - half).reduce((s, v) => s + v, 0) / half;
  return late > GROWTH_RATIO * early;
}

/** The changelog entry or new model_version nearest before the end of the onset chunk, within NEAR_CHUNKS periods. */
function nearDeployment(feature: FeatureReport, chunks: readonly Chunk[], markers: readonly TimelineMarkerView[]): TimelineMarkerView | null {
  const chunk = feature.onset ? chunks[feature.onset.chunkIndex] : undefined;
  if (!chunk?.start || !chunk.end || !feature.onset) return null;
  const end = Date.parse(chunk.end);
  const length = end - Date.parse(chunk.start);
  const ids = new Set([feature.onset.nearest.changelog, feature.onset.nearest.modelVersion].filter((id): id is string => id !== null));
  const near = markers.filter((m) => ids.has(m.id) && Date.parse(m.time) <= end && Date.parse(m.time) > end - NEAR_CHUNKS * length);
  return near.sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0] ?? null;
}

interface Classified {
  readonly feature: FeatureReport;
  readonly class: BlastRadiusClass;
  /** Groups features with the same cause and place into one finding. */
  readonly key: string;
  readonly evidence: string;
  readonly segments: readonly SegmentReport[];
}

function describeSegments(values: readonly SegmentReport[]): string {
  return values.map((s) => `${s.column}=${s.value} (${pct(s.share.current)} of current rows)`).join(', ');
}

function classify(feature: FeatureReport, input: BlastRadiusInput): Classified {
  const confined = confinement(feature, input.segments.filter((s) => s.column !== input.modelVersionColumn));
  const name = `'${feature.name}'`;
  if (feature.role === 'latency') {
    const where = confined && confined.share <= SMALL_SHARE ? ` in ${describeSegments(confined.values)}` : '';
    return {
      feature,
      class: 'infrastructure',
      key: `infrastructure`,
      evidence: `latency column ${name} moves (PSI ${feature.psi?.toFixed(3) ?? 'n/a'}${feature.onset ? `, since ${feature.onset.start ?? `chunk ${feature.onset.chunkIndex}`}` : ''})${where}`,
      segments: confined && confined.share <= SMALL_SHARE ? confined.values : [],
    };
  }
  // A drift that starts right at a deployment is the deployment's doing, even when it later grows or is
  // strongest in one segment: the rollback is the action that can be checked first.
  const deployment = nearDeployment(feature, input.chunks, input.markers);
  if (deployment && feature.onset) {
    const what = deployment.kind === 'modelVersion' ? deployment.label : `changelog entry '${deployment.label}'`;
    const start = feature.onset.start ?? `chunk ${feature.onset.chunkIndex}`;
    return { feature, class: 'badDeployment', key: `badDeployment:${deployment.id}`, evidence: `${name} steps up on ${start}, right after ${what} (${deployment.time})`, segments: [] };
  }
  if (confined && confined.share <= SMALL_SHARE) {
    return {
      feature,
      class: 'featureEncodingBug',
      key: `featureEncodingBug:${confined.column}=${confined.values.map((s) => s.value).join(',')}`,
      evidence: `${name} drifts only in ${describeSegments(confined.values)}; the other ${confined.column} values stay ok`,
      segments: confined.values,
    };
  }
  const versions = input.segments.filter((s) => s.column === input.modelVersionColumn);
  const newVersions = versions.filter((s) => s.share.baseline === 0 && s.rows.current > 0);
  const onNew = newVersions.filter((s) => reaches(s.features.find((f) => f.id === feature.id)?.severity ?? 'ok', 'warn'));
  const onOld = versions.filter((s) => s.share.baseline > 0 && reaches(s.features.find((f) => f.id === feature.id)?.severity ?? 'ok', 'warn'));
  if (!feature.onset) {
    if (onNew.length > 0 && onOld.length === 0) {
      return { feature, class: 'badDeployment', key: `badDeployment:${onNew.map((s) => s.value).join(',')}`, evidence: `${name} drifts only in the rows of ${describeSegments(onNew)}, new in the current window`, segments: onNew };
    }
    return { feature, class: 'dataDrift', key: 'dataDrift', evidence: `${name} drifts over the whole window without a clear onset`, segments: [] };
  }
  const series = input.series.get(feature.id);
  const signal = feature.onset.signal === 'nullRateDelta' ? series?.nullRateDelta : series?.psi;
  const start = feature.onset.start ?? `chunk ${feature.onset.chunkIndex}`;
  const statistic = feature.onset.signal === 'nullRateDelta' ? 'null rate' : 'chunk PSI';
  if (signal && isGrowing(signal, feature.onset.chunkIndex)) {
    return { feature, class: 'dataDrift', key: 'dataDrift', evidence: `${name}: the ${statistic} keeps growing after the onset on ${start}, in every segment`, segments: [] };
  }
  return { feature, class: 'undetermined', key: 'undetermined', evidence: `${name} steps up on ${start} with no changelog entry or new model_version near it`, segments: [] };
}

function affectedRows(group: readonly Classified[], input: BlastRadiusInput): { rows: number; share: number } {
  const segments = group.flatMap((c) => c.segments);
  if (segments.length > 0) {
    const unique = new Map(segments.map((s) => [`${s.column}=${s.value}`, s]));
    const rows = [...unique.values()].reduce((n, s) => n + s.rows.current, 0);
    return { rows, share: input.currentRows === 0 ? 0 : rows / input.currentRows };
  }
  const onsets = group.map((c) => c.feature.onset?.chunkIndex).filter((k): k is number => k !== undefined);
  if (onsets.length === 0 || input.chunks.length === 0) return { rows: input.currentRows, share: 1 };
  const from = Math.min(...onsets);
  const rows = input.chunks.slice(from).reduce((n, c) => n + c.rows, 0);
  return { rows, share: input.currentRows === 0 ? 0 : rows / input.currentRows };
}

export function blastRadius(input: BlastRadiusInput): BlastRadius {
  const segmentDrifting = new Set(input.segments.flatMap((s) => s.features.filter((f) => reaches(f.severity, 'warn')).map((f) => f.id)));
  const drifting = input.features.filter((f) => reaches(f.rankSeverity, 'warn') || segmentDrifting.has(f.id));
  if (drifting.length === 0) {
    return { class: 'none', ...causes.none, evidence: ['no feature reaches warn, in the whole window, since an onset, or in any segment'], affected: { rows: 0, share: 0 }, findings: [] };
  }
  const classified = drifting.map((f) => classify(f, input));
  const groups = new Map<string, Classified[]>();
  for (const c of classified) groups.set(c.key, [...(groups.get(c.key) ?? []), c]);
  const findings: BlastRadiusFinding[] = [...groups.values()].map((group) => {
    const first = group[0]!;
    const onsets = group.map((c) => c.feature.onset?.start).filter((s): s is string => typeof s === 'string').sort();
    const segments = new Map(group.flatMap((c) => c.segments).map((s) => [`${s.column}=${s.value}`, { column: s.column, value: s.value }]));
    return {
      class: first.class,
      ...causes[first.class],
      featureIds: group.map((c) => c.feature.id as FeatureId),
      features: group.map((c) => c.feature.name),
      segments: [...segments.values()],
      onset: onsets[0] ?? null,
      evidence: group.map((c) => c.evidence),
      affected: affectedRows(group, input),
    };
  });
  findings.sort((a, b) => priority.indexOf(a.class) - priority.indexOf(b.class) || b.features.length - a.features.length);
  const primary = findings[0]!;
  return { class: primary.class, likelyCause: primary.likelyCause, action: primary.action, evidence: primary.evidence, affected: primary.affected, findings };
}
