// Where a column's name sits in the header line of a CSV/TSV file, so a Problems entry can underline the
// drifted feature's own header cell. Pure; quotes are read as RFC 4180 has them (`""` inside quotes).

/** Start and end offsets (end exclusive) of the header cell named `name`, or undefined when absent. */
export function headerCellRange(headerLine: string, delimiter: string, name: string): { start: number; end: number } | undefined {
  let start = 0;
  let i = 0;
  let cell = '';
  let quoted = false;
  const line = headerLine.replace(/^\uFEFF/, '').replace(/\r?\n?$/, '');
  const offset = headerLine.length - headerLine.replace(/^\uFEFF/, '').length;
  while (i <= line.length) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else if (c !== undefined) cell += c;
      i++;
      continue;
    }
    if (c === undefined || c === delimiter) {
      if (cell.trim() === name) return { start: start + offset, end: i + offset };
      cell = '';
      start = i + 1;
    } else if (c === '"') quoted = true;
    else cell += c;
    i++;
  }
  return undefined;
}

/** The delimiter a header line most likely uses, among the ones the CSV loader sniffs. */
export function guessDelimiter(headerLine: string): string {
  let best = ',';
  let most = -1;
  for (const d of [',', ';', '\t', '|']) {
    const count = headerLine.split(d).length - 1;
    if (count > most) {
      most = count;
      best = d;
    }
  }
  return best;
}
