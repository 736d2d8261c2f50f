// Messages between the extension host and the side panel webview (webview/sidePanel).
// The host pushes complete snapshots; the panel sends intents that name host-issued ids, never paths.
import { guardFor, isShortString } from './envelope';

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
}

export type HostToSidePanel = { readonly type: 'snapshot'; readonly snapshot: SidePanelSnapshot };

/** Things the user can ask for from the panel; the host maps each to its own command. */
export const sidePanelIntents = ['refresh', 'runDriftCheck', 'openLog'] as const;
export type SidePanelIntent = (typeof sidePanelIntents)[number];

export type SidePanelToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'intent'; readonly intent: SidePanelIntent; readonly logId?: string };

export const isSidePanelToHost = guardFor<SidePanelToHost>({
  ready: () => true,
  intent: (m) =>
    (sidePanelIntents as readonly unknown[]).includes(m.intent) && (m.logId === undefined || isShortString(m.logId, 64)),
});
