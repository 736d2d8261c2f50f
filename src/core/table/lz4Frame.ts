// LZ4 frame format decoder (https://github.com/lz4/lz4/blob/dev/doc/lz4_Frame_format.md), for Arrow
// IPC bodies compressed with LZ4_FRAME: apache-arrow JS reads such files only with a codec registered
// by the application, and ships none. Blocks decode into one contiguous output, so linked blocks (Arrow
// C++'s default) and independent blocks both work. Checksums are skipped, not verified: the Arrow
// buffer's declared length is checked by the caller instead.

const FRAME_MAGIC = 0x184d2204;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;

export function decompressLz4Frame(input: Uint8Array): Uint8Array {
  let out = new Uint8Array(Math.max(64, input.length * 4));
  let outLength = 0;
  /** Makes room for `end` bytes of output, keeping the first `kept`. */
  const reserveTo = (end: number, kept: number): Uint8Array => {
    if (end <= out.length) return out;
    const grown = new Uint8Array(Math.max(out.length * 2, end));
    grown.set(out.subarray(0, kept));
    out = grown;
    return out;
  };
  let i = 0;
  while (i < input.length) {
    const magic = readU32(input, i);
    i += 4;
    if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      i += 4 + readU32(input, i);
      continue;
    }
    if (magic !== FRAME_MAGIC) throw new Error(`not an LZ4 frame (magic 0x${magic.toString(16)})`);
    const flags = input[i++]!;
    if (flags >> 6 !== 1) throw new Error(`unsupported LZ4 frame version ${flags >> 6}`);
    const blockChecksum = (flags & 0x10) !== 0;
    const contentSize = (flags & 0x08) !== 0;
    const contentChecksum = (flags & 0x04) !== 0;
    const dictionaryId = (flags & 0x01) !== 0;
    i++; // BD: block maximum size, not needed to decode
    if (contentSize) {
      const size = readU32(input, i) + readU32(input, i + 4) * 2 ** 32;
      reserveTo(outLength + size, outLength);
      i += 8;
    }
    if (dictionaryId) throw new Error('LZ4 frames with an external dictionary are not supported');
    i++; // header checksum
    for (;;) {
      const word = readU32(input, i);
      i += 4;
      if (word === 0) break;
      const size = word & 0x7fffffff;
      if (i + size > input.length) throw new Error('truncated LZ4 frame');
      if (word & 0x80000000) {
        reserveTo(outLength + size, outLength);
        out.set(input.subarray(i, i + size), outLength);
        outLength += size;
      } else {
        outLength = decodeBlock(input, i, i + size, reserveTo, outLength);
      }
      i += size;
      if (blockChecksum) i += 4;
    }
    if (contentChecksum) i += 4;
  }
  return out.subarray(0, outLength);
}

/**
 * One LZ4 block (sequences of literals and back-references) appended at `at`; returns the new end.
 * `reserve(end, kept)` returns an output array of at least `end` bytes holding the first `kept`.
 */
function decodeBlock(
  input: Uint8Array,
  i: number,
  end: number,
  reserve: (end: number, kept: number) => Uint8Array,
  at: number,
): number {
  let out: Uint8Array;
  while (i < end) {
    const token = input[i++]!;
    let literals = token >> 4;
    if (literals === 15) {
      let b: number;
      do {
        b = input[i++]!;
        literals += b;
      } while (b === 255);
    }
    if (literals > 0) {
      out = reserve(at + literals, at);
      out.set(input.subarray(i, i + literals), at);
      at += literals;
      i += literals;
    }
    if (i >= end) break;
    const offset = input[i]! | (input[i + 1]! << 8);
    i += 2;
    if (offset === 0 || offset > at) throw new Error(`corrupt LZ4 block (offset ${offset} at output ${at})`);
    let length = token & 15;
    if (length === 15) {
      let b: number;
      do {
        b = input[i++]!;
        length += b;
      } while (b === 255);
    }
    length += 4;
    out = reserve(at + length, at);
    let from = at - offset;
    if (offset >= length) {
      out.copyWithin(at, from, from + length);
      at += length;
    } else {
      for (const stop = at + length; at < stop; ) out[at++] = out[from++]!;
    }
  }
  return at;
}

function readU32(bytes: Uint8Array, i: number): number {
  if (i + 4 > bytes.length) throw new Error('truncated LZ4 frame');
  return (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0;
}
