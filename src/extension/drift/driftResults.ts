// The last finished drift check of this window: the report, what it compared and under which cache key.
// The tree, the status bar, Problems, the side panel and the report panel all read it and redraw on change.
import * as vscode from 'vscode';
import type { DriftReport } from '../../core/drift/report';
import type { DriftInputs } from './inputChoices';

export interface DriftResult {
  /** The cache key (cacheKey.ts): also how a restored report panel finds its report again. */
  readonly key: string;
  readonly inputs: DriftInputs;
  readonly report: DriftReport;
  /** True when the report came from the cache rather than the worker. */
  readonly fromCache: boolean;
  /** Wall time of the check, hashing included. */
  readonly elapsedMs: number;
}

/** A check under way, or the last one's failure; `undefined` when idle. */
export type CheckState = { readonly state: 'running' } | { readonly state: 'failed'; readonly message: string } | undefined;

export class DriftResults implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DriftResult | undefined>();
  /** Fires when a check finishes with a new result. */
  readonly onDidChange = this.changed.event;
  private readonly stateChanged = new vscode.EventEmitter<CheckState>();
  /** Fires when a check starts, fails, or finishes. */
  readonly onDidChangeState = this.stateChanged.event;
  private last: DriftResult | undefined;
  private checkState: CheckState;

  get current(): DriftResult | undefined {
    return this.last;
  }

  get state(): CheckState {
    return this.checkState;
  }

  set(result: DriftResult): void {
    this.last = result;
    this.checkState = undefined;
    this.changed.fire(result);
    this.stateChanged.fire(undefined);
  }

  setState(state: CheckState): void {
    this.checkState = state;
    this.stateChanged.fire(state);
  }

  dispose(): void {
    this.changed.dispose();
    this.stateChanged.dispose();
  }
}
