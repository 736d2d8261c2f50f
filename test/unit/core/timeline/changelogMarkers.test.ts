import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { readChangelog } from '../../../../src/core/documents/changelog';
import { changelogMarkers } from '../../../../src/core/timeline/changelogMarkers';

describe('changelogMarkers', () => {
  it('turns the sample changelog into dated markers that point at their lines', () => {
    const path = 'test/fixtures/sample-incident/model-changelog.yaml';
    const markers = changelogMarkers(readChangelog(readFileSync(path, 'utf8'), path));
    assert.equal(markers.length, 4);
    assert.deepEqual(markers[0], {
      kind: 'changelog',
      id: `model-changelog.yaml:${markers[0]!.id.split(':')[1]}`,
      time: '2026-05-12T00:00:00.000Z',
      title: 'v2.1.0: INC-2026-0031',
      modelVersion: 'v2.1.0',
    });
    assert.match(markers[0]!.id, /^model-changelog\.yaml:\d+$/);
    const last = markers[3]!;
    assert.equal(last.modelVersion, 'v2.4.0');
    assert.equal(last.time, '2026-10-20T09:30:00.000Z');
  });
});
