// The key a drift result is cached under: what went in (each side's file content and row filter) and what
// decides the numbers (the options and the engine build). The same key always names the same report, so a
// re-run on unchanged inputs can skip the worker entirely. Kept free of `vscode` for plain Node tests.
import { createHash } from 'node:crypto';
import type { DatasetSpec } from '../../core/drift/datasetSpec';

/** One side of a check as the cache sees it: the file's SHA-256 in place of its path, and its filter. */
export interface HashedSide {
  readonly sha256: string;
  readonly where: DatasetSpec['where'] | undefined;
}

export interface CacheKeyParts {
  readonly baseline: HashedSide;
  readonly current: HashedSide;
  /** Everything else the job receives (thresholds, config): any JSON value. */
  readonly options: unknown;
  /** Fingerprint of the engine build (the worker bundle's hash): a new build never reuses old numbers. */
  readonly engine: string;
}

/** Hex SHA-256 of the parts, written as JSON with sorted keys so property order never changes the key. */
export function driftCacheKey(parts: CacheKeyParts): string {
  return createHash('sha256').update(stableJson(parts)).digest('hex');
}

/** JSON with object keys sorted at every depth and `undefined` members left out, as JSON.stringify does. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}
