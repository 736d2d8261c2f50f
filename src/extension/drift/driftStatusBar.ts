// The status bar item with the last drift check's summary; a click opens the report. Hidden until a
// check has run in this window.
import * as vscode from 'vscode';
import { formatShare } from '../../core/charts/format';
import { blastRadiusLabels } from '../../core/views/summaryView';
import { CommandId } from '../commandIds';
import type { DriftResult, DriftResults } from './driftResults';
import { summaryText } from './driftWords';
import { describeInputs } from './inputChoices';

export class DriftStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('modelIncident.driftStatus', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(results: DriftResults) {
    this.item.name = 'Model Incident: last drift check';
    this.item.command = { command: CommandId.openDriftReport, title: 'Open Drift Report' };
    this.subscription = results.onDidChange((result) => this.show(result));
    this.show(results.current);
  }

  private show(result: DriftResult | undefined): void {
    if (!result) {
      this.item.hide();
      return;
    }
    const { report } = result;
    const worst = report.summary.worst;
    this.item.text = `$(${worst === 'ok' ? 'pass' : worst === 'warn' ? 'warning' : 'error'}) ${summaryText(report)}`;
    this.item.backgroundColor =
      worst === 'critical' ? new vscode.ThemeColor('statusBarItem.errorBackground') : worst === 'warn' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    tooltip.appendText(describeInputs(result.inputs, (p) => vscode.workspace.asRelativePath(vscode.Uri.file(p), false)));
    tooltip.appendMarkdown('\n\n');
    const drift = report.summary.datasetDrift;
    tooltip.appendText(`Dataset drift: ${drift.count} of ${drift.of} features (${formatShare(drift.share)}). ${blastRadiusLabels[report.blastRadius.class]}: ${report.blastRadius.action}`);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText('Click to open the drift report.');
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
