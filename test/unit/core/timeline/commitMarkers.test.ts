import { strict as assert } from 'node:assert';
import { parseGitLog } from '../../../../src/core/runbook/gitCommit';
import { commitMarkers } from '../../../../src/core/timeline/commitMarkers';

describe('commitMarkers', () => {
  it('turns git log records into commit markers: sha, author time, subject, author', () => {
    const sha = 'ab'.repeat(20);
    const log = `${sha}\x1f2026-10-24T09:55:00+02:00\x1fLi Wei\x1ffeature pipeline: amounts in cents\x1e\n`;
    assert.deepEqual(commitMarkers(parseGitLog(log)), [{ kind: 'commit', sha, time: '2026-10-24T07:55:00.000Z', message: 'feature pipeline: amounts in cents', author: 'Li Wei' }]);
  });
});
