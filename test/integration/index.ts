// The mocha bootstrap that runs INSIDE the extension host: VS Code loads this bundle from the
// `extensionTestsPath` it was given (code-server's payload here, `@vscode/test-electron` on a desktop) and
// calls run(). Every `*.test.js` bundled under dist-test/integration is loaded, so a new suite only has to
// be a `*.test.ts` file under test/integration/; those under restricted/ are loaded only in the Restricted
// Mode run and the others only in the trusted run (support/suiteMode.ts; the runner sets the mode).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { runsIn, suiteModeOf, suiteModeVariable } from './support/suiteMode';

/**
 * Prefix of every line the reporter writes. In code-server the extension host's console reaches the runner
 * mixed with the workbench's own log (window.codeAutomationLog); the runner keeps the lines with this mark.
 */
export const reporterMark = '[mocha] ';

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testFiles(path));
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

export async function run(): Promise<void> {
  const log = console.log;
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => {
    for (const line of format(...data).split('\n')) log(`${reporterMark}${line}`);
  };
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    // The first test waits for activation and the workspace scan in a cold extension host.
    timeout: 60_000,
    // The runner passes a --grep through the server's environment (see test/harness/integration.ts).
    ...(process.env.MODEL_INCIDENT_TEST_GREP ? { grep: process.env.MODEL_INCIDENT_TEST_GREP } : {}),
  });
  const mode = suiteModeOf(process.env[suiteModeVariable]);
  const files = testFiles(__dirname).filter((file) => runsIn(mode, __dirname, file));
  if (files.length === 0) throw new Error(`no ${mode} *.test.js under ${__dirname}: run \`node esbuild.mjs --tests\``);
  log(`${reporterMark}${mode} run: ${files.length} suite file(s)`);
  for (const file of files) mocha.addFile(file);
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
