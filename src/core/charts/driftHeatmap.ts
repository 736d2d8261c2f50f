// Time × feature: where and when the drift is, at a glance, with each feature's onset marked.
import type { ChunkSeries, FeatureReport, Timeline } from '../drift/report';
import type { ChartView, TableCell } from './chartView';
import { chunkAxis } from './timeAxis';

export interface DriftHeatmapInput {
  readonly timeline: Pick<Timeline, 'chunks' | 'statistic'>;
  /** Rows of the heatmap, top to bottom, each with its chunk series. */
  readonly rows: readonly { readonly feature: Pick<FeatureReport, 'id' | 'name' | 'onset'>; readonly series: ChunkSeries }[];
}

/**
 * Heatmap of the chunk statistic divided by the feature's own chunk threshold: 1 means "at threshold",
 * so features with different scales share one colour ramp (clamped at 2). Onsets are drawn as points.
 */
export function driftHeatmap(input: DriftHeatmapInput): ChartView {
  const axis = chunkAxis(input.timeline.chunks);
  const statistic = input.timeline.statistic.toUpperCase();
  const cells: { feature: string; order: number; t0: number; t1: number; ratio: number; value: number; chunk: string }[] = [];
  const onsets: { feature: string; order: number; t: number; chunk: string }[] = [];
  const rows: TableCell[][] = [];
  input.rows.forEach(({ feature, series }, order) => {
    axis.positions.forEach((position, i) => {
      const value = series.values[i];
      if (value === null || value === undefined || !Number.isFinite(value)) return;
      const ratio = series.threshold > 0 ? value / series.threshold : 0;
      cells.push({ feature: feature.name, order, t0: position.x0, t1: axis.temporal ? position.x1 : position.x0 + 1, ratio, value, chunk: position.label });
    });
    const onsetPosition = feature.onset ? axis.positions[feature.onset.chunkIndex] : undefined;
    if (onsetPosition) onsets.push({ feature: feature.name, order, t: axis.temporal ? onsetPosition.x0 : onsetPosition.x0 + 0.5, chunk: onsetPosition.label });
    rows.push([feature.name, ...axis.positions.map((_, i) => series.values[i] ?? null), onsetPosition?.label ?? '']);
  });
  const hot = input.rows.filter((r) => r.series.exceeds.some(Boolean)).length;
  const description = `Heatmap of ${statistic} over time for ${input.rows.length} features and ${axis.positions.length} chunks, as a multiple of each feature's chunk threshold; ${hot} features exceed their threshold somewhere and ${onsets.length} have an onset.`;
  const xType = axis.temporal ? ('temporal' as const) : ('quantitative' as const);
  // Sorted by a numeric field: an explicit list of names would compile into an expression holding them.
  const y = { field: 'feature', type: 'nominal' as const, sort: { field: 'order', op: 'min' as const }, title: null, axis: { labelLimit: 160 } };
  return {
    kind: 'driftHeatmap',
    title: `${statistic} over time, by feature`,
    description,
    table: { columns: ['feature', ...axis.positions.map((p) => p.label), 'onset'], rows },
    spec: {
      description,
      width: 'container',
      // A fixed height from the row count: a discrete `step` height cannot combine with a container width.
      height: Math.max(40, input.rows.length * 14),
      layer: [
        {
          data: { values: cells },
          mark: { type: 'rect' },
          encoding: {
            x: { field: 't0', type: xType, title: axis.temporal ? null : 'chunk' },
            x2: { field: 't1' },
            y,
            color: { field: 'ratio', type: 'quantitative', scale: { domain: [0, 2], clamp: true }, title: '× threshold', legend: { orient: 'top', gradientLength: 120 } },
            tooltip: [
              { field: 'feature', type: 'nominal', title: 'feature' },
              { field: 'chunk', type: 'nominal', title: 'chunk' },
              { field: 'value', type: 'quantitative', title: statistic, format: '.4~g' },
              { field: 'ratio', type: 'quantitative', title: '× threshold', format: '.2f' },
            ],
          },
        },
        {
          data: { values: onsets },
          mark: { type: 'point', shape: 'triangle-right', filled: true, size: 60 },
          encoding: {
            x: { field: 't', type: xType },
            y,
            tooltip: [
              { field: 'feature', type: 'nominal', title: 'onset of' },
              { field: 'chunk', type: 'nominal', title: 'chunk' },
            ],
          },
        },
      ],
    },
  };
}

