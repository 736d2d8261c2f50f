// Test helper: a SideData built directly with apache-arrow, in the loaders' normalised types, from plain
// arrays, with a seeded generator so every test's numbers are reproducible.
import { Dictionary, Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { SideData } from '../../../../src/core/drift/driftAnalysis';
import type { ColumnInfo, ColumnKind, ColumnRole } from '../../../../src/core/table/types';

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly role?: ColumnRole;
  readonly values: readonly (number | string | null)[];
}

/** mulberry32: a small seeded generator. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box-Muller. */
export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export function side(name: 'baseline' | 'current', columns: readonly ColumnSpec[]): SideData {
  const vectors: Record<string, Vector> = {};
  const infos: ColumnInfo[] = [];
  for (const c of columns) {
    const type =
      c.kind === 'numeric' ? new Float64() : c.kind === 'timestamp' ? new TimestampMillisecond() : c.kind === 'categorical' ? new Dictionary(new Utf8(), new Int32()) : new Utf8();
    vectors[c.name] = vectorFromArray(c.values as unknown[], type as never);
    infos.push({ name: c.name, arrowType: String(type), kind: c.kind, role: c.role ?? 'feature', source: 'inferred' });
  }
  const table = new Table(vectors);
  return { table, columns: infos, rows: null, input: { side: name, path: `${name}.arrow`, format: 'arrow', rows: table.numRows, sha256: '0'.repeat(64), where: null }, warnings: [] };
}
