// The same integration suites on a desktop with internet: @vscode/test-electron downloads VS Code (stable,
// or VSCODE_VERSION), starts it with this repository as the extension under development and the bundled
// mocha index as the tests path, on a working copy of the sample incident. It cannot run on a machine
// without internet (the download fails); there, `npm test` runs the suites under code-server.
// Only the trusted run: @vscode/test-electron always passes --disable-workspace-trust, so the Restricted
// Mode suites (test/integration/restricted/) run under code-server only (integration.ts --restricted).
//
//   node esbuild.mjs --tests && node test/harness/electron.mjs
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { tsImport } from 'tsx/esm/api';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const extensionTestsPath = join(repoRoot, 'dist-test', 'integration', 'index.js');
if (!existsSync(extensionTestsPath)) {
  console.error(`${extensionTestsPath} is missing: run \`node esbuild.mjs --tests\` first`);
  process.exit(1);
}

const { copySampleIncident } = await tsImport('./workspace.ts', import.meta.url);
const workspace = copySampleIncident('electron');

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    extensionTestsEnv: { MODEL_INCIDENT_TEST_MODE: 'trusted' },
    launchArgs: [workspace.folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`integration tests failed under @vscode/test-electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  workspace.remove();
}
