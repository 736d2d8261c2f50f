// The measurements behind steps 1, 2, 4 and 6, from the runbook's inputs: each distinct file is loaded
// once, each side is its `where` slice of it. Runs in the worker when called from the extension.
import type { DatasetSpec } from '../drift/datasetSpec';
import { selectRows } from '../drift/rowFilter';
import { loadTable } from '../table/loadTable';
import type { LoadedTable } from '../table/types';
import { allRows } from './columnText';
import { layerStatistics, type LayerReport, type LayerSide } from './layerStatistics';
import { modelVersionSightings, type ModelVersionSighting } from './modelVersions';
import { serviceMetrics, type ServiceMetrics } from './serviceMetrics';
import { sourceHealth, type SourceHealth } from './sourceHealth';

export interface RunbookSpecs {
  readonly baseline?: DatasetSpec;
  readonly current?: DatasetSpec;
  readonly candidate?: DatasetSpec;
}

export interface RunbookMeasures {
  readonly metrics: { readonly baseline: ServiceMetrics | null; readonly current: ServiceMetrics | null; readonly candidate: ServiceMetrics | null };
  /** Baseline against current; null without both. */
  readonly layers: readonly LayerReport[] | null;
  readonly sources: readonly SourceHealth[] | null;
  /** model_version sightings over the whole current file (a deploy is visible across the split). */
  readonly modelVersions: readonly ModelVersionSighting[];
}

export async function measureInputs(specs: RunbookSpecs, signal?: AbortSignal): Promise<RunbookMeasures> {
  const loaded = new Map<string, Promise<LoadedTable>>();
  const load = (path: string) => {
    let table = loaded.get(path);
    if (!table) {
      table = loadTable(path, signal ? { signal } : {});
      loaded.set(path, table);
    }
    return table;
  };
  const side = async (spec: DatasetSpec | undefined): Promise<LayerSide | null> => {
    if (!spec) return null;
    const table = await load(spec.path);
    return { table: table.table, columns: table.columns, rows: selectRows(table.table, table.columns, spec.where) ?? allRows(table.table) };
  };
  const [baseline, current, candidate] = [await side(specs.baseline), await side(specs.current), await side(specs.candidate)];
  signal?.throwIfAborted();
  const metrics = (s: LayerSide | null) => (s ? serviceMetrics(s.table, s.columns, s.rows) : null);
  const both = baseline && current;
  const versionsOf = current ?? baseline;
  return {
    metrics: { baseline: metrics(baseline), current: metrics(current), candidate: metrics(candidate) },
    layers: both ? layerStatistics(baseline, current) : null,
    sources: both ? sourceHealth(baseline, current) : null,
    modelVersions: versionsOf ? modelVersionSightings(versionsOf.table, versionsOf.columns) : [],
  };
}
