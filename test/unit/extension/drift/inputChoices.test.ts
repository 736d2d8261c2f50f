import { strict as assert } from 'node:assert';
import {
  describeInputs, isDriftInputs, parseDateInput, readableTime, splitAt, timeSplits, versionSplits,
} from '../../../../src/extension/drift/inputChoices';

describe('timeSplits', () => {
  it('offers the first 1, 3, 7 and 14 days and the halves of a 21-day log, cut on UTC day starts', () => {
    const choices = timeSplits('log.csv', 'ts', '2024-01-01T06:30:00Z', '2024-01-21T23:00:00Z');
    assert.deepEqual(choices.map((c) => c.label), [
      'First 1 day against the rest', 'First 3 days against the rest', 'First 7 days against the rest',
      'First 14 days against the rest', 'First half against second half (by time)',
    ]);
    assert.deepEqual(choices[2]!.inputs, splitAt('log.csv', 'ts', '2024-01-08T00:00:00Z'));
    assert.equal(choices[2]!.detail, 'baseline: ts before 2024-01-08 · current: from 2024-01-08 on');
    assert.equal((choices[4]!.inputs.current.where as { from: string }).from, '2024-01-11T00:00:00Z');
  });

  it('cuts on hours for a log shorter than two days, and offers nothing for a single instant', () => {
    const choices = timeSplits('log.csv', 'ts', '2024-01-01T00:10:00Z', '2024-01-01T10:00:00Z');
    assert.equal(choices.length, 1);
    assert.deepEqual(choices[0]!.inputs.baseline.where, { column: 'ts', to: '2024-01-01T05:00:00Z' });
    assert.deepEqual(timeSplits('log.csv', 'ts', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'), []);
    assert.deepEqual(timeSplits('log.csv', 'ts', 'garbage', '2024-01-01T00:00:00Z'), []);
  });
});

describe('versionSplits', () => {
  it('pairs consecutive versions in the order given', () => {
    const choices = versionSplits('log.csv', 'model_version', ['v1', 'v2', 'v3']);
    assert.deepEqual(choices.map((c) => c.label), ['model_version v1 against v2', 'model_version v2 against v3']);
    assert.deepEqual(choices[1]!.inputs.current, { path: 'log.csv', where: { column: 'model_version', equals: ['v3'] } });
    assert.deepEqual(versionSplits('log.csv', 'model_version', ['v1']), []);
  });
});

describe('readableTime', () => {
  it('shows a date at UTC midnight, else the minute in UTC', () => {
    assert.equal(readableTime('2026-10-08T00:00:00Z'), '2026-10-08');
    assert.equal(readableTime('2026-10-01T00:05:42.806Z'), '2026-10-01 00:05 UTC');
    assert.equal(readableTime(Date.UTC(2026, 9, 8, 14)), '2026-10-08 14:00 UTC');
    assert.equal(readableTime('garbage'), 'garbage');
  });
});

describe('parseDateInput', () => {
  it('reads dates and timestamps, refuses the rest with a message', () => {
    assert.deepEqual(parseDateInput(' 2024-01-08 '), { iso: '2024-01-08T00:00:00Z' });
    assert.deepEqual(parseDateInput('2024-01-08T12:30:00+02:00'), { iso: '2024-01-08T10:30:00Z' });
    assert.ok('error' in parseDateInput('yesterday'));
    assert.ok('error' in parseDateInput('2024-13-45'));
  });
});

describe('describeInputs / isDriftInputs', () => {
  it('names both sides with their filters', () => {
    assert.equal(describeInputs({ baseline: { path: '/w/a.csv' }, current: { path: '/w/b.csv' } }), '/w/a.csv → /w/b.csv');
    assert.equal(
      describeInputs(splitAt('/w/a.csv', 'ts', '2024-01-08T00:00:00Z'), (p) => p.slice(3)),
      'a.csv · ts in [-inf, 2024-01-08T00:00:00Z) → a.csv · ts in [2024-01-08T00:00:00Z, +inf)',
    );
  });

  it('accepts only well-formed inputs', () => {
    assert.ok(isDriftInputs({ baseline: { path: 'a' }, current: { path: 'b', where: { column: 'v', equals: ['x'] } } }));
    assert.ok(!isDriftInputs({ baseline: { path: 'a' } }));
    assert.ok(!isDriftInputs({ baseline: { path: '' }, current: { path: 'b' } }));
    assert.ok(!isDriftInputs({ baseline: { path: 'a' }, current: { path: 'b', where: { column: 'v', equals: [1] } } }));
    assert.ok(!isDriftInputs('a.csv'));
  });
});
