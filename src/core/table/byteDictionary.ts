// Distinct strings of a column, looked up by their UTF-8 bytes: a CSV cell that repeats a known value
// ("eu", "android") costs a hash and a byte comparison, no string allocation. Open addressing with
// linear probing over a power-of-two table; each entry keeps its bytes in one pool for verification.
const EMPTY = -1;

export class ByteDictionary {
  /** The distinct values, by code, in first-seen order. */
  readonly values: string[] = [];
  private table = new Int32Array(1024).fill(EMPTY);
  private hashes: Int32Array = new Int32Array(256);
  private starts: Int32Array = new Int32Array(257);
  private pool = Buffer.alloc(4096);
  /** Codes of values already seen as JS strings (JSONL, Parquet, quoted CSV cells): skips re-encoding. */
  private readonly byString = new Map<string, number>();

  get size(): number {
    return this.values.length;
  }

  /** The code of `bytes[start, end)`, adding it when new. */
  codeOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const hash = hashBytes(bytes, start, end);
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = this.table[slot]!;
      if (code === EMPTY) {
        const added = this.add(hash, bytes, start, end);
        this.table[slot] = added;
        if (this.values.length * 2 > this.table.length) this.rehash();
        return added;
      }
      if (this.hashes[code] === hash && this.sameBytes(code, bytes, start, end)) return code;
    }
  }

  /** The code of `bytes[start, end)`, whose hashBytes is `hash`, when it is already known, else -1 (nothing is added). */
  find(hash: number, bytes: Uint8Array, start: number, end: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = this.table[slot]!;
      if (code === EMPTY) return -1;
      if (this.hashes[code] === hash && this.sameBytes(code, bytes, start, end)) return code;
    }
  }

  codeOfString(text: string): number {
    let code = this.byString.get(text);
    if (code === undefined) {
      const bytes = Buffer.from(text, 'utf8');
      code = this.codeOfBytes(bytes, 0, bytes.length);
      this.byString.set(text, code);
    }
    return code;
  }

  private sameBytes(code: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.starts[code]!;
    const length = this.starts[code + 1]! - from;
    if (length !== end - start) return false;
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool[from + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(hash: number, bytes: Uint8Array, start: number, end: number): number {
    const code = this.values.length;
    if (code + 1 >= this.hashes.length) {
      this.hashes = grow(this.hashes, this.hashes.length * 2);
      this.starts = grow(this.starts, this.starts.length * 2);
    }
    const at = this.starts[code]!;
    const length = end - start;
    if (at + length > this.pool.length) {
      const pool = Buffer.alloc(Math.max(this.pool.length * 2, at + length));
      this.pool.copy(pool, 0, 0, at);
      this.pool = pool;
    }
    this.pool.set(bytes.subarray(start, end), at);
    this.hashes[code] = hash;
    this.starts[code + 1] = at + length;
    this.values.push(this.pool.toString('utf8', at, at + length));
    return code;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(EMPTY);
    const mask = table.length - 1;
    for (let code = 0; code < this.values.length; code++) {
      let slot = this.hashes[code]! & mask;
      while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
      table[slot] = code;
    }
    this.table = table;
  }
}

/** FNV-1a's offset basis and prime. */
export const HASH_SEED = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/**
 * FNV-1a over every byte, then the length. csvFastRow.ts computes the same hash in the loop that finds
 * the cell's end, so a category costs one pass over its bytes plus the comparison on a hit. (A hash of
 * the head and tail only would be cheaper on long texts, but needs the end first: a second pass.)
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, HASH_PRIME);
  return Math.imul(hash ^ (end - start), HASH_PRIME);
}

function grow(array: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}
