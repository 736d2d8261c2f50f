// Commits given to the check (as the extension reads them from git) sit beside the onsets they preceded,
// only those in the window count, and a check without git history says why in the report and its Markdown.
// The commits are those of test/fixtures/sample-incident/make-git-history.mjs.
import { strict as assert } from 'node:assert';
import { analyseDrift } from '../../../../src/core/drift/driftAnalysis';
import { renderMarkdown } from '../../../../src/core/drift/markdown';
import type { DriftReport, FeatureReport } from '../../../../src/core/drift/report';
import type { CommitMarkerInput } from '../../../../src/core/timeline/markers';
import { loadSampleIncident } from './sampleIncidentFixture';

const commit = (sha: string, time: string, message: string): CommitMarkerInput => ({ kind: 'commit', sha: sha.repeat(40), time, message, author: 'Li Wei' });
const history = [
  commit('1', '2026-10-12T08:47:00Z', 'credit bureau client: lower lookup timeout to 300 ms'),
  commit('2', '2026-10-22T11:40:00Z', 'payments: accept buy-now-pay-later (bnpl) as a payment method'),
  commit('3', '2026-10-24T07:55:00Z', 'feature pipeline: amounts in cents for Android SDK 5'),
  commit('4', '2026-10-31T06:30:00Z', 'logs: October 16-30 prediction log sample'),
];

describe('commits in the drift report', () => {
  let read: DriftReport;
  let restricted: DriftReport;
  before(async function () {
    this.timeout(30_000);
    const fixture = await loadSampleIncident();
    read = analyseDrift(fixture.baseline, fixture.secondHalf, { commits: { read: true, via: 'git', commits: history }, now: new Date(0) });
    restricted = analyseDrift(fixture.baseline, fixture.secondHalf, { commits: { read: false, reason: 'Restricted Mode' }, now: new Date(0) });
  });

  const feature = (report: DriftReport, name: string): FeatureReport => {
    const found = report.features.find((f) => f.name === name);
    assert.ok(found, `no feature ${name}`);
    return found;
  };
  const commitLabels = (report: DriftReport, name: string): string[] =>
    (feature(report, name).onset?.nearest.commits ?? []).map((id) => report.timeline?.markers.find((m) => m.id === id)?.label ?? `missing ${id}`);

  it('keeps the commits inside the window (Oct 16 to the end of Oct 30) and counts them', () => {
    const commits = read.timeline?.markers.filter((m) => m.kind === 'commit');
    assert.deepEqual(
      commits?.map((m) => [m.ref, m.author]),
      [
        ['2'.repeat(40), 'Li Wei'],
        ['3'.repeat(40), 'Li Wei'],
      ],
    );
    assert.deepEqual(read.timeline?.commits, { read: true, via: 'git', inWindow: 2 });
  });

  it('sets each onset beside the commits of the chunk it starts in', () => {
    assert.deepEqual(commitLabels(read, 'transaction_amount'), ['feature pipeline: amounts in cents for Android SDK 5']);
    assert.deepEqual(commitLabels(read, 'payment_method'), ['payments: accept buy-now-pay-later (bnpl) as a payment method']);
    assert.match(renderMarkdown(read), /\| transaction_amount \| 2026-10-24T00:00:00\.000Z \|.*\| feature pipeline: amounts in cents for Android SDK 5 \|/);
    assert.match(renderMarkdown(read), /Commits: 2 in the window, from the git history read through git\./);
  });

  it('says why without git history, and marks the onsets\' commits as not read', () => {
    assert.deepEqual(restricted.timeline?.commits, { read: false, reason: 'Restricted Mode' });
    assert.equal(restricted.timeline?.markers.filter((m) => m.kind === 'commit').length, 0);
    const text = renderMarkdown(restricted);
    assert.match(text, /Commits: not read \(Restricted Mode\)\./);
    assert.match(text, /\| transaction_amount \| 2026-10-24T00:00:00\.000Z \|.*\| not read \|/);
  });
});
