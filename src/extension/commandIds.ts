// Every command the extension contributes, in one place: package.json's `contributes.commands` must list
// exactly these (test/unit/manifest.test.ts checks both directions).
export const CommandId = {
  refresh: 'modelIncident.refresh',
  showSidePanel: 'modelIncident.showSidePanel',
  runDriftCheck: 'modelIncident.runDriftCheck',
  openDriftReport: 'modelIncident.openDriftReport',
  showFeatureHistogram: 'modelIncident.showFeatureHistogram',
  compareModelVersions: 'modelIncident.compareModelVersions',
  openPredictionLog: 'modelIncident.openPredictionLog',
  exportReport: 'modelIncident.exportReport',
  startIncident: 'modelIncident.startIncident',
  resumeRunbook: 'modelIncident.resumeRunbook',
  generatePostmortem: 'modelIncident.generatePostmortem',
  addChangelogEntry: 'modelIncident.addChangelogEntry',
  showModelChangelog: 'modelIncident.showModelChangelog',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];
