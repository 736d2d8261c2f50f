// The JSON Schema of model-changelog.yaml. schemas/model-changelog.schema.json is this object written out
// (the package contributes that file through `yamlValidation`); a unit test keeps the two identical.

const isoDate = '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$';

const alert = {
  type: 'object',
  description: 'An alert added so the same failure is caught next time.',
  required: ['name', 'threshold', 'channel'],
  properties: {
    name: { type: 'string', minLength: 1, description: 'Alert name, e.g. drift.income.psi.' },
    threshold: { type: ['number', 'string'], description: 'The value that fires the alert, e.g. 0.2 or "psi >= 0.2".' },
    channel: { type: 'string', minLength: 1, description: 'Where the alert goes, e.g. #ml-oncall or a pager service.' },
  },
  additionalProperties: true,
} as const;

const entry = {
  type: 'object',
  description: 'One model change, deployment or incident. Fields beyond these are kept as written.',
  required: ['version', 'date'],
  properties: {
    version: { type: ['string', 'number'], description: 'The model version this entry is about.' },
    date: { type: 'string', pattern: isoDate, description: 'ISO date (YYYY-MM-DD) or date-time.' },
    incident: { type: 'string', description: 'Incident id, e.g. INC-2026-0142.' },
    root_cause: { type: 'string' },
    drift_signal: { type: 'string', description: 'The signal that showed the problem, e.g. "PSI 0.31 on income".' },
    resolution: { type: 'string' },
    new_alerts_added: { type: 'array', items: alert },
  },
  additionalProperties: true,
} as const;

export const changelogSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://model-incident.invalid/schemas/model-changelog.schema.json',
  title: 'Model changelog',
  description: 'model-changelog.yaml: a list of entries, either at the top level or under `entries`.',
  definitions: { entry, alert },
  oneOf: [
    { type: 'array', items: { $ref: '#/definitions/entry' } },
    {
      type: 'object',
      required: ['entries'],
      properties: { entries: { type: 'array', items: { $ref: '#/definitions/entry' } } },
      additionalProperties: true,
    },
  ],
} as const;
