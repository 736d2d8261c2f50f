// compareCategorical against scipy on a 2×4 table with a category unseen in the baseline. Reference values
// printed by `/usr/bin/python3 test/unit/core/drift/comparison_reference.py` (scipy 1.10.1).
import { strict as assert } from 'node:assert';
import { categoricalProfile, compareCategorical } from '../../../../src/core/drift/categoricalComparison';
import { CategoryDictionary } from '../../../../src/core/drift/columnValues';
import { defaultThresholds } from '../../../../src/core/drift/thresholds';

function codesOf(counts: Record<string, number>, dictionary: CategoryDictionary, nulls = 0): Int32Array {
  const out: number[] = [];
  for (const [value, count] of Object.entries(counts)) for (let i = 0; i < count; i++) out.push(dictionary.codeOf(value));
  for (let i = 0; i < nulls; i++) out.push(-1);
  return Int32Array.from(out);
}

function close(actual: number | null | undefined, expected: number, relative: number): void {
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) <= relative * Math.abs(expected), `${actual} vs ${expected}`);
}

describe('compareCategorical', () => {
  const dictionary = new CategoryDictionary();
  const b = codesOf({ card: 400, bank: 300, wallet: 100 }, dictionary);
  const c = codesOf({ card: 250, bank: 250, wallet: 80, bnpl: 20 }, dictionary);
  const { statistics, charts } = compareCategorical(categoricalProfile(b, dictionary.size), categoricalProfile(c, dictionary.size), dictionary, defaultThresholds);

  it('matches scipy on chi-square homogeneity, Jensen-Shannon (base 2) and the brute-force PSI', () => {
    close(statistics.chiSquare?.statistic, 33.49520849520849, 1e-9);
    close(statistics.chiSquare?.pValue, 2.5320299934505226e-7, 1e-6);
    assert.equal(statistics.chiSquare?.dof, 3);
    close(statistics.jensenShannon, 0.1424468626336528, 1e-9);
    close(statistics.psi, 0.36725466379161303, 1e-9);
  });

  it('lists the unseen category with its share; with PSI also critical, PSI (first in table order) is named', () => {
    assert.deepEqual(statistics.unseenCategories, { categories: ['bnpl'], share: 20 / 600, count: 1 });
    assert.equal(statistics.severity, 'critical');
    assert.equal(statistics.decidedBy?.signal, 'psi');
    assert.equal(statistics.ks, null);
    assert.equal(statistics.wasserstein, null);
  });

  it('charts every category with both shares, marking the unseen one', () => {
    const bnpl = charts.categories.find((c) => c.value === 'bnpl');
    assert.deepEqual(bnpl, { value: 'bnpl', baseline: 0, current: 20 / 600, unseen: true });
    assert.equal(charts.other.count, 0);
  });

  it('keeps the top 20 categories and sums the rest into other', () => {
    const d = new CategoryDictionary();
    const counts = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`c${i}`, 100 - i]));
    const many = codesOf(counts, d);
    const r = compareCategorical(categoricalProfile(many, d.size), categoricalProfile(many, d.size), d, defaultThresholds);
    assert.equal(r.charts.categories.length, 20);
    assert.equal(r.charts.other.count, 10);
    assert.equal(r.statistics.severity, 'ok');
    assert.equal(r.statistics.psi, 0);
  });

  it('counts nulls in the null rate only', () => {
    const d = new CategoryDictionary();
    const base = codesOf({ a: 50, b: 50 }, d);
    const cur = codesOf({ a: 45, b: 45 }, d, 10);
    const s = compareCategorical(categoricalProfile(base, d.size), categoricalProfile(cur, d.size), d, defaultThresholds).statistics;
    close(s.nullRate.delta, 0.1, 1e-12);
    assert.equal(s.psi, 0);
    assert.equal(s.decidedBy?.signal, 'nullRateDelta');
  });
});
