import { strict as assert } from 'node:assert';
import { gitLogArgs, parseGitLog } from '../../../../src/core/runbook/gitCommit';

describe('parseGitLog', () => {
  it('reads records of the log format, subjects with any text, times in UTC', () => {
    const sha = 'a'.repeat(40);
    const output = `${sha}\x1f2026-10-19T17:00:00+02:00\x1fAna\x1fscale income\ttabs "and" ; $(rm -rf)\x1e\n${'b'.repeat(40)}\x1f2026-10-18T09:00:00Z\x1fBo\x1f\x1e\n`;
    assert.deepEqual(parseGitLog(output), [
      { sha, time: '2026-10-19T15:00:00.000Z', author: 'Ana', subject: 'scale income\ttabs "and" ; $(rm -rf)' },
      { sha: 'b'.repeat(40), time: '2026-10-18T09:00:00.000Z', author: 'Bo', subject: '' },
    ]);
  });

  it('drops records that are not commits', () => {
    assert.deepEqual(parseGitLog('garbage\x1e\nnot-a-sha\x1f2026-01-01\x1fx\x1fy\x1e'), []);
  });
});

describe('gitLogArgs', () => {
  it('turns off the pager and fsmonitor and ends options before the revision', () => {
    const args = gitLogArgs('HEAD', 200);
    assert.deepEqual(args.slice(0, 4), ['-c', 'core.fsmonitor=false', '--no-pager', 'log']);
    assert.deepEqual(args.slice(-2), ['--end-of-options', 'HEAD']);
  });

  it('refuses revisions that could be options, and silly counts', () => {
    for (const bad of ['--output=/tmp/x', '-p', '', 'a\nb']) assert.throws(() => gitLogArgs(bad, 10), /refusing the git revision/);
    assert.throws(() => gitLogArgs('HEAD', 0), /outside/);
  });
});
