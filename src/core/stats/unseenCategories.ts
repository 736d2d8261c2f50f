/** One category of the current data that the baseline never had. */
export interface UnseenCategory {
  readonly value: string;
  readonly count: number;
  /** count / (sum of all counts in current) */
  readonly share: number;
}

/**
 * Categories present in `current` (count > 0) and absent from `baseline` (missing or count 0), with their
 * counts and shares of the current rows that have a value, largest first (ties by value, so the order is
 * stable). `share` is the total share of current rows in unseen categories; 0 when current is empty.
 */
export function unseenCategories(
  baseline: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): { categories: UnseenCategory[]; share: number } {
  let currentTotal = 0;
  for (const count of current.values()) currentTotal += count;
  const categories: UnseenCategory[] = [];
  let unseenTotal = 0;
  for (const [value, count] of current) {
    if (count > 0 && !((baseline.get(value) ?? 0) > 0)) {
      categories.push({ value, count, share: count / currentTotal });
      unseenTotal += count;
    }
  }
  categories.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  return { categories, share: currentTotal === 0 ? 0 : unseenTotal / currentTotal };
}
