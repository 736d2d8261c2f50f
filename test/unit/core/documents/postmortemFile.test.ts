import { strict as assert } from 'node:assert';
import type { Postmortem } from '../../../../src/core/documents/postmortem';
import { samplePostmortem } from './postmortemFixture';
import { checkIncidentId } from '../../../../src/core/documents/postmortem';
import { postmortemText, readPostmortem } from '../../../../src/core/documents/postmortemFile';

describe('postmortemText', () => {
  it('renders a postmortem that validates and reads back equal', () => {
    const text = postmortemText(samplePostmortem, 'incidents/INC/postmortem.yaml');
    assert.match(text, /^# Postmortem INC-2026-0142/);
    assert.match(text, /resolution: "key: value # hostile"/);
    assert.deepEqual(readPostmortem(text, 'p.yaml'), JSON.parse(JSON.stringify(samplePostmortem)));
  });

  it('refuses to render a postmortem that breaks the schema', () => {
    const bad = { ...samplePostmortem, status: 'Done' } as unknown as Postmortem;
    assert.throws(() => postmortemText(bad, 'p.yaml'), /p\.yaml: does not match the postmortem schema: status must be one of "Draft", "In Review", "Reviewed", "Closed"/);
  });

  it('locates a schema problem in a hand-edited file', () => {
    const text = postmortemText(samplePostmortem, 'p.yaml').replace('action: hotfix', 'action: pray');
    assert.throws(() => readPostmortem(text, 'p.yaml'), /^DocumentError: p\.yaml:\d+:\d+: .*decision\.action must be one of/);
  });
});

describe('checkIncidentId', () => {
  it('accepts ids that are safe folder names and refuses the rest', () => {
    assert.equal(checkIncidentId('INC-2026-0142'), undefined);
    for (const bad of ['', '../etc', '-rf', '.hidden', 'a/b', 'a\\b', 'x'.repeat(65), 'a b']) assert.ok(checkIncidentId(bad), bad);
  });
});
