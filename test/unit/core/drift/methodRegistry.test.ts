// The report applies exactly the statistics the registry lists for each kind: the others are null.
import { strict as assert } from 'node:assert';
import { analyseDrift } from '../../../../src/core/drift/driftAnalysis';
import { methodDefinitions, statisticsByKind, type StatisticName } from '../../../../src/core/drift/methodRegistry';
import { normal, seeded, side } from './syntheticSide';

const all: StatisticName[] = ['psi', 'ks', 'wasserstein', 'wassersteinNormed', 'jensenShannon', 'chiSquare', 'nullRate', 'nonFiniteRate', 'unseenCategories'];

describe('method registry', () => {
  const random = seeded(11);
  const numeric = (n: number): number[] => Array.from({ length: n }, () => normal(random));
  const categorical = (n: number): string[] => Array.from({ length: n }, () => (random() < 0.5 ? 'a' : 'b'));
  const report = analyseDrift(
    side('baseline', [
      { name: 'x', kind: 'numeric', values: numeric(500) },
      { name: 'c', kind: 'categorical', values: categorical(500) },
    ]),
    side('current', [
      { name: 'x', kind: 'numeric', values: numeric(400) },
      { name: 'c', kind: 'categorical', values: categorical(400) },
    ]),
  );

  for (const kind of ['numeric', 'categorical'] as const) {
    it(`${kind}: the listed statistics are computed, the others are null`, () => {
      const feature = report.features.find((f) => f.kind === kind)!;
      for (const statistic of all) {
        const value = (feature as unknown as Record<StatisticName, unknown>)[statistic];
        const applies = statisticsByKind[kind].includes(statistic);
        // nonFiniteRate is a rate pair for every kind (0 for categories), like nullRate.
        if (statistic === 'nonFiniteRate') continue;
        assert.equal(value !== null, applies, `${kind} ${statistic}`);
      }
    });
  }

  it('defines every statistic it lists, and the report carries the definitions', () => {
    const defined = new Set(methodDefinitions.map((m) => m.statistic));
    for (const statistic of all) assert.ok(defined.has(statistic), statistic);
    assert.deepEqual(report.methods.definitions, methodDefinitions);
  });
});
