// Messages between the extension host and the side panel webview (webview/sidePanel).
// The host pushes complete snapshots; the panel sends intents that name host-issued ids, never paths.
import type { FeatureId } from '../core/drift/report';
import type { ExplorerView } from '../core/views/explorerView';
import { guardFor, isShortString } from './envelope';
import { isFeatureId } from './featureId';

/** A prediction log the host found in the workspace, known to the webview only by its id. */
export interface LogEntry {
  readonly id: string;
  /** Workspace-relative path, display only. */
  readonly label: string;
  readonly format: 'csv' | 'jsonl' | 'arrow' | 'parquet';
  readonly sizeBytes: number;
}

export interface SidePanelSnapshot {
  readonly workspaceName: string;
  readonly trusted: boolean;
  readonly logs: readonly LogEntry[];
  readonly changelogs: readonly string[];
  /** The last drift check, built by `explorerView(report, selectedId)`; absent until a check has run. */
  readonly explorer?: ExplorerView;
  /** A drift check in progress, or the last one's failure; absent when idle. */
  readonly check?: CheckStatus;
}

export type CheckStatus = { readonly state: 'running' } | { readonly state: 'failed'; readonly message: string };

export type HostToSidePanel = { readonly type: 'snapshot'; readonly snapshot: SidePanelSnapshot };

/**
 * Things the user can ask for from the panel; the host maps each to its own command.
 * `openLog` carries a `logId`; `selectFeature` (show its charts here) and `showFeatureInReport` carry a
 * `featureId`; the others carry nothing. `configureLogGlobs` opens the log-glob setting.
 */
export const sidePanelIntents = ['refresh', 'runDriftCheck', 'openLog', 'openReport', 'configureLogGlobs', 'selectFeature', 'showFeatureInReport'] as const;
export type SidePanelIntent = (typeof sidePanelIntents)[number];

const needsLogId: ReadonlySet<string> = new Set<SidePanelIntent>(['openLog']);
const needsFeatureId: ReadonlySet<string> = new Set<SidePanelIntent>(['selectFeature', 'showFeatureInReport']);

export type SidePanelToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'intent'; readonly intent: SidePanelIntent; readonly logId?: string; readonly featureId?: FeatureId };

export const isSidePanelToHost = guardFor<SidePanelToHost>({
  ready: () => true,
  intent: (m) =>
    typeof m.intent === 'string' &&
    (sidePanelIntents as readonly string[]).includes(m.intent) &&
    (needsLogId.has(m.intent) ? isShortString(m.logId, 64) : m.logId === undefined) &&
    (needsFeatureId.has(m.intent) ? isFeatureId(m.featureId) : m.featureId === undefined),
});
