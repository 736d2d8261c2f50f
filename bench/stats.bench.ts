// Speed of the statistics on drift-sized inputs: sorting a million values, KS at a million rows per side
// (merge walk + kstwo.sf), the exact KS path at 10000 rows, PSI bins and Wasserstein.
// Run: npx tsx bench/stats.bench.ts   (never part of the pass/fail tests; reports the median of 5 runs)
import { binCounts, psiBinEdges } from '../src/core/stats/psiBins';
import { ksTwoSample } from '../src/core/stats/ks';
import { radixSortFinite } from '../src/core/stats/radixSort';
import { numericSample } from '../src/core/stats/sample';
import { wassersteinDistance } from '../src/core/stats/wasserstein';

/** Deterministic normal values (LCG + Box-Muller), so every run measures the same work. */
function normals(n: number, mean: number, sd: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let state = seed;
  const uniform = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state + 0.5) / 2147483648;
  };
  for (let i = 0; i < n; i++) {
    out[i] = mean + sd * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  }
  return out;
}

function time(label: string, run: () => unknown): void {
  const times: number[] = [];
  let result: unknown;
  for (let rep = 0; rep < 5; rep++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const shown = typeof result === 'object' ? JSON.stringify(result) : String(result);
  console.log(`${label.padEnd(48)} ${times[2]!.toFixed(1).padStart(8)} ms   ${shown.slice(0, 90)}`);
}

const million = 1_000_000;
const baseline = normals(million, 0, 1, 1);
const integers = baseline.map((v) => Math.round(v * 10));
time('sort 1M doubles: Float64Array.prototype.sort', () => Float64Array.from(baseline).sort().length);
time('sort 1M doubles: radixSortFinite', () => radixSortFinite(baseline).length);
time('sort 1M integer-valued: Float64Array.prototype.sort', () => Float64Array.from(integers).sort().length);
time('sort 1M integer-valued: radixSortFinite', () => radixSortFinite(integers).length);
time('numericSample 1M (filter + sort)', () => numericSample(baseline).sorted.length);

const a = numericSample(baseline).sorted;
for (const shift of [0, 0.005, 0.01, 0.05]) {
  const b = numericSample(normals(million, shift, 1, 2)).sorted;
  time(`ksTwoSample 1M vs 1M, shift ${shift}`, () => ksTwoSample(a, b));
}
const small = numericSample(normals(10000, 0, 1, 3)).sorted;
for (const [size, shift] of [[10000, 0.02], [10000, 0.5], [9999, 0.02], [9999, 0.5]] as const) {
  const other = numericSample(normals(size, shift, 1, 4)).sorted;
  time(`ksTwoSample exact 10000 vs ${size}, shift ${shift}`, () => ksTwoSample(small, other));
}
const current = numericSample(normals(million, 0.1, 1.1, 5)).sorted;
time('psiBinEdges + binCounts, 1M vs 1M', () => {
  const edges = psiBinEdges(a);
  return [binCounts(a, edges)[0], binCounts(current, edges)[0]];
});
time('wassersteinDistance 1M vs 1M', () => wassersteinDistance(a, current));
