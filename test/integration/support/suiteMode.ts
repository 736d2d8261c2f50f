// The integration layer's two runs and how a suite file belongs to one of them. Shared by the runner
// (plain Node: test/harness/integration.ts) and the bootstrap in the extension host (test/integration/index.ts),
// so nothing here may import 'vscode'.
import { relative, sep } from 'node:path';

/**
 * `trusted`: the workspace is trusted (code-server started with --disable-workspace-trust), every suite
 * outside `restricted/`. `restricted`: workspace trust on and the folder untrusted (Restricted Mode), only
 * the suites under `restricted/`.
 */
export const suiteModes = ['trusted', 'restricted'] as const;
export type SuiteMode = (typeof suiteModes)[number];

/** Set by the runner on the server; the extension host, and so the bootstrap, inherits it. Unset means trusted. */
export const suiteModeVariable = 'MODEL_INCIDENT_TEST_MODE';

/** The folder, under test/integration (dist-test/integration once bundled), of the Restricted Mode suites. */
export const restrictedFolder = 'restricted';

export function suiteModeOf(value: string | undefined): SuiteMode {
  if (value === undefined || value === '') return 'trusted';
  const mode = suiteModes.find((m) => m === value);
  if (!mode) throw new Error(`${suiteModeVariable}=${value} is not a suite mode (${suiteModes.join(', ')})`);
  return mode;
}

/** Whether the suite file at `path` (under `root`) runs in `mode`: restricted suites only there, the rest only trusted. */
export function runsIn(mode: SuiteMode, root: string, path: string): boolean {
  const inRestricted = relative(root, path).split(sep)[0] === restrictedFolder;
  return inRestricted === (mode === 'restricted');
}
