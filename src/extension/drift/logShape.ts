// What the quick picks need to know about one log to offer slices of it: its timestamp column's range and
// its model_version values (the worker's `logShape` job), remembered while the file's size and mtime hold.
import { stat } from 'node:fs/promises';
import type * as vscode from 'vscode';
import type { LogShape } from '../../protocol/worker';
import type { WorkerClient } from '../workerClient';

export type { LogShape } from '../../protocol/worker';

export class LogShapes {
  private readonly known = new Map<string, { readonly stamp: string; readonly shape: Promise<LogShape> }>();

  constructor(private readonly worker: WorkerClient) {}

  async shapeOf(path: string, token?: vscode.CancellationToken): Promise<LogShape> {
    const { mtimeMs, size } = await stat(path);
    const stamp = `${mtimeMs}:${size}`;
    const hit = this.known.get(path);
    if (hit && hit.stamp === stamp) return hit.shape;
    const shape = this.worker.run('logShape', { path }, { token });
    this.known.set(path, { stamp, shape });
    // A failed or cancelled read is not remembered: the next pick tries again.
    shape.catch(() => this.known.get(path)?.shape === shape && this.known.delete(path));
    return shape;
  }
}
