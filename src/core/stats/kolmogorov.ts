import { logGamma } from './gamma';

/**
 * The distribution of the one-sample two-sided Kolmogorov-Smirnov statistic D_n = sup |F_n - F| for a
 * finite sample size n, and of the one-sided D_n+ (Smirnov).
 *
 * `kolmogorovSurvival(n, d)` = Pr(D_n >= d) is what `scipy.stats.kstwo.sf(d, n)` computes (scipy 1.10,
 * `scipy/stats/_ksstats.py`), re-implemented here with the same choice of method by n and n·d², after
 * Simard and L'Ecuyer (2011), "Computing the Two-Sided Kolmogorov-Smirnov Distribution", JSS 39(11):
 * - Ruben-Gambino closed forms when n·d <= 1 or n·d >= n - 1;
 * - 2·Pr(D_n+ >= d) (exact, Birnbaum-Tingey/Smirnov) when d >= 0.5, and in the upper tail;
 * - Durbin's matrix algorithm in Marsaglia-Tsang-Wang form for small n·d² (small n·d^1.5 when n > 140);
 * - Pomeranz's recursion for n <= 140 and 0.754693 < n·d² <= 4;
 * - the Pelz-Good expansion for large n and small d.
 * This is not the limiting Kolmogorov series, which is up to 300% off at the sizes drift checks use.
 */
export function kolmogorovSurvival(n: number, d: number): number {
  if (!Number.isInteger(n) || n <= 0 || d !== d) return NaN;
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    return clip(1 - rubenGambinoLowerCdf(n, t));
  }
  if (t >= n - 1) return clip(2 * Math.pow(1 - d, n));
  if (d >= 0.5) return clip(2 * smirnovSurvival(n, d));
  const nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 0.754693) return clip(1 - durbinMatrixCdf(n, d));
    if (nd2 <= 4) return clip(1 - pomeranzCdf(n, d));
    return clip(2 * smirnovSurvival(n, d));
  }
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clip(2 * smirnovSurvival(n, d));
  const cdf = n <= 100000 && n * Math.pow(d, 1.5) <= 1.4 ? durbinMatrixCdf(n, d) : pelzGoodCdf(n, d);
  return clip(1 - clip(cdf));
}

/** Pr(D_n <= d) = 1 - kolmogorovSurvival(n, d), computed by the same methods (for tests and symmetry). */
export function kolmogorovCdf(n: number, d: number): number {
  return 1 - kolmogorovSurvival(n, d);
}

/**
 * Pr(D_n+ >= d), the exact one-sided Smirnov tail (`scipy.special.smirnov(n, d)`), by the
 * Birnbaum-Tingey sum `d · Σ_{v=0}^{floor(n(1-d))} C(n,v) (d + v/n)^(v-1) (1 - d - v/n)^(n-v)`.
 * All terms are positive; they are summed in log space relative to the largest, so the tail stays
 * accurate down to 1e-300, and the walk stops once the terms, past their peak, have fallen 40 e-folds
 * below the largest. Agrees with scipy 1.10 to ~1e-9 relative (its sum is the slower, exact one).
 */
export function smirnovSurvival(n: number, d: number): number {
  if (!Number.isInteger(n) || n <= 0 || !(d >= 0 && d <= 1)) return NaN;
  if (d === 0) return 1;
  const last = Math.floor(n * (1 - d));
  const logFactorialN = logGamma(n + 1);
  const logD = Math.log(d);
  let maxLog = -Infinity;
  let scaledSum = 0; // Σ exp(logTerm - maxLog)
  let previousLog = -Infinity;
  let logBinomial = 0; // ln C(n, v)
  for (let v = 0; v <= last; v++) {
    // ln C(n, v) by the ratio C(n, v) / C(n, v-1) = (n - v + 1) / v, re-anchored on ln Γ every 256 terms so
    // rounding cannot accumulate: at n = 500000 the terms that matter span 90% of the range (scipy's own
    // sum takes 2 s there), so each term must be cheap.
    logBinomial =
      v % 256 === 0 ? logFactorialN - logGamma(v + 1) - logGamma(n - v + 1) : logBinomial + Math.log((n - v + 1) / v);
    const evn = d + v / n;
    const omevn = 1 - evn;
    if (!(omevn > 0)) continue; // the term has the factor 0^(n-v) with n - v > 0
    const logTerm = logBinomial + logD + (v - 1) * Math.log(evn) + (n - v) * Math.log1p(-evn);
    if (logTerm > maxLog) {
      scaledSum = scaledSum * Math.exp(maxLog - logTerm) + 1;
      maxLog = logTerm;
    } else {
      scaledSum += Math.exp(logTerm - maxLog);
      if (logTerm < previousLog && logTerm < maxLog - 40) break;
    }
    previousLog = logTerm;
  }
  return maxLog === -Infinity ? 0 : Math.exp(maxLog) * scaledSum;
}

const SCALE_EXPONENT = 128;
const SCALE_UP = 2 ** SCALE_EXPONENT;
const SCALE_DOWN = 2 ** -SCALE_EXPONENT;

/** x · 2^exponent without overflowing or underflowing the intermediate power of two. */
function ldexp(x: number, exponent: number): number {
  let value = x;
  let e = exponent;
  while (e > 1000) {
    value *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    value *= 2 ** -1000;
    e += 1000;
  }
  return value * 2 ** e;
}

function clip(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/** Ruben-Gambino: Pr(D_n <= d) = n!/n^n · (2nd - 1)^n for 1/(2n) <= d <= 1/n; t = n·d. */
function rubenGambinoLowerCdf(n: number, t: number): number {
  if (n <= 140) {
    let product = 1;
    for (let i = 1; i <= n; i++) product *= i * (1 / n) * (2 * t - 1);
    return product;
  }
  return Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
}

// Stirling series coefficients B_2j / (2j (2j-1)), j = 8 .. 1 (highest power first, for Horner).
const STIRLING = [
  -3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12,
];

/** ln(n! / n^n), by Stirling's series with n·ln(n) removed up front to avoid cancellation. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  const x = rn / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * x + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

/**
 * Pr(D_n <= d) by Durbin's matrix algorithm as Marsaglia, Tsang and Wang (2003) evaluate it: with
 * d = (k - h)/n, the (k, k) entry of H^n times n!/n^n, where H is (2k-1)×(2k-1); H^n by repeated squaring
 * with power-of-two rescaling kept in a separate exponent.
 */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1; // 1 / j!
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - Math.pow(h, j)) * factorial;
  }
  const corner = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + corner) * factorial;

  let H: Float64Array = new Float64Array(m * m);
  for (let column = 1; column < m; column++) {
    for (let row = column - 1; row < m; row++) H[row * m + column] = w[row - column + 1]!;
  }
  for (let row = 0; row < m; row++) H[row * m] = v[row]!;
  for (let column = 0; column < m; column++) H[(m - 1) * m + column] = v[m - 1 - column]!;

  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let remaining = n;
  let exponent = 0;
  let hExponent = 0;
  const centre = (k - 1) * m + (k - 1);
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiply(power, H, m);
      exponent += hExponent;
    }
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[centre]!) > SCALE_UP) {
      for (let i = 0; i < H.length; i++) H[i]! *= SCALE_DOWN;
      hExponent += SCALE_EXPONENT;
    }
    remaining = Math.floor(remaining / 2);
  }
  let p = power[centre]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
  }
  return clip(ldexp(p, exponent));
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const ail = a[i * m + l]!;
      if (ail === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += ail * b[l * m + j]!;
    }
  }
  return out;
}

/**
 * Pr(D_n <= d) by Pomeranz's (1974) recursion: 2n + 1 rows, each the convolution of the previous row
 * with one of three truncated Poisson weight vectors; only a window of each row is non-zero.
 */
function pomeranzCdf(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  // (g/n)^j / j!, (2g/n)^j / j!, ((1-2g)/n)^j / j!
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let j = 1; j < powers; j++) {
    gPower[j] = (gPower[j - 1]! * (g / n)) / j;
    twoGPower[j] = (twoGPower[j - 1]! * ((2 * g) / n)) / j;
    oneMinusTwoGPower[j] = (oneMinusTwoGPower[j - 1]! * ((1 - 2 * g) / n)) / j;
  }
  const rowWindow = (i: number): [number, number] => {
    let j1: number;
    let j2: number;
    if (i === 0) {
      j1 = -ll - ceilF - 1;
      j2 = ll + ceilF - 1;
    } else {
      const half = Math.floor((i + 1) / 2);
      if ((i + 1) % 2 === 0) {
        if (half === n + 1) {
          j1 = n - ll - ceilF - 1;
          j2 = n + ll + ceilF - 1;
        } else {
          j1 = half - 1 - ll - roundF - 1;
          j2 = half + ll - 1 + ceilF - 1;
        }
      } else {
        j1 = half - 1 - ll - 1;
        j2 = half + ll + roundF - 1;
      }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
  };

  let previous = new Float64Array(powers);
  let row = new Float64Array(powers);
  row[0] = 1;
  let previousStart = 0;
  let rowStart = 0;
  let exponent = 0;
  let j1 = rowWindow(0)[0];
  let j2: number;
  for (let i = 1; i <= 2 * n + 1; i++) {
    const k1 = j1;
    [previous, row] = [row, previous];
    [previousStart, rowStart] = [rowStart, previousStart];
    row.fill(0);
    [j1, j2] = rowWindow(i);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length <= 0) continue;
    const offset = k1 - previousStart;
    const available = Math.min(length, powers - offset);
    let largest = 0;
    for (let out = 0; out <= j2 - j1; out++) {
      const c = j1 - k1 + out; // index into the full convolution of previous[offset..] and weights
      let sum = 0;
      const lo = Math.max(0, c - (length - 1));
      const hi = Math.min(c, available - 1);
      for (let a = lo; a <= hi; a++) sum += previous[offset + a]! * weights[c - a]!;
      row[out] = sum;
      if (sum > largest) largest = sum;
    }
    if (largest > 0 && largest < SCALE_DOWN) {
      for (let j = 0; j < row.length; j++) row[j]! *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
    rowStart = previousStart + j1 - k1;
  }
  let answer = row[n - rowStart]!;
  for (let j = 1; j <= n; j++) {
    if (Math.abs(answer) > SCALE_UP) {
      answer *= SCALE_DOWN;
      exponent += SCALE_EXPONENT;
    }
    answer *= j;
  }
  return clip(ldexp(answer, exponent));
}

const PI2 = Math.PI * Math.PI;
const PI4 = PI2 * PI2;
const PI6 = PI4 * PI2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Pr(D_n <= d) by the Pelz-Good (1976) expansion: the Li-Chien/Korolyuk series K0 + K1/√n + K2/n +
 * K3/n^1.5 in z = d√n, transformed with Jacobi theta identities into sums that converge fast for small z.
 */
function pelzGoodCdf(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -PI2 / 8 / z2;
  if (qLog < -708) return 0;
  let q = Math.exp(qLog);

  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * Math.pow(z, 8);

  // Horner scheme over odd m = 2k - 1 of Σ c_m q^(m²): each step multiplies by q^(8k).
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  let k3 = 0;
  const maxK = Math.ceil((16 * z) / Math.PI);
  for (let k = maxK; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = Math.pow(q, 8 * k);
    k0 = k0 * qPower + 1;
    k1 = k1 * qPower + (k1a + k1b * m2);
    k2 = k2 * qPower + (k2a + k2b * m2 + k2c * m4);
    k3 = k3 * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const common = q * SQRT_2PI;
  k0 = (k0 * common) / z;
  k1 = (k1 * common) / (6 * z4);
  k2 = (k2 * common) / (72 * Math.pow(z, 7));
  k3 = (k3 * common) / (6480 * Math.pow(z, 10));

  // The terms over all integers k of K2 and K3: little cancellation, summed directly.
  q = Math.exp(-PI2 / 2 / z2);
  let k2Extra = 0;
  let k3Extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxK; k >= 1; k--) {
    const k2sq = k * k;
    const qk = Math.pow(q, k2sq);
    const kPi = Math.PI * k;
    k2Extra += k2sq * qk;
    k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2sq * qk;
  }
  k2 += (k2Extra * PI2 * SQRT_2PI) / (-36 * z3);
  k3 += (k3Extra * PI2 * SQRT_2PI) / (216 * z6);
  return k0 + k1 / Math.sqrt(n) + k2 / n + k3 / Math.pow(n, 1.5);
}
