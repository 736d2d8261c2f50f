import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { updateDocument } from '../../../../src/core/documents/updateDocument';

describe('updateDocument', () => {
  it('changes only what changed, keeping comments, key order and quoting of the rest', () => {
    const doc = parseDocument('# head\na: "kept"   # why a\nb: 1\nlist: [x]\nold: gone\n');
    updateDocument(doc, { a: 'kept', b: 2, list: ['x', 'y'], added: { deep: true } });
    assert.equal(doc.toString(), '# head\na: "kept" # why a\nb: 2\nlist: [ x, y ]\nadded:\n  deep: true\n');
  });

  it('lets the library choose a style a new value needs', () => {
    const doc = parseDocument('notes: plain\n');
    updateDocument(doc, { notes: 'two\nlines: with colon' });
    assert.deepEqual(parseDocument(doc.toString()).toJS(), { notes: 'two\nlines: with colon' });
  });

  it('turns an empty flow collection into block style once it has content', () => {
    const doc = parseDocument('findings: []\ninputs: {}\n');
    updateDocument(doc, { findings: ['a'], inputs: { baseline: 'b' } });
    assert.equal(doc.toString(), 'findings:\n  - a\ninputs:\n  baseline: b\n');
  });
});
