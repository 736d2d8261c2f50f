// Every file the runbook writes goes through here: one WorkspaceEdit per change (so Undo takes it back),
// created files never replace an existing one, and a changed file is replaced only if it still holds the
// text the change was computed from. Refused in Restricted Mode.
import * as vscode from 'vscode';

export class WriteRefused extends Error {
  override name = 'WriteRefused';
}

export function assertTrusted(what: string): void {
  if (!vscode.workspace.isTrusted) throw new WriteRefused(`Restricted Mode: ${what} is off in an untrusted workspace. Trust the workspace to write files.`);
}

/** The file's text, or undefined when it does not exist. Open documents win over the disk (unsaved edits count). */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    if (error instanceof TypeError) throw new WriteRefused(`${vscode.workspace.asRelativePath(uri, false)} is not UTF-8 text`);
    throw error;
  }
}

/** Creates `uri` holding `text`, as one undoable edit; refuses when the file exists. */
export async function createFile(uri: vscode.Uri, text: string, label: string): Promise<void> {
  assertTrusted(`writing ${label}`);
  if ((await readText(uri)) !== undefined) throw new WriteRefused(`${vscode.workspace.asRelativePath(uri, false)} already exists; it was not overwritten`);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) }, { label, needsConfirmation: false });
  if (!(await vscode.workspace.applyEdit(edit))) throw new WriteRefused(`could not create ${vscode.workspace.asRelativePath(uri, false)}`);
}

/** Replaces the whole text of `uri` with `text` as one undoable edit, then saves; refuses if it no longer holds `expected`. */
export async function replaceFile(uri: vscode.Uri, expected: string, text: string, label: string): Promise<void> {
  assertTrusted(`writing ${label}`);
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.getText() !== expected) throw new WriteRefused(`${vscode.workspace.asRelativePath(uri, false)} changed meanwhile; nothing was written`);
  if (expected === text) return;
  const edit = new vscode.WorkspaceEdit();
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(expected.length));
  edit.replace(uri, whole, text, { label, needsConfirmation: false });
  if (!(await vscode.workspace.applyEdit(edit))) throw new WriteRefused(`could not write ${vscode.workspace.asRelativePath(uri, false)}`);
  await document.save();
}

/** Creates or replaces: `previous` is the text the new one was computed from (undefined: the file is new). */
export async function writeFile(uri: vscode.Uri, previous: string | undefined, text: string, label: string): Promise<void> {
  if (previous === undefined) await createFile(uri, text, label);
  else await replaceFile(uri, previous, text, label);
}
