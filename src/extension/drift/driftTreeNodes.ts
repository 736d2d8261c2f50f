// The drift part of the incident tree: the last check's summary, its features grouped by severity with the
// deciding signal and value as the description; a feature shows its histogram in the side panel.
import * as vscode from 'vscode';
import { formatNumber, formatShare } from '../../core/charts/format';
import type { FeatureReport, Severity } from '../../core/drift/report';
import { rankFeatures } from '../../core/views/rankFeatures';
import { blastRadiusLabels } from '../../core/views/summaryView';
import { CommandId } from '../commandIds';
import type { DriftResult } from './driftResults';
import { featureDescription, summaryText } from './driftWords';
import { describeInputs } from './inputChoices';

export type DriftNode =
  | { readonly kind: 'driftSummary'; readonly result: DriftResult }
  | { readonly kind: 'driftSeverity'; readonly severity: Severity; readonly features: readonly FeatureReport[] }
  | { readonly kind: 'driftFeature'; readonly feature: FeatureReport };

const severityTitles: Record<Severity, string> = { critical: 'Critical', warn: 'Warn', ok: 'OK' };
const severityIcons: Record<Severity, vscode.ThemeIcon> = {
  critical: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warn: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  ok: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
};

export function isDriftNode(node: { readonly kind: string }): node is DriftNode {
  return node.kind === 'driftSummary' || node.kind === 'driftSeverity' || node.kind === 'driftFeature';
}

export function driftRoots(result: DriftResult | undefined): DriftNode[] {
  return result ? [{ kind: 'driftSummary', result }] : [];
}

export function driftChildren(node: DriftNode): DriftNode[] {
  if (node.kind === 'driftFeature') return [];
  if (node.kind === 'driftSeverity') return node.features.map((feature) => ({ kind: 'driftFeature', feature }));
  const ranked = rankFeatures(node.result.report.features);
  return (['critical', 'warn', 'ok'] as const)
    .map((severity) => ({ kind: 'driftSeverity' as const, severity, features: ranked.filter((f) => f.rankSeverity === severity) }))
    .filter((group) => group.features.length > 0);
}

export function driftTreeItem(node: DriftNode): vscode.TreeItem {
  switch (node.kind) {
    case 'driftSummary': {
      const { report, inputs } = node.result;
      const item = new vscode.TreeItem('Drift check', vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${summaryText(report).replace(/^Drift: /, '')} · ${blastRadiusLabels[report.blastRadius.class]}`;
      item.tooltip = `${describeInputs(inputs, (p) => vscode.workspace.asRelativePath(vscode.Uri.file(p), false))}\n${report.blastRadius.likelyCause}: ${report.blastRadius.action}`;
      item.iconPath = severityIcons[report.summary.worst];
      item.contextValue = 'driftSummary';
      item.command = { command: CommandId.openDriftReport, title: 'Open Drift Report' };
      return item;
    }
    case 'driftSeverity': {
      const state = node.severity === 'ok' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
      const item = new vscode.TreeItem(`${severityTitles[node.severity]} (${node.features.length})`, state);
      item.iconPath = severityIcons[node.severity];
      item.contextValue = 'driftSeverity';
      return item;
    }
    case 'driftFeature': {
      const { feature } = node;
      const item = new vscode.TreeItem(feature.name, vscode.TreeItemCollapsibleState.None);
      item.description = featureDescription(feature);
      item.iconPath = severityIcons[feature.rankSeverity];
      item.tooltip = featureTooltip(feature);
      item.contextValue = 'driftFeature';
      item.command = { command: CommandId.showFeatureHistogram, title: 'Show Feature Histogram', arguments: [{ featureId: feature.id }] };
      return item;
    }
  }
}

function featureTooltip(feature: FeatureReport): vscode.MarkdownString {
  const lines = [
    `${feature.name} (${feature.kind}, ${feature.rankSeverity})`,
    `PSI ${formatNumber(feature.psi)}`,
    feature.ks ? `KS D ${formatNumber(feature.ks.statistic)}, p ${formatNumber(feature.ks.pValue)}` : null,
    feature.jensenShannon !== null ? `Jensen-Shannon distance ${formatNumber(feature.jensenShannon)}` : null,
    `null rate ${formatShare(feature.nullRate.baseline)} → ${formatShare(feature.nullRate.current)}`,
    feature.onset ? `onset ${feature.onset.start ?? `chunk ${feature.onset.chunkIndex + 1}`}` : null,
  ].filter((l): l is string => l !== null);
  const tooltip = new vscode.MarkdownString();
  // Feature names are workspace data: appended as text, never as markdown.
  for (const line of lines) {
    tooltip.appendText(line);
    tooltip.appendMarkdown('  \n');
  }
  return tooltip;
}
