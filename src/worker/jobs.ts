// The worker's job table: one handler per job kind of src/protocol/worker.ts. Handlers call into
// src/core, honour the abort signal, and report progress; they never touch `vscode`.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import type { TopLevelSpec } from 'vega-lite';
import type { JobKind, JobParams, JobProgress, JobResult } from '../protocol/worker';
import { renderSvg } from './chartSvg';
import { readLogShape } from './logShape';

export interface JobContext {
  readonly signal: AbortSignal;
  progress(progress: JobProgress): void;
}

type Handlers = { [K in JobKind]: (params: JobParams<K>, context: JobContext) => Promise<JobResult<K>> };

export const jobHandlers: Handlers = {
  logShape({ path }, { signal }) {
    return readLogShape(path, signal);
  },

  async renderSvg({ specs }, { signal, progress }) {
    const svgs: string[] = [];
    for (const spec of specs) {
      signal.throwIfAborted();
      svgs.push(await renderSvg(spec as TopLevelSpec));
      progress({ done: svgs.length, total: specs.length, unit: 'steps' });
    }
    return { svgs };
  },

  async hashFile({ path }, { signal, progress }) {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of createReadStream(path, { signal, highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
      progress({ done: bytes, unit: 'bytes' });
    }
    return { sha256: hash.digest('hex'), bytes };
  },
};
