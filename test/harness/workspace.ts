// The folder the tests and `npm start` open: a COPY of test/fixtures/sample-incident in a temp dir, so a
// test that writes (postmortems, changelog entries, runbook state) never dirties the committed fixture.
// If the fixture ships a script that gives it a git history, it runs on the copy.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The nearest folder, above this file or else above the working directory, whose package.json is this
 * extension's. (Loaded through tsx's `tsImport` from scripts/start.mjs, `__dirname` is not a real folder.)
 */
function findRepoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      try {
        if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'model-incident-debugger') return dir;
      } catch {
        // no package.json here
      }
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`no model-incident-debugger package.json above ${__dirname} or ${process.cwd()}`);
}

export const repoRoot = findRepoRoot();
export const sampleIncident = join(repoRoot, 'test', 'fixtures', 'sample-incident');

/** The fixture's own git-history script, by the names its README may use. */
const historyScripts = ['make-git-history.mjs', 'make-git-history.ts', 'make-git-history.sh'];

/** File endings the extension treats as prediction logs (src/extension/logDiscovery.ts). */
const logEndings = /\.(csv|tsv|jsonl|ndjson|arrow|feather|ipc|parquet)$/i;

export interface WorkspaceCopy {
  readonly folder: string;
  /** True when it is the sample incident; false when the fixture does not exist yet and a stand-in was made. */
  readonly isSampleIncident: boolean;
  /** Deletes the copy (kept with MODEL_INCIDENT_KEEP_SCRATCH=1). */
  remove(): void;
}

/** A minimal stand-in while the sample incident fixture does not exist: one CSV and one changelog. */
function writeStandIn(folder: string): void {
  mkdirSync(join(folder, 'logs'), { recursive: true });
  const rows = ['timestamp,request_id,model_version,region,feature_amount,score,label'];
  for (let i = 0; i < 48; i++) {
    const hour = String(i % 24).padStart(2, '0');
    rows.push(`2026-03-0${1 + Math.floor(i / 24)}T${hour}:00:00Z,r${i},v1,${i % 2 ? 'eu' : 'us'},${(i * 7) % 100},${((i * 13) % 100) / 100},${i % 3 === 0 ? 1 : 0}`);
  }
  writeFileSync(join(folder, 'logs', 'predictions.csv'), `${rows.join('\n')}\n`);
  writeFileSync(join(folder, 'model-changelog.yaml'), 'entries:\n  - version: v1\n    date: 2026-03-01\n    summary: first model\n');
}

function runHistoryScript(folder: string): void {
  const script = historyScripts.map((name) => join(folder, name)).find((path) => existsSync(path));
  if (!script) return;
  const [command, args] = script.endsWith('.sh')
    ? ['bash', [script]]
    : script.endsWith('.ts')
      ? [process.execPath, ['--import', 'tsx', script]]
      : [process.execPath, [script]];
  const result = spawnSync(command, args, { cwd: folder, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
  if (result.status !== 0) {
    throw new Error(`${relative(repoRoot, join(sampleIncident, script.slice(folder.length + 1)))} failed (${result.status}) on ${folder}:\n${result.stderr}${result.stdout}`);
  }
}

/** Copies the sample incident (or writes a stand-in) to a fresh temp folder and returns it. */
export function copySampleIncident(label = 'workspace'): WorkspaceCopy {
  const parent = mkdtempSync(join(tmpdir(), `model-incident-${label}-`));
  const folder = join(parent, 'sample-incident');
  const remove = (): void => {
    if (!process.env.MODEL_INCIDENT_KEEP_SCRATCH) rmSync(parent, { recursive: true, force: true });
  };
  if (existsSync(sampleIncident)) {
    cpSync(sampleIncident, folder, { recursive: true });
    runHistoryScript(folder);
    return { folder, isSampleIncident: true, remove };
  }
  writeStandIn(folder);
  return { folder, isSampleIncident: false, remove };
}

/** Prediction log paths relative to `folder`, as the side panel labels them ('/'-separated, sorted). */
export function predictionLogs(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === '.git' || name === 'node_modules' || name === '.venv') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (logEndings.test(name)) out.push(relative(folder, path).split('\\').join('/'));
    }
  };
  walk(folder);
  return out.sort();
}
