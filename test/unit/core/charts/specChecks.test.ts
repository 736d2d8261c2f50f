import { strict as assert } from 'node:assert';
import type { ChartView } from '../../../../src/core/charts/chartView';
import { assertSafeChart, expressionsOf, loadVegaLite } from './specChecks';

// The checker must catch what it is there to catch; otherwise every chart test passes vacuously.
describe('chart spec checks', () => {
  before(loadVegaLite);

  const base: ChartView = {
    kind: 'histogramOverlay',
    title: 't',
    description: 'A chart that exists only to test the checker.',
    table: { columns: ['a'], rows: [[1]] },
    spec: { description: 'A chart that exists only to test the checker.', data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } } },
  };

  it('accepts a plain chart', () => assertSafeChart(base, ['secret']));

  it('finds a workspace string that an explicit sort list turns into an expression', () => {
    const spec = { ...base.spec, encoding: { x: { field: 'a', type: 'nominal', sort: ['secret', 'other'] } } } as ChartView['spec'];
    assert.throws(() => assertSafeChart({ ...base, spec }, ['secret']), /inside expression/);
  });

  it('finds a filter with a name in it', () => {
    const spec = { ...base.spec, transform: [{ filter: "datum.a == 'secret'" }] } as ChartView['spec'];
    assert.throws(() => assertSafeChart({ ...base, spec }, ['secret']), /inside expression/);
  });

  it('refuses human field names, hard-coded colours and a missing description', () => {
    assert.throws(() => assertSafeChart({ ...base, spec: { ...base.spec, encoding: { x: { field: 'my column', type: 'quantitative' } } } as ChartView['spec'] }, []), /synthetic/);
    assert.throws(() => assertSafeChart({ ...base, spec: { ...base.spec, mark: { type: 'bar', color: '#f00' } } as ChartView['spec'] }, []), /colour/);
    assert.throws(() => assertSafeChart({ ...base, spec: { ...base.spec, description: 'other' } }, []), /description/);
  });

  it('skips inline data when collecting expressions', () => {
    assert.deepEqual(expressionsOf({ data: [{ values: [{ expr: 'secret' }] }] }), []);
  });
});
