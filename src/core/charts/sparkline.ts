// A feature's distribution at thumbnail size, for the feature list: the current shape over the baseline's.
import type { FeatureReport } from '../drift/report';
import { sides, type ChartView, type TableCell } from './chartView';
import { formatShare } from './format';

const maxCategories = 8;

/**
 * Distribution sketch of one feature: current shares as an area (numeric: display histogram bins;
 * categorical: the top categories as bars) with the baseline's shares as a line, no axes. Returns null
 * when the report carries no distribution for the feature.
 */
export function sparkline(feature: Pick<FeatureReport, 'name' | 'charts'>): ChartView | null {
  const values: { i: number; baseline: number; current: number }[] = [];
  const rows: TableCell[][] = [];
  const charts = feature.charts;
  let what: string;
  if (charts.type === 'numeric') {
    const histogram = charts.histogram;
    if (!histogram || histogram.edges.length < 2) return null;
    histogram.baseline.forEach((b, i) => {
      values.push({ i, baseline: b, current: histogram.current[i] ?? 0 });
      rows.push([`bin ${i + 1}`, formatShare(b), formatShare(histogram.current[i])]);
    });
    what = `${values.length} bins`;
  } else {
    if (charts.categories.length === 0) return null;
    charts.categories.slice(0, maxCategories).forEach((c, i) => {
      values.push({ i, baseline: c.baseline, current: c.current });
      rows.push([c.value, formatShare(c.baseline), formatShare(c.current)]);
    });
    what = `top ${values.length} categories`;
  }
  const description = `Distribution sketch of ${feature.name} over ${what}: current as filled shape, baseline as line.`;
  const x = { field: 'i', type: 'quantitative' as const, axis: null, scale: { nice: false } };
  return {
    kind: 'sparkline',
    title: feature.name,
    description,
    table: { columns: ['bin', 'baseline share', 'current share'], rows },
    spec: {
      description,
      width: 80,
      height: 20,
      padding: 0,
      config: { view: { stroke: null } },
      data: { values },
      // Same series colours as the full charts (baseline first in the category range), no legend.
      layer: [
        { mark: { type: 'area', interpolate: 'step', opacity: 0.6 }, encoding: { x, y: { field: 'current', type: 'quantitative', axis: null }, color: { datum: 'current', scale: { domain: [...sides] }, legend: null } } },
        { mark: { type: 'line', interpolate: 'step', strokeWidth: 1 }, encoding: { x, y: { field: 'baseline', type: 'quantitative', axis: null }, color: { datum: 'baseline', scale: { domain: [...sides] }, legend: null } } },
      ],
    },
  };
}
