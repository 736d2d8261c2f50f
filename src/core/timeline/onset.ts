// Drift onset: the first chunk from which a feature stays above its chunk threshold for at least
// `persistence` consecutive chunks (2 by default). Exceedances that are not part of such a run are blips:
// reported, never onsets. Chunks without a value (null) break a run.

export interface OnsetResult {
  /** Index of the onset chunk, or `null` when no run is long enough. */
  readonly onset: number | null;
  /** Indices of isolated exceedances (not in any run of `persistence` or more). */
  readonly blips: readonly number[];
}

export function findOnset(exceeds: readonly boolean[], persistence: number): OnsetResult {
  let onset: number | null = null;
  const blips: number[] = [];
  let runStart = -1;
  const closeRun = (end: number): void => {
    if (runStart < 0) return;
    const length = end - runStart;
    if (length >= persistence) {
      if (onset === null) onset = runStart;
    } else {
      for (let k = runStart; k < end; k++) blips.push(k);
    }
    runStart = -1;
  };
  for (let k = 0; k < exceeds.length; k++) {
    if (exceeds[k]) {
      if (runStart < 0) runStart = k;
    } else {
      closeRun(k);
    }
  }
  closeRun(exceeds.length);
  return { onset, blips };
}
