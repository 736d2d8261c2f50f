// A loaded table crosses threads as its own buffers: described and rebuilt, every column, type, value and
// null is the loader's; a table of another shape is not described (the load worker then sends Arrow IPC).
import { strict as assert } from 'node:assert';
import { Float32, Table, vectorFromArray } from 'apache-arrow';
import { describeTable, rebuildTable } from '../../../src/threads/tableTransfer';
import { loadTable } from '../../../src/core/table/loadTable';

const rows = (t: Table): unknown[] => t.toArray().map((row) => row.toJSON());

describe('tableTransfer', () => {
  for (const path of ['test/fixtures/same-table/table.csv', 'test/fixtures/same-table/table.zstd.feather', 'test/fixtures/sample-incident/logs/predictions-2026-10-16_30.arrow']) {
    it(`rebuilds ${path} as loaded: names, types, values and nulls`, async function () {
      this.timeout(30_000);
      const { table } = await loadTable(path);
      const described = describeTable(table);
      assert.ok(described, 'a loaded table is always describable');
      const rebuilt = rebuildTable(structuredClone(described.description));
      assert.deepEqual(rebuilt.schema.fields.map((f) => `${f.name}: ${String(f.type)}`), table.schema.fields.map((f) => `${f.name}: ${String(f.type)}`));
      assert.equal(rebuilt.numRows, table.numRows);
      assert.deepEqual(rows(rebuilt), rows(table));
    });
  }

  it('describes only what assembleTable builds: one batch, four types', () => {
    assert.equal(describeTable(new Table({ x: vectorFromArray([1, 2], new Float32()) })), null);
    const one = new Table({ x: vectorFromArray([1.5, null]) });
    assert.equal(describeTable(one.concat(one)), null, 'two record batches');
  });
});
