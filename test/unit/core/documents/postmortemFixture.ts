// A complete, valid postmortem with a hostile string in it, for tests.
import type { Postmortem } from '../../../../src/core/documents/postmortem';

export const samplePostmortem: Postmortem = {
  schemaVersion: 1,
  id: 'INC-2026-0142',
  title: 'Churn model confidently wrong after v2.0',
  status: 'Draft',
  severity: 'SEV2',
  detection: { signal: 'PSI 0.31 on income (critical)', time: '2026-10-20T00:00:00Z' },
  timeline: [{ time: '2026-10-20T00:00:00Z', event: 'v2.0 deployed', source: 'changelog' }],
  whatChanged: ['model 2.0 deployed'],
  driftedFeatures: [{ name: 'income', severity: 'critical', decidedBy: 'psi', value: 0.31, onset: '2026-10-20T00:00:00Z' }],
  impactedSegments: [{ column: 'region', value: 'eu', share: 0.12, severity: 'critical' }],
  rootCauseClass: 'feature-encoding-bug',
  decision: { action: 'hotfix', why: 'drift confined to one segment' },
  resolution: 'key: value # hostile',
  lessons: ['add a PSI alert on income'],
  actionItems: [{ description: 'add a regression test', owner: 'ml-oncall', due: null }],
  newAlerts: [{ name: 'drift.income.psi', threshold: 0.2, channel: '#ml-oncall' }],
  evidence: {
    inputs: [{ role: 'baseline', path: 'data/train.csv', sha256: 'a'.repeat(64), rows: 1000 }],
    methods: ['psi: baseline deciles, open outer bins'],
    thresholds: { psiWarn: 0.1, psiCritical: 0.2 },
  },
};
