// Compiles every src/**/wasm/*.wat with wat2wasm (Debian's wabt) and writes the module beside it as a
// TypeScript file holding its bytes in base64, so that the build and the tests need no WebAssembly
// toolchain. Run after editing a .wat: node scripts/wasm/embed.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const roots = ['src/core/stats/wasm'];
const scratch = mkdtempSync(join(tmpdir(), 'wat-'));
try {
  for (const root of roots) {
    for (const file of readdirSync(root).filter((f) => f.endsWith('.wat'))) {
      const name = basename(file, '.wat');
      const wasm = join(scratch, `${name}.wasm`);
      execFileSync('wat2wasm', [join(root, file), '-o', wasm]);
      const base64 = readFileSync(wasm).toString('base64');
      writeFileSync(
        join(root, `${name}.ts`),
        `// Generated from ${file} by scripts/wasm/embed.mjs: do not edit; edit the .wat and run the script.\nexport const ${name}Base64 =\n  '${base64}';\n`,
      );
      console.log(`${root}/${name}.ts: ${readFileSync(wasm).length} bytes of WebAssembly`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
