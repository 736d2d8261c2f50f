import { strict as assert } from 'node:assert';
import { layerStatistics } from '../../../../src/core/runbook/layerStatistics';
import { allRows } from '../../../../src/core/runbook/columnText';
import { arrowFixture, type FixtureColumn } from './arrowFixture';

function side(columns: FixtureColumn[]) {
  const { table, columns: infos } = arrowFixture(columns);
  return { table, columns: infos, rows: allRows(table) };
}

describe('layerStatistics', () => {
  it('reads layer.<name>.<stat> columns, measures shifts in baseline sigmas and flags NaN/Inf', () => {
    const baseline = side([
      { name: 'layer.embed.mean', kind: 'numeric', values: [1, 2, 3, 2] },
      { name: 'layer.embed.has_nan', kind: 'categorical', values: ['false', 'false', 'false', 'false'] },
      { name: 'layer.head.mean', kind: 'numeric', values: [0, 0, 0, 0] },
      { name: 'layer.head.std', kind: 'numeric', values: [1, 1.1, 0.9, 1] },
    ]);
    const current = side([
      { name: 'layer.embed.mean', kind: 'numeric', values: [2, 2, 2, 2] },
      { name: 'layer.embed.has_nan', kind: 'categorical', values: ['false', 'true', 'false', 'false'] },
      { name: 'layer.head.mean', kind: 'numeric', values: [0, 0, 0, 0] },
      { name: 'layer.head.std', kind: 'numeric', values: [2, 2, 2, 2] },
    ]);
    const [embed, head] = layerStatistics(baseline, current);
    assert.equal(embed!.layer, 'embed');
    assert.deepEqual(embed!.mean, { baseline: 2, current: 2, shiftSigmas: 0 });
    assert.deepEqual(embed!.hasNan, { baseline: 0, current: 0.25 });
    assert.equal(embed!.verdict, 'broken');
    // std column: baseline mean 1, population std sqrt(0.005) -> shift (2 - 1) / 0.0707 = 14.1 sigmas
    assert.ok(Math.abs(head!.std!.shiftSigmas! - 1 / Math.sqrt(0.005)) < 1e-9);
    assert.equal(head!.verdict, 'shifted');
    assert.equal(head!.hasInf, null);
  });

  it('is empty when the logs carry no layer columns', () => {
    const plain = side([{ name: 'layerx', kind: 'numeric', values: [1] }]);
    assert.deepEqual(layerStatistics(plain, plain), []);
  });
});
