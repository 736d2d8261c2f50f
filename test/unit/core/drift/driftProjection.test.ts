import assert from 'node:assert/strict';
import { join } from 'node:path';
import { driftProjection } from '../../../../src/core/drift/driftProjection';
import { readSchema, type FileSchema } from '../../../../src/core/table/readSchema';

const schema = (names: readonly string[], complete = true): FileSchema => ({
  path: 'log.csv',
  format: 'csv',
  columns: names.map((name) => ({ name, shape: 'undeclared' as const })),
  complete,
});

describe('driftProjection', () => {
  it('leaves out the columns named as request ids and describes them as the loader would', () => {
    const p = driftProjection(schema(['ts', 'request_id', 'income', 'traceId', 'region']), undefined, new Set());
    assert.deepEqual(p.columns, ['ts', 'income', 'region']);
    assert.deepEqual(p.leftOut.map((c) => [c.name, c.kind, c.role, c.arrowType]), [['request_id', 'identifier', 'requestId', 'Utf8'], ['traceId', 'identifier', 'requestId', 'Utf8']]);
    assert.deepEqual(p.fileOrder, ['ts', 'request_id', 'income', 'traceId', 'region']);
  });

  it('keeps a request id that a where filter or the user names, and one the file declares as a time', () => {
    const overrides = new Map([['event_id', { kind: 'categorical' as const }]]);
    const p = driftProjection(schema(['request_id', 'event_id', 'income']), overrides, new Set(['request_id']));
    assert.equal(p.columns, undefined);
    assert.deepEqual(p.leftOut, []);
    const timed: FileSchema = { ...schema([]), format: 'arrow', columns: [{ name: 'row_id', shape: 'time', declaredType: 'Timestamp<MILLISECOND>' }, { name: 'x', shape: 'number' }] };
    assert.equal(driftProjection(timed, undefined, new Set()).columns, undefined);
  });

  it('reads every column of a JSON Lines sample (a later line may hold keys the sample lacks)', () => {
    const p = driftProjection(schema(['request_id', 'income'], false), undefined, new Set());
    assert.equal(p.columns, undefined);
    assert.deepEqual(p.leftOut, []);
  });

  it('on the same-table Arrow fixture: every column but request_id', async () => {
    const p = driftProjection(await readSchema(join(__dirname, '../../../fixtures/same-table/table.arrow')), undefined, new Set());
    assert.deepEqual(p.columns, ['timestamp', 'model_version', 'region', 'income', 'clicks', 'score', 'label', 'note']);
  });
});
