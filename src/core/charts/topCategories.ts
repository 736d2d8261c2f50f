// A categorical column's most frequent values, from a log profile.
import type { ChartView, TableCell } from './chartView';
import { formatShare } from './format';

/** Bars of the most frequent values with their row counts and shares of all rows; names stay data values. */
export function topCategories(name: string, categories: readonly { readonly value: string; readonly count: number }[], rows: number): ChartView | null {
  if (categories.length === 0) return null;
  const values = categories.map((c, order) => ({ category: c.value, order, count: c.count, share: rows > 0 ? c.count / rows : 0 }));
  const table: TableCell[][] = values.map((v) => [v.category, v.count, formatShare(v.share)]);
  const covered = values.reduce((sum, v) => sum + v.share, 0);
  const description = `The ${values.length} most frequent values of ${name}, covering ${formatShare(covered)} of rows; the first is ${JSON.stringify(values[0]!.category)} with ${formatShare(values[0]!.share)}.`;
  return {
    kind: 'topCategories',
    title: name,
    description,
    table: { columns: ['value', 'rows', 'share of rows'], rows: table },
    spec: {
      description,
      width: 'container',
      height: Math.max(40, values.length * 14),
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'category', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: { labelLimit: 140 } },
        x: { field: 'count', type: 'quantitative', title: 'rows', axis: { tickCount: 3 } },
        tooltip: [
          { field: 'category', type: 'nominal', title: 'value' },
          { field: 'count', type: 'quantitative', title: 'rows' },
          { field: 'share', type: 'quantitative', title: 'share', format: '.1%' },
        ],
      },
    },
  };
}
