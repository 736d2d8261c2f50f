// Runs the integration suites inside a real extension host: code-server loads the extension from source
// (payload extensionDevelopmentPath = this repository) and the bundled mocha index (extensionTestsPath =
// dist-test/integration/index.js); Chromium opens the workbench, and the test output and exit code come back
// through window.codeAutomationLog / window.codeAutomationExit, the protocol of VS Code's own browser tests.
//
// Two runs (test/integration/support/suiteMode.ts): by default the trusted run (workspace trust disabled,
// every suite outside test/integration/restricted/); with --restricted, Restricted Mode (trust on, a fresh
// user-data-dir in which the folder was never trusted, no prompt) and only the suites under restricted/.
//
//   node --import tsx test/harness/integration.ts [--restricted] [--no-build] [--grep <pattern>] [--verbose]
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { reporterMark } from '../integration/index';
import { suiteModeVariable, type SuiteMode } from '../integration/support/suiteMode';
import { launchChromium } from './browser';
import { startCodeServer } from './codeServer';
import { copySampleIncident, repoRoot } from './workspace';

const suiteIndex = join(repoRoot, 'dist-test', 'integration', 'index.js');
const workbenchLogOf = (mode: SuiteMode): string => join(repoRoot, 'test-results', mode === 'trusted' ? 'integration-workbench.log' : `integration-${mode}-workbench.log`);
const timeoutMs = 5 * 60_000;

/**
 * The server's trust settings per run. Restricted: trust enabled in the user settings (code-server honours it
 * once --disable-workspace-trust is gone), and `startupPrompt: never` so the workbench opens the untrusted
 * folder in Restricted Mode without a modal that nobody answers. The fresh user-data-dir and Chromium
 * profile of every run hold no trusted folders.
 */
const trustOf = (mode: SuiteMode): { workspaceTrust: boolean; settings: Record<string, unknown> } =>
  mode === 'trusted'
    ? { workspaceTrust: false, settings: {} }
    : { workspaceTrust: true, settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } };

interface Options {
  readonly mode: SuiteMode;
  readonly build: boolean;
  readonly grep: string | undefined;
  /** Show the workbench's own log lines too. */
  readonly verbose: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const grepAt = argv.indexOf('--grep');
  return { mode: argv.includes('--restricted') ? 'restricted' : 'trusted', build: !argv.includes('--no-build'), grep: grepAt >= 0 ? argv[grepAt + 1] : undefined, verbose: argv.includes('--verbose') };
}

/**
 * The automation log sends (type, args[]) in console.log style ('%s' formats) for everything the workbench
 * logs. The suites' reporter lines carry `reporterMark`: those are shown (without it); the rest goes to
 * test-results/integration-workbench.log, and its errors are shown when the run fails.
 */
class AutomationLog {
  private readonly errors: string[] = [];

  constructor(
    private readonly verbose: boolean,
    readonly file: string,
  ) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
  }

  write(type: string, args: unknown): void {
    const parts = Array.isArray(args) ? (args as unknown[]) : [args];
    const text = format(...parts);
    appendFileSync(this.file, `[${type}] ${text}\n`);
    const reporterLines = text.split('\n').filter((line) => line.startsWith(reporterMark));
    if (reporterLines.length > 0) {
      for (const line of reporterLines) process.stdout.write(`${line.slice(reporterMark.length)}\n`);
    } else if (this.verbose) {
      process.stdout.write(`  (workbench ${type}) ${text}\n`);
    } else if (type === 'error') {
      this.errors.push(text);
    }
  }

  /** The workbench's last errors, for a failed run. */
  lastErrors(count = 15): string {
    return this.errors.slice(-count).join('\n');
  }
}

export async function runIntegration(options: Options): Promise<number> {
  if (options.build) {
    const build = spawnSync(process.execPath, ['esbuild.mjs', '--tests'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) return 1;
  }
  if (!existsSync(suiteIndex)) throw new Error(`${suiteIndex} is missing: run \`node esbuild.mjs --tests\``);
  const label = options.mode === 'trusted' ? 'integration' : `integration-${options.mode}`;
  const workspace = copySampleIncident(label);
  console.log(`[${label}] workspace: ${workspace.folder}${workspace.isSampleIncident ? '' : ' (stand-in: test/fixtures/sample-incident does not exist yet)'}`);
  const env: Record<string, string> = { [suiteModeVariable]: options.mode };
  if (options.grep) env.MODEL_INCIDENT_TEST_GREP = options.grep;
  const server = await startCodeServer({ label, env, ...trustOf(options.mode) }).catch((error: unknown) => {
    workspace.remove();
    throw error;
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (exit = resolve));
    const log = new AutomationLog(options.verbose, workbenchLogOf(options.mode));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => log.write(type, args));
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    const url = server.workbenchUrl({ folder: workspace.folder, extensionDevelopmentPath: repoRoot, extensionTestsPath: suiteIndex });
    console.log(`[${label}] ${url}`);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`[${label}] no exit code from the extension host after ${timeoutMs / 1000} s; code-server log:\n${server.logTail()}`);
        resolve(1);
      }, timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    console.log(`[${label}] extension host exit code ${code}; workbench log: ${log.file}`);
    const errors = log.lastErrors();
    if (code !== 0 && errors) console.error(`[${label}] the workbench's last errors:\n${errors}`);
    return code;
  } finally {
    await browser?.close();
    await server.stop();
    workspace.remove();
  }
}

if (process.argv[1] && /integration\.ts$/.test(process.argv[1])) {
  runIntegration(parseArgs(process.argv.slice(2))).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`[integration] ${error.stack ?? error.message}`);
      process.exit(1);
    },
  );
}
