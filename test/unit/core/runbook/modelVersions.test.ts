import { strict as assert } from 'node:assert';
import { modelVersionSightings } from '../../../../src/core/runbook/modelVersions';
import { arrowFixture } from './arrowFixture';

describe('modelVersionSightings', () => {
  it('lists each version with its first and last time, by first appearance', () => {
    const { table, columns } = arrowFixture([
      { name: 'ts', kind: 'timestamp', role: 'timestamp', values: ['2026-01-03T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', null] },
      { name: 'model_version', kind: 'categorical', role: 'modelVersion', values: ['2.0', '1.0', '1.0', '2.0'] },
    ]);
    assert.deepEqual(modelVersionSightings(table, columns), [
      { version: '1.0', firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-01-02T00:00:00.000Z', rows: 2 },
      { version: '2.0', firstSeen: '2026-01-03T00:00:00.000Z', lastSeen: '2026-01-03T00:00:00.000Z', rows: 2 },
    ]);
  });

  it('is empty without a model_version column', () => {
    const { table, columns } = arrowFixture([{ name: 'x', kind: 'numeric', values: [1] }]);
    assert.deepEqual(modelVersionSightings(table, columns), []);
  });
});
