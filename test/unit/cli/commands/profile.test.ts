import assert from 'node:assert/strict';
import { join } from 'node:path';
import { UsageError, type CliIo } from '../../../../src/cli/command';
import { parseProfileArgs, profileCommand } from '../../../../src/cli/commands/profile';

const fixtures = join(__dirname, '../../../fixtures');

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('model-incident profile', () => {
  it('parses its options', () => {
    assert.deepEqual(parseProfileArgs(['a.csv', '--json', '--columns', 'x, y', '--delimiter=tab']), { file: 'a.csv', json: true, columns: ['x', 'y'], delimiter: '\t' });
    assert.throws(() => parseProfileArgs([]), UsageError);
    assert.throws(() => parseProfileArgs(['a.csv', '--delimiter', 'ab']), /not one character/);
    assert.throws(() => parseProfileArgs(['a.csv', '--frobnicate']), /unknown option '--frobnicate'/);
  });

  it('prints the profile as JSON', async () => {
    const io = capture();
    const file = join(fixtures, 'same-table/table.snappy.parquet');
    assert.equal(await profileCommand.run([file, '--json', '--columns', 'score,region'], io), 0);
    const profile = JSON.parse(io.stdout.join('')) as { rows: number; format: string; columns: { name: string; kind: string; quantiles?: unknown[] }[]; loadMs: number };
    assert.equal(profile.rows, 40);
    assert.equal(profile.format, 'parquet');
    assert.deepEqual(profile.columns.map((c) => [c.name, c.kind]), [['region', 'categorical'], ['score', 'numeric']]);
    assert.equal(profile.columns[1]!.quantiles!.length, 7);
    assert.ok(profile.loadMs >= 0);
  });

  it('prints a readable table with skipped rows and warnings as path:line', async () => {
    const io = capture();
    const file = join(fixtures, 'bad-input/ragged.csv');
    assert.equal(await profileCommand.run([file], io), 0);
    const text = io.stdout.join('\n');
    assert.match(text, /ragged\.csv: csv, 3 rows, 3 columns, loaded in \d+ ms/);
    assert.match(text, /^column\s+arrow type\s+kind\s+role\s+nulls\s+distinct/m);
    assert.ok(text.includes(`${file}:3: skipped 2 rows: wrong number of fields (expected 3) (first here)`));
  });

  it('exits 2 with path:line: message on bad input', async () => {
    const io = capture();
    const file = join(fixtures, 'bad-input/garbage.csv');
    assert.equal(await profileCommand.run([file], io), 2);
    assert.deepEqual(io.stdout, []);
    assert.match(io.stderr.join(''), new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: not CSV text: binary data`));
  });
});
