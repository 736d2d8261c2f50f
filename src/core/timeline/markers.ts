// What changed, as data: model changelog entries and commits come in from the extension or the CLI (the
// core reads no files and runs no git); first appearances of a model_version value come from the rows.
// Each onset is set beside the nearest earlier changelog entry, the nearest earlier new model_version, and
// the commits in the chunk period before it.
import type { TimelineMarkerView } from '../drift/report';

/** A model changelog entry (model-changelog.yaml), as the documents layer reads it. */
export interface ChangelogMarkerInput {
  readonly kind: 'changelog';
  readonly id: string;
  /** ISO 8601. */
  readonly time: string;
  readonly title: string;
  readonly modelVersion?: string;
}

/** A git commit in the window. */
export interface CommitMarkerInput {
  readonly kind: 'commit';
  readonly sha: string;
  readonly time: string;
  readonly message: string;
  readonly author: string;
}

export type TimelineMarker = ChangelogMarkerInput | CommitMarkerInput;

/**
 * The git history a caller gave the check: the commits it read and from where, or why it read none (the
 * CLI runs no git; the extension runs none in Restricted Mode). The report repeats it, so that an onset
 * without commits beside it never reads as "nothing was committed" when git was simply not asked.
 */
export type CommitHistory =
  | { readonly read: true; readonly via: string; readonly commits: readonly CommitMarkerInput[] }
  | { readonly read: false; readonly reason: string };

/** Commit markers whose time lies in [start, end] (ms); every other marker is kept as it is. */
export function commitsInWindow(markers: readonly TimelineMarker[], start: number, end: number): TimelineMarker[] {
  return markers.filter((marker) => {
    if (marker.kind !== 'commit') return true;
    const t = Date.parse(marker.time);
    return t >= start && t <= end;
  });
}

/** First time each value appears in the current rows, for values absent from the baseline (a new model_version). */
export function firstAppearances(
  codes: Int32Array,
  times: Float64Array,
  names: (code: number) => string,
  seenInBaseline: (code: number) => boolean,
): { value: string; time: number }[] {
  const first = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const t = times[i]!;
    if (code < 0 || t !== t || seenInBaseline(code)) continue;
    const known = first.get(code);
    if (known === undefined || t < known) first.set(code, t);
  }
  return [...first].map(([code, time]) => ({ value: names(code), time })).sort((a, b) => a.time - b.time);
}

/** Input markers and first appearances as the report's marker views, in time order, with ids `m0`, `m1`, …; markers with an unreadable time are dropped. */
export function markerViews(inputs: readonly TimelineMarker[], versions: readonly { value: string; time: number }[]): TimelineMarkerView[] {
  const views: Omit<TimelineMarkerView, 'id'>[] = [];
  for (const marker of inputs) {
    const ms = Date.parse(marker.time);
    if (Number.isNaN(ms)) continue;
    const time = new Date(ms).toISOString();
    if (marker.kind === 'changelog') views.push({ kind: 'changelog', time, label: marker.title, ref: marker.id });
    else views.push({ kind: 'commit', time, label: marker.message.split('\n')[0] ?? '', ref: marker.sha, author: marker.author });
  }
  for (const version of versions) {
    views.push({ kind: 'modelVersion', time: new Date(version.time).toISOString(), label: `model_version ${version.value} first seen`, ref: version.value });
  }
  views.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  return views.map((view, k) => ({ id: `m${k}`, ...view }));
}

/**
 * The markers nearest an onset at `onsetStart` (ms): the latest changelog entry and model_version change at
 * or before the end of the onset chunk (a deployment during the first drifting chunk counts), and every
 * commit in the `lookbackMs` before that.
 */
export function nearestMarkers(
  markers: readonly TimelineMarkerView[],
  onsetChunkEnd: number,
  lookbackMs: number,
): { changelog: string | null; modelVersion: string | null; commits: string[] } {
  let changelog: string | null = null;
  let modelVersion: string | null = null;
  const commits: string[] = [];
  for (const marker of markers) {
    const t = Date.parse(marker.time);
    if (t > onsetChunkEnd) continue;
    if (marker.kind === 'changelog') changelog = marker.id;
    else if (marker.kind === 'modelVersion') modelVersion = marker.id;
    else if (t >= onsetChunkEnd - lookbackMs) commits.push(marker.id);
  }
  return { changelog, modelVersion, commits };
}
