// The threshold a chunk statistic is held against. Learned from the baseline's own chunks, as NannyML
// does: compute the statistic of each baseline chunk against the whole baseline, threshold = mean + 3σ
// (population σ, numpy's default ddof 0). With fewer than 6 baseline chunks there is too little to learn
// from, and the absolute warn level of the severity table applies.

export interface ChunkThreshold {
  readonly threshold: number;
  readonly source: 'learned' | 'absolute';
}

export function chunkThreshold(
  baselineValues: readonly number[],
  absolute: number,
  settings: { readonly sigmas: number; readonly minBaselineChunks: number },
): ChunkThreshold {
  const values = baselineValues.filter((v) => Number.isFinite(v));
  if (values.length < settings.minBaselineChunks) return { threshold: absolute, source: 'absolute' };
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) * (v - mean), 0) / values.length;
  return { threshold: mean + settings.sigmas * Math.sqrt(variance), source: 'learned' };
}
