import assert from 'node:assert/strict';
import { decompressLz4Frame } from '../../../../src/core/table/lz4Frame';

describe('decompressLz4Frame', () => {
  it('decodes a frame written by the lz4 command-line tool, with an overlapping back-reference', () => {
    // printf 'hello hello hello hello' | lz4 -c  (lz4 1.9.4)
    const frame = Buffer.from('04224d186440a70f000000686865 6c6c6f200600506865 6c6c6f00000000f26b940b'.replace(/ /g, ''), 'hex');
    assert.equal(Buffer.from(decompressLz4Frame(frame)).toString(), 'hello hello hello hello');
  });

  it('copies uncompressed blocks and skips skippable frames', () => {
    const skippable = Buffer.from('502a4d1803000000aabbcc', 'hex');
    const raw = Buffer.concat([Buffer.from('04224d18 4040 c0'.replace(/ /g, ''), 'hex'), Buffer.from([3, 0, 0, 0x80]), Buffer.from('abc'), Buffer.alloc(4)]);
    assert.equal(Buffer.from(decompressLz4Frame(Buffer.concat([skippable, raw]))).toString(), 'abc');
  });

  it('rejects what is not an LZ4 frame and offsets before the start', () => {
    assert.throws(() => decompressLz4Frame(Buffer.from('28b52ffd00', 'hex')), /not an LZ4 frame/);
    const badOffset = Buffer.concat([Buffer.from('04224d184040c0', 'hex'), Buffer.from([4, 0, 0, 0]), Buffer.from([0x10, 0x61, 0x09, 0x00]), Buffer.alloc(4)]);
    assert.throws(() => decompressLz4Frame(badOffset), /corrupt LZ4 block/);
  });
});
