// Which of `, ; \t |` separates a CSV file's fields, from its first lines: the candidate that appears
// in the header and then the same number of times (outside quotes) on the most lines wins; ties go to
// the header with more fields, then to the order above. With none present the file has one column.
export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

const QUOTE = 34;
const LF = 10;
const MAX_LINES = 50;

export function sniffDelimiter(sample: Uint8Array): string {
  let best: string = ',';
  let bestConsistent = 0;
  let bestFields = 0;
  for (const candidate of DELIMITER_CANDIDATES) {
    const counts = countPerLine(sample, candidate.charCodeAt(0));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const consistent = counts.filter((c) => c === header).length;
    if (consistent > bestConsistent || (consistent === bestConsistent && header > bestFields)) {
      best = candidate;
      bestConsistent = consistent;
      bestFields = header;
    }
  }
  return best;
}

/** Occurrences of `delimiter` outside quotes on each complete line (a quoted newline continues the line). */
function countPerLine(sample: Uint8Array, delimiter: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let inQuotes = false;
  for (let i = 0; i < sample.length && counts.length < MAX_LINES; i++) {
    const c = sample[i];
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && c === delimiter) count++;
    else if (!inQuotes && c === LF) {
      counts.push(count);
      count = 0;
    }
  }
  if (counts.length === 0) counts.push(count);
  return counts;
}
