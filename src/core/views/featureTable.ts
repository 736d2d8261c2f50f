// The report's sortable feature table: one row per feature with every statistic as a raw number (so the
// webview sorts numbers, not strings) and the columns it is drawn with.
import type { FeatureId, FeatureKind, FeatureReport, Severity } from '../drift/report';
import { formatNumber, formatShare } from '../charts/format';
import { rankDecision } from '../drift/rankDecision';
import { defaultThresholds, type Thresholds } from '../drift/thresholds';
import { rankDecisionSignal } from './featureLabels';

export interface FeatureTableRow {
  readonly id: FeatureId;
  readonly name: string;
  readonly kind: FeatureKind;
  readonly severity: Severity;
  /** Rank severity: the worse of the whole window and since onset. */
  readonly rankSeverity: Severity;
  readonly decidedBy: string | null;
  readonly psi: number | null;
  readonly ksStatistic: number | null;
  readonly ksPValue: number | null;
  readonly wasserstein: number | null;
  readonly wassersteinNormed: number | null;
  readonly jensenShannon: number | null;
  readonly chiSquare: number | null;
  readonly chiSquarePValue: number | null;
  readonly nullRateBaseline: number;
  readonly nullRateCurrent: number;
  readonly nullRateDelta: number;
  readonly unseenShare: number | null;
  readonly onset: string | null;
  readonly sinceOnsetPsi: number | null;
  /** Each cell as displayed (3 significant digits, shares in %), so the webview formats nothing itself. */
  readonly text: Readonly<Record<FeatureTableKey, string>>;
}

export type FeatureTableKey = Exclude<keyof FeatureTableRow, 'id' | 'text'>;

export interface FeatureTableColumn {
  readonly key: FeatureTableKey;
  readonly label: string;
  /** How the webview formats and sorts the column. */
  readonly format: 'text' | 'severity' | 'number' | 'share' | 'pValue';
}

export const featureTableColumns: readonly FeatureTableColumn[] = [
  { key: 'name', label: 'Feature', format: 'text' },
  { key: 'kind', label: 'Kind', format: 'text' },
  { key: 'rankSeverity', label: 'Severity', format: 'severity' },
  { key: 'decidedBy', label: 'Decided by', format: 'text' },
  { key: 'psi', label: 'PSI', format: 'number' },
  { key: 'ksStatistic', label: 'KS D', format: 'number' },
  { key: 'ksPValue', label: 'KS p', format: 'pValue' },
  { key: 'wasserstein', label: 'Wasserstein', format: 'number' },
  { key: 'wassersteinNormed', label: 'W. normed', format: 'number' },
  { key: 'jensenShannon', label: 'JS distance', format: 'number' },
  { key: 'chiSquare', label: 'χ²', format: 'number' },
  { key: 'chiSquarePValue', label: 'χ² p', format: 'pValue' },
  { key: 'nullRateBaseline', label: 'Null base', format: 'share' },
  { key: 'nullRateCurrent', label: 'Null cur', format: 'share' },
  { key: 'nullRateDelta', label: 'Null Δ', format: 'share' },
  { key: 'unseenShare', label: 'Unseen', format: 'share' },
  { key: 'onset', label: 'Onset', format: 'text' },
  { key: 'sinceOnsetPsi', label: 'PSI since onset', format: 'number' },
];

/** One row of the feature table; `thresholds` are the report's (`methods.thresholds`), for peak decisions. */
export function featureTableRow(feature: FeatureReport, thresholds: Thresholds = defaultThresholds): FeatureTableRow {
  const values = featureTableValues(feature, thresholds);
  const text = {} as Record<FeatureTableKey, string>;
  for (const key of Object.keys(values) as (keyof typeof values)[]) {
    if (key === 'id') continue;
    const value = values[key];
    const format = columnFormats.get(key) ?? 'text';
    text[key] = value === null ? '—' : key === 'onset' ? shortTime(String(value)) : typeof value === 'string' ? value : format === 'share' ? formatShare(value) : formatNumber(value);
  }
  return { ...values, text };
}

/** `2026-01-15` for a midnight chunk start, `2026-01-15 13:00` otherwise; `#3` (row chunks) unchanged. */
function shortTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!match) return iso;
  return match[2] === '00:00' ? match[1]! : `${match[1]} ${match[2]}`;
}

const columnFormats = new Map<FeatureTableKey, FeatureTableColumn['format']>(featureTableColumns.map((c) => [c.key, c.format]));

function featureTableValues(feature: FeatureReport, thresholds: Thresholds): Omit<FeatureTableRow, 'text'> {
  return {
    id: feature.id,
    name: feature.name,
    kind: feature.kind,
    severity: feature.severity,
    rankSeverity: feature.rankSeverity,
    decidedBy: rankDecisionSignal(rankDecision(feature, thresholds))?.text ?? null,
    psi: feature.psi,
    ksStatistic: feature.ks?.statistic ?? null,
    ksPValue: feature.ks?.pValue ?? null,
    wasserstein: feature.wasserstein,
    wassersteinNormed: feature.wassersteinNormed,
    jensenShannon: feature.jensenShannon,
    chiSquare: feature.chiSquare?.statistic ?? null,
    chiSquarePValue: feature.chiSquare?.pValue ?? null,
    nullRateBaseline: feature.nullRate.baseline,
    nullRateCurrent: feature.nullRate.current,
    nullRateDelta: feature.nullRate.delta,
    unseenShare: feature.unseenCategories?.share ?? null,
    onset: feature.onset ? (feature.onset.start ?? `#${feature.onset.chunkIndex + 1}`) : null,
    sinceOnsetPsi: feature.onset?.sinceOnset.psi ?? null,
  };
}
