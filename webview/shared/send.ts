// One typed `send` per surface over the single acquireVsCodeApi handle.
import { vscodeApi } from './vscodeApi';

export function sender<Message>(): (message: Message) => void {
  const api = vscodeApi<unknown>();
  return (message) => api.postMessage(message);
}
