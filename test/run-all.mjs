// `npm test`: installs what `npm ci` does not (test/harness/install.ts), builds, then runs the layers in
// order: static checks (tsc for host and webview, ESLint), unit (plain Node), integration (mocha inside a real extension host: the trusted run, then the
// Restricted Mode run with the workspace untrusted), end-to-end (Playwright drives the real workbench), and
// the VSIX check (package, list, install into the real VS Code, activate).
// Prints each layer's closing counts and a summary; exits non-zero when any step fails.
//
//   npm test                       everything
//   npm test -- unit e2e           only these layers (install and build always run)
import { spawn } from 'node:child_process';

const tsx = ['--import', 'tsx'];
/** A step belongs to a layer (what `npm test -- <layer>` names); the integration layer has two runs. */
/** `gate`: later steps cannot run without this one. */
/** @typedef {{ name: string, layer: string, command: string, args: string[], tests: boolean, gate?: boolean }} Step */
/** @type {Step[]} */
const steps = [
  { name: 'install', layer: 'install', command: process.execPath, args: [...tsx, 'test/harness/install.ts'], tests: false, gate: true },
  { name: 'build', layer: 'build', command: process.execPath, args: ['esbuild.mjs', '--tests'], tests: false, gate: true },
  { name: 'static', layer: 'static', command: 'npm', args: ['run', '--silent', 'check'], tests: false },
  { name: 'unit', layer: 'unit', command: 'npx', args: ['mocha'], tests: true },
  { name: 'integration', layer: 'integration', command: process.execPath, args: [...tsx, 'test/harness/integration.ts', '--no-build'], tests: true },
  { name: 'restricted', layer: 'integration', command: process.execPath, args: [...tsx, 'test/harness/integration.ts', '--no-build', '--restricted'], tests: true },
  { name: 'e2e', layer: 'e2e', command: 'npx', args: ['mocha', '--config', 'test/e2e/.mocharc.json'], tests: true },
  { name: 'vsix', layer: 'vsix', command: 'npx', args: ['mocha', '--config', 'test/e2e/packaged/.mocharc.json'], tests: true },
];

const chosen = new Set(process.argv.slice(2));
for (const name of chosen) {
  if (!steps.some((step) => step.tests && step.layer === name)) {
    console.error(`unknown layer "${name}"; layers: ${[...new Set(steps.filter((s) => s.tests).map((s) => s.layer))].join(', ')}`);
    process.exit(2);
  }
}

/** Mocha's closing counts ("12 passing (3s)", "1 failing", "2 pending"), the last of each in the output. */
function counts(output) {
  const last = (word) => {
    const all = [...output.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))];
    return all.length > 0 ? Number(all[all.length - 1][1]) : undefined;
  };
  return { passing: last('passing'), failing: last('failing'), pending: last('pending') };
}

/** Runs a step with its output shown live and kept for the counts. */
function runStep(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    let output = '';
    const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('error', (error) => {
      console.error(`[test] ${step.name}: ${error.message}`);
      resolve({ step, code: 1, seconds: 0, output });
    });
    child.on('close', (code, signal) => resolve({ step, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000, output }));
  });
}

const results = [];
for (const step of steps) {
  if (step.tests && chosen.size > 0 && !chosen.has(step.layer)) continue;
  console.log(`\n[test] ── ${step.name} ──`);
  const result = await runStep(step);
  const c = counts(result.output);
  // A test layer that ran nothing has not passed.
  const ranNothing = step.tests && !(c.passing > 0);
  const ok = result.code === 0 && !ranNothing && !(c.failing > 0);
  results.push({ ...result, counts: c, ok, ranNothing });
  console.log(`[test] ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${result.seconds.toFixed(1)} s${step.tests ? ` (${c.passing ?? 0} passing, ${c.failing ?? 0} failing, ${c.pending ?? 0} pending)` : ''}`);
  // Without the install or the build, the later layers cannot run.
  if (!ok && step.gate) break;
}

console.log('\n[test] summary');
for (const r of results) {
  const tally = r.step.tests ? `${String(r.counts.passing ?? 0).padStart(4)} passing ${String(r.counts.failing ?? 0).padStart(3)} failing ${String(r.counts.pending ?? 0).padStart(3)} pending` : ''.padEnd(37);
  const why = r.ranNothing && r.code === 0 ? '  (no tests ran)' : r.code !== 0 ? `  (exit ${r.code})` : '';
  console.log(`  ${r.step.name.padEnd(12)} ${r.ok ? 'ok    ' : 'FAILED'} ${tally} ${r.seconds.toFixed(1).padStart(6)} s${why}`);
}
const skipped = steps.filter((s) => !results.some((r) => r.step === s) && (chosen.size === 0 || chosen.has(s.layer) || !s.tests));
for (const s of skipped) console.log(`  ${s.name.padEnd(12)} NOT RUN`);
const failed = results.some((r) => !r.ok) || skipped.length > 0;
console.log(failed ? '[test] FAILED' : '[test] all layers passed');
process.exit(failed ? 1 : 0);
