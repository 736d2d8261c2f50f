// The runbook's state as YAML in the repository (incidents/<ID>/runbook.yaml by default): resumable after
// a reload or on another machine, and reviewable in a pull request. Reading fills in steps the file does
// not mention yet; writing updates the previous text in place so hand-written comments survive.
import { isDeepStrictEqual } from 'node:util';
import { Document } from 'yaml';
import { DocumentError } from '../documents/documentError';
import { checkSchema } from '../documents/schemaCheck';
import { parseYamlSafely } from '../documents/safeYaml';
import { updateDocument } from '../documents/updateDocument';
import { pendingStep, type RunbookState, type StepState } from './runbookState';
import { stepIds } from './steps';

export const defaultRunbookPathTemplate = 'incidents/{id}/runbook.yaml';

/** The workspace-relative path of an incident's runbook state, from a template with `{id}`. */
export function runbookPath(incident: string, template: string = defaultRunbookPathTemplate): string {
  if (!template.includes('{id}')) throw new Error(`the runbook path template '${template}' must contain {id}`);
  const path = template.replaceAll('{id}', incident);
  if (path.startsWith('/') || path.split(/[\\/]/).some((part) => part === '..')) throw new Error(`the runbook path '${path}' must stay inside the workspace`);
  return path;
}

export function readRunbook(text: string, path: string): RunbookState {
  const parsed = parseYamlSafely(text, path);
  checkSchema('runbook', parsed.data, path, parsed);
  const data = parsed.data as RunbookState & { steps: Partial<StepState>[] };
  const seen = new Set<string>();
  for (const step of data.steps) {
    if (seen.has(step.id!)) throw new DocumentError(`step '${step.id}' appears twice`, { path });
    seen.add(step.id!);
  }
  const steps = stepIds.map((id) => {
    const stored = data.steps.find((s) => s.id === id);
    return stored ? { ...pendingStep(id), ...stored } : pendingStep(id);
  });
  const skippedWithoutReason = steps.find((s) => s.status === 'skipped' && !s.skipReason?.trim());
  if (skippedWithoutReason) throw new DocumentError(`step '${skippedWithoutReason.id}' is skipped without a skipReason`, { path });
  return { ...data, inputs: data.inputs ?? {}, steps };
}

/** The state as YAML; with `previous`, the previous file's text updated in place. Verified by reading it back. */
export function runbookText(state: RunbookState, path: string, previous?: string): string {
  const plain = JSON.parse(JSON.stringify(state)) as unknown;
  checkSchema('runbook', plain, path);
  let doc: Document;
  if (previous !== undefined && previous.trim() !== '') {
    doc = parseYamlSafely(previous, path).doc.clone();
    updateDocument(doc, plain);
  } else {
    doc = new Document(plain);
    doc.commentBefore = ` Runbook state of incident ${state.incident}, kept by Model Incident Debugger.\n Edit by hand if you like: the extension keeps your comments.`;
  }
  const text = doc.toString({ lineWidth: 0 });
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(readRunbook(text, path))), plain)) {
    throw new DocumentError('the runbook state does not read back as written; nothing was saved', { path });
  }
  return text;
}
