// JSON Schema checks with Ajv, run before every write and after every read. A failure names the file and,
// when the data came from YAML, the line and column of the offending node.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { DocumentError } from './documentError';
import { changelogSchema } from './changelogSchema';
import { postmortemSchema } from './postmortemSchema';
import { runbookSchema } from './runbookSchema';
import { locationAtPointer, type ParsedYaml } from './safeYaml';

const schemas = { changelog: changelogSchema, postmortem: postmortemSchema, runbook: runbookSchema };

export type SchemaName = keyof typeof schemas;

let ajv: Ajv | undefined;
const validators = new Map<SchemaName, ValidateFunction>();

/** Compiled on first use: compiling the three at import cost every CLI run and extension start ~50 ms. */
function validatorFor(schema: SchemaName): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    ajv ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    validate = ajv.compile(schemas[schema]);
    validators.set(schema, validate);
  }
  return validate;
}

/**
 * Throws a DocumentError listing what does not match (at most five problems), located at the first
 * offending node when `parsed` is given.
 */
export function checkSchema(schema: SchemaName, data: unknown, path: string, parsed?: ParsedYaml): void {
  const validate = validatorFor(schema);
  if (validate(data)) return;
  const errors = relevant(validate.errors ?? []);
  const first = errors[0];
  const location = first && parsed ? locationAtPointer(parsed, path, first.instancePath) : { path };
  const list = errors.slice(0, 5).map(describe).join('; ');
  throw new DocumentError(`does not match the ${schema} schema: ${list}`, location);
}

/** `oneOf` reports every branch's failures; keep the deepest ones, which point at the real problem. */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const deepest = Math.max(0, ...errors.map((e) => e.instancePath.split('/').length));
  const deep = errors.filter((e) => e.instancePath.split('/').length === deepest && e.keyword !== 'oneOf');
  return deep.length > 0 ? deep : [...errors];
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the file' : error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown field '${String((error.params as { additionalProperty: string }).additionalProperty)}'`;
  }
  if (error.keyword === 'enum') return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}
