// The last step of every loader: decide each column's kind and role (inferred, then the user's
// overrides), convert its values to the kind's Arrow type, and build the LoadedTable.
import { Field, RecordBatch, Schema, Struct, Table, makeData, type Data } from 'apache-arrow';
import { dictionaryData, float64Data, timestampData, utf8Data } from './arrowColumns';
import type { ColumnValues, RawColumn } from './columnValues';
import { normaliseBooleans, toNumbers, toStrings, toTimestamps } from './convertValues';
import { epochUnit, inferKind } from './inferKind';
import { inferRole, roleForcesKind } from './inferRole';
import type { ColumnInfo, ColumnKind, LoadIssue, LoadOptions, LoadedTable, SkippedRows } from './types';

export interface AssembleInput {
  readonly path: string;
  readonly format: LoadedTable['format'];
  readonly columns: readonly RawColumn[];
  readonly rows: number;
  readonly bytesRead: number;
  readonly skipped: readonly SkippedRows[];
  readonly issues: readonly LoadIssue[];
  readonly startedAt: number;
}

export function assembleTable(input: AssembleInput, options: LoadOptions = {}): LoadedTable {
  const infos: ColumnInfo[] = [];
  const fields: Field[] = [];
  const children: Data[] = [];
  const issues: LoadIssue[] = [...input.issues];
  for (const column of input.columns) {
    let values = column.values.type === 'strings' ? normaliseBooleans(column.values) : column.values;
    issues.push(...column.issues);
    let kind = inferKind(values);
    if (kind === 'numeric' && values.type === 'float64') {
      const unit = epochUnit(column.name, values.values);
      if (unit !== undefined) {
        values = { type: 'timestamp', values: unit === 1 ? values.values : values.values.map((v) => v * unit) };
        kind = 'timestamp';
      }
    }
    const distinct = values.type === 'strings' ? values.dictionary.length : values.type === 'utf8' ? values.data.length : 0;
    let role = inferRole(column.name, kind, distinct);
    kind = roleForcesKind(role) ?? kind;
    const override = options.overrides?.get(column.name);
    if (override?.kind !== undefined) kind = override.kind;
    if (override?.role !== undefined) role = override.role;
    const converted = toKind(values, kind);
    if (converted.unconvertible > 0) {
      issues.push({
        severity: 'warning',
        message: `column '${column.name}': ${converted.unconvertible} values are not ${kind} and were read as missing`,
        location: { path: input.path, column: column.name },
      });
    }
    const data = converted.data;
    infos.push({
      name: column.name,
      arrowType: String(data.type),
      kind,
      role,
      source: override?.kind !== undefined || override?.role !== undefined ? 'override' : 'inferred',
    });
    fields.push(new Field(column.name, data.type, true));
    children.push(data);
  }
  const schema = new Schema(fields);
  const struct = makeData({ type: new Struct(fields), length: input.rows, children, nullCount: 0 });
  const table = new Table(schema, [new RecordBatch(schema, struct)]);
  return {
    path: input.path,
    format: input.format,
    table,
    columns: infos,
    bytesRead: input.bytesRead,
    skipped: input.skipped,
    issues,
    loadMs: performance.now() - input.startedAt,
  };
}

function toKind(values: ColumnValues, kind: ColumnKind): { data: Data; unconvertible: number } {
  switch (kind) {
    case 'numeric': {
      const { values: numbers, unconvertible } = toNumbers(values);
      return { data: float64Data(numbers.values), unconvertible };
    }
    case 'timestamp': {
      const { values: millis, unconvertible } = toTimestamps(values);
      return { data: timestampData(millis.values), unconvertible };
    }
    case 'categorical':
      return { data: dictionaryData(toStrings(values)), unconvertible: 0 };
    case 'identifier':
      return { data: values.type === 'utf8' ? values.data : utf8Data(toStrings(values)), unconvertible: 0 };
  }
}
