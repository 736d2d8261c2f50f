// Registers decoders for compressed Arrow IPC bodies. apache-arrow JS 21 reads LZ4_FRAME and ZSTD
// bodies only through codecs the application registers (compressionRegistry) and bundles none:
// ZSTD goes to fzstd (pure JS, the decoder hyparquet-compressors also uses), LZ4_FRAME to lz4Frame.ts.
import { CompressionType, compressionRegistry } from 'apache-arrow';
import { decompress as decompressZstd } from 'fzstd';
import { decompressLz4Frame } from './lz4Frame';

let registered = false;

export function registerArrowCodecs(): void {
  if (registered) return;
  registered = true;
  compressionRegistry.set(CompressionType.LZ4_FRAME, { decode: decompressLz4Frame });
  compressionRegistry.set(CompressionType.ZSTD, { decode: (data) => decompressZstd(data) });
}
