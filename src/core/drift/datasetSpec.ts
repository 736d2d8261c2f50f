// Which rows of which file form one side of a drift check. The extension splits one log into baseline and
// current by a time window or by model_version; the CLI passes whole files.

/** Keep rows whose column's value (as text) is one of `equals`. */
export interface WhereEquals {
  readonly column: string;
  readonly equals: readonly string[];
}

/** Keep rows whose timestamp column lies in [from, to) (ISO 8601; either end may be open). */
export interface WhereRange {
  readonly column: string;
  readonly from?: string;
  readonly to?: string;
}

export interface DatasetSpec {
  readonly path: string;
  readonly where?: WhereEquals | WhereRange;
}

export function isWhereEquals(where: WhereEquals | WhereRange): where is WhereEquals {
  return 'equals' in where;
}

/** The filter in words, for the report's `inputs`. */
export function describeWhere(where: DatasetSpec['where']): string | null {
  if (!where) return null;
  if (isWhereEquals(where)) return `${where.column} in {${where.equals.join(', ')}}`;
  return `${where.column} in [${where.from ?? '-inf'}, ${where.to ?? '+inf'})`;
}
