import { strict as assert } from 'node:assert';
import { DocumentError } from '../../../../src/core/documents/documentError';
import { parseYamlSafely } from '../../../../src/core/documents/safeYaml';

function refusal(text: string, options = {}): DocumentError {
  try {
    parseYamlSafely(text, 'x.yaml', options);
  } catch (error) {
    assert.ok(error instanceof DocumentError, String(error));
    return error;
  }
  assert.fail('expected the file to be refused');
}

describe('parseYamlSafely', () => {
  it('reads plain data', () => {
    assert.deepEqual(parseYamlSafely('a: 1\nb: [x, "y"]\n', 'x.yaml').data, { a: 1, b: ['x', 'y'] });
  });

  it('refuses a billion-laughs file at its first alias, before any expansion', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = process.hrtime.bigint();
    const error = refusal(levels.join('\n'));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.match(error.message, /^x\.yaml:2:\d+: aliases \(\*a\) are not allowed/);
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('refuses a duplicate key with the line and column of the second one', () => {
    const error = refusal('entries:\n  - version: 1\n    version: 2\n');
    assert.equal(error.location.line, 3);
    assert.equal(error.location.col, 5);
    assert.match(error.message, /^x\.yaml:3:5: Map keys must be unique/);
  });

  it('refuses a file over the size cap without parsing it', () => {
    const error = refusal('a: 1\n'.repeat(10), { maxBytes: 20 });
    assert.match(error.message, /^x\.yaml: file is 50 bytes, more than the 20/);
  });

  it('reports a syntax error with its place', () => {
    const error = refusal('a: [1, 2\nb: 3\n');
    assert.equal(error.location.path, 'x.yaml');
    assert.ok(error.location.line !== undefined && error.location.line >= 1);
  });

  it('refuses a second document in the same file', () => {
    refusal('a: 1\n---\nb: 2\n');
  });

  it('keeps custom tags from running anything: they are refused as unknown', () => {
    refusal('a: !!js/function "function(){}"\n');
  });
});
