// Every statistic of one feature as a table: the whole window beside the rows since onset.
import type { DriftStatistics, FeatureReport } from '../drift/report';
import type { DataTable, TableCell } from '../charts/chartView';
import { formatNumber, formatShare } from '../charts/format';

type Row = readonly [label: string, value: (s: DriftStatistics) => string];

const rows: readonly Row[] = [
  ['severity', (s) => s.severity],
  ['PSI', (s) => formatNumber(s.psi)],
  ['KS D', (s) => formatNumber(s.ks?.statistic)],
  ['KS p-value', (s) => (s.ks ? `${formatNumber(s.ks.pValue)} (${s.ks.method})` : '—')],
  ['Wasserstein', (s) => formatNumber(s.wasserstein)],
  ['Wasserstein (normed)', (s) => formatNumber(s.wassersteinNormed)],
  ['Jensen-Shannon distance', (s) => formatNumber(s.jensenShannon)],
  ['chi-square', (s) => (s.chiSquare ? `${formatNumber(s.chiSquare.statistic)} (dof ${s.chiSquare.dof})` : '—')],
  ['chi-square p-value', (s) => formatNumber(s.chiSquare?.pValue)],
  ['null rate', (s) => `${formatShare(s.nullRate.baseline)} → ${formatShare(s.nullRate.current)}`],
  ['non-finite rate', (s) => `${formatShare(s.nonFiniteRate.baseline)} → ${formatShare(s.nonFiniteRate.current)}`],
  ['unseen categories', (s) => (s.unseenCategories ? `${s.unseenCategories.count} (${formatShare(s.unseenCategories.share)})` : '—')],
  ['values compared', (s) => `${s.values.baseline.toLocaleString('en-US')} / ${s.values.current.toLocaleString('en-US')}`],
];

/** Statistic, whole window and (when the feature has an onset) since onset, formatted for display. */
export function featureStatistics(feature: FeatureReport): DataTable {
  const since = feature.onset?.sinceOnset ?? null;
  const table: TableCell[][] = rows.map(([label, value]) => (since ? [label, value(feature), value(since)] : [label, value(feature)]));
  if (feature.constantBaseline) table.push(since ? ['note', 'constant baseline: PSI not meaningful', ''] : ['note', 'constant baseline: PSI not meaningful']);
  return { columns: since ? ['statistic', 'whole window', `since onset (${since.rows.toLocaleString('en-US')} rows)`] : ['statistic', 'whole window'], rows: table };
}
