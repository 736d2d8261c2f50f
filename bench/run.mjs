// npm run bench [-- NAME...]: makes sure the benchmark data exists (bench/ensureData.ts), then runs every
// bench/*.bench.ts in name order (or those whose name contains one of NAME), each printing its own figures.
// Benchmarks are never pass/fail tests; the exit code only reports a bench that crashed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const filters = process.argv.slice(2);

function tsx(file) {
  // node --import tsx rather than npx: one process less, and the same Node that runs this script.
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

if (tsx(join(benchDir, 'ensureData.ts')) !== 0) {
  console.error('bench: could not prepare the benchmark data');
  process.exit(1);
}

const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();
const failed = [];
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  if (tsx(join(benchDir, name)) !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nbench: ${failed.join(', ')} did not finish`);
  process.exit(1);
}
