import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { configSchema } from '../../../../src/core/config/configSchema';
import { ConfigError, parseWorkspaceConfig } from '../../../../src/core/config/workspaceConfig';
import { resolveThresholds } from '../../../../src/core/drift/thresholds';

const path = '/repo/.model-incident.yaml';

function failure(text: string): ConfigError {
  try {
    parseWorkspaceConfig(text, path);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error;
  }
  assert.fail('expected a ConfigError');
}

describe('workspace config (.model-incident.yaml)', () => {
  it('reads overrides, thresholds, segments, time column and chunking', () => {
    const config = parseWorkspaceConfig(
      [
        '# comments are fine',
        'columns:',
        '  credit_score: { role: feature }',
        '  zip: { kind: categorical, role: segment }',
        'thresholds:',
        '  psi: { warn: 0.05 }',
        '  chunk: { persistence: 3 }',
        'segmentBy: [device, region]',
        'timeColumn: ts',
        'chunk: 5000',
      ].join('\n'),
      path,
    );
    assert.deepEqual([...config.columns], [
      ['credit_score', { role: 'feature' }],
      ['zip', { kind: 'categorical', role: 'segment' }],
    ]);
    const thresholds = resolveThresholds(config.thresholds);
    assert.deepEqual(thresholds.psi, { warn: 0.05, critical: 0.2 });
    assert.deepEqual(thresholds.chunk, { sigmas: 3, minBaselineChunks: 6, persistence: 3 });
    assert.deepEqual(config.segmentBy, ['device', 'region']);
    assert.equal(config.timeColumn, 'ts');
    assert.deepEqual(config.chunk, { rows: 5000 });
  });

  it('is empty for an empty file', () => {
    const config = parseWorkspaceConfig('', path);
    assert.equal(config.columns.size, 0);
    assert.deepEqual(config.thresholds, {});
  });

  it('names the line of an unknown field, a wrong enum and a wrong type', () => {
    const unknown = failure('timeColumn: ts\nsegmentsBy: [a]\n');
    assert.equal(unknown.line, 2);
    assert.match(unknown.message, /^\/repo\/\.model-incident\.yaml:2: .*unknown field 'segmentsBy'/);
    const kind = failure('columns:\n  a:\n    kind: number\n');
    assert.equal(kind.line, 3);
    assert.match(kind.message, /must be one of numeric, categorical, identifier, timestamp/);
    assert.equal(failure('thresholds:\n  psi:\n    warn: high\n').line, 3);
    assert.match(failure('chunk: fortnight\n').message, /:1: chunk/);
  });

  it('refuses aliases and duplicate keys with their line', () => {
    assert.equal(failure('a: &x 1\ntimeColumn: *x\n').line !== undefined, true);
    assert.equal(failure('timeColumn: a\ntimeColumn: b\n').line, 2);
  });

  it('schemas/model-incident-config.schema.json is the schema the code checks with', () => {
    assert.deepEqual(JSON.parse(readFileSync('schemas/model-incident-config.schema.json', 'utf8')), JSON.parse(JSON.stringify(configSchema)));
  });
});
