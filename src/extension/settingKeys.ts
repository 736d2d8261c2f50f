// Every `modelIncident.*` setting the code reads, without the `modelIncident.` prefix. package.json's
// `contributes.configuration` must declare exactly these (test/unit/manifest.test.ts checks both ways).
// Kept free of `vscode` so plain Node tests can read it.
export const SettingKey = {
  logGlobs: 'logGlobs',
  changelogGlobs: 'changelogGlobs',
  excludeGlobs: 'excludeGlobs',
  runbookPath: 'runbook.path',
  gateAccuracyDrop: 'rollbackGate.accuracyDrop',
  gateP99LatencyRiseMs: 'rollbackGate.p99LatencyRiseMs',
  gateCtrDrop: 'rollbackGate.ctrDrop',
  alertChannel: 'alertChannel',
} as const;

export type SettingKey = (typeof SettingKey)[keyof typeof SettingKey];
