// `npm start`: build the extension, install code-server if missing, and start the real VS Code on
// 127.0.0.1 with the extension loaded from this folder and a working copy of the sample incident open.
// Prints the URL to open; runs until Ctrl-C. (On a desktop with VS Code:
// `code --extensionDevelopmentPath=$PWD test/fixtures/sample-incident`.)
import { spawnSync } from 'node:child_process';
import { setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function step(what, args) {
  console.log(`[start] ${what}`);
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[start] ${what} failed (exit ${result.status})`);
    process.exit(1);
  }
}

step('building the extension (node esbuild.mjs)', ['esbuild.mjs']);
step('checking code-server (test/harness/install.ts)', ['--import', 'tsx', 'test/harness/install.ts']);

const { startCodeServer } = await tsImport('../test/harness/codeServer.ts', import.meta.url);
const { copySampleIncident } = await tsImport('../test/harness/workspace.ts', import.meta.url);

const workspace = copySampleIncident('start');
const server = await startCodeServer({ label: 'start' });
const url = server.workbenchUrl({ folder: workspace.folder, extensionDevelopmentPath: repoRoot.replace(/\/$/, '') });

console.log(`
[start] Model Incident Debugger is running in code-server (VS Code ${'1.139'}).
[start] Workspace (a copy of test/fixtures/sample-incident; edits stay here): ${workspace.folder}${workspace.isSampleIncident ? '' : '\n[start] (test/fixtures/sample-incident does not exist yet: a stand-in with one CSV)'}
[start] Server log: ${server.logFile}
[start] Open this URL (it carries the extension development path in its payload):

  ${url}

[start] After a change: \`npm run build\` (or \`npm run watch\` in another terminal) and reload the page.
[start] Ctrl-C stops the server.`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping code-server');
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
// Keep the process alive until a signal arrives.
setInterval(() => undefined, 1 << 30);
