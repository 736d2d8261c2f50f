// Loads test/fixtures/stats/reference.json (written by scripts/reference/stats_reference.py with
// numpy/scipy) and rebuilds its samples, inline or generated, exactly as the script built them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Encoded = number | null | 'Infinity' | '-Infinity';

interface Generator {
  n: number;
  multiplier: number;
  modulus: number;
  offset: number;
  scale: number;
  shift: number;
  square?: boolean;
  grid?: number;
}

export interface ReferenceFixture {
  command: string;
  samples: Record<string, { values?: Encoded[]; generator?: Generator }>;
  quantile: { sample: string; percent: number[]; expected: number[] }[];
  psi: {
    baseline: string;
    current: string;
    edges: number[];
    baselineCounts: number[];
    currentCounts: number[];
    psi: number;
    contributions: number[];
    jensenShannon: number;
  }[];
  ks: { a: string; b: string; statistic: number; pValue: number; method: 'exact' | 'asymptotic' }[];
  kstwo: { n: number; d: number; sf: number }[];
  smirnov: { n: number; d: number; sf: number }[];
  wasserstein: { a: string; b: string; value: number; baselineStd: number; normed: number }[];
  moments: { sample: string; mean: number; std: number }[];
  jensenShannon: { p: number[]; q: number[]; value: number }[];
  chiSquare: { baseline: number[]; current: number[]; statistic: number; pValue: number; dof: number }[];
  upperGamma: { a: number; x: number; q: number }[];
  logGamma: { x: number; value: number }[];
  ece: {
    scores: Encoded[];
    labels: Encoded[];
    value: number;
    bins: { lower: number; upper: number; count: number; meanScore: number; meanLabel: number }[];
  }[];
  entropy: { scores: Encoded[]; mean: number; std: number }[];
}

export const reference: ReferenceFixture = JSON.parse(
  readFileSync(join(__dirname, '../../../fixtures/stats/reference.json'), 'utf8'),
) as ReferenceFixture;

export function decode(values: readonly Encoded[]): Float64Array {
  return Float64Array.from(values, (v) => (v === null ? NaN : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v));
}

/** The twin of `generate` in stats_reference.py: integer arithmetic, then one rounded operation per step. */
function generate(spec: Generator): Float64Array {
  const out = new Float64Array(spec.n);
  for (let i = 0; i < spec.n; i++) {
    let u = ((i * spec.multiplier + spec.offset) % spec.modulus) / spec.modulus;
    if (spec.square) u = u * u;
    let x = u * spec.scale + spec.shift;
    if (spec.grid !== undefined) x = Math.floor(x * spec.grid) / spec.grid;
    out[i] = x;
  }
  return out;
}

/** The raw values of a named sample (NaN and ±Infinity included, unsorted). */
export function rawSample(name: string): Float64Array {
  const sample = reference.samples[name];
  assert.ok(sample, `no sample ${name} in reference.json`);
  if (sample.values) return decode(sample.values);
  assert.ok(sample.generator, `sample ${name} has neither values nor generator`);
  assert.ok(Number.isSafeInteger(sample.generator.n * sample.generator.multiplier), 'generator stays in exact integers');
  return generate(sample.generator);
}

/** |actual - expected| <= tolerance · |expected| (exact equality required when expected is 0). */
export function assertRelative(actual: number, expected: number, tolerance: number, what: string): void {
  if (actual === expected) return;
  const error = Math.abs(actual - expected);
  assert.ok(
    error <= tolerance * Math.abs(expected),
    `${what}: got ${actual}, expected ${expected} (relative error ${error / Math.abs(expected)} > ${tolerance})`,
  );
}
