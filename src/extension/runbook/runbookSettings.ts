// The runbook's settings, read where they are used so a change applies to the next action.
import * as vscode from 'vscode';
import { defaultGateThresholds, type GateThresholds } from '../../core/runbook/rollbackGate';
import { defaultRunbookPathTemplate } from '../../core/runbook/runbookFile';
import { SettingKey } from '../settingKeys';

function section(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('modelIncident', scope);
}

function finiteNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

export function runbookPathTemplate(scope?: vscode.Uri): string {
  const value = section(scope).get<unknown>(SettingKey.runbookPath);
  return typeof value === 'string' && value.includes('{id}') ? value : defaultRunbookPathTemplate;
}

export function gateThresholds(scope?: vscode.Uri): GateThresholds {
  const s = section(scope);
  return {
    accuracyDrop: finiteNumber(s.get(SettingKey.gateAccuracyDrop), defaultGateThresholds.accuracyDrop),
    p99LatencyRiseMs: finiteNumber(s.get(SettingKey.gateP99LatencyRiseMs), defaultGateThresholds.p99LatencyRiseMs),
    ctrDrop: finiteNumber(s.get(SettingKey.gateCtrDrop), defaultGateThresholds.ctrDrop),
  };
}

export function alertChannel(scope?: vscode.Uri): string {
  const value = section(scope).get<unknown>(SettingKey.alertChannel);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : '#ml-oncall';
}
