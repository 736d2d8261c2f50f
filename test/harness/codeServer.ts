// Starts code-server (the VS Code 1.139 server and web workbench) on 127.0.0.1, isolated from the user's
// own configuration: HOME and XDG_* in a scratch folder, no marketplace, no telemetry, no auth. The
// smoke-test driver option is on so the workbench URL's `payload` (extension development path, extension
// tests path) is honoured. Stopped by its process group.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerEntry, installedMarker, nodeBinary } from './cache';

export interface CodeServerOptions {
  /** Where installed extensions live; defaults to a fresh folder in the scratch dir. */
  readonly extensionsDir?: string;
  /** Keep workspace trust on (for Restricted Mode tests); by default it is disabled. */
  readonly workspaceTrust?: boolean;
  /** A label for the scratch folder and log, to tell runs apart. */
  readonly label?: string;
  /** User settings on top of `quietSettings`. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Extra environment of the server, which its extension hosts inherit (how suites learn their mode). */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * User settings of every harness run: no welcome page, no chat side bar, no AI features, no tips, so the
 * workbench shows the extension and screenshots are not half taken by VS Code's own onboarding.
 */
export const quietSettings: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

export interface WorkbenchTarget {
  /** Absolute path of the folder the workbench opens. */
  readonly folder: string;
  /** Absolute path of an extension to load from source (its package.json folder). */
  readonly extensionDevelopmentPath?: string;
  /** Absolute path of a bundled mocha `index.js` whose `run()` the extension host calls. */
  readonly extensionTestsPath?: string;
}

export interface CodeServer {
  readonly port: number;
  readonly origin: string;
  readonly scratch: string;
  readonly extensionsDir: string;
  readonly logFile: string;
  /** The URL that opens `folder` with the given extension and test paths. */
  workbenchUrl(target: WorkbenchTarget): string;
  /** The last lines of code-server's own log, for error messages. */
  logTail(lines?: number): string;
  /** Ends the server's process group and removes its scratch folder (kept with MODEL_INCIDENT_KEEP_SCRATCH=1). */
  stop(): Promise<void>;
}

/** Scratch folders (HOME, user data, workspace copies) are removed after a run unless this is set. */
export const keepScratch = Boolean(process.env.MODEL_INCIDENT_KEEP_SCRATCH);

export function assertInstalled(): void {
  if (!existsSync(installedMarker())) {
    throw new Error(`code-server is not installed (no ${installedMarker()}): run \`node --import tsx test/harness/install.ts\``);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Scratch HOME/XDG folders: code-server writes its config and state there on every run. */
function isolatedEnv(scratch: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (/^(npm_|VSCODE_)/i.test(key)) delete env[key];
  return {
    ...env,
    HOME: join(scratch, 'home'),
    XDG_CONFIG_HOME: join(scratch, 'home', '.config'),
    XDG_DATA_HOME: join(scratch, 'home', '.local', 'share'),
    XDG_CACHE_HOME: join(scratch, 'home', '.cache'),
    XDG_STATE_HOME: join(scratch, 'home', '.local', 'state'),
    // An empty gallery: without it the server keeps trying to reach the marketplace.
    EXTENSIONS_GALLERY: '{}',
  };
}

function makeScratch(label: string): string {
  const scratch = mkdtempSync(join(tmpdir(), `model-incident-${label}-`));
  for (const dir of ['home/.config', 'home/.local/share', 'home/.cache', 'home/.local/state', 'user-data']) {
    mkdirSync(join(scratch, dir), { recursive: true });
  }
  return scratch;
}

function commonFlags(scratch: string, extensionsDir: string): string[] {
  return ['--user-data-dir', join(scratch, 'user-data'), '--extensions-dir', extensionsDir];
}

/** Installs a .vsix into `extensionsDir` with code-server's own CLI (no network). */
export function installVsix(vsix: string, extensionsDir: string): string {
  assertInstalled();
  const scratch = makeScratch('vsix-install');
  const result = spawnSync(
    nodeBinary(),
    [codeServerEntry(), ...commonFlags(scratch, extensionsDir), '--install-extension', vsix, '--force'],
    { env: isolatedEnv(scratch), encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (!keepScratch) rmSync(scratch, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${result.status}):\n${output}`);
  return output;
}

async function waitHealthy(origin: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${timeoutMs} ms:\n${log()}`);
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  assertInstalled();
  const label = options.label ?? 'code-server';
  const scratch = makeScratch(label);
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(join(scratch, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(scratch, 'user-data', 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...options.settings }, null, 2));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const config = join(scratch, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = join(scratch, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  const args = [
    codeServerEntry(),
    '--config', config,
    ...commonFlags(scratch, extensionsDir),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  // detached: its own process group, so stop() ends the server and every child it started.
  const child = spawn(nodeBinary(), args, { env: { ...isolatedEnv(scratch), ...options.env }, stdio: ['ignore', logFd, logFd], detached: true });
  closeSync(logFd);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error('code-server did not start');
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pgid, signal);
    } catch {
      // already gone
    }
  };
  // If the runner dies first, do not leave a server behind.
  const onExit = (): void => killGroup('SIGKILL');
  process.once('exit', onExit);

  const logTail = (lines = 40): string => {
    try {
      return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  };

  const stop = async (): Promise<void> => {
    process.removeListener('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    killGroup('SIGKILL'); // children that outlived the server
    if (!keepScratch) rmSync(scratch, { recursive: true, force: true });
  };

  try {
    await waitHealthy(origin, child, () => logTail(), 30_000);
  } catch (error) {
    await stop();
    throw error;
  }

  const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
  return {
    port,
    origin,
    scratch,
    extensionsDir,
    logFile,
    logTail,
    stop,
    workbenchUrl(target: WorkbenchTarget): string {
      const payload: [string, string][] = [];
      if (target.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(target.extensionDevelopmentPath)]);
      if (target.extensionTestsPath) payload.push(['extensionTestsPath', remote(target.extensionTestsPath)]);
      const query = new URLSearchParams({ folder: target.folder });
      if (payload.length > 0) query.set('payload', JSON.stringify(payload));
      return `${origin}/?${query.toString()}`;
    },
  };
}
