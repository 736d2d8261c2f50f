import { strict as assert } from 'node:assert';
import type { Postmortem } from '../../../../src/core/documents/postmortem';
import { checkIncidentId } from '../../../../src/core/documents/postmortem';
import { postmortemText, readPostmortem } from '../../../../src/core/documents/postmortemFile';

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

describe('postmortemText', () => {
  it('renders a postmortem that validates and reads back equal', () => {
    const text = postmortemText(samplePostmortem, 'incidents/INC/postmortem.yaml');
    assert.match(text, /^# Postmortem INC-2026-0142/);
    assert.match(text, /resolution: "key: value # hostile"/);
    assert.deepEqual(readPostmortem(text, 'p.yaml'), JSON.parse(JSON.stringify(samplePostmortem)));
  });

  it('refuses to render a postmortem that breaks the schema', () => {
    const bad = { ...samplePostmortem, status: 'Done' } as unknown as Postmortem;
    assert.throws(() => postmortemText(bad, 'p.yaml'), /p\.yaml: does not match the postmortem schema: status must be one of "Draft", "In Review", "Reviewed", "Closed"/);
  });

  it('locates a schema problem in a hand-edited file', () => {
    const text = postmortemText(samplePostmortem, 'p.yaml').replace('action: hotfix', 'action: pray');
    assert.throws(() => readPostmortem(text, 'p.yaml'), /^DocumentError: p\.yaml:\d+:\d+: .*decision\.action must be one of/);
  });
});

describe('checkIncidentId', () => {
  it('accepts ids that are safe folder names and refuses the rest', () => {
    assert.equal(checkIncidentId('INC-2026-0142'), undefined);
    for (const bad of ['', '../etc', '-rf', '.hidden', 'a/b', 'a\\b', 'x'.repeat(65), 'a b']) assert.ok(checkIncidentId(bad), bad);
  });
});
