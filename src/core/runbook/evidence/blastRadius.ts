// Step 5's evidence: share of traffic affected, which segments, since when; the blast-radius class and
// the action it suggests (the table in drift-methods.md), as the drift engine decided them.
import { formatNumber, formatShare } from '../../charts/format';
import { awaitingDriftCheck, type EvidenceSources, type StepEvidence, type Tone } from './stepEvidence';

export function blastRadiusEvidence(sources: EvidenceSources): StepEvidence {
  const report = sources.report;
  if (!report) return awaitingDriftCheck('blastRadius', sources.now, 'Run the drift check (step 3) first: the blast radius comes from its segments.');
  const radius = report.blastRadius;
  const affectedSegments = report.segments.filter((s) => s.severity !== 'ok').sort((a, b) => b.share.current - a.share.current);
  const onsets = report.features.flatMap((f) => (f.rankSeverity !== 'ok' && f.onset?.start ? [f.onset.start] : [])).sort();
  const since = onsets[0]?.slice(0, 16).replace('T', ' ') ?? null;
  const tone: Tone = radius.class === 'none' ? 'ok' : radius.class === 'undetermined' ? 'info' : 'warn';
  const findings = [
    `Blast radius: ${radius.class} (${radius.likelyCause}); suggested action: ${radius.action}`,
    `Affected: ${radius.affected.rows} rows, ${formatShare(radius.affected.share)} of current traffic${since ? `, since ${since} UTC` : ''}`,
  ];
  if (affectedSegments.length > 0) findings.push(`Segments: ${affectedSegments.slice(0, 5).map((s) => `${s.column}=${s.value} (${formatShare(s.share.current)})`).join(', ')}`);
  return {
    step: 'blastRadius',
    gatheredAt: sources.now.toISOString(),
    headline: findings[0]!,
    tone,
    facts: [
      { label: 'Class', value: radius.class, tone },
      { label: 'Likely cause', value: radius.likelyCause, tone: 'info' },
      { label: 'Suggested action', value: radius.action, tone: 'info' },
      { label: 'Traffic affected', value: `${radius.affected.rows} rows (${formatShare(radius.affected.share)})`, tone },
      { label: 'Since', value: since ? `${since} UTC` : 'no onset found', tone: 'info' },
      ...radius.evidence.map((sentence, i) => ({ label: `Evidence ${i + 1}`, value: sentence, tone: 'info' as Tone })),
    ],
    tables: [
      {
        title: 'Causes found',
        columns: ['Class', 'Features', 'Segments', 'Since', 'Traffic', 'Action'],
        rows: radius.findings.map((f) => [
          f.class,
          f.features.join(', '),
          f.segments.map((s) => `${s.column}=${s.value}`).join(', ') || 'all',
          f.onset?.slice(0, 16).replace('T', ' ') ?? '—',
          `${f.affected.rows} rows (${formatShare(f.affected.share)})`,
          f.action,
        ]),
      },
      {
        title: 'Segments',
        columns: ['Segment', 'Share (baseline → current)', 'Severity', 'Drifted features', 'Accuracy (baseline → current)'],
        rows: [...report.segments]
          .sort((a, b) => Number(b.severity !== 'ok') - Number(a.severity !== 'ok') || b.share.current - a.share.current)
          .map((s) => [
            `${s.column}=${s.value}`,
            `${formatShare(s.share.baseline)} → ${formatShare(s.share.current)}`,
            s.severity,
            s.features.filter((f) => f.severity !== 'ok').map((f) => `${f.name} (PSI ${formatNumber(f.psi)})`).join(', ') || '—',
            s.accuracy ? `${formatShare(s.accuracy.baseline)} → ${formatShare(s.accuracy.current)}` : '—',
          ]),
      },
    ],
    suggestedFindings: findings,
    missing: report.segments.length === 0 ? ['No segment columns (device, region, model_version…) were found or configured.'] : [],
  };
}
