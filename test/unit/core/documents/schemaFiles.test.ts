// The schema files the package contributes through yamlValidation are exactly the ones the code checks with.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { changelogSchema } from '../../../../src/core/documents/changelogSchema';
import { postmortemSchema } from '../../../../src/core/documents/postmortemSchema';

describe('schemas/', () => {
  it('model-changelog.schema.json is changelogSchema', () => {
    assert.deepEqual(JSON.parse(readFileSync('schemas/model-changelog.schema.json', 'utf8')), changelogSchema);
  });

  it('postmortem.schema.json is postmortemSchema', () => {
    assert.deepEqual(JSON.parse(readFileSync('schemas/postmortem.schema.json', 'utf8')), postmortemSchema);
  });
});
