import { strict as assert } from 'node:assert';
import { listValue, walkArgs } from '../../../src/cli/argv';
import { UsageError } from '../../../src/cli/command';

describe('walkArgs', () => {
  it('reads --flag value, --flag=value, switches and positionals in order', () => {
    const seen: string[] = [];
    const positionals = walkArgs(['a.csv', '--chunk', 'day', '--json', '--config=x.yaml', '-', 'b.arrow'], 'usage', (flag, value) => {
      seen.push(flag === '--json' ? flag : `${flag}=${value()}`);
      return true;
    });
    assert.deepEqual(positionals, ['a.csv', '-', 'b.arrow']);
    assert.deepEqual(seen, ['--chunk=day', '--json', '--config=x.yaml']);
  });

  it('refuses an unknown option with the usage line, and a flag without its value', () => {
    assert.throws(() => walkArgs(['--nope'], 'drift <a> <b>', () => false), (e: unknown) => e instanceof UsageError && /unknown option '--nope'\nUsage: model-incident drift <a> <b>/.test(e.message));
    assert.throws(() => walkArgs(['--chunk'], 'u', (_f, value) => Boolean(value())), /--chunk needs a value/);
    assert.throws(() => walkArgs(['--chunk='], 'u', (_f, value) => Boolean(value())), /--chunk needs a value/);
  });
});

describe('listValue', () => {
  it('splits on commas, trims, drops empty parts, and wants at least one', () => {
    assert.deepEqual(listValue('--segment-by', () => ' device, region ,,', 'column name'), ['device', 'region']);
    assert.throws(() => listValue('--segment-by', () => ' , ', 'column name'), /--segment-by needs at least one column name/);
  });
});
