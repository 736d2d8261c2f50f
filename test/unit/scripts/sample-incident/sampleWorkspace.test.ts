import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INJECTED_INCIDENTS } from '../../../../scripts/sample-incident/incidents';
import { DEFAULT_SAMPLE, SAMPLE_FILES, writeSampleWorkspace } from '../../../../scripts/sample-incident/sampleWorkspace';

const fixture = resolve(__dirname, '../../../fixtures/sample-incident');

function hashes(dir: string, files: readonly string[]): Map<string, string> {
  return new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('sample-incident workspace', () => {
  const temp: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'sample-incident-'));
    temp.push(dir);
    return dir;
  };
  after(() => {
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the same bytes twice for the same seed, other bytes for another seed', () => {
    const small = { seed: 99, baselineRows: 400, servingRows: 900 };
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    const files = writeSampleWorkspace({ ...small, out: a });
    writeSampleWorkspace({ ...small, out: b });
    writeSampleWorkspace({ ...small, seed: 100, out: c });
    assert.deepEqual(hashes(a, files), hashes(b, files));
    assert.notEqual(hashes(a, files).get(SAMPLE_FILES.secondHalf), hashes(c, files).get(SAMPLE_FILES.secondHalf));
  });

  it('regenerates the committed fixture byte for byte', () => {
    const out = tempDir();
    const files = writeSampleWorkspace({ ...DEFAULT_SAMPLE, out });
    assert.deepEqual(hashes(out, files), hashes(fixture, files));
  });

  it("documents every injected incident's column, segment and start date in the fixture README", () => {
    const readme = readFileSync(join(fixture, 'README.md'), 'utf8');
    for (const incident of INJECTED_INCIDENTS) {
      const row = readme.split('\n').find((line) => line.includes(`\`${incident.column}\``) && line.includes(incident.startDate));
      assert.ok(row, `no README row names ${incident.column} starting ${incident.startDate}`);
      if (incident.segment !== 'all traffic') assert.ok(row.includes(incident.segment), `${incident.id}: segment ${incident.segment}`);
    }
  });

  it('make-git-history.mjs dates its commits around the incident in a copy and refuses inside a repository', function () {
    this.timeout(30_000);
    const copy = join(tempDir(), 'incident');
    cpSync(fixture, copy, { recursive: true });
    execFileSync(process.execPath, [join(copy, 'make-git-history.mjs')], { stdio: 'pipe' });
    const log = execFileSync('git', ['log', '--format=%aI %s'], { cwd: copy, encoding: 'utf8' }).trim().split('\n');
    assert.equal(log.length, 9);
    assert.ok(log.includes('2026-10-20T09:12:00Z deploy model v2.4.0') || log.includes('2026-10-20T09:12:00+00:00 deploy model v2.4.0'));
    assert.ok(log.some((line) => line.startsWith('2026-10-24') && line.includes('amounts in cents for Android SDK 5')));
    assert.equal(execFileSync('git', ['status', '--porcelain'], { cwd: copy, encoding: 'utf8' }), '');

    const again = spawnSync(process.execPath, [join(copy, 'make-git-history.mjs')], { encoding: 'utf8' });
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already inside a git repository/);
  });
});
