// Which threads a drift check runs on, for the CLI and the extension's worker alike: one load worker per
// input file and a pool of feature workers, when the machine has two cores, the caller allows more than
// one thread, and the bundled workers sit in `bundleDir` (dist/, beside cli.js and worker.js). Otherwise,
// and for small inputs, everything stays on the calling thread (the core's defaults).
//
// Measured on an idle 2-core machine (README, Performance): the 1M + 1M report from 2.64 s on one thread to
// 2.08 s wall (medians of three); under heavy load from other processes threads can cost more than they
// save, which is why the CLI honours MODEL_INCIDENT_THREADS=1.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { RunContext } from '../core/drift/runDriftCheck';
import { workerRunner } from './featureWorkerPool';
import { workerSideLoader } from './workerSideLoader';

/** Below this many bytes of input a load worker's start costs more than loading at once saves. */
const MIN_BYTES_FOR_LOAD_WORKERS = 8 << 20;

export type DriftThreads = Pick<RunContext, 'featureRunner' | 'sideLoader'>;

/** `threads`: how many the caller allows (1: none), undefined for one per core. */
export function driftThreads(bundleDir: string, inputs: readonly string[], threads?: number): DriftThreads {
  if (threads === 1 || availableParallelism() < 2) return {};
  const featureWorker = join(bundleDir, 'feature-worker.js');
  const loadWorker = join(bundleDir, 'load-worker.js');
  const bytes = inputs.reduce((sum, path) => sum + (existsSync(path) ? statSync(path).size : 0), 0);
  return {
    // The pool itself stays in process below MIN_ROWS_FOR_WORKERS rows.
    ...(existsSync(featureWorker) ? { featureRunner: workerRunner(threads === undefined ? { workerFile: featureWorker } : { workerFile: featureWorker, threads }) } : {}),
    ...(existsSync(loadWorker) && bytes >= MIN_BYTES_FOR_LOAD_WORKERS ? { sideLoader: workerSideLoader({ workerFile: loadWorker }) } : {}),
  };
}
