// `npm test`: the three layers in order (unit, integration in a real extension host, end-to-end in the
// real workbench). Filled in by the harness; for now the unit layer.
import { spawnSync } from 'node:child_process';
const result = spawnSync('npx', ['mocha'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
