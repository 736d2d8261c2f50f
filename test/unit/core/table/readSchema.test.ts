import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTable } from '../../../../src/core/table/loadTable';
import { readSchema } from '../../../../src/core/table/readSchema';
import { LoadError } from '../../../../src/core/table/types';

const dir = join(__dirname, '../../../fixtures/same-table');
const FILES = ['table.arrow', 'table.lz4.feather', 'table.zstd.feather', 'table.snappy.parquet', 'table.gzip.parquet', 'table.zstd.parquet', 'table.csv', 'table.jsonl'];
const NAMES = ['timestamp', 'request_id', 'model_version', 'region', 'income', 'clicks', 'score', 'label', 'note'];

describe('readSchema', () => {
  for (const file of FILES) {
    it(`${file}: the loaded table's column names, in order`, async () => {
      const path = join(dir, file);
      const [schema, loaded] = await Promise.all([readSchema(path), loadTable(path)]);
      assert.deepEqual(schema.columns.map((c) => c.name), NAMES);
      assert.deepEqual(schema.columns.map((c) => c.name), loaded.columns.map((c) => c.name));
    });
  }

  for (const file of ['table.arrow', 'table.zstd.feather', 'table.snappy.parquet']) {
    it(`${file}: declared types say which columns are times, numbers and text`, async () => {
      const { columns, complete } = await readSchema(join(dir, file));
      assert.equal(complete, true);
      const shape = Object.fromEntries(columns.map((c) => [c.name, c.shape]));
      assert.deepEqual(shape, { timestamp: 'time', request_id: 'text', model_version: 'text', region: 'text', income: 'number', clicks: 'number', score: 'number', label: 'number', note: 'text' });
      assert.ok(columns.every((c) => typeof c.declaredType === 'string' && c.declaredType.length > 0));
    });
  }

  it('CSV: the header only, types undeclared; a TSV header and a repeated name as loadCsv names them', async () => {
    const { columns, complete, format } = await readSchema(join(dir, 'table.csv'));
    assert.equal(format, 'csv');
    assert.equal(complete, true);
    assert.ok(columns.every((c) => c.shape === 'undeclared' && c.declaredType === undefined));
    const tmp = mkdtempSync(join(tmpdir(), 'schema-'));
    const tsv = join(tmp, 'a.tsv');
    writeFileSync(tsv, '\ufeffa\t"b, c"\ta\t\n1\t2\t3\t4\n');
    assert.deepEqual((await readSchema(tsv)).columns.map((c) => c.name), ['a', 'b, c', 'a_2', 'column_4']);
  });

  it('JSON Lines: a sample of the first lines (complete: false), nested keys dotted, bad lines skipped', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'schema-'));
    const path = join(tmp, 'a.jsonl');
    writeFileSync(path, '{"a":1,"user":{"region":"eu"}}\nnot json\n\n{"b":[1,2],"a":2}\n');
    const schema = await readSchema(path);
    assert.equal(schema.complete, false);
    assert.deepEqual(schema.columns.map((c) => c.name), ['a', 'user.region', 'b']);
  });

  it('bad input: a clear LoadError with the path (and line for JSON Lines)', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'schema-'));
    const notArrow = join(tmp, 'x.arrow');
    writeFileSync(notArrow, 'hello, this is not arrow');
    await assert.rejects(readSchema(notArrow), (e: unknown) => e instanceof LoadError && e.message.includes(notArrow));
    const notJson = join(tmp, 'x.jsonl');
    writeFileSync(notJson, '[1]\nnope\n');
    await assert.rejects(readSchema(notJson), (e: unknown) => e instanceof LoadError && e.message.includes(`${notJson}:1`) && /no JSON object/.test(e.message));
    await assert.rejects(readSchema(join(tmp, 'missing.parquet')), (e: unknown) => e instanceof LoadError && /no such file/.test(e.message));
    await assert.rejects(readSchema(join(tmp, 'x.txt')), (e: unknown) => e instanceof LoadError && /unsupported file type/.test(e.message));
  });
});
