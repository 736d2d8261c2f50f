// Both cores for the drift check: a FeatureRunner that hands features to worker threads
// (dist/feature-worker.js), extracting each feature's columns on this thread only shortly before a worker
// needs them: each worker holds its current feature and one queued (IN_FLIGHT_PER_WORKER), so it never waits
// for this thread, which meanwhile computes the model layer, and memory stays bounded on million-row logs.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inProcessRunner, type FeatureRunner } from '../core/drift/driftAnalysis';
import type { FeatureContext, FeatureOutcome } from '../core/drift/featureAnalysis';
import type { FromFeatureWorker, ToFeatureWorker } from './featureWorker';

/** Features handed to a worker before its first outcome: the one it works on and the next. */
const IN_FLIGHT_PER_WORKER = 2;

/** Below this many rows (both sides) starting workers costs more than it saves. */
export const MIN_ROWS_FOR_WORKERS = 200_000;

export interface PoolOptions {
  readonly workerFile: string;
  readonly threads?: number;
  /** Extra Node flags for the workers (tests run the TypeScript entry with `--import tsx`). */
  readonly execArgv?: readonly string[];
  /** Use workers whatever the size (tests). */
  readonly always?: boolean;
  /** Run the features on this thread when a worker fails (default); `false` lets the failure out (tests). */
  readonly fallback?: boolean;
}

/** The context with its row arrays (chunk of each row, segment groups) copied once into shared memory. */
function sharedContext(context: FeatureContext): FeatureContext {
  const shared = (values: Int32Array): Int32Array => {
    const copy = new Int32Array(new SharedArrayBuffer(values.byteLength));
    copy.set(values);
    return copy;
  };
  return {
    ...context,
    baselineChunkOf: shared(context.baselineChunkOf),
    currentChunkOf: shared(context.currentChunkOf),
    segments: context.segments.map((g) => ({ ...g, baseline: shared(g.baseline), current: shared(g.current) })),
  };
}

export function workerRunner(options: PoolOptions): FeatureRunner {
  const threads = options.threads ?? availableParallelism();
  return async (jobs, context, checkpoint) => {
    const rows = context.baselineChunkOf.length + context.currentChunkOf.length;
    if (threads < 2 || jobs.length < 2 || (!options.always && rows < MIN_ROWS_FOR_WORKERS)) return inProcessRunner(jobs, context, checkpoint);
    const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(options.workerFile, { execArgv: [...(options.execArgv ?? [])] }));
    const outcomes: FeatureOutcome[] = new Array<FeatureOutcome>(jobs.length);
    // Numeric features (two sorts each) first, the short categorical ones last: the workers finish together.
    const order = jobs.map((_, index) => index).sort((a, b) => +(jobs[a]!.kind !== 'numeric') - +(jobs[b]!.kind !== 'numeric') || a - b);
    let next = 0;
    // One copy of the row arrays in shared memory for every worker, instead of a structured clone each.
    const hello: ToFeatureWorker = { type: 'context', context: sharedContext(context) };
    const feeders: (() => void)[] = [];
    const finished = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const feed = (): void => {
            if (next >= jobs.length) {
              if (inFlight === 0) resolve();
              return;
            }
            const index = order[next++]!;
            inFlight++;
            try {
              const columns = jobs[index]!.columns();
              checkpoint(`profiling ${columns.plan.name}`);
              const message: ToFeatureWorker = { type: 'feature', index, columns };
              // Fresh columns are transferred; views of shared memory travel as they are (columnValues.ts).
              const transfer = [columns.baseline.buffer, columns.current.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
              worker.postMessage(message, transfer);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          };
          worker.on('message', (message: FromFeatureWorker) => {
            if (message.type === 'error') {
              reject(new Error(message.message));
              return;
            }
            outcomes[message.index] = message.outcome;
            inFlight--;
            feed();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (next < jobs.length || code !== 0) reject(new Error(`a feature worker stopped (exit code ${code})`));
          });
          worker.postMessage(hello);
          feeders.push(feed);
        }),
    );
    try {
      // Round by round, so that every worker has its first feature before any gets its second.
      for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) for (const feed of feeders) feed();
      await Promise.all(finished);
    } catch (error) {
      // A worker that cannot start or dies (a missing bundle, memory) must not cost the user the report:
      // the same features run again on this thread. A cancellation throws again from the first checkpoint.
      if (options.fallback === false) throw error;
      return inProcessRunner(jobs, context, checkpoint);
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return outcomes;
  };
}
