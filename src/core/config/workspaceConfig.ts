// The workspace config, `.model-incident.yaml` at the workspace root: column kind/role overrides,
// thresholds, segment columns, the time column and the chunking. Read with the same safe YAML reader as
// the repository's other documents (size cap, no aliases, unique keys), checked against its JSON Schema,
// every error as `path:line: message`.
import Ajv, { type ValidateFunction } from 'ajv';
import { DocumentError } from '../documents/documentError';
import { locationAtPointer, parseYamlSafely, type ParsedYaml } from '../documents/safeYaml';
import type { ThresholdOverrides } from '../drift/thresholds';
import type { ChunkSpec } from '../timeline/chunks';
import type { ColumnKind, ColumnRole, KindRoleOverride } from '../table/types';
import { configSchema } from './configSchema';

export const CONFIG_FILE_NAME = '.model-incident.yaml';

export interface WorkspaceConfig {
  readonly columns: ReadonlyMap<string, KindRoleOverride>;
  readonly thresholds: ThresholdOverrides;
  readonly segmentBy?: readonly string[];
  readonly timeColumn?: string;
  readonly chunk?: ChunkSpec;
}

/** A config problem at `path:line`. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly path: string,
    readonly line?: number,
  ) {
    super(`${line === undefined ? path : `${path}:${line}`}: ${message}`);
  }
}

interface RawConfig {
  columns?: Record<string, { kind?: ColumnKind; role?: ColumnRole }>;
  thresholds?: ThresholdOverrides;
  segmentBy?: string[];
  timeColumn?: string;
  chunk?: 'auto' | 'hour' | 'day' | 'week' | 'month' | number;
}

let compiled: ValidateFunction<RawConfig> | undefined;

/** Compiled on first use, not at import: most runs have no config file. */
function validator(): ValidateFunction<RawConfig> {
  compiled ??= new Ajv({ allErrors: false, strict: true }).compile<RawConfig>(configSchema);
  return compiled;
}

/** Parses and checks the config's text. An empty file is the empty config. */
export function parseWorkspaceConfig(text: string, path: string): WorkspaceConfig {
  let parsed: ParsedYaml;
  try {
    parsed = parseYamlSafely(text, path, { maxBytes: 256 * 1024 });
  } catch (error) {
    if (error instanceof DocumentError) throw new ConfigError(error.reason, path, error.location.line);
    throw error;
  }
  const data = parsed.data ?? {};
  const validate = validator();
  if (!validate(data)) {
    const error = validate.errors?.[0];
    const where = error?.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : 'the config';
    const detail =
      error?.keyword === 'additionalProperties'
        ? `unknown field '${String((error.params as { additionalProperty: string }).additionalProperty)}'`
        : error?.keyword === 'enum'
          ? `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
          : (error?.message ?? 'is invalid');
    // An unknown field is located at the field itself, not at the object that holds it.
    const at = error?.keyword === 'additionalProperties' ? `${error.instancePath}/${(error.params as { additionalProperty: string }).additionalProperty}` : error?.instancePath;
    throw new ConfigError(`${where}: ${detail}`, path, at === undefined ? undefined : locationAtPointer(parsed, path, at).line);
  }
  const chunk: ChunkSpec | undefined = data.chunk === undefined ? undefined : typeof data.chunk === 'number' ? { rows: data.chunk } : data.chunk;
  return {
    columns: new Map(Object.entries(data.columns ?? {})),
    thresholds: data.thresholds ?? {},
    ...(data.segmentBy ? { segmentBy: data.segmentBy } : {}),
    ...(data.timeColumn ? { timeColumn: data.timeColumn } : {}),
    ...(chunk ? { chunk } : {}),
  };
}
