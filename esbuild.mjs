// One script, four kinds of bundle (see ARCHITECTURE.md):
//   dist/extension.js   the VS Code adapter (CommonJS, `vscode` external)
//   dist/worker.js      the worker_thread that runs core jobs off the extension host's thread
//   dist/cli.js         the `model-incident` binary
//   dist/feature-worker.js, dist/load-worker.js   the drift check's threads, started by cli.js and worker.js
//   dist/webview/*.js   one browser bundle per webview surface
// plus, with --tests, the integration suites that run inside a real extension host (dist-test/).
//
//   node esbuild.mjs               build once (development: source maps, no minify)
//   node esbuild.mjs --production  minified, for the VSIX
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --tests       also bundle test/integration for the extension host
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

/** Every `main.ts` one level under webview/ is a surface with its own bundle. */
function webviewEntries() {
  const entries = {};
  for (const name of readdirSync('webview')) {
    const main = join('webview', name, 'main.ts');
    try {
      if (statSync(main).isFile()) entries[name] = main;
    } catch {
      // a shared folder without an entry
    }
  }
  return entries;
}

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testEntries(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const common = {
  bundle: true,
  sourcemap: true,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
};

const node = {
  ...common,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // `vscode` is provided by the extension host; everything else is bundled so the VSIX ships no node_modules.
  external: ['vscode'],
  // vega-canvas's Node build probes the native `canvas` package with a top-level await, which CommonJS
  // cannot hold; its browser build answers "no canvas" in Node, and vega then measures text without one.
  alias: { 'vega-canvas': './node_modules/vega-canvas/build/vega-canvas.browser.js' },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  { ...node, entryPoints: { extension: 'src/extension/main.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { worker: 'src/worker/main.ts' }, outdir: 'dist' },
  {
    ...node,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    define: { PACKAGE_VERSION: JSON.stringify(version) },
  },
  // The drift check's threads (src/threads/), started from beside dist/cli.js and dist/worker.js: the feature
  // workers and one load worker per input file.
  { ...node, entryPoints: { 'feature-worker': 'src/threads/featureWorker.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { 'load-worker': 'src/threads/loadWorker.ts' }, outdir: 'dist' },
  {
    ...common,
    entryPoints: webviewEntries(),
    outdir: 'dist/webview',
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
  },
];

if (tests) {
  // A renamed or deleted suite must not keep running from its old bundle.
  rmSync('dist-test', { recursive: true, force: true });
  builds.push({
    ...node,
    entryPoints: testEntries('test/integration'),
    outbase: 'test/integration',
    outdir: 'dist-test/integration',
    // mocha is loaded from node_modules at run time (it resolves its own reporters dynamically).
    external: ['vscode', 'mocha'],
  });
}

// The codicon font is shipped beside the webview bundles (vscode-elements draws its icons with it).
mkdirSync('dist/webview', { recursive: true });
for (const file of ['codicon.css', 'codicon.ttf']) {
  copyFileSync(join('node_modules/@vscode/codicons/dist', file), join('dist/webview', file));
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[esbuild] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
