// One feature's chunk statistic through the current window, against its chunk threshold, with what
// changed (changelog entries, model versions, commits) and the detected onset as vertical rules.
import type { ChunkSeries, Onset, Timeline, TimelineMarkerView } from '../drift/report';
import type { ChartView, TableCell } from './chartView';
import { chunkAxis } from './timeAxis';
import { formatNumber } from './format';

/** The words a marker kind reads as in the legend; also the colour scale's domain, in this order. */
export const markerKindLabels = { changelog: 'changelog entry', modelVersion: 'model version', commit: 'commit', onset: 'drift onset' } as const;

export interface DriftOverTimeInput {
  readonly name: string;
  readonly timeline: Pick<Timeline, 'chunks' | 'statistic' | 'markers'>;
  readonly series: ChunkSeries;
  readonly onset: Onset | null;
}

/**
 * Drift over time: per-chunk PSI against the whole baseline (the report's `timeline.series`), the
 * threshold it is held against (learned mean + 3σ of the baseline's chunks, or the absolute warn level),
 * chunks that exceed (PSI above its threshold, or a null-rate change at the absolute warn level, as the
 * report marks them) drawn as triangles, and rules for markers inside the window and for the onset.
 */
export function driftOverTime(input: DriftOverTimeInput): ChartView {
  const { name, timeline, series, onset } = input;
  const axis = chunkAxis(timeline.chunks);
  const statistic = timeline.statistic.toUpperCase();
  const points: { t: number; value: number; threshold: number; nullDelta: number | null; state: string; chunk: string }[] = [];
  const rows: TableCell[][] = [];
  axis.positions.forEach((position, i) => {
    const value = series.values[i];
    const exceeds = series.exceeds[i] ?? false;
    const nullDelta = series.nullRateDelta[i] ?? null;
    rows.push([position.label, value ?? null, series.threshold, nullDelta, exceeds ? 'yes' : 'no']);
    if (value === null || value === undefined || !Number.isFinite(value)) return;
    points.push({ t: position.x0, value, threshold: series.threshold, nullDelta, state: exceeds ? 'above threshold' : 'within threshold', chunk: position.label });
  });

  const first = axis.positions[0]?.x0 ?? 0;
  const last = axis.positions.at(-1)?.x1 ?? 0;
  const rules: { t: number; kind: string; label: string }[] = [];
  if (axis.temporal) {
    for (const marker of timeline.markers) {
      const t = Date.parse(marker.time);
      if (Number.isFinite(t) && t >= first && t <= last) rules.push({ t, kind: markerKindLabels[marker.kind], label: markerLabel(marker) });
    }
  }
  if (onset) {
    const position = axis.positions[onset.chunkIndex];
    if (position) rules.push({ t: position.x0, kind: markerKindLabels.onset, label: `onset (${position.label}) by ${onset.signal === 'nullRateDelta' ? 'null-rate change' : statistic}` });
  }

  const exceeded = points.filter((p) => p.state === 'above threshold').length;
  const description =
    `${statistic} of ${name} per chunk over ${axis.positions.length} chunks, against a ${series.thresholdSource} threshold of ${formatNumber(series.threshold)}; ${exceeded} chunks exceed it.` +
    (onset ? ` Drift starts at ${axis.positions[onset.chunkIndex]?.label ?? `chunk ${onset.chunkIndex + 1}`}.` : ' No onset.') +
    (rules.length > (onset ? 1 : 0) ? ` ${rules.length - (onset ? 1 : 0)} changes are marked.` : '');

  const xType = axis.temporal ? ('temporal' as const) : ('quantitative' as const);
  const x = { field: 't', type: xType, title: axis.temporal ? null : 'chunk' };
  const layers = [
    {
      data: { values: points },
      layer: [
        { mark: { type: 'line' as const } , encoding: { x, y: { field: 'value', type: 'quantitative' as const, title: statistic } } },
        {
          mark: { type: 'line' as const, strokeDash: [4, 3], opacity: 0.7 },
          encoding: { x, y: { field: 'threshold', type: 'quantitative' as const } },
        },
        {
          mark: { type: 'point' as const, filled: true, size: 40 },
          encoding: {
            x,
            y: { field: 'value', type: 'quantitative' as const },
            shape: { field: 'state', type: 'nominal' as const, scale: { domain: ['within threshold', 'above threshold'], range: ['circle', 'triangle-up'] }, legend: null },
            tooltip: [
              { field: 'chunk', type: 'nominal' as const, title: 'chunk' },
              { field: 'value', type: 'quantitative' as const, title: statistic, format: '.4~g' },
              { field: 'threshold', type: 'quantitative' as const, title: 'threshold', format: '.4~g' },
              { field: 'nullDelta', type: 'quantitative' as const, title: 'null-rate Δ', format: '+.2%' },
            ],
          },
        },
      ],
    },
  ];
  const markerLayer = rules.length
    ? [
        {
          data: { values: rules },
          mark: { type: 'rule' as const, strokeDash: [2, 2], strokeWidth: 1.5 },
          encoding: {
            x,
            color: { field: 'kind', type: 'nominal' as const, scale: { domain: Object.values(markerKindLabels) }, legend: { orient: 'bottom' as const, title: null } },
            tooltip: [
              { field: 'kind', type: 'nominal' as const, title: 'what' },
              { field: 'label', type: 'nominal' as const, title: 'detail' },
            ],
          },
        },
      ]
    : [];

  for (const rule of rules) rows.push([axis.temporal ? new Date(rule.t).toISOString() : `chunk ${rule.t + 1}`, null, null, null, `${rule.kind}: ${rule.label}`]);

  return {
    kind: 'driftOverTime',
    title: `${name}: ${statistic} over time`,
    description,
    table: { columns: ['chunk', statistic, 'threshold', 'null-rate Δ', 'above threshold / marker'], rows },
    spec: { description, width: 'container', height: 150, layer: [...layers, ...markerLayer] },
  };
}

function markerLabel(marker: TimelineMarkerView): string {
  const ref = marker.kind === 'commit' ? marker.ref.slice(0, 8) : marker.ref;
  return `${ref}: ${marker.label}`.slice(0, 200);
}
