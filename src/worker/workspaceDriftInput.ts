// The drift check as a workspace asks for it: the workspace config (.model-incident.yaml: thresholds,
// time column, chunking, segments, column overrides) and the model changelog's entries as timeline
// markers, read from the workspace root, exactly as `model-incident drift` reads them from its working
// directory, so the extension and the CLI give the same report for the same files.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, parseWorkspaceConfig } from '../core/config/workspaceConfig';
import { readChangelog } from '../core/documents/changelog';
import type { DatasetSpec } from '../core/drift/datasetSpec';
import type { DriftCheckInput } from '../core/drift/runDriftCheck';
import { resolveThresholds } from '../core/drift/thresholds';
import type { TimelineMarker } from '../core/timeline/markers';

export async function workspaceDriftInput(baseline: DatasetSpec, current: DatasetSpec, root: string | undefined): Promise<DriftCheckInput> {
  if (root === undefined) return { baseline, current, options: { thresholds: resolveThresholds(undefined) } };
  const configPath = join(root, CONFIG_FILE_NAME);
  const config = existsSync(configPath) ? parseWorkspaceConfig(await readFile(configPath, 'utf8'), configPath) : null;
  return {
    baseline,
    current,
    ...(config ? { overrides: config.columns } : {}),
    options: {
      thresholds: resolveThresholds(config?.thresholds),
      markers: await changelogMarkers(root),
      ...(config?.timeColumn ? { timeColumn: config.timeColumn } : {}),
      ...(config?.chunk ? { chunk: config.chunk } : {}),
      ...(config?.segmentBy ? { segmentBy: config.segmentBy } : {}),
    },
  };
}

/** Entries of `model-changelog.yaml` at the root, as the CLI marks them (id `file:line`). */
async function changelogMarkers(root: string): Promise<TimelineMarker[]> {
  for (const name of ['model-changelog.yaml', 'model-changelog.yml']) {
    const path = join(root, name);
    if (!existsSync(path)) continue;
    return readChangelog(await readFile(path, 'utf8'), path).entries.map((entry) => ({
      kind: 'changelog' as const,
      id: `${name}:${entry.line}`,
      time: new Date(entry.time).toISOString(),
      title: `${entry.version}${entry.incident ? `: ${entry.incident}` : entry.root_cause ? `: ${entry.root_cause}` : ''}`,
      modelVersion: entry.version,
    }));
  }
  return [];
}
