// Which of a log's columns a drift check reads, decided from its schema before loading: every column but
// those named as request ids. A request id is never drift-tested (it would be an identifier whatever its
// values), and decoding a million distinct strings is a large share of a load. Free-text columns are
// only known by their values: the baseline finds them and the current side skips them (runDriftCheck.ts).
import { inferRole } from '../table/inferRole';
import type { FileSchema } from '../table/readSchema';
import type { ColumnInfo, KindRoleOverride } from '../table/types';

export interface DriftProjection {
  /** Columns to load, in file order; undefined when every column is needed. */
  readonly columns: readonly string[] | undefined;
  /**
   * The columns left out, described as the loader would have described them (identifier, role requestId),
   * so that the report still lists them among the columns not tested.
   */
  readonly leftOut: readonly ColumnInfo[];
  /** Every column name of the file, in its order. */
  readonly fileOrder: readonly string[];
}

export function driftProjection(schema: FileSchema, overrides: ReadonlyMap<string, KindRoleOverride> | undefined, keep: ReadonlySet<string>): DriftProjection {
  const columns: string[] = [];
  const leftOut: ColumnInfo[] = [];
  for (const column of schema.columns) {
    const override = overrides?.get(column.name);
    const userSaid = override?.kind !== undefined || override?.role !== undefined;
    const requestId = column.shape !== 'time' && inferRole(column.name, 'identifier', 0) === 'requestId';
    if (requestId && !userSaid && !keep.has(column.name)) {
      leftOut.push({ name: column.name, arrowType: 'Utf8', kind: 'identifier', role: 'requestId', source: 'inferred' });
    } else {
      columns.push(column.name);
    }
  }
  // A JSON Lines schema is a sample: a projection could drop a key that first appears later, so read all.
  const fileOrder = schema.columns.map((c) => c.name);
  if (leftOut.length === 0 || !schema.complete) return { columns: undefined, leftOut: [], fileOrder };
  return { columns, leftOut, fileOrder };
}
