import { strict as assert } from 'node:assert';
import { explorerView } from '../../../../src/core/views/explorerView';
import { featureFilter } from '../../../../webview/sidePanel/featureFilter';
import { sampleReport } from '../../core/views/sampleReport';

describe('featureFilter (side panel)', () => {
  const features = explorerView(sampleReport()).features;
  const names = (filter: Parameters<typeof featureFilter>[0]) => features.filter(featureFilter(filter)).map((f) => f.name);

  it('searches names case-insensitively, as plain text', () => {
    assert.deepEqual(names({ search: 'INC', kind: 'all', minSeverity: 'ok' }), ['income']);
    assert.deepEqual(names({ search: '<img', kind: 'all', minSeverity: 'ok' }), ['<img src=x onerror=alert(1)>']);
    assert.deepEqual(names({ search: '.*', kind: 'all', minSeverity: 'ok' }), []);
  });

  it('filters by kind and by a minimum severity', () => {
    assert.deepEqual(names({ search: '', kind: 'categorical', minSeverity: 'ok' }), ['__proto__']);
    assert.deepEqual(names({ search: '', kind: 'all', minSeverity: 'warn' }), ['<img src=x onerror=alert(1)>', '__proto__']);
    assert.deepEqual(names({ search: '', kind: 'numeric', minSeverity: 'critical' }), ['<img src=x onerror=alert(1)>']);
  });
});
