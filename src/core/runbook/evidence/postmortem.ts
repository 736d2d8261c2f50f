// Step 7's evidence: the alerts the signals call for, and what the postmortem and changelog entry will say.
import { alertsFromSignals } from '../alertsFromSignals';
import type { EvidenceSources, StepEvidence } from './stepEvidence';

export function postmortemEvidence(sources: EvidenceSources): StepEvidence {
  const alerts = sources.report ? alertsFromSignals(sources.report, sources.alertChannel) : [];
  return {
    step: 'postmortem',
    gatheredAt: sources.now.toISOString(),
    headline: alerts.length > 0 ? `${alerts.length} alerts would have caught this incident.` : 'No signal fired that an alert could watch.',
    tone: 'info',
    facts: [
      { label: 'Alert channel', value: sources.alertChannel, tone: 'info' },
      { label: 'Regression test', value: 'Add a test that feeds the drifted inputs and asserts the fix (the postmortem lists it as an action item).', tone: 'warn' },
    ],
    tables: [{ title: 'New alerts', columns: ['Name', 'Threshold', 'Channel'], rows: alerts.map((a) => [a.name, String(a.threshold), a.channel]) }],
    suggestedFindings: alerts.map((a) => `Alert ${a.name} at ${a.threshold} to ${a.channel}`),
    missing: sources.report ? [] : ['Run the drift check (step 3) to derive alerts from the signals that fired.'],
  };
}
