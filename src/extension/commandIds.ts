// Every command the extension contributes, in one place: package.json's `contributes.commands` must list
// exactly these (test/unit/manifest.test.ts checks both directions).
export const CommandId = {
  refresh: 'modelIncident.refresh',
  showSidePanel: 'modelIncident.showSidePanel',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];
