// compareNumeric against scipy/numpy on a deterministic sample. Reference values printed by
// `/usr/bin/python3 test/unit/core/drift/comparison_reference.py` (numpy 1.24.2, scipy 1.10.1).
import { strict as assert } from 'node:assert';
import { compareNumeric, numericProfile } from '../../../../src/core/drift/numericComparison';
import { numericSample } from '../../../../src/core/stats/sample';
import { defaultThresholds } from '../../../../src/core/drift/thresholds';

const baseline = Float64Array.from({ length: 800 }, (_, i) => ((i * 7919) % 1000) / 100);
const current = Float64Array.from({ length: 600 }, (_, i) => (((i * 104729) % 1000) / 100) * 1.1 + 0.5);

function close(actual: number | null | undefined, expected: number, relative: number): void {
  assert.ok(actual !== null && actual !== undefined, `expected ${expected}, got ${actual}`);
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${actual} vs ${expected}`);
}

describe('compareNumeric', () => {
  const { statistics, charts } = compareNumeric(numericProfile(baseline), numericSample(current), defaultThresholds);

  it('matches numpy/scipy on PSI, KS, Wasserstein (raw and normed) and Jensen-Shannon', () => {
    close(statistics.psi, 0.14885383449405098, 1e-9);
    close(statistics.ks?.statistic, 0.13708333333333333, 1e-12);
    close(statistics.ks?.pValue, 4.530552189486826e-6, 1e-6);
    assert.equal(statistics.ks?.method, 'exact');
    close(statistics.wasserstein, 0.9946666666666671, 1e-9);
    close(statistics.wassersteinNormed, 0.34484289628284703, 1e-9);
    close(statistics.jensenShannon, 0.16184293535558286, 1e-9);
  });

  it('exposes the bins it used: numpy edges, shares that sum to 1, contributions that sum to PSI', () => {
    const expectedEdges = [0.9890000000000001, 1.9880000000000002, 3.0069999999999997, 4.006, 4.99, 5.994, 6.992999999999999, 7.974000000000001, 8.981];
    assert.deepEqual(charts.type === 'numeric' && charts.psiBins?.edges, expectedEdges);
    if (charts.type !== 'numeric' || !charts.psiBins) throw new Error('numeric charts expected');
    close(charts.psiBins.baseline.reduce((s, v) => s + v, 0), 1, 1e-12);
    close(charts.psiBins.current.reduce((s, v) => s + v, 0), 1, 1e-12);
    close(charts.psiBins.contribution.reduce((s, v) => s + v, 0), statistics.psi!, 1e-12);
  });

  it('decides by PSI at warn (0.149 >= 0.1); the KS p-value does not decide above 1000 baseline values only', () => {
    // 800 baseline values: KS decides too, and p = 4.5e-6 < 0.01 is critical.
    assert.equal(statistics.severity, 'critical');
    assert.equal(statistics.decidedBy?.signal, 'ksPValue');
    const large = Float64Array.from({ length: 2000 }, (_, i) => baseline[i % 800]! + (i % 3) * 1e-9);
    const big = compareNumeric(numericProfile(large), numericSample(current), defaultThresholds).statistics;
    assert.equal(big.decidedBy?.signal, 'psi');
    assert.equal(big.severity, 'warn');
  });

  it('places the KS location where the ECDFs are furthest apart', () => {
    if (charts.type !== 'numeric' || !charts.ksLocation) throw new Error('ks location expected');
    close(Math.abs(charts.ksLocation.baseline - charts.ksLocation.current), statistics.ks!.statistic, 1e-12);
  });

  it('downsamples the ECDFs to at most 200 ascending points ending at 1', () => {
    if (charts.type !== 'numeric') throw new Error('numeric');
    for (const e of [charts.ecdf.baseline, charts.ecdf.current]) {
      assert.ok(e.x.length <= 200 && e.x.length > 10);
      assert.equal(e.y[e.y.length - 1], 1);
      for (let i = 1; i < e.x.length; i++) assert.ok(e.x[i]! > e.x[i - 1]! && e.y[i]! > e.y[i - 1]!);
    }
  });

  it('counts nulls and infinities apart from the distribution, and flags the null-rate delta', () => {
    const withNulls = Float64Array.from(current, (v, i) => (i % 10 === 0 ? NaN : i % 50 === 1 ? Infinity : v));
    const s = compareNumeric(numericProfile(baseline), numericSample(withNulls), defaultThresholds).statistics;
    close(s.nullRate.current, 60 / 600, 1e-12);
    close(s.nonFiniteRate.current, 12 / 600, 1e-12);
    assert.equal(s.values.current, 600 - 72);
    assert.equal(s.severity, 'critical');
  });

  it('reports a constant baseline instead of a PSI severity', () => {
    const profile = numericProfile(new Float64Array(50).fill(3));
    assert.equal(profile.constant, true);
    const s = compareNumeric(profile, numericSample(Float64Array.from({ length: 50 }, (_, i) => 3 + (i % 2))), defaultThresholds).statistics;
    assert.notEqual(s.decidedBy?.signal, 'psi');
  });

  it('gives null statistics, not NaN, when a side has no values', () => {
    const s = compareNumeric(numericProfile(baseline), numericSample(new Float64Array([NaN, NaN])), defaultThresholds).statistics;
    assert.equal(s.psi, null);
    assert.equal(s.ks, null);
    assert.equal(s.wasserstein, null);
    assert.equal(s.nullRate.current, 1);
  });
});
