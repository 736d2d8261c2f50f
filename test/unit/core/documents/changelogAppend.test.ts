import { strict as assert } from 'node:assert';
import { readChangelog } from '../../../../src/core/documents/changelog';
import { appendChangelogEntry, newChangelogText } from '../../../../src/core/documents/changelogAppend';
import { DocumentError } from '../../../../src/core/documents/documentError';
import { parseYamlSafely } from '../../../../src/core/documents/safeYaml';

const commented = `# Model changelog for the churn model.
# Keep newest last.

entries:
  # the first production model
  - version: 1.10   # trailing zero matters
    date: 2026-10-01
    resolution: initial release

  - version: "2.0"
    date: 2026-10-20
    incident: INC-1
    new_alerts_added:
      - name: drift.income.psi
        threshold: 0.2
        channel: "#ml-oncall"
# end of file comment
`;

const hostile = [
  'key: value # not a comment',
  '- [x] *alias &anchor !!python/object:os.system',
  '"quoted" and \'single\'',
  'true',
  '1.0',
  'null',
  '~',
  '@here',
  '%TAG ! tag:evil',
  '---\nnew: document',
  'line one\nline two\n',
  '${{ secrets.TOKEN }}',
  '<script>alert(1)</script>',
  '   leading and trailing spaces   ',
  'tab\there',
  '\u2028unicode line separator',
];

describe('appendChangelogEntry', () => {
  it('keeps every existing line, comment and blank line, and adds the entry after the last one', () => {
    const result = appendChangelogEntry(commented, 'model-changelog.yaml', { version: '2.1', date: '2026-11-22', incident: 'INC-2', resolution: 'rolled back' });
    assert.equal(result.position, 'end');
    const head = commented.slice(0, commented.indexOf('# end of file comment'));
    assert.ok(result.text.startsWith(head), 'the text before the new entry is untouched');
    assert.ok(result.text.endsWith('# end of file comment\n'));
    assert.equal(result.line, 17);
    assert.match(result.text, /\n {2}- version: "2\.1"\n {4}date: 2026-11-22\n {4}incident: INC-2\n {4}resolution: rolled back\n# end/);
    const entries = readChangelog(result.text, 'model-changelog.yaml').entries;
    assert.deepEqual(entries.map((e) => e.version), ['1.10', '2.0', '2.1']);
  });

  it('writes hostile strings as quoted values that read back exactly', () => {
    let text = commented;
    hostile.forEach((value, i) => {
      text = appendChangelogEntry(text, 'c.yaml', {
        version: `3.${i}`,
        date: '2026-11-23',
        root_cause: value,
        drift_signal: value,
        new_alerts_added: [{ name: value, threshold: value, channel: value }],
      }).text;
    });
    const entries = readChangelog(text, 'c.yaml').entries.slice(2);
    assert.equal(entries.length, hostile.length);
    entries.forEach((entry, i) => {
      assert.equal(entry.root_cause, hostile[i]);
      assert.equal(entry.drift_signal, hostile[i]);
      assert.deepEqual(entry.new_alerts_added, [{ name: hostile[i], threshold: hostile[i], channel: hostile[i] }]);
    });
    assert.equal(Object.keys(parseYamlSafely(text, 'c.yaml').data as object).join(), 'entries', 'no key was injected');
  });

  it('puts the entry first in a newest-first file', () => {
    const text = '- version: b\n  date: 2026-03-01\n- version: a\n  date: 2026-01-01\n';
    const result = appendChangelogEntry(text, 'c.yaml', { version: 'c', date: '2026-04-01' });
    assert.equal(result.position, 'start');
    assert.equal(result.text, `- version: c\n  date: 2026-04-01\n${text}`);
  });

  it('keeps CRLF line endings', () => {
    const text = '- version: a\r\n  date: 2026-01-01\r\n';
    const result = appendChangelogEntry(text, 'c.yaml', { version: 'b', date: '2026-01-02' });
    assert.equal(result.text, `${text}- version: b\r\n  date: 2026-01-02\r\n`);
  });

  it('falls back to the Document API for a flow list and still keeps the comment', () => {
    const text = '# flow style\nentries: [{version: a, date: 2026-01-01}]\n';
    const result = appendChangelogEntry(text, 'c.yaml', { version: 'b', date: '2026-01-02' });
    assert.match(result.text, /^# flow style\n/);
    assert.deepEqual(readChangelog(result.text, 'c.yaml').entries.map((e) => e.version), ['a', 'b']);
  });

  it('refuses an entry whose version and date are already there', () => {
    assert.throws(
      () => appendChangelogEntry(commented, 'c.yaml', { version: '2.0', date: '2026-10-20' }),
      (error: unknown) => error instanceof DocumentError && error.message === 'c.yaml:10: an entry for version 2.0 on 2026-10-20 already exists',
    );
  });

  it('refuses to touch a file it cannot read safely, with the place', () => {
    assert.throws(() => appendChangelogEntry('- version: a\n  version: b\n  date: 2026-01-01\n', 'c.yaml', { version: 'x', date: '2026-01-01' }), /^DocumentError: c\.yaml:2:3: Map keys must be unique|c\.yaml:2:3/);
    assert.throws(() => appendChangelogEntry('- &x {version: a, date: 2026-01-01}\n- *x\n', 'c.yaml', { version: 'x', date: '2026-01-01' }), /aliases/);
    assert.throws(() => appendChangelogEntry('just: a map\n', 'c.yaml', { version: 'x', date: '2026-01-01' }), /schema/);
  });

  it('refuses a new entry with a bad date or an empty version', () => {
    assert.throws(() => appendChangelogEntry(commented, 'c.yaml', { version: 'x', date: '22/11/2026' }), /not an ISO date/);
    assert.throws(() => appendChangelogEntry(commented, 'c.yaml', { version: ' ', date: '2026-11-22' }), /needs a version/);
  });
});

describe('newChangelogText', () => {
  it('starts a valid changelog with one entry', () => {
    const text = newChangelogText({ version: '1.0', date: '2026-11-22', incident: 'null' });
    const entries = readChangelog(text, 'c.yaml').entries;
    assert.equal(entries[0]!.version, '1.0');
    assert.equal(entries[0]!.incident, 'null');
    assert.match(text, /^# Model changelog/);
  });
});
