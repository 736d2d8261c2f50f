// Refusing early a load that would not fit: a 20 GB log opened by mistake must cost a message, not the
// extension host. Estimates are in bytes of the loaded Arrow columns (8 per numeric or timestamp value,
// 4 per categorical code plus the strings); the text readers take one byte of file per byte of table,
// which a 28-column log with the usual column mix matches within a factor of about 1.5.
import { totalmem } from 'node:os';
import { formatBytes } from './chunkedFile';
import { LoadError } from './types';

const MAX_DEFAULT_BUDGET = 4 * 2 ** 30;

export function defaultMemoryBudget(): number {
  return Math.min(Math.floor(totalmem() / 4), MAX_DEFAULT_BUDGET);
}

export function checkMemoryBudget(path: string, estimatedBytes: number, budgetBytes: number, projected: boolean): void {
  if (estimatedBytes <= budgetBytes) return;
  const advice = projected
    ? 'load fewer columns'
    : 'load only the columns you need (profile --columns a,b; the drift check reads only its features)';
  throw new LoadError(
    `too large to load: about ${formatBytes(estimatedBytes)} in memory, over the budget of ${formatBytes(budgetBytes)}; ${advice}, or raise the budget`,
    { path },
  );
}
