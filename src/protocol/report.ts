// Messages between the extension host and the drift report panel (webview/report), and the panel's UI
// state, which VS Code keeps across a window reload and hands to the WebviewPanelSerializer.
import type { FeatureId } from '../core/drift/report';
import type { FeatureTableKey } from '../core/views/featureTable';
import type { ReportView } from '../core/views/reportView';
import { guardFor, isRecord } from './envelope';
import { isFeatureId } from './featureId';

/** `reportView(report)` from src/core/views/reportView, or why there is none. */
export type HostToReport =
  /**
   * `focusFeatureId` (e.g. "Show in Report" from the side panel) selects that feature and scrolls to it.
   * `trusted` is false in Restricted Mode: the panel then disables Export (it writes files).
   */
  | { readonly type: 'snapshot'; readonly snapshot: ReportView; readonly trusted: boolean; readonly focusFeatureId?: FeatureId }
  | { readonly type: 'empty'; readonly reason: 'noCheck' | 'running' | 'failed'; readonly message?: string };

export const reportIntents = ['runDriftCheck', 'exportReport', 'showInSidePanel'] as const;
export type ReportIntent = (typeof reportIntents)[number];

export type ReportToHost =
  | { readonly type: 'ready' }
  /** `showInSidePanel` carries the feature to select there. */
  | { readonly type: 'intent'; readonly intent: ReportIntent; readonly featureId?: FeatureId };

export const isReportToHost = guardFor<ReportToHost>({
  ready: () => true,
  intent: (m) =>
    typeof m.intent === 'string' &&
    (reportIntents as readonly string[]).includes(m.intent) &&
    (m.intent === 'showInSidePanel' ? isFeatureId(m.featureId) : m.featureId === undefined),
});

/** Sortable columns, as `featureTableColumns` lists them (kept here so the guard needs no core runtime). */
export const reportSortKeys = [
  'name', 'kind', 'severity', 'rankSeverity', 'decidedBy', 'psi', 'ksStatistic', 'ksPValue', 'wasserstein', 'wassersteinNormed',
  'jensenShannon', 'chiSquare', 'chiSquarePValue', 'nullRateBaseline', 'nullRateCurrent', 'nullRateDelta', 'unseenShare', 'onset', 'sinceOnsetPsi',
] as const satisfies readonly FeatureTableKey[];

/** What the panel remembers through `setState`: selection and sort, never data. */
export interface ReportUiState {
  readonly selectedFeatureId?: FeatureId;
  readonly sort?: { readonly key: FeatureTableKey; readonly descending: boolean };
}

/**
 * Validates a state that comes back from the webview (to the serializer, or through getState): it is
 * untrusted like any message. Returns the fields that are valid, dropping the rest.
 */
export function toReportUiState(value: unknown): ReportUiState {
  if (!isRecord(value)) return {};
  const selectedFeatureId = isFeatureId(value.selectedFeatureId) ? value.selectedFeatureId : undefined;
  const sort = value.sort;
  const validSort =
    isRecord(sort) && typeof sort.key === 'string' && (reportSortKeys as readonly string[]).includes(sort.key) && typeof sort.descending === 'boolean'
      ? { key: sort.key as FeatureTableKey, descending: sort.descending }
      : undefined;
  return { ...(selectedFeatureId ? { selectedFeatureId } : {}), ...(validSort ? { sort: validSort } : {}) };
}
