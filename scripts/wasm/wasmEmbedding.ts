// WebAssembly text of src/ (`wasm/*.wat`) to TypeScript modules that embed the compiled bytes in base64, so
// that the build and the tests need no WebAssembly toolchain: only regenerating does (wat2wasm, from
// Debian's wabt). embed.ts writes the modules; a unit test compares them with a fresh compile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Every `.wat` under `dir`. */
export function watFiles(dir = 'src'): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.wat'))
    .map((path) => join(dir, path));
}

/** Where the module generated from `wat` lives: beside it, same name, `.ts`. */
export function generatedPath(wat: string): string {
  return join(dirname(wat), `${basename(wat, '.wat')}.ts`);
}

/** The TypeScript module that embeds `bytes`, compiled from `wat`. */
export function embeddedModule(wat: string, bytes: Uint8Array): string {
  const name = basename(wat, '.wat');
  return `// Generated from ${basename(wat)} by scripts/wasm/embed.ts: do not edit; edit the .wat and run the script.\nexport const ${name}Base64 =\n  '${Buffer.from(bytes).toString('base64')}';\n`;
}

/** The module's bytes, by wat2wasm. */
export function compile(wat: string): Buffer {
  const scratch = mkdtempSync(join(tmpdir(), 'wat-'));
  try {
    const wasm = join(scratch, 'module.wasm');
    execFileSync('wat2wasm', [wat, '-o', wasm]);
    return readFileSync(wasm);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
