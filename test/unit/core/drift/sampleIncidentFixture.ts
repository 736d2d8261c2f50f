// Test helper: the sample incident workspace (test/fixtures/sample-incident) as drift-check sides: the
// training baseline, and the October log as one current window (the CSV and Arrow halves concatenated,
// the way the extension reads a folder of logs) or either half alone.
import { loadTable } from '../../../../src/core/table/loadTable';
import type { SideData } from '../../../../src/core/drift/driftAnalysis';
import type { LoadedTable } from '../../../../src/core/table/types';
import type { Table } from 'apache-arrow';

export const sampleIncidentDir = 'test/fixtures/sample-incident';

function side(loaded: LoadedTable, which: 'baseline' | 'current', table: Table = loaded.table): SideData {
  return {
    table,
    columns: loaded.columns,
    rows: null,
    input: { side: which, path: loaded.path, format: loaded.format, rows: table.numRows, sha256: '0'.repeat(64), where: null },
    warnings: [],
  };
}

export interface SampleIncident {
  readonly baseline: SideData;
  readonly month: SideData;
  readonly firstHalf: SideData;
  readonly secondHalf: SideData;
}

let cached: Promise<SampleIncident> | undefined;

export function loadSampleIncident(): Promise<SampleIncident> {
  cached ??= (async () => {
    const [b, first, second] = await Promise.all([
      loadTable(`${sampleIncidentDir}/data/training_baseline.parquet`),
      loadTable(`${sampleIncidentDir}/logs/predictions-2026-10-01_15.csv`),
      loadTable(`${sampleIncidentDir}/logs/predictions-2026-10-16_30.arrow`),
    ]);
    return {
      baseline: side(b, 'baseline'),
      month: side(first, 'current', first.table.concat(second.table)),
      firstHalf: side(first, 'current'),
      secondHalf: side(second, 'current'),
    };
  })();
  return cached;
}
