// Messages between the extension host and the log profile view (webview/logProfile): the read-only
// custom editor for .arrow/.feather/.parquet and the Open Prediction Log command for CSV and JSONL.
import type { LogProfileView } from '../core/views/logProfileView';
import { guardFor } from './envelope';

export type HostToLogProfile =
  /**
   * An opaque id the view keeps in its state (setState): after a window reload VS Code hands it back and the
   * host finds the log it names. An id, never a path: the host owns the mapping.
   */
  | { readonly type: 'restoreId'; readonly id: string }
  | { readonly type: 'loading'; readonly path: string }
  | { readonly type: 'snapshot'; readonly snapshot: LogProfileView }
  /** A load that failed: the loader's message, with `path:line` where it has one. */
  | { readonly type: 'error'; readonly message: string };

/** `useAsBaseline` / `useAsCurrent` pick this log for the next drift check; the host knows which log it is. */
export const logProfileIntents = ['reload', 'useAsBaseline', 'useAsCurrent', 'runDriftCheck'] as const;
export type LogProfileIntent = (typeof logProfileIntents)[number];

export type LogProfileToHost = { readonly type: 'ready' } | { readonly type: 'intent'; readonly intent: LogProfileIntent };

export const isLogProfileToHost = guardFor<LogProfileToHost>({
  ready: () => true,
  intent: (m) => typeof m.intent === 'string' && (logProfileIntents as readonly string[]).includes(m.intent),
});
