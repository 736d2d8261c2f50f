// Distinct count of a string column: exact below EXACT_DISTINCT_CAP distinct values, else a K-minimum-values
// estimate (Bar-Yossef et al. 2002; Beyer et al. 2007, unbiased form (k - 1) / U_(k)) from the k = 4096
// smallest 32-bit hashes (FNV-1a, fmix32) of the values' UTF-8 bytes, relative standard error about 1/sqrt(k - 2) ≈ 1.6%.
import type { Vector } from 'apache-arrow';

export const EXACT_DISTINCT_CAP = 100_000;
const K = 4096;

export function estimateDistinctUtf8(vector: Vector): { count: number; exact: boolean } {
  const exact = new Set<string>();
  const encoder = new TextEncoder();
  let overflow = false;
  for (let i = 0; i < vector.length; i++) {
    const value: unknown = vector.get(i);
    if (value === null || value === undefined) continue;
    exact.add(String(value));
    if (exact.size > EXACT_DISTINCT_CAP) {
      overflow = true;
      break;
    }
  }
  if (!overflow) return { count: exact.size, exact: true };
  exact.clear();
  const hashes = new Set<number>();
  let threshold = Infinity;
  let kept: number[] = [];
  for (let i = 0; i < vector.length; i++) {
    const value: unknown = vector.get(i);
    if (value === null || value === undefined) continue;
    const h = fnv1a(encoder.encode(String(value)));
    if (h >= threshold || hashes.has(h)) continue;
    hashes.add(h);
    kept.push(h);
    if (kept.length >= 2 * K) {
      kept.sort((a, b) => a - b);
      for (const dropped of kept.slice(K)) hashes.delete(dropped);
      kept = kept.slice(0, K);
      threshold = kept[K - 1]!;
    }
  }
  kept.sort((a, b) => a - b);
  if (kept.length < K) return { count: kept.length, exact: false };
  const kth = (kept[K - 1]! + 1) / 2 ** 32;
  return { count: Math.round((K - 1) / kth), exact: false };
}

/** FNV-1a, then MurmurHash3's fmix32 finaliser: FNV alone spreads `req-1`, `req-2`, … too unevenly for KMV. */
function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
