// Binning a numeric column: the bin is the number of edges <= the value, whatever the number of edges (the
// unrolled path up to nine, the scan beyond), with missing and non-finite values in their own two slots.
import { strict as assert } from 'node:assert';
import { binNumeric } from '../../../../src/core/drift/binnedColumn';

function expectedBin(v: number, edges: Float64Array): number {
  if (Number.isNaN(v)) return edges.length + 1;
  if (!Number.isFinite(v)) return edges.length + 2;
  return edges.filter((e) => v >= e).length;
}

describe('binNumeric', () => {
  for (const k of [0, 1, 5, 9, 10, 14]) {
    it(`puts every value in its bin with ${k} edge${k === 1 ? '' : 's'}, values on edges in the bin that starts there`, () => {
      const edges = Float64Array.from({ length: k }, (_, e) => e * 10 - 20);
      const values = Float64Array.from({ length: 3000 }, (_, i) => (i % 41 === 0 ? NaN : i % 43 === 0 ? (i % 2 ? Infinity : -Infinity) : i % 7 === 0 ? edges[i % Math.max(k, 1)] ?? 0 : Math.sin(i) * 150));
      const into = new Uint16Array(values.length + 5).fill(999);
      for (const binned of [binNumeric(values, edges), binNumeric(values, edges, into)]) {
        assert.equal(binned.binCount, k + 1);
        assert.equal(binned.bins.length, values.length);
        values.forEach((v, i) => assert.equal(binned.bins[i], expectedBin(v, edges), `value ${v}`));
      }
      assert.equal(into[values.length], 999, 'nothing written past the column');
    });
  }

  it('bins columns longer than the first memory of the WebAssembly module, then a shorter one, without mixing them', () => {
    const edges = Float64Array.of(-1, 0, 1);
    for (const n of [200_000, 50, 120_000]) {
      const values = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 250 - 2);
      const binned = binNumeric(values, edges);
      values.forEach((v, i) => {
        if (binned.bins[i] !== expectedBin(v, edges)) assert.fail(`n ${n}, row ${i}: ${binned.bins[i]} for ${v}`);
      });
    }
  });
});
