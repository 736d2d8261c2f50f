// loadTable's behaviour across formats: streaming across chunk boundaries, progress, cancellation,
// overrides, NaN as missing, epoch-second timestamps.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Float64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { formatOfPath, loadTable } from '../../../../src/core/table/loadTable';
import type { LoadProgress } from '../../../../src/core/table/types';

describe('loadTable', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'load-table-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('chooses the reader by extension', () => {
    assert.deepEqual(
      ['a.csv', 'a.TSV', 'a.jsonl', 'a.ndjson', 'a.arrow', 'a.feather', 'a.ipc', 'a.parquet', 'a.pq', 'a.json', 'a'].map(formatOfPath),
      ['csv', 'csv', 'jsonl', 'jsonl', 'arrow', 'arrow', 'arrow', 'parquet', 'parquet', undefined, undefined],
    );
  });

  it('streams a CSV larger than its 4 MiB chunks: quoted newlines and rows across boundaries keep values and lines', async function () {
    this.timeout(20_000);
    const path = join(tmp, 'big.csv');
    const lines = ['id,comment,value'];
    const rows = 120_000;
    for (let i = 0; i < rows; i++) lines.push(i % 1000 === 999 ? `${i},"two\nlines, ""${i}""",${i / 8}` : `${i},c${i % 17},${i / 8}`);
    lines.push('oops,ragged');
    writeFileSync(path, lines.join('\n') + '\n');
    const loaded = await loadTable(path);
    assert.equal(loaded.table.numRows, rows);
    const value = loaded.table.getChild('value')!;
    const comment = loaded.table.getChild('comment')!;
    for (let i = 0; i < rows; i += 997) assert.equal(value.get(i), i / 8);
    assert.equal(comment.get(99_999), 'two\nlines, "99999"');
    // 120,000 rows on 120,001 lines plus 120 quoted newlines: the ragged row is on line 120,122.
    assert.deepEqual(loaded.skipped.map((s) => s.first.line), [rows + 2 + rows / 1000]);
  });

  it('reports progress in bytes up to the file size, and stops on abort with a LoadError', async function () {
    this.timeout(20_000);
    const path = join(tmp, 'progress.csv');
    writeFileSync(path, 'a,b\n' + '1.5,x\n'.repeat(2_000_000));
    const seen: LoadProgress[] = [];
    const loaded = await loadTable(path, { onProgress: (p) => seen.push(p) });
    assert.equal(loaded.table.numRows, 2_000_000);
    assert.ok(seen.length >= 1);
    assert.deepEqual(seen.at(-1), { done: loaded.bytesRead, total: loaded.bytesRead, unit: 'bytes' });
    assert.ok(seen.every((p, i) => i === 0 || p.done >= seen[i - 1]!.done));

    // Aborted at the first progress report: the load stops when its first 4 MiB chunk is used up,
    // long before the end of the 12 MB file.
    const controller = new AbortController();
    let reached = 0;
    const pending = loadTable(path, {
      signal: controller.signal,
      onProgress: (p) => {
        reached = p.done;
        controller.abort();
      },
    });
    await assert.rejects(pending, { name: 'LoadError', message: `${path}: loading cancelled` });
    assert.ok(reached < loaded.bytesRead / 2, `stopped at ${reached} of ${loaded.bytesRead} bytes`);
  });

  it('stops an Arrow or Parquet load on abort with the same LoadError', async () => {
    for (const file of ['table.arrow', 'table.snappy.parquet']) {
      const path = join(__dirname, '../../../fixtures/same-table', file);
      await assert.rejects(loadTable(path, { signal: AbortSignal.abort() }), { name: 'LoadError', message: `${path}: loading cancelled` });
    }
  });

  it('honours kind and role overrides, converting values', async () => {
    const path = join(__dirname, '../../../fixtures/same-table/table.csv');
    const loaded = await loadTable(path, {
      overrides: new Map([
        ['label', { kind: 'numeric' as const }],
        ['clicks', { kind: 'categorical' as const, role: 'segment' as const }],
        ['note', { role: 'predictedLabel' as const }],
      ]),
    });
    const byName = new Map(loaded.columns.map((c) => [c.name, c]));
    assert.deepEqual(byName.get('label'), { name: 'label', arrowType: 'Float64', kind: 'numeric', role: 'groundTruth', source: 'override' });
    assert.deepEqual(byName.get('clicks'), { name: 'clicks', arrowType: 'Dictionary<Int32, Utf8>', kind: 'categorical', role: 'segment', source: 'override' });
    assert.equal(byName.get('note')!.role, 'predictedLabel');
    assert.equal(byName.get('income')!.source, 'inferred');
    assert.equal(loaded.table.getChild('label')!.get(0), 1);
    assert.equal(loaded.table.getChild('clicks')!.get(1), '7');
  });

  it('reads NaN as missing in every format', async () => {
    const values = [1.5, NaN, 2.5, 3.5, 4.5, 5.5, 6.5, NaN];
    const arrowPath = join(tmp, 'nan.arrow');
    writeFileSync(arrowPath, tableToIPC(new Table({ x: vectorFromArray(values, new Float64()) }), 'file'));
    const parquetPath = join(tmp, 'nan.parquet');
    writeFileSync(parquetPath, new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'x', data: Float64Array.from(values), type: 'DOUBLE' }] })));
    const csvPath = join(tmp, 'nan.csv');
    writeFileSync(csvPath, `x\n${values.map((v) => (Number.isNaN(v) ? 'NaN' : v)).join('\n')}\n`);
    const jsonlPath = join(tmp, 'nan.jsonl');
    writeFileSync(jsonlPath, values.map((v) => JSON.stringify({ x: Number.isNaN(v) ? null : v })).join('\n'));
    for (const path of [arrowPath, parquetPath, csvPath, jsonlPath]) {
      const loaded = await loadTable(path);
      assert.equal(loaded.columns[0]!.kind, 'numeric', path);
      assert.equal(loaded.table.getChild('x')!.nullCount, 2, path);
      assert.deepEqual([...loaded.table.getChild('x')!], [1.5, null, 2.5, 3.5, 4.5, 5.5, 6.5, null], path);
    }
  });

  it('keeps a mostly-distinct Arrow Utf8 column as an identifier, and converts it when overridden', async () => {
    const path = join(tmp, 'ids.arrow');
    const ids = Array.from({ length: 20_000 }, (_, i) => (i === 7 ? null : `req-${i}`));
    writeFileSync(path, tableToIPC(new Table({ trace: vectorFromArray(ids, new Utf8()) }), 'file'));
    const loaded = await loadTable(path);
    assert.deepEqual(loaded.columns.map((c) => [c.kind, c.arrowType]), [['identifier', 'Utf8']]);
    assert.deepEqual([...loaded.table.getChild('trace')!].slice(5, 9), ['req-5', 'req-6', null, 'req-8']);
    const overridden = await loadTable(path, { overrides: new Map([['trace', { kind: 'categorical' as const }]]) });
    assert.equal(overridden.columns[0]!.arrowType, 'Dictionary<Int32, Utf8>');
    assert.equal(overridden.table.getChild('trace')!.get(19_999), 'req-19999');
    assert.equal(overridden.table.getChild('trace')!.nullCount, 1);
  });

  it('reads a mostly-distinct text column of a CSV or JSONL as an identifier, past the 10,000-row check', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => ({ trace: i % 1000 === 3 ? null : `t-${i}`, region: ['eu', 'us'][i % 2]! }));
    const csv = join(tmp, 'ids.csv');
    writeFileSync(csv, `trace,region\n${rows.map((r) => `${r.trace ?? ''},${r.region}`).join('\n')}\n`);
    const jsonl = join(tmp, 'ids.jsonl');
    writeFileSync(jsonl, rows.map((r) => JSON.stringify(r)).join('\n'));
    for (const path of [csv, jsonl]) {
      const loaded = await loadTable(path);
      assert.deepEqual(loaded.columns.map((c) => [c.name, c.kind, c.arrowType]), [['trace', 'identifier', 'Utf8'], ['region', 'categorical', 'Dictionary<Int32, Utf8>']], path);
      const trace = loaded.table.getChild('trace')!;
      assert.equal(trace.nullCount, 25, path);
      assert.deepEqual([9_999, 10_000, 10_001, 10_003, 24_999].map((i) => trace.get(i)), ['t-9999', 't-10000', 't-10001', null, 't-24999'], path);
    }
  });

  it('reads boolean spellings of pandas, R and Excel as the categories true/false, as JSON booleans', async () => {
    const csv = join(tmp, 'bools.csv');
    writeFileSync(csv, 'flag,other\nTrue,yes\nFalse,no\n,maybe\nTRUE,yes\n');
    const jsonl = join(tmp, 'bools.jsonl');
    writeFileSync(jsonl, '{"flag":true,"other":"yes"}\n{"flag":false,"other":"no"}\n{"flag":null,"other":"maybe"}\n{"flag":true,"other":"yes"}\n');
    for (const path of [csv, jsonl]) {
      const loaded = await loadTable(path);
      assert.deepEqual([...loaded.table.getChild('flag')!], ['true', 'false', null, 'true'], path);
      assert.deepEqual([...loaded.table.getChild('other')!], ['yes', 'no', 'maybe', 'yes'], path);
    }
  });

  it('keeps ±Infinity as values, not missing', async () => {
    const path = join(tmp, 'inf.csv');
    writeFileSync(path, `x\n${[0.5, 1.5, 2.5, 3.5, 4.5, 5.5].join('\n')}\ninf\n-Infinity\n`);
    const loaded = await loadTable(path);
    assert.equal(loaded.table.getChild('x')!.nullCount, 0);
    assert.deepEqual([...loaded.table.getChild('x')!].slice(-2), [Infinity, -Infinity]);
  });

  it('reads epoch seconds and milliseconds in a time-named column as timestamps', async () => {
    const path = join(tmp, 'epoch.jsonl');
    const start = Date.UTC(2026, 0, 1) / 1000;
    writeFileSync(path, Array.from({ length: 20 }, (_, i) => JSON.stringify({ event_time: start + i * 60, created_at: (start + i) * 1000, amount: start + i })).join('\n'));
    const loaded = await loadTable(path);
    assert.deepEqual(loaded.columns.map((c) => [c.name, c.kind]), [['event_time', 'timestamp'], ['created_at', 'timestamp'], ['amount', 'numeric']]);
    assert.equal(loaded.table.getChild('event_time')!.get(1), (start + 60) * 1000);
    assert.equal(loaded.table.getChild('created_at')!.get(0), start * 1000);
  });

  it('flattens nested JSONL objects with dotted names, keeps arrays as JSON, and fills absent keys with nulls', async () => {
    const path = join(tmp, 'nested.jsonl');
    writeFileSync(path, [
      '{"id":"a","user":{"region":"eu","plan":{"tier":"pro"}},"tags":[1,2]}',
      '{"id":"b","late":true}',
      '{"id":"c","user":{"region":"us"},"__proto__":{"x":1}}',
    ].join('\n'));
    const loaded = await loadTable(path);
    assert.deepEqual(loaded.columns.map((c) => c.name), ['id', 'user.region', 'user.plan.tier', 'tags', 'late', '__proto__.x']);
    assert.deepEqual([...loaded.table.getChild('user.region')!], ['eu', null, 'us']);
    assert.deepEqual([...loaded.table.getChild('tags')!], ['[1,2]', null, null]);
    assert.deepEqual([...loaded.table.getChild('late')!], [null, 'true', null]);
  });

  it('hashes the file from the bytes it reads (sha256: true) for every format that reads them all, not for Parquet', async function () {
    this.timeout(30_000);
    for (const name of ['table.csv', 'table.jsonl', 'table.arrow', 'table.zstd.feather', 'table.snappy.parquet']) {
      const path = `test/fixtures/same-table/${name}`;
      const expected = createHash('sha256').update(readFileSync(path)).digest('hex');
      const loaded = await loadTable(path, { sha256: true });
      assert.equal(loaded.sha256, name.endsWith('.parquet') ? undefined : expected, name);
      assert.equal((await loadTable(path)).sha256, undefined, 'only when asked');
    }
    // A CSV larger than one 4 MB read: the chunks are hashed in order.
    const dir = mkdtempSync(join(tmpdir(), 'hash-'));
    const big = join(dir, 'big.csv');
    writeFileSync(big, 'a,b\n' + Array.from({ length: 400_000 }, (_, i) => `${i},${(i * 7919) % 1000}`).join('\n'));
    assert.equal((await loadTable(big, { sha256: true })).sha256, createHash('sha256').update(readFileSync(big)).digest('hex'));
    rmSync(dir, { recursive: true });
  });
});

