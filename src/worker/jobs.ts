// The worker's job table: one handler per job kind of src/protocol/worker.ts. Handlers call into
// src/core, honour the abort signal, and report progress; they never touch `vscode`.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import type { TopLevelSpec } from 'vega-lite';
import type { JobKind, JobParams, JobProgress, JobResult } from '../protocol/worker';
import { driftCheckInput, noWorkspace, readDriftWorkspaceAt } from '../core/drift/driftInputs';
import { runDriftCheck } from '../core/drift/runDriftCheck';
import { driftThreads } from '../threads/driftThreads';
import { measureInputs } from '../core/runbook/measureInputs';
import { renderSvg } from './chartSvg';
import { readLogShape } from './logShape';
import { loadTable } from '../core/table/loadTable';
import { profileTable } from '../core/table/profile';

export interface JobContext {
  readonly signal: AbortSignal;
  progress(progress: JobProgress): void;
}

type Handlers = { [K in JobKind]: (params: JobParams<K>, context: JobContext) => Promise<JobResult<K>> };

export const jobHandlers: Handlers = {
  async driftCheck({ baseline, current, workspaceRoot, commits }, { signal, progress }) {
    // The same reading of the workspace's config and changelog as `model-incident drift` in that folder.
    const workspace = workspaceRoot === undefined ? noWorkspace : readDriftWorkspaceAt(workspaceRoot);
    // Both cores, as the CLI: load workers and feature workers from beside dist/worker.js (small inputs stay here).
    return runDriftCheck(driftCheckInput(baseline, current, workspace, commits ? { commits } : {}), {
      signal,
      onProgress: (p) => progress({ done: p.done, total: p.total, unit: 'steps', message: p.stage }),
      ...driftThreads(__dirname, [baseline.path, current.path]),
    });
  },

  logShape({ path }, { signal }) {
    return readLogShape(path, signal);
  },

  async profile({ path, columns, delimiter, overrides }, { signal, progress }) {
    const loaded = await loadTable(path, {
      signal,
      onProgress: (p) => progress({ done: p.done, ...(p.total !== undefined ? { total: p.total } : {}), unit: p.unit }),
      ...(columns ? { columns } : {}),
      ...(delimiter ? { delimiter } : {}),
      ...(overrides ? { overrides: new Map(overrides) } : {}),
    });
    return profileTable(loaded);
  },

  runbookMeasures(specs, { signal }) {
    return measureInputs(specs, signal);
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
