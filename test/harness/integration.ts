// Runs the integration suites inside a real extension host: code-server loads the extension from source
// (payload extensionDevelopmentPath = this repository) and the bundled mocha index (extensionTestsPath =
// dist-test/integration/index.js); Chromium opens the workbench, and the test output and exit code come back
// through window.codeAutomationLog / window.codeAutomationExit, the protocol of VS Code's own browser tests.
//
//   node --import tsx test/harness/integration.ts [--no-build] [--grep <pattern>] [--verbose]
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { reporterMark } from '../integration/index';
import { launchChromium } from './browser';
import { startCodeServer } from './codeServer';
import { copySampleIncident, repoRoot } from './workspace';

const suiteIndex = join(repoRoot, 'dist-test', 'integration', 'index.js');
const workbenchLog = join(repoRoot, 'test-results', 'integration-workbench.log');
const timeoutMs = 5 * 60_000;

interface Options {
  readonly build: boolean;
  readonly grep: string | undefined;
  /** Show the workbench's own log lines too. */
  readonly verbose: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const grepAt = argv.indexOf('--grep');
  return { build: !argv.includes('--no-build'), grep: grepAt >= 0 ? argv[grepAt + 1] : undefined, verbose: argv.includes('--verbose') };
}

/**
 * The automation log sends (type, args[]) in console.log style ('%s' formats) for everything the workbench
 * logs. The suites' reporter lines carry `reporterMark`: those are shown (without it); the rest goes to
 * test-results/integration-workbench.log, and its errors are shown when the run fails.
 */
class AutomationLog {
  private readonly errors: string[] = [];

  constructor(private readonly verbose: boolean) {
    mkdirSync(dirname(workbenchLog), { recursive: true });
    writeFileSync(workbenchLog, '');
  }

  write(type: string, args: unknown): void {
    const parts = Array.isArray(args) ? (args as unknown[]) : [args];
    const text = format(...parts);
    appendFileSync(workbenchLog, `[${type}] ${text}\n`);
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
  const workspace = copySampleIncident('integration');
  console.log(`[integration] workspace: ${workspace.folder}${workspace.isSampleIncident ? '' : ' (stand-in: test/fixtures/sample-incident does not exist yet)'}`);
  if (options.grep) process.env.MODEL_INCIDENT_TEST_GREP = options.grep;
  const server = await startCodeServer({ label: 'integration' }).catch((error: unknown) => {
    workspace.remove();
    throw error;
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (exit = resolve));
    const log = new AutomationLog(options.verbose);
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => log.write(type, args));
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    const url = server.workbenchUrl({ folder: workspace.folder, extensionDevelopmentPath: repoRoot, extensionTestsPath: suiteIndex });
    console.log(`[integration] ${url}`);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`[integration] no exit code from the extension host after ${timeoutMs / 1000} s; code-server log:\n${server.logTail()}`);
        resolve(1);
      }, timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    console.log(`[integration] extension host exit code ${code}; workbench log: ${workbenchLog}`);
    const errors = log.lastErrors();
    if (code !== 0 && errors) console.error(`[integration] the workbench's last errors:\n${errors}`);
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
