// Feature ids as the drift report issues them (`f0`, `f1`, …): the only way a webview names a feature.
import type { FeatureId } from '../core/drift/report';

export function isFeatureId(value: unknown): value is FeatureId {
  return typeof value === 'string' && /^f(0|[1-9]\d{0,5})$/.test(value);
}
