// Typed access to the `modelIncident.*` settings named in settingKeys.ts.
import * as vscode from 'vscode';
import type { SettingKey } from './settingKeys';

export { SettingKey } from './settingKeys';

function section(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('modelIncident');
}

export function stringList(key: SettingKey, fallback: readonly string[]): string[] {
  const value = section().get<unknown>(key);
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : [...fallback];
}
