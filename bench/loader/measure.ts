// One measured load in this process, printed as one JSON line: the loader bench runs each case in a fresh
// child so that its peak RSS (process.resourceUsage().maxRSS) belongs to that load alone.
//   node --import tsx bench/loader/measure.ts <idle|loadTable|reference> <format>
import { statSync } from 'node:fs';
import { loadTable } from '../../src/core/table/loadTable';
import { BENCH_FILES, type BenchFormat, FEATURE_COLUMNS } from '../dataPaths';
import { arrowBytes } from './arrowBytes';
import { arrowReference, csvReference, jsonlReference, parquetReference, type ReferenceResult } from './references';

export interface Measurement {
  /** Wall time of the load. */
  readonly ms: number;
  /** CPU time (user + system) of the load: what the wall time would be on an idle machine, for one thread. */
  readonly cpuMs: number;
  readonly rows: number;
  readonly columns: number;
  readonly fileBytes: number;
  readonly arrowBytes?: number;
  readonly maxRssBytes: number;
  readonly skippedRows?: number;
  /** Numeric columns the loader did not deliver as Float64 (issue 3 asks for Float64Arrays). */
  readonly numericNotFloat64?: readonly string[];
}

async function run(mode: string, format: BenchFormat): Promise<Measurement> {
  const path = BENCH_FILES[format];
  const fileBytes = statSync(path).size;
  // The Parquet case is a drift check's read: only the 20 feature columns.
  const projection = format === 'parquet' ? FEATURE_COLUMNS : undefined;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let result: ReferenceResult & Pick<Measurement, 'skippedRows' | 'numericNotFloat64'>;
  if (mode === 'idle') {
    result = { rows: 0, columns: 0 };
  } else if (mode === 'loadTable') {
    const loaded = await loadTable(path, projection ? { columns: projection } : {});
    result = {
      rows: loaded.table.numRows,
      columns: loaded.table.numCols,
      arrowBytes: arrowBytes(loaded.table),
      skippedRows: loaded.skipped.reduce((sum, s) => sum + s.count, 0),
      numericNotFloat64: loaded.columns
        .filter((c) => c.kind === 'numeric' && String(loaded.table.getChild(c.name)?.type) !== 'Float64')
        .map((c) => c.name),
    };
  } else if (mode === 'reference') {
    if (format === 'arrow') result = arrowReference(path);
    else if (format === 'csv') result = csvReference(path);
    else if (format === 'jsonl') result = await jsonlReference(path);
    else result = await parquetReference(path, FEATURE_COLUMNS);
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, fileBytes, maxRssBytes: process.resourceUsage().maxRSS * 1024, ...result };
}

const [mode = '', format = ''] = process.argv.slice(2);
if (!['arrow', 'csv', 'jsonl', 'parquet'].includes(format)) {
  console.error('usage: measure.ts <idle|loadTable|reference> <arrow|csv|jsonl|parquet>');
  process.exit(2);
}
run(mode, format as BenchFormat).then(
  (m) => console.log(JSON.stringify(m)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
