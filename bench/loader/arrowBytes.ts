// The in-memory size of an Arrow table: every buffer of every column (values, offsets, validity, children)
// plus the dictionaries of dictionary-encoded columns. The "Arrow size of the loaded columns" that issue 3's
// memory target is relative to.
import { type Data, type Table } from 'apache-arrow';

export function arrowBytes(table: Table): number {
  let bytes = 0;
  for (const column of table.schema.fields.map((f) => table.getChild(f.name))) {
    for (const data of column?.data ?? []) bytes += dataBytes(data);
  }
  return bytes;
}

function dataBytes(data: Data): number {
  let bytes = data.byteLength;
  for (const chunk of data.dictionary?.data ?? []) bytes += dataBytes(chunk);
  return bytes;
}
