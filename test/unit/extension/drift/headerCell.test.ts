import { strict as assert } from 'node:assert';
import { guessDelimiter, headerCellRange } from '../../../../src/extension/drift/headerCell';

describe('headerCellRange', () => {
  it('finds a plain cell', () => {
    const line = 'timestamp,income,device';
    const range = headerCellRange(line, ',', 'income');
    assert.deepEqual(range, { start: 10, end: 16 });
    assert.equal(line.slice(range!.start, range!.end), 'income');
  });

  it('reads quoted names with delimiters and doubled quotes inside', () => {
    const line = 'a;"x;y";"say ""hi""";b\r\n';
    assert.deepEqual(headerCellRange(line, ';', 'x;y'), { start: 2, end: 7 });
    assert.deepEqual(headerCellRange(line, ';', 'say "hi"'), { start: 8, end: 20 });
    assert.deepEqual(headerCellRange(line, ';', 'b'), { start: 21, end: 22 });
  });

  it('counts the BOM in offsets and answers undefined for a missing name', () => {
    assert.deepEqual(headerCellRange('\uFEFFa,b', ',', 'a'), { start: 1, end: 2 });
    assert.equal(headerCellRange('a,b', ',', 'c'), undefined);
    assert.equal(headerCellRange('a,b', ',', '__proto__'), undefined);
  });
});

describe('guessDelimiter', () => {
  it('picks the most frequent of , ; tab |', () => {
    assert.equal(guessDelimiter('a\tb\tc'), '\t');
    assert.equal(guessDelimiter('a;b;c,d'), ';');
    assert.equal(guessDelimiter('a'), ',');
  });
});
