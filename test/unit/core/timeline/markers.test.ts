import { strict as assert } from 'node:assert';
import { commitsInWindow, firstAppearances, markerViews, nearestMarkers } from '../../../../src/core/timeline/markers';

const H = 3_600_000;
const t0 = Date.UTC(2026, 9, 20);

describe('timeline markers', () => {
  it('finds the first time of each value the baseline never had', () => {
    const codes = Int32Array.of(0, 1, 1, 0, 2);
    const times = Float64Array.of(t0, t0 + 5 * H, t0 + 2 * H, t0 - H, NaN);
    const found = firstAppearances(codes, times, (c) => `v${c}`, (c) => c === 0);
    assert.deepEqual(found, [{ value: 'v1', time: t0 + 2 * H }]);
  });

  it('orders changelog entries, commits and versions in time, with ids, dropping unreadable times', () => {
    const views = markerViews(
      [
        { kind: 'commit', sha: 'abc', time: new Date(t0 + H).toISOString(), message: 'deploy v2\n\nbody', author: 'Dana' },
        { kind: 'changelog', id: 'cl:3', time: new Date(t0).toISOString(), title: 'v2', modelVersion: 'v2' },
        { kind: 'changelog', id: 'cl:9', time: 'not a date', title: 'x' },
      ],
      [{ value: 'v2', time: t0 + 2 * H }],
    );
    assert.deepEqual(views.map((v) => [v.id, v.kind, v.label]), [
      ['m0', 'changelog', 'v2'],
      ['m1', 'commit', 'deploy v2'],
      ['m2', 'modelVersion', 'model_version v2 first seen'],
    ]);
  });

  it('takes the latest changelog entry and version change up to the onset chunk end, and commits in the look-back', () => {
    const views = markerViews(
      [
        { kind: 'changelog', id: 'old', time: new Date(t0 - 30 * 24 * H).toISOString(), title: 'v1' },
        { kind: 'changelog', id: 'new', time: new Date(t0 + 9 * H).toISOString(), title: 'v2' },
        { kind: 'commit', sha: 'early', time: new Date(t0 - 3 * 24 * H).toISOString(), message: 'old', author: 'a' },
        { kind: 'commit', sha: 'late', time: new Date(t0 + 8 * H).toISOString(), message: 'near', author: 'b' },
        { kind: 'changelog', id: 'after', time: new Date(t0 + 30 * H).toISOString(), title: 'v3' },
      ],
      [],
    );
    const near = nearestMarkers(views, t0 + 24 * H, 24 * H);
    const byId = (id: string | null): string | undefined => views.find((v) => v.id === id)?.ref;
    assert.equal(byId(near.changelog), 'new');
    assert.equal(near.modelVersion, null);
    assert.deepEqual(near.commits.map(byId), ['late']);
  });

  it('keeps the commits inside a window, bounds included, and every other marker', () => {
    const at = (h: number): string => new Date(t0 + h * H).toISOString();
    const kept = commitsInWindow(
      [
        { kind: 'commit', sha: 'before', time: at(-1), message: '', author: '' },
        { kind: 'commit', sha: 'start', time: at(0), message: '', author: '' },
        { kind: 'commit', sha: 'end', time: at(24), message: '', author: '' },
        { kind: 'commit', sha: 'after', time: at(25), message: '', author: '' },
        { kind: 'changelog', id: 'cl:1', time: at(-100), title: 'old entry' },
      ],
      t0,
      t0 + 24 * H,
    );
    assert.deepEqual(
      kept.map((m) => (m.kind === 'commit' ? m.sha : m.id)),
      ['start', 'end', 'cl:1'],
    );
    assert.deepEqual(commitsInWindow([{ kind: 'commit', sha: 'x', time: at(1), message: '', author: '' }], NaN, NaN), []);
  });
});
