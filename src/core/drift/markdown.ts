// The report as Markdown: for a terminal, a pull-request comment or a postmortem. Column names and
// category values are data: table cells are escaped so that a `|` or a newline cannot break the table.
import { describeDecision, formatNumber } from './driftAnalysis';
import type { DriftReport, FeatureReport, Severity } from './report';
import type { Thresholds } from './thresholds';

const severityRank: Record<Severity, number> = { critical: 0, warn: 1, ok: 2 };

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function pct(share: number | null | undefined): string {
  return share === null || share === undefined || Number.isNaN(share) ? 'n/a' : `${(100 * share).toFixed(1)}%`;
}

function severityMark(severity: Severity): string {
  return severity === 'critical' ? '**critical**' : severity;
}

function featureRow(f: FeatureReport, thresholds: Thresholds): string {
  const onset = f.onset ? `${f.onset.start ?? `chunk ${f.onset.chunkIndex}`} (since: ${f.onset.sinceOnset.severity}, PSI ${formatNumber(f.onset.sinceOnset.psi)})` : '-';
  return `| ${cell(f.name)} | ${f.kind} | ${severityMark(f.rankSeverity)} | ${cell(describeDecision(f, thresholds))} | ${formatNumber(f.psi)} | ${f.ks ? `${formatNumber(f.ks.statistic)} / ${formatNumber(f.ks.pValue)}` : '-'} | ${formatNumber(f.wassersteinNormed)} | ${formatNumber(f.jensenShannon)} | ${f.chiSquare ? formatNumber(f.chiSquare.pValue) : '-'} | ${pct(f.nullRate.baseline)} → ${pct(f.nullRate.current)} | ${f.unseenCategories ? pct(f.unseenCategories.share) : '-'} | ${cell(onset)} |`;
}

export function renderMarkdown(report: DriftReport): string {
  const lines: string[] = [];
  const s = report.summary;
  lines.push('# Drift report', '');
  lines.push(
    `**${s.worst === 'ok' ? 'No drift' : `Worst severity: ${s.worst}`}**. ${s.datasetDrift.count} of ${s.datasetDrift.of} input features drift (${pct(s.datasetDrift.share)}); ` +
      `${s.bySeverity.critical} critical, ${s.bySeverity.warn} warn, ${s.bySeverity.ok} ok. Rows: ${s.rows.baseline} baseline, ${s.rows.current} current.`,
    '',
  );
  const b = report.blastRadius;
  lines.push('## Blast radius', '', `- Class: **${b.class}** (${b.likelyCause})`, `- Action: ${b.action}`, `- Affected: ${b.affected.rows} rows (${pct(b.affected.share)} of current traffic)`);
  for (const e of b.evidence) lines.push(`- Evidence: ${cell(e)}`);
  lines.push('');

  lines.push('## Features', '');
  lines.push('| feature | kind | severity | decided by | PSI | KS D / p | W1 normed | JS | chi² p | null rate | unseen | onset |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const ranked = [...report.features].sort((x, y) => severityRank[x.rankSeverity] - severityRank[y.rankSeverity] || (y.psi ?? 0) - (x.psi ?? 0));
  for (const f of ranked) lines.push(featureRow(f, report.methods.thresholds));
  lines.push('');

  const p = report.prediction;
  if (p.scoreColumn || p.predictedLabelColumn) {
    lines.push('## Model outputs', '');
    if (p.confidence) lines.push(`- Mean confidence: ${formatNumber(p.confidence.baseline)} → ${formatNumber(p.confidence.current)}`);
    if (p.entropy) lines.push(`- Entropy (nats, mean ± std): ${p.entropy.baseline ? `${formatNumber(p.entropy.baseline.mean)} ± ${formatNumber(p.entropy.baseline.std)}` : 'n/a'} → ${p.entropy.current ? `${formatNumber(p.entropy.current.mean)} ± ${formatNumber(p.entropy.current.std)}` : 'n/a'}`);
    if (p.topClass) lines.push(`- Top predicted class: ${p.topClass.baseline ? `${cell(p.topClass.baseline.value)} ${pct(p.topClass.baseline.share)}` : 'n/a'} → ${p.topClass.current ? `${cell(p.topClass.current.value)} ${pct(p.topClass.current.share)}` : 'n/a'}${p.collapsed ? ' (collapse)' : ''}`);
    if (p.calibration) lines.push(`- ECE: ${formatNumber(p.calibration.baseline?.ece)} → ${formatNumber(p.calibration.current?.ece)}`);
    if (p.accuracy) lines.push(`- Accuracy (labelled rows): ${pct(p.accuracy.baseline)} → ${pct(p.accuracy.current)}`);
    if (p.labelCoverage) {
      const c = p.labelCoverage.current;
      lines.push(`- Label coverage: ${pct(p.labelCoverage.baseline.share)} of baseline rows, ${pct(c.share)} of current rows${c.from ? ` (${c.from} to ${c.to})` : ''}`);
    }
    for (const signal of p.signals) lines.push(`- ${signal.severity}: ${cell(signal.message)}`);
    lines.push('');
  }

  const t = report.timeline;
  if (t && t.chunks.length > 0) {
    lines.push('## Timeline', '');
    lines.push(
      `${t.chunks.length} chunks by ${t.chunking.by === 'rows' ? `${t.chunking.rowsPerChunk} rows` : t.chunking.by}${t.timeColumn ? ` of '${cell(t.timeColumn)}'` : ''}; chunk statistic PSI against the whole baseline; ` +
        `thresholds ${t.baselineChunks >= report.methods.thresholds.chunk.minBaselineChunks ? `learned from ${t.baselineChunks} baseline chunks (mean + ${report.methods.thresholds.chunk.sigmas}σ)` : `absolute (PSI ${report.methods.thresholds.psi.warn}: only ${t.baselineChunks} baseline chunks)`}.`,
      '',
      t.commits.read ? `Commits: ${t.commits.inWindow} in the window, from the git history read through ${t.commits.via}.` : `Commits: not read (${cell(t.commits.reason)}).`,
      '',
    );
    const onsets = report.features.filter((f) => f.onset);
    if (onsets.length > 0) {
      lines.push('| feature | onset | threshold | since onset | nearest changelog | nearest model_version | commits |', '| --- | --- | --- | --- | --- | --- | --- |');
      const label = (id: string | null): string => (id ? cell(t.markers.find((m) => m.id === id)?.label ?? id) : '-');
      const commits = (ids: readonly string[]): string => (!t.commits.read ? 'not read' : ids.length === 0 ? '-' : ids.map(label).join('; '));
      for (const f of onsets) {
        const o = f.onset!;
        lines.push(
          `| ${cell(f.name)} | ${o.start ?? `chunk ${o.chunkIndex}`} | ${formatNumber(o.threshold)} | ${o.sinceOnset.severity}, PSI ${formatNumber(o.sinceOnset.psi)} over ${o.sinceOnset.rows} rows | ${label(o.nearest.changelog)} | ${label(o.nearest.modelVersion)} | ${commits(o.nearest.commits)} |`,
        );
      }
      lines.push('');
    }
    for (const m of t.markers) lines.push(`- ${m.time} ${m.kind}: ${cell(m.label)}`);
    if (t.markers.length > 0) lines.push('');
  }

  const drifting = report.segments.filter((seg) => seg.severity !== 'ok');
  if (report.segments.length > 0) {
    lines.push('## Segments', '');
    lines.push('| segment | share baseline → current | severity | drifting features |', '| --- | --- | --- | --- |');
    for (const seg of report.segments) {
      const features = seg.features.filter((f) => f.severity !== 'ok').map((f) => `${f.name} (PSI ${formatNumber(f.psi)}${f.onset ? `, from ${f.onset.start ?? `chunk ${f.onset.chunkIndex}`}` : ''})`);
      lines.push(`| ${cell(seg.column)}=${cell(seg.value)} | ${pct(seg.share.baseline)} → ${pct(seg.share.current)} | ${severityMark(seg.severity)} | ${cell(features.join(', ') || '-')} |`);
    }
    lines.push('', `${drifting.length} of ${report.segments.length} segments drift.`, '');
  }

  lines.push('## Inputs', '');
  for (const input of report.inputs) lines.push(`- ${input.side}: \`${cell(input.path)}\` (${input.format}, ${input.rows} rows${input.where ? `, where ${cell(input.where)}` : ''}), sha256 ${input.sha256}`);
  if (report.skippedColumns.length > 0) lines.push('', `Not drift-tested: ${report.skippedColumns.map((c) => `${cell(c.name)} (${cell(c.reason)})`).join('; ')}.`);
  if (report.warnings.length > 0) {
    lines.push('', '## Warnings', '');
    for (const w of report.warnings) lines.push(`- ${cell(w)}`);
  }
  lines.push('');
  return lines.join('\n');
}
