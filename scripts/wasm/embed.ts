// Regenerates the embedded WebAssembly of src/ after a .wat was edited: npx tsx scripts/wasm/embed.ts
// (needs wat2wasm: apt-get install wabt).
import { writeFileSync } from 'node:fs';
import { compile, embeddedModule, generatedPath, watFiles } from './wasmEmbedding';

for (const wat of watFiles()) {
  const bytes = compile(wat);
  writeFileSync(generatedPath(wat), embeddedModule(wat, bytes));
  console.log(`${generatedPath(wat)}: ${bytes.length} bytes of WebAssembly`);
}
