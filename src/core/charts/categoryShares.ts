// Category shares side by side: what a categorical feature's drift looks like.
import type { CategoricalCharts } from '../drift/report';
import { sides, type ChartView, type TableCell } from './chartView';
import { formatShare } from './format';

/**
 * Grouped bars of the top categories' shares (of valued rows) in baseline and current, plus the rest
 * summed. Category names are data values on the axis, never field names or expressions.
 */
export function categoryShares(name: string, charts: CategoricalCharts): ChartView {
  const values: { category: string; side: string; share: number; unseen: string }[] = [];
  const rows: TableCell[][] = [];
  for (const c of charts.categories) {
    const unseen = c.unseen ? 'new in current' : '';
    values.push({ category: c.value, side: 'baseline', share: c.baseline, unseen }, { category: c.value, side: 'current', share: c.current, unseen });
    rows.push([c.value, formatShare(c.baseline), formatShare(c.current), c.unseen ? 'yes' : 'no']);
  }
  if (charts.other.count > 0) {
    const label = `(${charts.other.count} other categories)`;
    values.push({ category: label, side: 'baseline', share: charts.other.baseline, unseen: '' }, { category: label, side: 'current', share: charts.other.current, unseen: '' });
    rows.push([label, formatShare(charts.other.baseline), formatShare(charts.other.current), '']);
  }
  const unseen = charts.categories.filter((c) => c.unseen);
  const moved = [...charts.categories].sort((a, b) => Math.abs(b.current - b.baseline) - Math.abs(a.current - a.baseline))[0];
  const description =
    `Shares of the ${charts.categories.length} most frequent categories of ${name}, baseline and current.` +
    (moved ? ` The largest change is ${JSON.stringify(moved.value)}: ${formatShare(moved.baseline)} to ${formatShare(moved.current)}.` : '') +
    (unseen.length > 0 ? ` ${unseen.length} categories are new in current.` : '');
  return {
    kind: 'categoryShares',
    title: `${name}: category shares`,
    description,
    table: { columns: ['category', 'baseline share', 'current share', 'new in current'], rows },
    spec: {
      description,
      width: 'container',
      // A fixed height from the row count: a discrete `step` height cannot combine with a container width.
      height: Math.max(60, (values.length / 2) * 20),
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'category', type: 'nominal', sort: null, title: null, axis: { labelLimit: 140 } },
        yOffset: { field: 'side', type: 'nominal', scale: { domain: [...sides] } },
        x: { field: 'share', type: 'quantitative', axis: { format: '%' }, title: 'share' },
        color: { field: 'side', type: 'nominal', scale: { domain: [...sides] }, legend: { orient: 'top', title: null } },
        tooltip: [
          { field: 'category', type: 'nominal', title: 'category' },
          { field: 'side', type: 'nominal', title: 'side' },
          { field: 'share', type: 'quantitative', title: 'share', format: '.1%' },
          { field: 'unseen', type: 'nominal', title: 'note' },
        ],
      },
    },
  };
}
