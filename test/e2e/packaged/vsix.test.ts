// The packaged extension: `npm run package` makes a VSIX that holds only what runs, and that VSIX, installed
// into the real VS Code (code-server --install-extension, its own extensions folder), activates: its
// activity bar container opens, its side panel lists the logs, and its command runs from the palette.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installVsix, keepScratch } from '../../harness/codeServer';
import { predictionLogs, repoRoot } from '../../harness/workspace';
import { openViewContainer, openWorkbench, runCommand, screenshot, screenshotIfFailed, webviewFrame, type Workbench } from '../support/workbench';

const vsix = join(repoRoot, 'dist-vsix', 'model-incident-debugger.vsix');

/** What may ship: the bundles (no source maps), the webview assets, media, schemas, manifest, docs. */
const allowed = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE(\.md|\.txt)?$/,
  /^CHANGELOG\.md$/,
  /^dist\/(extension|worker|cli|feature-worker|load-worker)\.js$/,
  /^dist\/webview\/[^/]+\.(js|css|ttf)$/,
  /^media\/.+/,
  /^schemas\/.+\.json$/,
];
const required = ['package.json', 'README.md', 'LICENSE', 'dist/extension.js', 'dist/worker.js', 'dist/cli.js', 'dist/webview/sidePanel.js'];

function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${output}`);
  return output;
}

describe('VSIX (packaged extension)', () => {
  let workbench: Workbench | undefined;
  let extensionsDir: string | undefined;

  afterEach(async function () {
    await screenshotIfFailed(this, workbench?.page);
  });

  after(async () => {
    await workbench?.close();
    if (extensionsDir && !keepScratch) rmSync(extensionsDir, { recursive: true, force: true });
  });

  it('is produced by `npm run package`', () => {
    run('npm', ['run', 'package']);
    assert.ok(existsSync(vsix), `${vsix} was not written`);
    assert.ok(statSync(vsix).size > 10_000, `${vsix} is suspiciously small`);
  });

  it('lists only what runs (`vsce ls`)', () => {
    const files = run('npx', ['vsce', 'ls', '--no-dependencies'])
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !/^npm (warn|notice)/.test(line));
    const unexpected = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, [], `files that do not run would ship: ${unexpected.join(', ')}`);
    const missing = required.filter((file) => !files.includes(file));
    assert.deepEqual(missing, [], `the VSIX lacks: ${missing.join(', ')}`);
  });

  it('installs into code-server and activates there', async () => {
    extensionsDir = mkdtempSync(join(tmpdir(), 'model-incident-vsix-extensions-'));
    installVsix(vsix, extensionsDir);
    const installed = readdirSync(extensionsDir).filter((name) => name.startsWith('model-incident.model-incident-debugger-'));
    assert.equal(installed.length, 1, `installed folders: ${readdirSync(extensionsDir).join(', ')}`);

    workbench = await openWorkbench({ extension: { extensionsDir }, label: 'vsix' });
    const { page, workspace } = workbench;
    await openViewContainer(page, 'Model Incident');
    // A log's name rendered by the installed extension's webview proves its host code ran (activation),
    // found the workspace's logs and that its webview bundle loads from the VSIX.
    const [firstLog] = predictionLogs(workspace.folder);
    assert.ok(firstLog, `no prediction logs in ${workspace.folder}`);
    await (await webviewFrame(page)).getByText(firstLog, { exact: true }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await runCommand(page, 'Model Incident: Rescan Workspace for Logs');
    await screenshot(page, 'vsix-side-panel');
  });
});
