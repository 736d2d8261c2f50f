import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../../../src/cli/command';
import { changelogCommand, parseAlert, parseChangelogAddArgs } from '../../../../src/cli/commands/changelog';
import { readChangelog } from '../../../../src/core/documents/changelog';
import { captureIo } from './cliIo';

const existing = '# our model changelog\n- version: "1.0"   # first\n  date: 2026-01-01\n';

describe('model-incident changelog add', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'changelog-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends an entry keeping comments, and prints path:line', async () => {
    const file = join(dir, 'model-changelog.yaml');
    writeFileSync(file, existing);
    const io = captureIo();
    const code = await changelogCommand.run(
      ['add', file, '--version', '1.1', '--date', '2026-02-01', '--incident', 'INC-9', '--root-cause', 'scaled: by 100', '--alert', 'name=drift.income.psi,threshold=0.2,channel=#ml, oncall'],
      io,
    );
    assert.equal(code, 0);
    assert.deepEqual(io.stdout, [`${file}:4`]);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith(existing));
    const entry = readChangelog(text, file).entries[1]!;
    assert.equal(entry.root_cause, 'scaled: by 100');
    assert.deepEqual(entry.new_alerts_added, [{ name: 'drift.income.psi', threshold: 0.2, channel: '#ml, oncall' }]);
  });

  it('creates a missing changelog and prints its path', async () => {
    const file = join(dir, 'sub', 'model-changelog.yaml');
    const io = captureIo();
    assert.equal(await changelogCommand.run(['add', file, '--version', '1', '--date', '2026-01-01'], io), 0);
    assert.deepEqual(io.stdout, [file]);
    assert.equal(readChangelog(readFileSync(file, 'utf8'), file).entries.length, 1);
  });

  it('exits 2 with the place, leaving the file alone, on a file it cannot safely change', async () => {
    const file = join(dir, 'model-changelog.yaml');
    const hostile = 'a: &x [1, 2]\nb: *x\n';
    writeFileSync(file, hostile);
    const io = captureIo();
    assert.equal(await changelogCommand.run(['add', file, '--version', '1', '--date', '2026-01-01'], io), 2);
    assert.match(io.stderr[0]!, /^model-incident changelog: not changing .*model-changelog\.yaml: .*model-changelog\.yaml:2:4: aliases/);
    assert.equal(readFileSync(file, 'utf8'), hostile);
  });

  it('exits 2 on a duplicate entry and on an invalid file', async () => {
    const file = join(dir, 'c.yaml');
    writeFileSync(file, existing);
    assert.equal(await changelogCommand.run(['add', file, '--version', '1.0', '--date', '2026-01-01'], captureIo()), 2);
    writeFileSync(file, '- version: 1\n');
    const io = captureIo();
    assert.equal(await changelogCommand.run(['add', file, '--version', '2', '--date', '2026-01-01'], io), 2);
    assert.match(io.stderr[0]!, /c\.yaml:1:3: does not match the changelog schema/);
  });

  it('refuses to write through a symbolic link or into a folder', async () => {
    const target = join(dir, 'elsewhere.yaml');
    writeFileSync(target, existing);
    const link = join(dir, 'model-changelog.yaml');
    symlinkSync(target, link);
    await assert.rejects(changelogCommand.run(['add', link, '--version', '2', '--date', '2026-01-01'], captureIo()), /symbolic link/);
    mkdirSync(join(dir, 'folder.yaml'));
    await assert.rejects(changelogCommand.run(['add', join(dir, 'folder.yaml'), '--version', '2', '--date', '2026-01-01'], captureIo()), /not a regular file/);
    assert.equal(readFileSync(target, 'utf8'), existing);
  });
});

describe('parseChangelogAddArgs', () => {
  it('reads every option, = forms included', () => {
    assert.deepEqual(parseChangelogAddArgs(['add', 'c.yaml', '--version=2', '--date', '2026-01-01', '--drift-signal', 'PSI 0.3', '--resolution=rolled back']), {
      file: 'c.yaml',
      entry: { version: '2', date: '2026-01-01', drift_signal: 'PSI 0.3', resolution: 'rolled back' },
    });
  });

  it('refuses what it does not understand', () => {
    assert.throws(() => parseChangelogAddArgs(['remove', 'c.yaml']), UsageError);
    assert.throws(() => parseChangelogAddArgs(['add', 'c.yaml', '--date', '2026-01-01']), /--version is required/);
    assert.throws(() => parseChangelogAddArgs(['add', 'c.yaml', '--version', '1']), /--date is required/);
    assert.throws(() => parseChangelogAddArgs(['add', '--version', '1', '--date', '2026-01-01']), /expected one changelog file, got 0/);
    assert.throws(() => parseChangelogAddArgs(['add', 'c.yaml', '--force']), /unknown option '--force'/);
  });
});

describe('parseAlert', () => {
  it('reads name, threshold (a number when it is one) and channel', () => {
    assert.deepEqual(parseAlert('name=a,threshold=0.2,channel=#x'), { name: 'a', threshold: 0.2, channel: '#x' });
    assert.deepEqual(parseAlert('channel=#x, name=a, threshold=psi >= 0.2'), { name: 'a', threshold: 'psi >= 0.2', channel: '#x' });
    assert.throws(() => parseAlert('name=a,threshold=1'), /needs channel/);
    assert.throws(() => parseAlert('name=a,name=b,threshold=1,channel=c'), /name given twice/);
    assert.throws(() => parseAlert('owner=a'), /not name=/);
  });
});
