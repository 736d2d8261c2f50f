// What is compared with what: files, row counts, filters and time chunks, for the top of every surface.
import type { DriftReport, ReportInput } from '../drift/report';

export interface SideView {
  /** The file's path as the report holds it (the host passes workspace-relative paths). */
  readonly path: string;
  readonly format: ReportInput['format'];
  readonly rows: number;
  /** The row filter in words (`model_version in {v2}`), when the side is a slice of a log. */
  readonly where: string | null;
}

export interface ComparisonView {
  readonly baseline: SideView | null;
  readonly current: SideView | null;
  readonly generatedAt: string;
  /** `30 daily chunks`, `10 chunks of 2,000 rows`, or null without a timeline. */
  readonly chunking: string | null;
  /** First and last chunk boundaries (ISO) when chunks are by time. */
  readonly window: { readonly from: string; readonly to: string } | null;
}

const periodWords = { hour: 'hourly', day: 'daily', week: 'weekly', month: 'monthly' } as const;

export function comparisonView(report: Pick<DriftReport, 'inputs' | 'generatedAt' | 'timeline'>): ComparisonView {
  const side = (which: ReportInput['side']): SideView | null => {
    const input = report.inputs.find((i) => i.side === which);
    return input ? { path: input.path, format: input.format, rows: input.rows, where: input.where } : null;
  };
  const timeline = report.timeline;
  let chunking: string | null = null;
  let window: ComparisonView['window'] = null;
  if (timeline && timeline.chunks.length > 0) {
    const n = timeline.chunks.length;
    chunking =
      timeline.chunking.by === 'rows'
        ? `${n} chunks of ${(timeline.chunking.rowsPerChunk ?? 0).toLocaleString('en-US')} rows`
        : `${n} ${periodWords[timeline.chunking.by]} chunks`;
    const from = timeline.chunks[0]!.start;
    const to = timeline.chunks[n - 1]!.end;
    if (from !== null && to !== null) window = { from, to };
  }
  return { baseline: side('baseline'), current: side('current'), generatedAt: report.generatedAt, chunking, window };
}
