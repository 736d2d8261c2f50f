// The CSV fast lane must load exactly what the general path loads: the same table, issues and skipped
// rows, numbers equal to Number(text). The files are longer than the 10,001 rows after which the lane
// starts, and mix plain rows with every cell the lane must hand back (quotes, null tokens, exponents,
// long digit strings, new categories, ragged rows, CR line ends).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvFastRow } from '../../../../src/core/table/csvFastRow';
import { loadTable } from '../../../../src/core/table/loadTable';
import type { LoadedTable } from '../../../../src/core/table/types';

const ROWS = 30_000;

/** A deterministic generator (LCG), so a failure names the same row every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const AMOUNTS = ['12', '-3.25', '0.5', '-0', '.75', '5.', '007', '1e3', '-2.5E-3', '123456789012345', '1234567890.1234567', '+4', ' 6', 'inf', '-Infinity', '', 'NA', 'NaN', '-nan', 'null', '.', '-', '99999999999999999999'];

function csvText(lineEnd: string): { text: string; amounts: string[] } {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines = ['timestamp,request_id,region,amount,clicks'];
  const amounts: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    if (i % 4999 === 4998) {
      lines.push('ragged,row');
      continue;
    }
    const rare = next() < 0.02;
    const amount = rare ? pick(AMOUNTS) : (next() * 2000 - 1000).toFixed(Math.floor(next() * 5));
    amounts.push(amount);
    const region = rare ? pick(['"eu, west"', 'NA', '', `new-${i % 50}`]) : pick(['eu', 'us', 'apac', 'latam']);
    const ts = rare ? pick(['', '2026-10-01 10:00', '2026-10-01T10:00:00+02:00']) : `2026-10-01T${String(i % 24).padStart(2, '0')}:00:0${i % 10}.${i % 1000}Z`;
    const id = rare ? pick(['', 'NA', '"q,uoted"']) : `req_${i.toString(16)}`;
    lines.push([ts, id, region, amount, String(i % 97)].join(','));
  }
  return { text: lines.join(lineEnd) + lineEnd, amounts };
}

async function loadBothWays(path: string): Promise<{ fast: LoadedTable; general: LoadedTable; fastRows: number }> {
  const { read, tryEnable } = CsvFastRow.prototype;
  let fastRows = 0;
  CsvFastRow.prototype.read = function (...args) {
    const taken = read.apply(this, args);
    if (taken) fastRows++;
    return taken;
  };
  try {
    const fast = await loadTable(path);
    CsvFastRow.prototype.tryEnable = () => false;
    const general = await loadTable(path);
    return { fast, general, fastRows };
  } finally {
    CsvFastRow.prototype.read = read;
    CsvFastRow.prototype.tryEnable = tryEnable;
  }
}

function columnValues(loaded: LoadedTable, name: string): unknown[] {
  return [...loaded.table.getChild(name)!];
}

describe('CsvFastRow', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'csv-fast-row-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('takes rows whose columns are still sampling their type (empty so far), and settles them when values come', async function () {
    this.timeout(20_000);
    const path = join(tmp, 'late-values.csv');
    const lines = ['id,amount,unused,late_label'];
    // late_label is empty until row 15,000, then mostly 0/1 (a few text cells): it settles mid-file.
    for (let i = 0; i < ROWS; i++) lines.push(`${i},${(i % 1000) / 8},,${i < 15_000 ? '' : i % 997 === 0 ? 'n/a?' : i % 3 === 0 ? '1' : '0'}`);
    writeFileSync(path, lines.join('\n') + '\n');
    const { fast, general, fastRows } = await loadBothWays(path);
    assert.ok(fastRows > ROWS / 2, `the fast lane took ${fastRows} rows`);
    assert.deepEqual(fast.columns, general.columns);
    assert.deepEqual(fast.issues, general.issues);
    for (const { name } of general.columns) assert.deepEqual(columnValues(fast, name), columnValues(general, name), name);
    assert.equal(fast.table.getChild('unused')!.nullCount, ROWS);
    // Missing: the empty start and the text cells (under 1% of the values: read as missing, with a warning).
    let textCells = 0;
    for (let i = 15_000; i < ROWS; i++) if (i % 997 === 0) textCells++;
    assert.equal(fast.table.getChild('late_label')!.nullCount, 15_000 + textCells);
    assert.match(fast.issues.map((issue) => issue.message).join('\n'), /late_label.*read as missing/);
  });

  for (const [label, lineEnd] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`loads a ${label} file exactly as the general path does, numbers as Number(text)`, async function () {
      this.timeout(20_000);
      const path = join(tmp, `mixed-${label}.csv`);
      const { text, amounts } = csvText(lineEnd);
      writeFileSync(path, text);
      const { fast, general, fastRows } = await loadBothWays(path);
      assert.ok(fastRows > ROWS / 2, `the fast lane took ${fastRows} rows`);
      assert.deepEqual(fast.columns, general.columns);
      assert.deepEqual(fast.issues, general.issues);
      assert.deepEqual(fast.skipped, general.skipped);
      assert.equal(fast.skipped[0]?.count, 6);
      for (const { name } of general.columns) assert.deepEqual(columnValues(fast, name), columnValues(general, name), name);

      const loaded = columnValues(fast, 'amount');
      assert.equal(loaded.length, amounts.length);
      for (const [i, amount] of amounts.entries()) {
        const trimmed = amount.trim();
        const expected = /^[+-]?inf(inity)?$/i.test(trimmed)
          ? (trimmed.startsWith('-') ? -Infinity : Infinity)
          : ['', 'NA', 'NaN', '-nan', 'null', '.', '-'].includes(trimmed) ? null : Number(trimmed);
        assert.ok(Object.is(loaded[i], expected), `row ${i}: '${amount}' read as ${String(loaded[i])}, expected ${expected}`);
      }
    });
  }
});
