// The seven steps of the incident runbook, in the order they must be walked: measure before you move,
// scope before you fix, and leave the repository able to catch the same failure next time.

export const stepIds = ['define', 'infrastructure', 'skew', 'layer', 'blastRadius', 'fix', 'postmortem'] as const;
export type StepId = (typeof stepIds)[number];

export interface ChecklistItem {
  /** Stable within its step; stored in runbook.yaml. */
  readonly id: string;
  readonly text: string;
}

export interface StepDefinition {
  readonly id: StepId;
  /** 1..7. */
  readonly number: number;
  readonly title: string;
  /** One sentence: why this step comes here. */
  readonly purpose: string;
  readonly checklist: readonly ChecklistItem[];
  /** What the step's evidence button gathers, in words. */
  readonly evidence: string;
}

export const runbookSteps: readonly StepDefinition[] = [
  {
    id: 'define',
    number: 1,
    title: 'Establish what "underperforming" means',
    purpose: 'Name the symptom before chasing a cause: accuracy, latency, prediction distribution or a business metric.',
    checklist: [
      { id: 'accuracy', text: 'Accuracy on labelled rows compared with the baseline (label coverage noted)' },
      { id: 'latency', text: 'Latency p50 and p99 compared with the baseline' },
      { id: 'scores', text: 'Prediction score distribution compared with the baseline' },
      { id: 'business', text: 'Business metric (CTR or conversion) compared with the baseline' },
      { id: 'symptom', text: 'The symptom written down in one sentence in the notes' },
    ],
    evidence: 'Accuracy with labels, score distribution, latency and CTR of baseline and current, from the logs.',
  },
  {
    id: 'infrastructure',
    number: 2,
    title: 'Check infrastructure before the model',
    purpose: 'Most "model" incidents are a deploy, a config change or a pipeline change: look at what changed first.',
    checklist: [
      { id: 'commits', text: 'Recent commits reviewed' },
      { id: 'changelog', text: 'Recent model changelog entries reviewed' },
      { id: 'versions', text: 'model_version changes in the logs located in time' },
      { id: 'correlate', text: 'Changes lined up with the start of the symptom' },
    ],
    evidence: 'Commits (git), model changelog entries and model_version first appearances on one timeline.',
  },
  {
    id: 'skew',
    number: 3,
    title: 'Training-serving skew',
    purpose: 'Compare what the model was trained on with what it sees now, feature by feature.',
    checklist: [
      { id: 'driftCheck', text: 'Drift check run: baseline against current' },
      { id: 'features', text: 'Drifted features listed with the deciding signal' },
      { id: 'onset', text: 'Onset of each drifted feature noted' },
      { id: 'predictions', text: 'Prediction-layer signals reviewed (score drift, collapse, calibration)' },
    ],
    evidence: 'The drift report: features by severity, deciding signal, onset, prediction signals.',
  },
  {
    id: 'layer',
    number: 4,
    title: 'Isolate which layer broke',
    purpose: 'Input data, feature pipeline, or the model itself: find the first layer whose numbers move.',
    checklist: [
      { id: 'sources', text: 'Null rates and freshness per upstream source checked' },
      { id: 'layers', text: 'Intermediate layer statistics checked (mean, std, NaN, Inf) when logged' },
      { id: 'layerFound', text: 'The layer that broke named in the findings' },
    ],
    evidence: 'Per-source null rates and freshness; layer.<name>.mean|std|has_nan|has_inf statistics.',
  },
  {
    id: 'blastRadius',
    number: 5,
    title: 'Scope the blast radius',
    purpose: 'Who is affected, how much traffic, since when: the scope decides the fix.',
    checklist: [
      { id: 'share', text: 'Share of traffic affected' },
      { id: 'segments', text: 'Affected segments listed' },
      { id: 'since', text: 'Since when' },
      { id: 'class', text: 'Root-cause class and suggested action agreed' },
    ],
    evidence: 'Segments with shares and drift, the blast-radius class and its suggested action.',
  },
  {
    id: 'fix',
    number: 6,
    title: 'Fix, validate in shadow, then promote',
    purpose: 'Ship the fix through the promotion ladder, with a gate that can say no.',
    checklist: [
      { id: 'shadow', text: 'Shadow: the candidate scores live traffic without serving it' },
      { id: 'canary5', text: 'Canary 5%' },
      { id: 'canary20', text: 'Canary 20%' },
      { id: 'full', text: 'Full rollout' },
      { id: 'gate', text: 'Rollback gate passed (baseline against candidate)' },
    ],
    evidence: 'The rollback gate: accuracy, p99 latency and CTR of baseline against candidate, against thresholds.',
  },
  {
    id: 'postmortem',
    number: 7,
    title: 'Postmortem and closing the monitoring gap',
    purpose: 'Write it down and make the next one detectable.',
    checklist: [
      { id: 'postmortem', text: 'Postmortem generated and reviewed' },
      { id: 'changelog', text: 'Model changelog entry added' },
      { id: 'alerts', text: 'New alerts defined from the signals that fired' },
      { id: 'regressionTest', text: 'Regression test added for this failure' },
    ],
    evidence: 'Alert definitions from the signals that fired; what the postmortem and changelog entry will say.',
  },
];

export function stepDefinition(id: StepId): StepDefinition {
  return runbookSteps.find((s) => s.id === id)!;
}

export function isStepId(value: unknown): value is StepId {
  return (stepIds as readonly unknown[]).includes(value);
}
