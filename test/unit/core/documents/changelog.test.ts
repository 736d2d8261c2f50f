import { strict as assert } from 'node:assert';
import { chronological, dateToMs, readChangelog } from '../../../../src/core/documents/changelog';
import { DocumentError } from '../../../../src/core/documents/documentError';

const listFile = `# top-level list
- version: 1.10
  date: 2026-10-01
  owner: ml-platform   # an extra field, kept
- version: "2.0"
  date: 2026-10-20T08:30:00Z
  incident: INC-7
  root_cause: encoding bug
  drift_signal: PSI 0.31 on income
  resolution: hotfix
  new_alerts_added:
    - { name: drift.income.psi, threshold: 0.2, channel: "#ml-oncall" }
`;

describe('readChangelog', () => {
  it('reads a top-level list with versions as written, times in UTC and lines', () => {
    const file = readChangelog(listFile, 'model-changelog.yaml');
    assert.equal(file.entries.length, 2);
    const [first, second] = file.entries;
    assert.equal(first!.version, '1.10');
    assert.equal(first!.line, 2);
    assert.equal(first!.time, Date.UTC(2026, 9, 1));
    assert.equal(first!.fields.owner, 'ml-platform');
    assert.equal(second!.time, Date.UTC(2026, 9, 20, 8, 30));
    assert.equal(second!.drift_signal, 'PSI 0.31 on income');
    assert.deepEqual(second!.new_alerts_added, [{ name: 'drift.income.psi', threshold: 0.2, channel: '#ml-oncall' }]);
    assert.equal(second!.line, 5);
  });

  it('reads entries under `entries:` and keeps the other top-level keys out of the entries', () => {
    const file = readChangelog('model: churn\nentries:\n  - version: a1\n    date: 2026-01-02\n', 'c.yaml');
    assert.deepEqual(file.entries.map((e) => e.version), ['a1']);
  });

  it('reads an empty file as an empty changelog', () => {
    assert.deepEqual(readChangelog('# nothing yet\n', 'c.yaml').entries, []);
  });

  it('refuses an entry without a date, pointing at the entry', () => {
    assert.throws(
      () => readChangelog('entries:\n  - version: 1\n  - version: 2\n    date: 2026-01-01\n', 'c.yaml'),
      (error: unknown) => error instanceof DocumentError && /^c\.yaml:2:5: does not match the changelog schema: entries\.0 must have required property 'date'/.test(error.message),
    );
  });

  it('refuses a date that is not a calendar date', () => {
    assert.throws(() => readChangelog('- version: 1\n  date: 2026-02-30\n', 'c.yaml'), /c\.yaml:1: date '2026-02-30' is not a calendar date/);
  });

  it('refuses a badly shaped alert with its location', () => {
    assert.throws(
      () => readChangelog('- version: 1\n  date: 2026-02-03\n  new_alerts_added:\n    - name: x\n', 'c.yaml'),
      /c\.yaml:4:7: .*new_alerts_added\.0 must have required property 'threshold'/,
    );
  });

  it('sorts chronologically without moving equal times', () => {
    const file = readChangelog('- {version: b, date: 2026-03-01}\n- {version: a, date: 2026-01-01}\n- {version: c, date: 2026-03-01}\n', 'c.yaml');
    assert.deepEqual(chronological(file.entries).map((e) => e.version), ['a', 'b', 'c']);
  });
});

describe('dateToMs', () => {
  it('reads bare dates and zone-less date-times as UTC, and honours offsets', () => {
    assert.equal(dateToMs('2026-01-01'), Date.UTC(2026, 0, 1));
    assert.equal(dateToMs('2026-01-01T10:00:00'), Date.UTC(2026, 0, 1, 10));
    assert.equal(dateToMs('2026-01-01T01:00:00+02:00'), Date.UTC(2025, 11, 31, 23));
    assert.ok(Number.isNaN(dateToMs('2026-13-01')));
    assert.ok(Number.isNaN(dateToMs('yesterday')));
  });
});
