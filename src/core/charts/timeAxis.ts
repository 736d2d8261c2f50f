// How chunks sit on an x axis: by time when every chunk has a start, else by chunk number.
import type { Chunk } from '../drift/report';

export interface ChunkPosition {
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
}

export interface TimeAxis {
  readonly temporal: boolean;
  readonly positions: readonly ChunkPosition[];
}

export function chunkAxis(chunks: readonly Chunk[]): TimeAxis {
  const temporal = chunks.length > 0 && chunks.every((c) => c.start !== null && Number.isFinite(Date.parse(c.start)));
  const positions = chunks.map((c, i) => {
    if (!temporal) return { x0: i, x1: i + 1, label: `chunk ${i + 1}` };
    const x0 = Date.parse(c.start!);
    const end = c.end === null ? NaN : Date.parse(c.end);
    return { x0, x1: Number.isFinite(end) ? end : x0, label: c.start! };
  });
  return { temporal, positions };
}
