// A WebAssembly module from its embedded bytes (scripts/wasm/embed.ts writes them). TypeScript declares
// the WebAssembly API in its DOM library, which core does not load: the slice used here is typed by hand.
interface WebAssemblyApi {
  readonly Module: new (bytes: Uint8Array) => unknown;
  readonly Instance: new (module: unknown) => { readonly exports: unknown };
}

/** A module's linear memory: views must be made again after `grow`, which detaches the old buffer. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** 64 KiB, the unit of `WasmMemory.grow`. */
const WASM_PAGE_BYTES = 65536;

/** The memory's buffer, grown first to at least `bytes`. Make views after calling: growing detaches the old buffer. */
export function reserve(memory: WasmMemory, bytes: number): ArrayBuffer {
  if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / WASM_PAGE_BYTES));
  return memory.buffer;
}

/** The exports of a new instance of the module whose bytes are `base64`, typed as the caller declares them. */
export function instantiate<Exports>(base64: string): Exports {
  const api = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
  return new api.Instance(new api.Module(Buffer.from(base64, 'base64'))).exports as Exports;
}
