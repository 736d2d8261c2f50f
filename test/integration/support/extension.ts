// Shared by the integration suites: the extension under test, activated, and a way to wait on it.
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../src/extension/main';

/** publisher.name from package.json. */
export const extensionId = 'model-incident.model-incident-debugger';

export function extension(): vscode.Extension<ExtensionApi> {
  const found = vscode.extensions.getExtension<ExtensionApi>(extensionId);
  if (!found) throw new Error(`extension ${extensionId} is not loaded in this extension host`);
  return found;
}

/** Activates the extension (if VS Code has not already) and returns what activate() returned. */
export async function activeApi(): Promise<ExtensionApi> {
  return extension().activate();
}

/** Resolves when `condition()` holds, re-checking on each `event` and every 100 ms; rejects after `ms`. */
export function waitUntil(condition: () => boolean, what: string, event?: vscode.Event<unknown>, ms = 20_000): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const finish = (error?: Error): void => {
      clearInterval(poll);
      clearTimeout(timer);
      subscription?.dispose();
      if (error) reject(error);
      else resolve();
    };
    const check = (): void => {
      if (condition()) finish();
    };
    const subscription = event?.(check);
    const poll = setInterval(check, 100);
    const timer = setTimeout(() => finish(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
}

/** The folder the test workbench opened: a temp copy of the sample incident (test/harness/workspace.ts). */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test workbench opened no folder');
  return folder.uri.fsPath;
}
