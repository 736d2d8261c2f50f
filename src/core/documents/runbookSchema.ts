// The JSON Schema of incidents/<ID>/runbook.yaml, the runbook's state in the repository.
import { stepStatuses } from '../runbook/runbookState';
import { stepIds } from '../runbook/steps';

const input = {
  type: 'object',
  required: ['path'],
  properties: {
    path: { type: 'string', minLength: 1 },
    where: {
      type: 'object',
      required: ['column'],
      properties: { column: { type: 'string' }, equals: { type: 'array', items: { type: 'string' } }, from: { type: 'string' }, to: { type: 'string' } },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

const nullableText = { type: ['string', 'null'] } as const;

export const runbookSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://model-incident.invalid/schemas/runbook.schema.json',
  title: 'Model incident runbook state',
  type: 'object',
  required: ['schemaVersion', 'incident', 'title', 'openedAt', 'steps'],
  properties: {
    schemaVersion: { const: 1 },
    incident: { type: 'string', minLength: 1 },
    title: { type: 'string' },
    openedAt: { type: 'string' },
    inputs: {
      type: 'object',
      properties: { baseline: input, current: input, candidate: input },
      additionalProperties: false,
    },
    steps: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'status'],
        properties: {
          id: { enum: [...stepIds] },
          status: { enum: [...stepStatuses] },
          skipReason: nullableText,
          startedAt: nullableText,
          finishedAt: nullableText,
          checked: { type: 'array', items: { type: 'string' } },
          notes: { type: 'string' },
          findings: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;
