import assert from 'node:assert/strict';
import { parseDecimalBytes, parseDecimalString } from '../../../../src/core/table/parseDecimal';

const parse = (text: string) => {
  const bytes = Buffer.from(text, 'latin1');
  return parseDecimalBytes(bytes, 0, bytes.length);
};

describe('parseDecimalBytes', () => {
  it('gives the same double as Number() on fast-path and slow-path decimals', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20000; i++) {
      const digits = 1 + Math.floor(random() * 19);
      let mantissa = '';
      for (let d = 0; d < digits; d++) mantissa += Math.floor(random() * 10);
      const point = Math.floor(random() * (digits + 1));
      const sign = random() < 0.3 ? '-' : '';
      const exponent = random() < 0.2 ? `e${Math.floor(random() * 60) - 30}` : '';
      const text = `${sign}${mantissa.slice(0, point)}.${mantissa.slice(point)}${exponent}`.replace(/^(-?)\.$/, '$10');
      assert.equal(Object.is(parse(text), Number(text)), true, text);
    }
  });

  it('reads integers, signs, exponents, infinities and surrounding spaces', () => {
    assert.equal(parse('42'), 42);
    assert.equal(parse('+1.5'), 1.5);
    assert.equal(Object.is(parse('-0'), -0), true);
    assert.equal(parse('.5'), 0.5);
    assert.equal(parse('5.'), 5);
    assert.equal(parse('1E3'), 1000);
    assert.equal(parse(' 2.25 '), 2.25);
    assert.equal(parse('inf'), Infinity);
    assert.equal(parse('-Infinity'), -Infinity);
    assert.equal(parse('0.1'), 0.1);
    assert.equal(parse('9007199254740993'), 9007199254740992);
    assert.equal(parse('1e400'), Infinity);
  });

  it('refuses what is not a decimal number', () => {
    for (const text of ['', '-', '.', 'e5', '1e', '1.2.3', '0x10', '12abc', '1,5', 'NaN', 'NA', '--1']) {
      assert.equal(parse(text), undefined, text);
    }
  });

  it('refuses non-ASCII text that a byte view would misread as digits', () => {
    assert.equal(parseDecimalString('\u0130'), undefined); // U+0130's low byte is '0'
    assert.equal(parseDecimalString('1.5'), 1.5);
  });
});
