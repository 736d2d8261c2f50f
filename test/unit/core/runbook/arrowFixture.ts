// Small Arrow tables in the data layer's normalised types, with their ColumnInfo, for runbook tests.
import { Dictionary, Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { ColumnInfo, ColumnKind, ColumnRole } from '../../../../src/core/table/types';

export type Cell = string | number | null;

export interface FixtureColumn {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly role?: ColumnRole;
  readonly values: readonly Cell[];
}

export function arrowFixture(columns: readonly FixtureColumn[]): { table: Table; columns: ColumnInfo[] } {
  const vectors: Record<string, Vector> = {};
  const infos: ColumnInfo[] = [];
  for (const column of columns) {
    const type =
      column.kind === 'numeric' ? new Float64() : column.kind === 'timestamp' ? new TimestampMillisecond() : column.kind === 'categorical' ? new Dictionary(new Utf8(), new Int32()) : new Utf8();
    const values = column.kind === 'timestamp' ? column.values.map((v) => (typeof v === 'string' ? Date.parse(v) : v)) : column.values;
    vectors[column.name] = vectorFromArray(values as never[], type as never);
    infos.push({ name: column.name, arrowType: String(type), kind: column.kind, role: column.role ?? 'feature', source: 'inferred' });
  }
  return { table: new Table(vectors), columns: infos };
}
