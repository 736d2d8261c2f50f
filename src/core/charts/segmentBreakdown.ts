// One feature's drift inside each segment, with how much traffic the segment carries.
import type { SegmentReport, Severity } from '../drift/report';
import type { Levels } from '../drift/thresholds';
import { severityDomain, type ChartView, type TableCell } from './chartView';
import { formatNumber, formatShare } from './format';

/**
 * Segment breakdown of one feature: PSI inside each segment (segment rows against the baseline's rows of
 * the same segment, as the drift engine computed it), coloured by severity, worst first, with the PSI
 * warn and critical levels as rules. Segments with no value for the feature are left out.
 */
export function segmentBreakdown(featureId: string, name: string, segments: readonly SegmentReport[], psiLevels: Levels): ChartView {
  const values: { segment: string; order: number; psi: number; severity: Severity; baseline: number; current: number }[] = [];
  for (const segment of segments) {
    const feature = segment.features.find((f) => f.id === featureId);
    if (!feature || feature.psi === null || !Number.isFinite(feature.psi)) continue;
    values.push({ segment: `${segment.column} = ${segment.value}`, order: 0, psi: feature.psi, severity: feature.severity, baseline: segment.share.baseline, current: segment.share.current });
  }
  values.sort((a, b) => b.psi - a.psi);
  values.forEach((v, i) => (v.order = i));
  const rows: TableCell[][] = values.map((v) => [v.segment, formatShare(v.baseline), formatShare(v.current), v.psi, v.severity]);
  const flagged = values.filter((v) => v.severity !== 'ok');
  const trafficFlagged = flagged.reduce((sum, v) => sum + v.current, 0);
  const description =
    `PSI of ${name} inside ${values.length} segments.` +
    (values[0] ? ` Highest: ${values[0].segment} at ${formatNumber(values[0].psi)}.` : '') +
    ` ${flagged.length} segments drift (warn or worse), carrying ${formatShare(trafficFlagged)} of current traffic (segments of different columns overlap).`;
  return {
    kind: 'segmentBreakdown',
    title: `${name}: drift by segment`,
    description,
    table: { columns: ['segment', 'baseline share', 'current share', 'PSI', 'severity'], rows },
    spec: {
      description,
      width: 'container',
      // A fixed height from the row count: a discrete `step` height cannot combine with a container width.
      height: Math.max(40, values.length * 16),
      layer: [
        {
          data: { values },
          mark: { type: 'bar' },
          encoding: {
            y: { field: 'segment', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: { labelLimit: 160 } },
            x: { field: 'psi', type: 'quantitative', title: 'PSI' },
            color: { field: 'severity', type: 'nominal', scale: { domain: [...severityDomain], range: 'ordinal' }, legend: { orient: 'top', title: null } },
            tooltip: [
              { field: 'segment', type: 'nominal', title: 'segment' },
              { field: 'psi', type: 'quantitative', title: 'PSI', format: '.4~g' },
              { field: 'current', type: 'quantitative', title: 'current traffic', format: '.1%' },
              { field: 'baseline', type: 'quantitative', title: 'baseline traffic', format: '.1%' },
            ],
          },
        },
        {
          data: { values: [{ level: psiLevels.warn }, { level: psiLevels.critical }] },
          mark: { type: 'rule', strokeDash: [4, 3], opacity: 0.7 },
          encoding: { x: { field: 'level', type: 'quantitative' } },
        },
      ],
    },
  };
}
