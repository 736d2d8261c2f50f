// The schema files the package contributes through yamlValidation are exactly the ones the code checks with.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { changelogSchema } from '../../../../src/core/documents/changelogSchema';
import { postmortemSchema } from '../../../../src/core/documents/postmortemSchema';
import { runbookSchema } from '../../../../src/core/documents/runbookSchema';

describe('schemas/', () => {
  it('model-changelog.schema.json is changelogSchema', () => {
    assert.deepEqual(JSON.parse(readFileSync('schemas/model-changelog.schema.json', 'utf8')), changelogSchema);
  });

  it('postmortem.schema.json is postmortemSchema', () => {
    assert.deepEqual(JSON.parse(readFileSync('schemas/postmortem.schema.json', 'utf8')), postmortemSchema);
  });

  it('runbook.schema.json is runbookSchema', () => {
    assert.deepEqual(JSON.parse(readFileSync('schemas/runbook.schema.json', 'utf8')), runbookSchema);
  });

  it('package.json contributes each schema through yamlValidation', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { yamlValidation: { url: string }[] } };
    const urls = manifest.contributes.yamlValidation.map((v) => v.url).sort();
    for (const file of ['./schemas/model-changelog.schema.json', './schemas/postmortem.schema.json', './schemas/runbook.schema.json']) assert.ok(urls.includes(file), file);
  });
});
