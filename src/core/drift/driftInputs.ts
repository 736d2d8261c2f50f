// The drift check's inputs as a workspace shapes them, one definition for the CLI and the extension's
// worker so that both give the same report for the same files: the workspace config (`.model-incident.yaml`:
// thresholds, time column, chunking, segments, column overrides) and the model changelog's entries, read
// from the config's folder, plus what the caller adds: command-line flags, the git history it read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME, parseWorkspaceConfig, type WorkspaceConfig } from '../config/workspaceConfig';
import { readChangelog } from '../documents/changelog';
import { changelogMarkers } from '../timeline/changelogMarkers';
import type { ChunkSpec } from '../timeline/chunks';
import type { CommitHistory, TimelineMarker } from '../timeline/markers';
import type { DatasetSpec } from './datasetSpec';
import type { DriftCheckInput } from './runDriftCheck';
import { resolveThresholds } from './thresholds';

/** The changelog's names, first found wins; it sits beside the workspace config. */
export const CHANGELOG_FILE_NAMES = ['model-changelog.yaml', 'model-changelog.yml'] as const;

/** What the workspace's own files say about a check. */
export interface DriftWorkspace {
  /** `null` when the workspace has no config file. */
  readonly config: WorkspaceConfig | null;
  /** The changelog's entries, as timeline markers (id `<file name>:<line>`). */
  readonly markers: readonly TimelineMarker[];
}

/** Settings given beside the workspace files; each wins over the config's value (the CLI's flags). */
export interface DriftFlags {
  readonly timeColumn?: string;
  readonly chunk?: ChunkSpec;
  readonly segmentBy?: readonly string[];
}

/** The empty workspace: no config, no changelog. */
export const noWorkspace: DriftWorkspace = { config: null, markers: [] };

/**
 * Reads the config at `configPath` (absent: no config) and the changelog in the same folder. Errors carry
 * `path:line` (ConfigError, DocumentError).
 */
export function readDriftWorkspace(configPath: string): DriftWorkspace {
  const config = existsSync(configPath) ? parseWorkspaceConfig(readFileSync(configPath, 'utf8'), configPath) : null;
  return { config, markers: changelogMarkersIn(dirname(configPath)) };
}

/** `readDriftWorkspace` for the config at its usual place in a workspace root. */
export function readDriftWorkspaceAt(root: string): DriftWorkspace {
  return readDriftWorkspace(join(root, CONFIG_FILE_NAME));
}

function changelogMarkersIn(dir: string): TimelineMarker[] {
  for (const name of CHANGELOG_FILE_NAMES) {
    const path = join(dir, name);
    if (existsSync(path)) return changelogMarkers(readChangelog(readFileSync(path, 'utf8'), path));
  }
  return [];
}

/**
 * The check's input: both sides, the config's overrides and thresholds, its time column, chunking and
 * segments unless `flags` set them, the changelog's markers, and the git history the caller read (or
 * why it read none).
 */
export function driftCheckInput(
  baseline: DatasetSpec,
  current: DatasetSpec,
  workspace: DriftWorkspace,
  extra: { readonly flags?: DriftFlags; readonly commits?: CommitHistory } = {},
): DriftCheckInput {
  const { config } = workspace;
  const { flags = {}, commits } = extra;
  const timeColumn = flags.timeColumn ?? config?.timeColumn;
  const chunk = flags.chunk ?? config?.chunk;
  const segmentBy = flags.segmentBy ?? config?.segmentBy;
  return {
    baseline,
    current,
    ...(config ? { overrides: config.columns } : {}),
    options: {
      thresholds: resolveThresholds(config?.thresholds),
      markers: workspace.markers,
      ...(commits ? { commits } : {}),
      ...(timeColumn ? { timeColumn } : {}),
      ...(chunk ? { chunk } : {}),
      ...(segmentBy ? { segmentBy } : {}),
    },
  };
}
