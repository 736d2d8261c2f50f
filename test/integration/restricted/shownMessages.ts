// The notifications an action shows, captured. The test bundle is loaded from inside the extension's own
// folder, so its `vscode` is the same API object the extension calls: replacing the show*Message functions
// for the duration of one action sees exactly what the user would have been told (and answers every
// prompt with a dismissal, so nothing waits on a notification nobody clicks).
import * as vscode from 'vscode';

export interface ShownMessage {
  readonly level: 'error' | 'warning' | 'information';
  readonly text: string;
}

const levels = { error: 'showErrorMessage', warning: 'showWarningMessage', information: 'showInformationMessage' } as const;

export async function messagesShownBy<T>(action: () => Thenable<T>): Promise<{ readonly result: T; readonly shown: readonly ShownMessage[] }> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = new Map(Object.values(levels).map((name) => [name, window[name]]));
  const shown: ShownMessage[] = [];
  for (const [level, name] of Object.entries(levels) as [ShownMessage['level'], string][]) {
    window[name] = (text: unknown) => {
      shown.push({ level, text: String(text) });
      return Promise.resolve(undefined);
    };
  }
  try {
    return { result: await action(), shown };
  } finally {
    for (const [name, original] of originals) window[name] = original;
  }
}
