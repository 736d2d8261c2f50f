// Worker-thread entry (dist/feature-worker.js): analyses the features the pool sends it, one at
// a time, with the same core function the in-process path uses. Columns arrive as transferred buffers, so
// no million-row array is copied; the outcome holds only statistics and small count arrays.
import { parentPort } from 'node:worker_threads';
import { analyseFeatureColumns, type FeatureColumns, type FeatureContext, type FeatureOutcome } from '../core/drift/featureAnalysis';

export type ToFeatureWorker = { readonly type: 'context'; readonly context: FeatureContext } | { readonly type: 'feature'; readonly index: number; readonly columns: FeatureColumns };

export type FromFeatureWorker = { readonly type: 'outcome'; readonly index: number; readonly outcome: FeatureOutcome } | { readonly type: 'error'; readonly index: number; readonly message: string };

let context: FeatureContext | null = null;

parentPort?.on('message', (message: ToFeatureWorker) => {
  if (message.type === 'context') {
    context = message.context;
    return;
  }
  try {
    if (!context) throw new Error('feature worker: a feature arrived before the context');
    const reply: FromFeatureWorker = { type: 'outcome', index: message.index, outcome: analyseFeatureColumns(message.columns, context) };
    parentPort!.postMessage(reply);
  } catch (error) {
    const reply: FromFeatureWorker = { type: 'error', index: message.index, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    parentPort!.postMessage(reply);
  }
});
