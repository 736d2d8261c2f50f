// Every bad-input case of security-and-robustness.md: the message (with path:line, or row group and
// column) and what survived. Fixtures: test/fixtures/bad-input/ (generate-table-fixtures.ts); the
// million-character cell and the over-budget file are written to a temporary folder by the tests.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTable } from '../../../../src/core/table/loadTable';
import type { LoadedTable } from '../../../../src/core/table/types';

const dir = join(__dirname, '../../../fixtures/bad-input');
const fixture = (name: string) => join(dir, name);
const values = (loaded: LoadedTable, column: string) => [...loaded.table.getChild(column)!].map((v: unknown) => v);

describe('loadTable: bad input', () => {
  it('an empty file is an error naming the file', async () => {
    await assert.rejects(loadTable(fixture('empty.csv')), { name: 'LoadError', message: `${fixture('empty.csv')}: the file is empty: no header, no rows` });
    await assert.rejects(loadTable(fixture('empty.jsonl')), { name: 'LoadError', message: `${fixture('empty.jsonl')}: the file is empty: no rows` });
  });

  it('a header-only file loads its columns, no rows, and says so', async () => {
    const loaded = await loadTable(fixture('header-only.csv'));
    assert.deepEqual(loaded.columns.map((c) => c.name), ['timestamp', 'region', 'score']);
    assert.equal(loaded.table.numRows, 0);
    assert.deepEqual(loaded.issues.map((i) => `${i.location.path}:${i.location.line}: ${i.message}`), [`${fixture('header-only.csv')}:1: no data rows: the file has a header only`]);
  });

  it('ragged rows are skipped, counted, and the first one located', async () => {
    const loaded = await loadTable(fixture('ragged.csv'));
    assert.deepEqual(values(loaded, 'b'), ['x', 'z', 'v']);
    assert.deepEqual(loaded.skipped, [{ reason: 'wrong number of fields (expected 3)', count: 2, first: { path: fixture('ragged.csv'), line: 3 } }]);
  });

  it('quoted fields keep their newlines, delimiters and doubled quotes, and later line numbers stay true', async () => {
    const loaded = await loadTable(fixture('quoted-newlines.csv'));
    assert.deepEqual(values(loaded, 'comment'), ['first line\nsecond line', 'say "hi", then\nleave', 'plain', 'last']);
    assert.deepEqual(loaded.skipped.map((s) => s.first.line), [7]);
  });

  it('a UTF-8 byte-order mark is not part of the first column name', async () => {
    const loaded = await loadTable(fixture('bom.csv'));
    assert.deepEqual(loaded.columns.map((c) => c.name), ['region', 'score']);
    assert.deepEqual(values(loaded, 'region'), ['eu', 'us']);
  });

  it('CRLF line ends leave no carriage return in names or values', async () => {
    const loaded = await loadTable(fixture('crlf.csv'));
    assert.deepEqual(loaded.columns.map((c) => c.name), ['region', 'score']);
    assert.deepEqual(values(loaded, 'region'), ['eu', 'us']);
    assert.deepEqual(values(loaded, 'score'), ['1.5', '2.5']);
  });

  it('semicolon, tab and pipe delimiters are sniffed; .tsv means tab; --delimiter overrides', async () => {
    const semicolon = await loadTable(fixture('semicolon.csv'));
    assert.deepEqual(semicolon.columns.map((c) => c.name), ['region', 'score', 'note']);
    assert.deepEqual(values(semicolon, 'note'), ['a;b', 'c']);
    for (const name of ['tab.tsv', 'tab-in.csv', 'pipe.csv']) {
      const loaded = await loadTable(fixture(name));
      assert.deepEqual(values(loaded, 'region'), ['eu', 'us'], name);
    }
    const forced = await loadTable(fixture('pipe.csv'), { delimiter: ',' });
    assert.deepEqual(forced.columns.map((c) => c.name), ['region|score']);
  });

  it('JSONL: a broken line is skipped with its line, a truncated last line is reported as such', async () => {
    const loaded = await loadTable(fixture('broken.jsonl'));
    const path = fixture('broken.jsonl');
    assert.deepEqual(values(loaded, 'region'), ['eu', 'apac']);
    assert.deepEqual(values(loaded, 'user.device.os'), [null, 'ios']);
    assert.deepEqual(loaded.skipped, [
      { reason: 'not valid JSON', count: 1, first: { path, line: 2 } },
      { reason: 'not a JSON object', count: 1, first: { path, line: 4 } },
      { reason: 'truncated last line (the file ends inside a JSON value)', count: 1, first: { path, line: 5 } },
    ]);
  });

  it('binary data under a text extension is refused with what it looks like', async () => {
    await assert.rejects(loadTable(fixture('garbage.csv')), { name: 'LoadError', message: /garbage\.csv:1: not CSV text: binary data \(a NUL byte at offset \d+\)$/ });
    await assert.rejects(loadTable(fixture('garbage.jsonl')), { name: 'LoadError', message: /garbage\.jsonl:1: not JSON Lines text: binary data/ });
    await assert.rejects(loadTable(fixture('parquet-renamed.csv')), { message: /parquet-renamed\.csv:1: not CSV text: this is a Parquet file \(rename it to \.parquet\)/ });
  });

  it('bare carriage-return line ends are refused with what to do', async () => {
    const path = join(tmpdir(), `cr-only-${process.pid}.csv`);
    writeFileSync(path, 'a,b\r1,2\r3,4\r');
    try {
      await assert.rejects(loadTable(path), { name: 'LoadError', message: `${path}:1: lines end with a bare carriage return (classic Mac OS); convert the file to LF or CRLF line ends` });
    } finally {
      rmSync(path, { force: true });
    }
  });

  it('garbage under a binary extension says which format it is not', async () => {
    const garbage = fixture('garbage.csv');
    for (const [ext, message] of [['arrow', /not an Arrow IPC \/ Feather v2 file \(no ARROW1 magic, no stream header\)/], ['parquet', /not a readable Parquet file: /]] as const) {
      const path = join(tmpdir(), `garbage-${process.pid}.${ext}`);
      writeFileSync(path, readFileSync(garbage));
      try {
        await assert.rejects(loadTable(path), { name: 'LoadError', message });
      } finally {
        rmSync(path, { force: true });
      }
    }
  });

  it('a truncated Arrow file is named as such', async () => {
    await assert.rejects(loadTable(fixture('truncated.arrow')), { name: 'LoadError', message: /truncated\.arrow: truncated Arrow IPC file: it starts like one but its footer is missing/ });
  });

  it('Parquet nested structs come out leaf by leaf under dotted names, lists as JSON text', async () => {
    const loaded = await loadTable(fixture('nested.parquet'));
    assert.deepEqual(loaded.columns.map((c) => [c.name, c.kind]), [
      ['request_id', 'identifier'],
      ['user.age', 'numeric'],
      ['user.device.os', 'categorical'],
      ['tags', 'categorical'],
    ]);
    assert.deepEqual(values(loaded, 'user.device.os').slice(0, 4), ['ios', 'android', 'web', 'ios']);
    assert.deepEqual(values(loaded, 'tags').slice(0, 3), [null, '["a","b"]', '["a"]']);
    const projected = await loadTable(fixture('nested.parquet'), { columns: ['user.age'] });
    assert.deepEqual(projected.columns.map((c) => c.name), ['user.age']);
  });

  it('Parquet with brotli loads; a codec nobody decodes names its row group and column', async () => {
    const brotli = await loadTable(fixture('brotli.parquet'));
    assert.equal(brotli.table.numRows, 40);
    await assert.rejects(loadTable(fixture('lzo.parquet')), {
      name: 'LoadError',
      message: `${fixture('lzo.parquet')} (row group 0, column score): cannot decode: parquet unsupported compression codec: LZO`,
    });
    const withoutScore = await loadTable(fixture('lzo.parquet'), { columns: ['region', 'income'] });
    assert.equal(withoutScore.table.numRows, 40);
  });

  it('mixed types follow the 1% rule: few text cells become missing, more make the column text', async () => {
    const loaded = await loadTable(fixture('mixed-types.csv'));
    const path = fixture('mixed-types.csv');
    assert.equal(loaded.columns[0]!.kind, 'numeric');
    assert.equal(loaded.table.getChild('amount')!.nullCount, 2);
    assert.equal(loaded.table.getChild('amount')!.get(121), 151.25);
    assert.equal(loaded.columns[1]!.kind, 'categorical');
    assert.equal(loaded.table.getChild('code')!.get(5), 'X5');
    assert.deepEqual(loaded.issues.map((i) => [i.location.path, i.location.line, i.message]), [
      [path, 122, "column 'amount': 2 cells are not numbers (first 'n/a-ish') and were read as missing"],
      [path, 7, "column 'code' mixes numbers and text (30 text cells among the first 300 values, first 'X5'); read as text"],
    ]);
  });

  describe('memory bounds', () => {
    let tmp: string;
    before(() => {
      tmp = mkdtempSync(join(tmpdir(), 'table-bad-'));
    });
    after(() => rmSync(tmp, { recursive: true, force: true }));

    it('a million-character cell is truncated to the cell cap, with a warning; the row survives', async () => {
      const path = join(tmp, 'huge-cell.csv');
      writeFileSync(path, `id,comment,score\n1,short,0.5\n2,${'x'.repeat(1_000_000)},0.25\n3,"${'y'.repeat(1_000_000)}",0.125\n`);
      const loaded = await loadTable(path);
      assert.equal(loaded.table.numRows, 3);
      const comments = values(loaded, 'comment') as string[];
      assert.deepEqual(comments.map((c) => c.length), [5, 65536, 65536]);
      assert.deepEqual(loaded.issues.map((i) => `${i.location.path}:${i.location.line}: ${i.message}`), [
        `${path}:3: column 'comment': 2 cells longer than 65536 bytes were truncated`,
      ]);
    });

    it('a row longer than the row cap (an unterminated quote) is refused with its line', async () => {
      const path = join(tmp, 'open-quote.csv');
      writeFileSync(path, `id,comment\n1,ok\n2,"never closed${' z'.repeat(5_000_000)}\n`);
      await assert.rejects(loadTable(path, { maxRowBytes: 8 << 20 }), { name: 'LoadError', message: `${path}:3: a row longer than 8.0 MiB (an unterminated quote, or not a line-oriented text file?)` });
    });

    it('an unterminated quote at the end of a small file skips the rest and says so', async () => {
      const path = join(tmp, 'open-quote-end.csv');
      writeFileSync(path, 'id,comment\n1,ok\n2,"never closed\n3,x\n');
      const loaded = await loadTable(path);
      assert.deepEqual(values(loaded, 'comment'), ['ok']);
      assert.deepEqual(loaded.skipped.map((s) => [s.reason, s.first.line]), [['unterminated quoted field (runs to the end of the file)', 3]]);
    });

    it('a file over the memory budget is refused before reading, with projection advice', async () => {
      const csv = join(__dirname, '../../../fixtures/same-table/table.csv');
      await assert.rejects(loadTable(csv, { memoryBudgetBytes: 1000 }), {
        name: 'LoadError',
        message: /table\.csv: too large to load: about 2\.\d KiB in memory, over the budget of 1000 bytes; load only the columns you need \(profile --columns a,b/,
      });
      const projected = await loadTable(csv, { memoryBudgetBytes: 1000, columns: ['score'] });
      assert.equal(projected.table.numRows, 40);
      const parquet = join(__dirname, '../../../fixtures/same-table/table.snappy.parquet');
      await assert.rejects(loadTable(parquet, { memoryBudgetBytes: 100 }), { message: /too large to load/ });
    });
  });

  it('unknown extensions and missing files are LoadErrors too', async () => {
    await assert.rejects(loadTable(join(dir, 'nothing.xlsx')), { name: 'LoadError', message: /nothing\.xlsx: unsupported file type/ });
    await assert.rejects(loadTable(join(dir, 'nothing.csv')), { name: 'LoadError', message: `${join(dir, 'nothing.csv')}: no such file` });
  });
});
