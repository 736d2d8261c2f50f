// The JSON Schema of incidents/<ID>/postmortem.yaml. schemas/postmortem.schema.json is this object
// written out (contributed through `yamlValidation`); a unit test keeps the two identical.
import { postmortemDecisions, postmortemStatuses, rootCauseClasses, incidentSeverities } from './postmortem';

const text = { type: 'string' } as const;
const texts = { type: 'array', items: { type: 'string' } } as const;
const time = { type: 'string', description: 'ISO date or date-time.' } as const;

export const postmortemSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://model-incident.invalid/schemas/postmortem.schema.json',
  title: 'Model incident postmortem',
  type: 'object',
  required: ['schemaVersion', 'id', 'title', 'status', 'severity', 'detection', 'rootCauseClass', 'decision', 'evidence'],
  properties: {
    schemaVersion: { const: 1 },
    id: { type: 'string', minLength: 1 },
    title: text,
    status: { enum: [...postmortemStatuses] },
    severity: { enum: [...incidentSeverities] },
    detection: {
      type: 'object',
      required: ['signal'],
      properties: { signal: text, time: { type: ['string', 'null'] } },
      additionalProperties: false,
    },
    timeline: {
      type: 'array',
      items: {
        type: 'object',
        required: ['time', 'event'],
        properties: { time, event: text, source: { enum: ['changelog', 'commit', 'model_version', 'drift', 'runbook'] } },
        additionalProperties: false,
      },
    },
    whatChanged: texts,
    driftedFeatures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'severity', 'decidedBy'],
        properties: {
          name: text,
          severity: { enum: ['ok', 'warn', 'critical'] },
          decidedBy: { type: ['string', 'null'] },
          value: { type: ['number', 'null'] },
          onset: { type: ['string', 'null'] },
        },
        additionalProperties: true,
      },
    },
    impactedSegments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['column', 'value', 'share'],
        properties: { column: text, value: text, share: { type: 'number', minimum: 0, maximum: 1 }, severity: text },
        additionalProperties: true,
      },
    },
    rootCauseClass: { enum: [...rootCauseClasses] },
    decision: {
      type: 'object',
      required: ['action', 'why'],
      properties: { action: { enum: [...postmortemDecisions] }, why: text },
      additionalProperties: false,
    },
    resolution: text,
    lessons: texts,
    actionItems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['description', 'owner'],
        properties: { description: text, owner: text, due: { type: ['string', 'null'] } },
        additionalProperties: false,
      },
    },
    newAlerts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'threshold', 'channel'],
        properties: { name: text, threshold: { type: ['number', 'string'] }, channel: text },
        additionalProperties: false,
      },
    },
    evidence: {
      type: 'object',
      required: ['inputs', 'methods', 'thresholds'],
      properties: {
        inputs: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'sha256'],
            properties: { role: text, path: text, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }, rows: { type: 'integer' } },
            additionalProperties: false,
          },
        },
        methods: texts,
        thresholds: { type: 'object', additionalProperties: { type: ['number', 'string'] } },
        tool: text,
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;
