// JSON Schema of the workspace config `.model-incident.yaml`; schemas/model-incident-config.schema.json is
// this object written out (a unit test holds them equal), contributed to the editor through yamlValidation.
const kinds = ['numeric', 'categorical', 'identifier', 'timestamp'];
const roles = ['timestamp', 'requestId', 'modelVersion', 'segment', 'predictionScore', 'predictedLabel', 'groundTruth', 'latency', 'feature'];

const levels = {
  type: 'object',
  additionalProperties: false,
  properties: { warn: { type: 'number', minimum: 0 }, critical: { type: 'number', minimum: 0 } },
};

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://model-incident.invalid/schemas/model-incident-config.schema.json',
  title: 'Model Incident Debugger workspace config (.model-incident.yaml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    columns: {
      description: 'Kind and role overrides by column name.',
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { kind: { enum: kinds }, role: { enum: roles } },
      },
    },
    thresholds: {
      description: 'Overrides of the severity thresholds (drift-methods.md); any leaf may be left out.',
      type: 'object',
      additionalProperties: false,
      properties: {
        psi: levels,
        ksPValue: {
          type: 'object',
          additionalProperties: false,
          properties: { warn: { type: 'number', minimum: 0, maximum: 1 }, critical: { type: 'number', minimum: 0, maximum: 1 }, maxBaselineValues: { type: 'integer', minimum: 0 } },
        },
        jensenShannonDivergence: levels,
        nullRateDelta: levels,
        unseenCategoryShare: levels,
        ece: { type: 'number', minimum: 0 },
        collapseTopClassShare: { type: 'number', minimum: 0, maximum: 1 },
        entropyStdRatio: { type: 'number', minimum: 0 },
        chunk: {
          type: 'object',
          additionalProperties: false,
          properties: { sigmas: { type: 'number', minimum: 0 }, minBaselineChunks: { type: 'integer', minimum: 1 }, persistence: { type: 'integer', minimum: 1 } },
        },
      },
    },
    segmentBy: { description: 'Segment columns (replaces the inferred ones).', type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    timeColumn: { description: 'The timestamp column that chunks the data.', type: 'string', minLength: 1 },
    chunk: {
      description: 'auto (daily over >= 7 days, else hourly), hour, day, week, month, or rows per chunk.',
      oneOf: [{ enum: ['auto', 'hour', 'day', 'week', 'month'] }, { type: 'integer', minimum: 1 }],
    },
  },
} as const;
