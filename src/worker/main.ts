// The worker_thread entry: runs jobs from src/worker/jobs.ts off the extension host's thread.
// One AbortController per job; a `cancel` message aborts it and the handler stops at its next check.
import { parentPort } from 'node:worker_threads';
import type { HostToWorker, JobKind, WorkerToHost } from '../protocol/worker';
import { jobHandlers } from './jobs';

const port = parentPort;
if (!port) throw new Error('dist/worker.js must run as a worker thread');

const running = new Map<number, AbortController>();
const post = (message: WorkerToHost) => port.postMessage(message);

port.on('message', (message: HostToWorker) => {
  if (message.type === 'cancel') {
    running.get(message.jobId)?.abort();
    return;
  }
  void run(message.jobId, message.kind, message.params);
});

async function run(jobId: number, kind: JobKind, params: unknown): Promise<void> {
  const controller = new AbortController();
  running.set(jobId, controller);
  let lastProgress = 0;
  try {
    const handler = jobHandlers[kind] as (p: unknown, c: Parameters<(typeof jobHandlers)[JobKind]>[1]) => Promise<unknown>;
    if (typeof handler !== 'function') throw new Error(`unknown job kind: ${String(kind)}`);
    const result = await handler(params, {
      signal: controller.signal,
      progress(progress) {
        // At most ~10 progress messages a second: the host only updates a notification.
        const now = Date.now();
        if (now - lastProgress < 100) return;
        lastProgress = now;
        post({ type: 'progress', jobId, progress });
      },
    });
    post({ type: 'result', jobId, result });
  } catch (error) {
    const cancelled = controller.signal.aborted;
    post({ type: 'error', jobId, cancelled, message: cancelled ? 'cancelled' : errorMessage(error) });
  } finally {
    running.delete(jobId);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
