// The headline numbers of a drift check.
import type { BlastRadius, BlastRadiusClass, DriftReport, Severity, Summary } from '../drift/report';

export const blastRadiusLabels: Readonly<Record<BlastRadiusClass, string>> = {
  none: 'No drift',
  featureEncodingBug: 'Feature encoding bug',
  dataDrift: 'Data drift',
  badDeployment: 'Bad deployment',
  infrastructure: 'Infrastructure',
  undetermined: 'Undetermined',
};

export interface SummaryView {
  readonly features: number;
  readonly bySeverity: Summary['bySeverity'];
  readonly datasetDrift: Summary['datasetDrift'];
  readonly worst: Severity;
  readonly predictionSeverity: Severity;
  /** The report's blast radius with a display label, and its findings in words. */
  readonly blastRadius: Omit<BlastRadius, 'findings'> & {
    readonly label: string;
    /** Every cause found, the primary one first. */
    readonly findings: readonly FindingView[];
  };
}

export interface FindingView {
  readonly label: string;
  readonly likelyCause: string;
  readonly action: string;
  readonly features: readonly string[];
  /** `column = value` of the segments the drift is confined to. */
  readonly segments: readonly string[];
  readonly onset: string | null;
  readonly evidence: readonly string[];
  readonly affectedShare: number;
}

export function summaryView(report: Pick<DriftReport, 'summary' | 'blastRadius' | 'prediction'>): SummaryView {
  const { summary, blastRadius } = report;
  return {
    features: summary.features,
    bySeverity: summary.bySeverity,
    datasetDrift: summary.datasetDrift,
    worst: summary.worst,
    predictionSeverity: report.prediction.severity,
    blastRadius: {
      class: blastRadius.class,
      label: blastRadiusLabels[blastRadius.class],
      likelyCause: blastRadius.likelyCause,
      action: blastRadius.action,
      evidence: blastRadius.evidence.slice(0, 20),
      affected: blastRadius.affected,
      findings: blastRadius.findings.slice(0, 20).map((f) => ({
        label: blastRadiusLabels[f.class],
        likelyCause: f.likelyCause,
        action: f.action,
        features: f.features.slice(0, 50),
        segments: f.segments.slice(0, 50).map((s) => `${s.column} = ${s.value}`),
        onset: f.onset,
        evidence: f.evidence.slice(0, 20),
        affectedShare: f.affected.share,
      })),
    },
  };
}
