// Step 4's evidence: which layer broke: upstream sources (null rates, freshness), then intermediate layers.
import { formatNumber, formatShare } from '../../charts/format';
import { layerShiftSigmas } from '../layerStatistics';
import { worstTone, type EvidenceFact, type EvidenceSources, type EvidenceTable, type StepEvidence, type Tone } from './stepEvidence';

/** A null-rate rise at or above this, of a source's mean or of one of its columns, is a warning (the null-rate delta warn level). */
export const sourceNullRiseWarn = 0.02;

export function layerEvidence(sources: EvidenceSources): StepEvidence {
  const facts: EvidenceFact[] = [];
  const tables: EvidenceTable[] = [];
  const findings: string[] = [];
  const missing: string[] = [];
  if (sources.sources === null || sources.layers === null) {
    missing.push('Choose a baseline and a current log to compare sources and layers.');
  } else {
    for (const source of sources.sources) {
      // A source warns when its mean null rate rises, or when one of its columns does (a mean over many
      // columns would hide one failing upstream field).
      const rise = source.nullRate.current - source.nullRate.baseline;
      const worstRise = source.worst ? source.worst.current - source.worst.baseline : 0;
      const tone: Tone = rise >= sourceNullRiseWarn || worstRise >= sourceNullRiseWarn ? 'warn' : 'ok';
      if (tone === 'warn' && source.worst) {
        findings.push(`Source ${source.source}: null rate ${formatShare(source.nullRate.baseline)} → ${formatShare(source.nullRate.current)} (worst column ${source.worst.column}: ${formatShare(source.worst.baseline)} → ${formatShare(source.worst.current)})`);
      }
      facts.push({ label: `Source ${source.source} (${source.columns} columns)`, value: `null rate ${formatShare(source.nullRate.baseline)} → ${formatShare(source.nullRate.current)}`, tone });
    }
    tables.push({
      title: 'Upstream sources',
      columns: ['Source', 'Columns', 'Null rate (baseline → current)', 'Worst column', 'Freshness p50 / p99 (s)'],
      rows: sources.sources.map((s) => [
        s.source,
        String(s.columns),
        `${formatShare(s.nullRate.baseline)} → ${formatShare(s.nullRate.current)}`,
        s.worst ? `${s.worst.column}: ${formatShare(s.worst.baseline)} → ${formatShare(s.worst.current)}` : '—',
        s.freshness.map((f) => `${f.column}: ${f.baseline ? `${formatNumber(f.baseline.p50)}/${formatNumber(f.baseline.p99)}` : '—'} → ${f.current ? `${formatNumber(f.current.p50)}/${formatNumber(f.current.p99)}` : '—'}`).join('; ') || '—',
      ]),
    });
    for (const s of sources.sources) {
      for (const f of s.freshness) {
        if (f.baseline && f.current && f.current.p50 > 2 * f.baseline.p50 && f.current.p50 - f.baseline.p50 > 60) {
          findings.push(`Source ${s.source} is staler: ${f.column} median ${formatNumber(f.baseline.p50)} s → ${formatNumber(f.current.p50)} s`);
        }
      }
    }
    if (sources.layers.length === 0) missing.push('The logs carry no layer statistics (columns layer.<name>.mean|std|has_nan|has_inf).');
    else {
      tables.push({
        title: 'Model layers',
        columns: ['Layer', 'Mean (baseline → current, shift σ)', 'Std (baseline → current, shift σ)', 'NaN rows', 'Inf rows', 'Verdict'],
        rows: sources.layers.map((l) => [
          l.layer,
          l.mean ? `${formatNumber(l.mean.baseline)} → ${formatNumber(l.mean.current)} (${formatNumber(l.mean.shiftSigmas)})` : '—',
          l.std ? `${formatNumber(l.std.baseline)} → ${formatNumber(l.std.current)} (${formatNumber(l.std.shiftSigmas)})` : '—',
          l.hasNan ? `${formatShare(l.hasNan.baseline)} → ${formatShare(l.hasNan.current)}` : '—',
          l.hasInf ? `${formatShare(l.hasInf.baseline)} → ${formatShare(l.hasInf.current)}` : '—',
          l.verdict,
        ]),
      });
      for (const l of sources.layers) {
        if (l.verdict === 'ok') continue;
        facts.push({ label: `Layer ${l.layer}`, value: l.verdict, tone: l.verdict === 'broken' ? 'critical' : 'warn' });
        findings.push(
          l.verdict === 'broken'
            ? `Layer ${l.layer} emits NaN/Inf: NaN ${formatShare(l.hasNan?.baseline)} → ${formatShare(l.hasNan?.current)}, Inf ${formatShare(l.hasInf?.baseline)} → ${formatShare(l.hasInf?.current)}`
            : `Layer ${l.layer} shifted by ≥ ${layerShiftSigmas}σ (mean ${formatNumber(l.mean?.shiftSigmas)}σ, std ${formatNumber(l.std?.shiftSigmas)}σ)`,
        );
      }
    }
  }
  const tone = worstTone(facts.map((f) => f.tone));
  return {
    step: 'layer',
    gatheredAt: sources.now.toISOString(),
    headline: findings[0] ?? (missing.length > 0 && facts.length === 0 ? 'Not measured yet.' : 'No source or layer moved beyond its tolerance.'),
    tone,
    facts,
    tables,
    suggestedFindings: findings,
    missing,
  };
}
