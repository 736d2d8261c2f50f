import assert from 'node:assert/strict';
import { sniffDelimiter } from '../../../../src/core/table/sniffDelimiter';

const sniff = (text: string) => sniffDelimiter(Buffer.from(text));

describe('sniffDelimiter', () => {
  it('finds each candidate', () => {
    assert.equal(sniff('a,b\n1,2\n'), ',');
    assert.equal(sniff('a;b;c\n1;2,5;3\n'), ';');
    assert.equal(sniff('a\tb\n1\t2\n'), '\t');
    assert.equal(sniff('a|b\n1|2\n'), '|');
  });

  it('ignores delimiters inside quotes and prefers the consistent candidate', () => {
    assert.equal(sniff('name;note\n"a,b,c";x\n"d,e";y\n'), ';');
  });

  it('falls back to a comma for a one-column file', () => {
    assert.equal(sniff('score\n1\n2\n'), ',');
  });
});
