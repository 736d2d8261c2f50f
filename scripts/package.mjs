// `npm run package`: production bundles (minified; their source maps stay out of the VSIX through
// .vscodeignore), then `vsce package` into dist-vsix/model-incident-debugger.vsix. vsce does not create the
// output folder, and the README's relative links (the screenshot) stay relative: there is no public
// repository URL to rewrite them against.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const out = 'dist-vsix/model-incident-debugger.vsix';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, ['esbuild.mjs', '--production']);
mkdirSync('dist-vsix', { recursive: true });
run('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out]);
