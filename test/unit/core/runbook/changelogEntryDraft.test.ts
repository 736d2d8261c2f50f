import { strict as assert } from 'node:assert';
import { appendChangelogEntry } from '../../../../src/core/documents/changelogAppend';
import { readChangelog } from '../../../../src/core/documents/changelog';
import { draftChangelogEntry } from '../../../../src/core/runbook/changelogEntryDraft';
import { samplePostmortem } from '../documents/postmortemFixture';

describe('draftChangelogEntry', () => {
  it('tells the postmortem in the changelog\'s fields, and the result appends and validates', () => {
    const entry = draftChangelogEntry(samplePostmortem, '2.1', '2026-11-22');
    assert.deepEqual(entry, {
      version: '2.1',
      date: '2026-11-22',
      incident: 'INC-2026-0142',
      root_cause: 'feature-encoding-bug: drift confined to one segment',
      drift_signal: 'PSI 0.31 on income (critical)',
      resolution: 'key: value # hostile',
      new_alerts_added: [{ name: 'drift.income.psi', threshold: 0.2, channel: '#ml-oncall' }],
    });
    const text = appendChangelogEntry('# log\n- version: "2.0"\n  date: 2026-10-20\n', 'c.yaml', entry).text;
    assert.equal(readChangelog(text, 'c.yaml').entries[1]!.resolution, 'key: value # hostile');
  });

  it('points at the postmortem when there is no resolution yet', () => {
    const entry = draftChangelogEntry({ ...samplePostmortem, resolution: '', newAlerts: [] }, '2.1', '2026-11-22');
    assert.equal(entry.resolution, 'hotfix (see incidents/INC-2026-0142/postmortem.yaml)');
    assert.equal(entry.new_alerts_added, undefined);
  });
});
