// Rows a reader skipped, counted per reason with the first place each reason occurred.
import type { SkippedRows } from './types';

export class RowSkips {
  private readonly byReason = new Map<string, { count: number; line: number }>();
  total = 0;

  constructor(private readonly path: string) {}

  add(reason: string, line: number): void {
    this.total++;
    const entry = this.byReason.get(reason);
    if (entry) entry.count++;
    else this.byReason.set(reason, { count: 1, line });
  }

  list(): SkippedRows[] {
    return [...this.byReason].map(([reason, { count, line }]) => ({ reason, count, first: { path: this.path, line } }));
  }
}
