import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../../../src/core/config/workspaceConfig';
import { driftCheckInput, noWorkspace, readDriftWorkspace, readDriftWorkspaceAt } from '../../../../src/core/drift/driftInputs';
import { resolveThresholds } from '../../../../src/core/drift/thresholds';

const baseline = { path: 'b.arrow' };
const current = { path: 'c.arrow' };

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'drift-inputs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const changelog = 'model: m\nentries:\n  - version: v1.0.0\n    date: 2026-05-12\n    incident: INC-1\n  - version: v1.1.0\n    date: 2026-06-01\n    root_cause: a bug\n';

describe('driftInputs', () => {
  it('reads the config and the changelog beside it into the check input', () => {
    const dir = workspace({
      '.model-incident.yaml': 'timeColumn: ts\nchunk: week\nsegmentBy: [device]\nthresholds:\n  psi: { warn: 0.3, critical: 0.6 }\ncolumns:\n  amount: { kind: numeric }\n',
      'model-changelog.yaml': changelog,
    });
    const input = driftCheckInput(baseline, current, readDriftWorkspaceAt(dir));
    assert.deepEqual(input.baseline, baseline);
    assert.deepEqual(input.current, current);
    assert.deepEqual([...(input.overrides ?? [])], [['amount', { kind: 'numeric' }]]);
    assert.equal(input.options?.timeColumn, 'ts');
    assert.deepEqual(input.options?.chunk, 'week');
    assert.deepEqual(input.options?.segmentBy, ['device']);
    assert.deepEqual(input.options?.thresholds, resolveThresholds({ psi: { warn: 0.3, critical: 0.6 } }));
    assert.deepEqual(
      input.options?.markers?.map((m) => (m.kind === 'changelog' ? [m.id, m.title, m.time] : null)),
      [
        ['model-changelog.yaml:3', 'v1.0.0: INC-1', '2026-05-12T00:00:00.000Z'],
        ['model-changelog.yaml:6', 'v1.1.0: a bug', '2026-06-01T00:00:00.000Z'],
      ],
    );
  });

  it('lets flags win over the config, and reads the changelog from the folder of an explicit config', () => {
    const dir = workspace({ 'custom.yaml': 'timeColumn: ts\nchunk: week\nsegmentBy: [device]\n', 'model-changelog.yml': changelog });
    const input = driftCheckInput(baseline, current, readDriftWorkspace(join(dir, 'custom.yaml')), { flags: { timeColumn: 'when', chunk: { rows: 500 } } });
    assert.equal(input.options?.timeColumn, 'when');
    assert.deepEqual(input.options?.chunk, { rows: 500 });
    assert.deepEqual(input.options?.segmentBy, ['device']);
    assert.deepEqual(
      input.options?.markers?.map((m) => (m.kind === 'changelog' ? m.id : m.sha)),
      ['model-changelog.yml:3', 'model-changelog.yml:6'],
    );
  });

  it('is the default check in a folder without config or changelog', () => {
    const input = driftCheckInput(baseline, current, readDriftWorkspaceAt(workspace({})));
    assert.deepEqual(input, driftCheckInput(baseline, current, noWorkspace));
    assert.deepEqual(input, { baseline, current, options: { thresholds: resolveThresholds(undefined), markers: [] } });
  });

  it('names the config file and line of a bad config', () => {
    const dir = workspace({ '.model-incident.yaml': 'timeColumn: ts\nchunks: day\n' });
    assert.throws(
      () => readDriftWorkspaceAt(dir),
      (error: unknown) => error instanceof ConfigError && /\.model-incident\.yaml:2: .*unknown field 'chunks'/.test(error.message),
    );
  });

  it('passes the git history on as the caller read it, or why it read none', () => {
    const commit = { kind: 'commit' as const, sha: 'c'.repeat(40), time: '2026-10-24T07:55:00.000Z', message: 'amounts in cents', author: 'Li Wei' };
    const read = driftCheckInput(baseline, current, noWorkspace, { commits: { read: true, via: 'git', commits: [commit] } });
    assert.deepEqual(read.options?.commits, { read: true, via: 'git', commits: [commit] });
    const restricted = driftCheckInput(baseline, current, noWorkspace, { commits: { read: false, reason: 'Restricted Mode' } });
    assert.deepEqual(restricted.options?.commits, { read: false, reason: 'Restricted Mode' });
  });
});
