// Sorting the report's feature table by a column: numbers as numbers, severities by rank, text by
// locale; missing values always last, whatever the direction.
import type { FeatureTableKey, FeatureTableRow } from '../../src/core/views/featureTable';
import { severityRank } from '../shared/severityRank';

export interface SortOrder {
  readonly key: FeatureTableKey;
  readonly descending: boolean;
}

function sortValue(row: FeatureTableRow, key: FeatureTableKey): number | string | null {
  const value = row[key];
  if (key === 'severity' || key === 'rankSeverity') return severityRank[value as FeatureTableRow['severity']];
  return value;
}

export function sortRows(rows: readonly FeatureTableRow[], order: SortOrder | undefined): FeatureTableRow[] {
  if (!order) return [...rows];
  const direction = order.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, order.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null || (typeof a.value === 'number' && Number.isNaN(a.value))) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      const compared = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value));
      return compared * direction || a.index - b.index;
    })
    .map((entry) => entry.row);
}
