// The runbook remembers its inputs as workspace-relative paths (so the file means the same on every
// machine); the worker and the drift check take absolute DatasetSpecs. These convert between the two.
import * as vscode from 'vscode';
import type { DatasetSpec } from '../../core/drift/datasetSpec';
import type { RunbookInput } from '../../core/runbook/runbookState';
import { describeSide, type DriftInputs } from '../drift/inputChoices';

export function toSpec(folder: vscode.Uri, input: RunbookInput): DatasetSpec {
  const path = vscode.Uri.joinPath(folder, input.path).fsPath;
  const where = input.where;
  if (!where) return { path };
  if (where.equals) return { path, where: { column: where.column, equals: where.equals } };
  return { path, where: { column: where.column, ...(where.from ? { from: where.from } : {}), ...(where.to ? { to: where.to } : {}) } };
}

export function toInput(spec: DatasetSpec): RunbookInput {
  const path = vscode.workspace.asRelativePath(vscode.Uri.file(spec.path), false);
  if (!spec.where) return { path };
  return { path, where: JSON.parse(JSON.stringify(spec.where)) as RunbookInput['where'] };
}

export function label(spec: DatasetSpec | undefined): string | null {
  return spec ? describeSide(spec, (p) => vscode.workspace.asRelativePath(vscode.Uri.file(p), false)) : null;
}

export function sameInputs(a: DriftInputs, b: { baseline?: DatasetSpec; current?: DatasetSpec }): boolean {
  return JSON.stringify([a.baseline, a.current]) === JSON.stringify([b.baseline, b.current]);
}
