// The WebAssembly embedded in src/ is what its .wat compiles to (where wat2wasm is installed: building and
// testing need no toolchain, so elsewhere that check is skipped).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { compile, embeddedModule, generatedPath, watFiles } from '../../../scripts/wasm/wasmEmbedding';

describe('embedded WebAssembly (scripts/wasm)', () => {
  it('finds the .wat files, each with its generated module beside it', () => {
    const wats = watFiles();
    assert.ok(wats.length >= 2, wats.join(', '));
    for (const wat of wats) assert.ok(existsSync(generatedPath(wat)), wat);
  });

  it('each generated module holds what its .wat compiles to', function () {
    if (spawnSync('wat2wasm', ['--version']).error) this.skip();
    for (const wat of watFiles()) {
      assert.equal(readFileSync(generatedPath(wat), 'utf8'), embeddedModule(wat, compile(wat)), `${wat}: run npx tsx scripts/wasm/embed.ts`);
    }
  });
});
