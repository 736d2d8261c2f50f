// The commands that write into the workspace or run git, and so are off in Restricted Mode. Each is
// hidden there by package.json (`enablement` and every menu `when` require `isWorkspaceTrusted`, checked by
// test/unit/extension/trustedOnlyCommands.test.ts) and refused by its own code, which a menu cannot bypass
// (`executeCommand`, walkthrough links and keybindings ignore `when`; test/integration/restricted/ checks
// that each refuses and writes nothing). Every other command only reads and shows.
import { CommandId } from './commandIds';

export const trustedOnlyCommands = [
  /** Writes the Markdown, JSON and chart SVGs of the last drift check. */
  CommandId.exportReport,
  /** Writes incidents/<ID>/runbook.yaml. */
  CommandId.startIncident,
  /** Runs git for the commit timeline and writes incidents/<ID>/postmortem.yaml. */
  CommandId.generatePostmortem,
  /** Appends to (or creates) model-changelog.yaml. */
  CommandId.addChangelogEntry,
] as const satisfies readonly CommandId[];

export type TrustedOnlyCommand = (typeof trustedOnlyCommands)[number];

/** The context key VS Code sets to true in a trusted workspace. */
export const trustContextKey = 'isWorkspaceTrusted';
