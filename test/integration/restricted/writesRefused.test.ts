// Restricted Mode refuses everything that writes or runs git, in code and not only in menus: each
// trusted-only command is run the way that writes without asking in a trusted window (the same arguments
// the trusted suites pass), and must tell the user why it did nothing, and the workspace folder (.git
// included) must hold exactly the same files, byte for byte. The runbook itself still opens and shows; its
// edits stay in memory, its panel's write buttons are refused, and step 2 gathers no commits.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { runbookPath, runbookText } from '../../../src/core/runbook/runbookFile';
import { newRunbook } from '../../../src/core/runbook/runbookState';
import { CommandId } from '../../../src/extension/commandIds';
import type { DriftOutcome } from '../../../src/extension/drift/runDriftCheck';
import type { RunbookSession } from '../../../src/extension/runbook/runbookSession';
import { trustedOnlyCommands, type TrustedOnlyCommand } from '../../../src/extension/trustedOnlyCommands';
import type { RunbookSnapshot } from '../../../src/protocol/runbook';
import { activeApi, workspaceRoot } from '../support/extension';
import { messagesShownBy, type ShownMessage } from './shownMessages';
import { changedPaths, fingerprint, type Fingerprint } from './workspaceFingerprint';

const incident = 'INC-2026-0142';
const baselineFile = 'data/training_baseline.parquet';
const currentFile = 'logs/predictions-2026-10-16_30.arrow';

interface Refusal {
  /** Arguments with which the command writes without asking anything in a trusted window. */
  readonly args?: unknown;
  /** What the message must say. */
  readonly says: RegExp;
}

/** One per trusted-only command: the type makes a command added to that list fail to compile here until it is tested. */
const refusals: Record<TrustedOnlyCommand, Refusal> = {
  [CommandId.exportReport]: { args: { path: 'exports/drift-report.md' }, says: /^Export Report writes files into the workspace: trust the workspace first/ },
  [CommandId.startIncident]: { args: { incident: 'INC-2026-0200', title: 'a second incident' }, says: /^Restricted Mode: starting an incident .* is off in an untrusted workspace/ },
  [CommandId.generatePostmortem]: { says: /^Restricted Mode: generating the postmortem is off in an untrusted workspace/ },
  [CommandId.addChangelogEntry]: {
    args: { entry: { version: 'v2.4.1', date: '2026-10-22', incident, root_cause: 'income scaled twice' } },
    says: /^Restricted Mode: adding a changelog entry is off in an untrusted workspace/,
  },
};

/** The refusal among the messages: exactly one error or warning, matching `says`. */
function refusalIn(shown: readonly ShownMessage[], says: RegExp, what: string): string {
  const refusals = shown.filter((m) => m.level !== 'information');
  assert.equal(refusals.length, 1, `${what}: expected one refusal, saw ${JSON.stringify(shown)}`);
  assert.match(refusals[0]!.text, says, what);
  return refusals[0]!.text;
}

describe('Restricted Mode: nothing is written and git is not run', function () {
  this.timeout(120_000);
  let untouched: Fingerprint;
  let lastSnapshot: RunbookSnapshot | undefined;

  /** Runs `action` and checks the workspace is byte-identical afterwards (each test on its own, so one leak does not fail the rest). */
  const writesNothing = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
    const before = fingerprint(workspaceRoot());
    const result = await action();
    assert.deepEqual(changedPaths(before, fingerprint(workspaceRoot())), [], `${what} changed the workspace`);
    return result;
  };

  before(async () => {
    const api = await activeApi();
    await api.index.refresh();
    // A drift result, so that Export Report has something to write and is refused for the right reason.
    if (!api.drift.results.current) {
      const outcome = await vscode.commands.executeCommand<DriftOutcome>(CommandId.runDriftCheck, { baseline: { path: baselineFile }, current: { path: currentFile } });
      assert.equal(outcome?.status, 'done', `the drift check did not finish: ${JSON.stringify(outcome).slice(0, 300)}`);
    }
    // An incident someone started in a trusted clone, as the test's own file (the extension may not write it).
    const stateFile = join(workspaceRoot(), runbookPath(incident));
    mkdirSync(dirname(stateFile), { recursive: true });
    writeFileSync(stateFile, runbookText(newRunbook(incident, 'Fraud model flags too much after v2.4.0', new Date('2026-10-21T08:00:00Z')), runbookPath(incident)));
    api.runbook.panel.onDidPost((message) => (lastSnapshot = message.snapshot));
    untouched = fingerprint(workspaceRoot());
    assert.ok(untouched.has('.git/HEAD'), 'the sample incident copy has no git history: the git checks would prove nothing');
  });

  it('resumes an existing runbook and shows it, marked as Restricted Mode', async () => {
    const api = await activeApi();
    const session = await writesNothing('resuming the runbook', async () => {
      const opened = await vscode.commands.executeCommand<RunbookSession | undefined>(CommandId.resumeRunbook, { incident });
      await api.runbook.panel.receive({ type: 'ready' });
      return opened;
    });
    assert.ok(session, 'the runbook did not open');
    assert.equal(session.state.incident, incident);
    assert.ok(api.runbook.panel.isOpen, 'the runbook panel did not open');
    assert.equal(lastSnapshot?.trusted, false, 'the runbook panel was not told it is in Restricted Mode');
  });

  for (const id of trustedOnlyCommands) {
    it(`refuses ${id} with a clear message and writes nothing`, async () => {
      const { args, says } = refusals[id];
      const { result, shown } = await writesNothing(id, () => messagesShownBy(() => vscode.commands.executeCommand(id, args)));
      refusalIn(shown, says, id);
      assert.ok(result === undefined || (result as { status?: unknown }).status === 'refused', `${id} returned ${JSON.stringify(result)}`);
    });
  }

  it('keeps runbook edits in memory and says they are not saved', async () => {
    const api = await activeApi();
    const panel = api.runbook.panel;
    await writesNothing('runbook edits', async () => {
      await panel.receive({ type: 'step', stepId: 'define', action: 'start' });
      await panel.receive({ type: 'finding', stepId: 'define', finding: 'fraud queue tripled since 2026-10-20' });
      await panel.receive({ type: 'check', stepId: 'define', item: 'accuracy', checked: true });
    });
    const define = api.runbook.session()?.state.steps.find((s) => s.id === 'define');
    assert.ok(define?.findings.includes('fraud queue tripled since 2026-10-20'), 'the finding is not kept in memory');
    assert.match(lastSnapshot?.message?.text ?? '', /^Restricted Mode: changes are shown but not saved to incidents\/INC-2026-0142\/runbook\.yaml/);
  });

  it('gathers step 2 without running git, and says why there are no commits', async () => {
    const api = await activeApi();
    // git must not run: .git stays byte-identical too.
    const evidence = await writesNothing('gathering step 2', () => api.runbook.gather('infrastructure'));
    assert.ok(evidence, 'no evidence for step 2');
    assert.ok(
      evidence.missing.some((m) => /^No commits: Restricted Mode: git is not run/.test(m)),
      `step 2 does not say git was not run: ${JSON.stringify(evidence.missing)}`,
    );
    assert.equal(evidence.facts.find((f) => f.label === 'Commits')?.value, 'unavailable');
  });

  it("refuses the runbook panel's write buttons", async () => {
    const api = await activeApi();
    for (const intent of ['generatePostmortem', 'addChangelogEntry'] as const) {
      const { shown } = await writesNothing(`the panel's ${intent}`, () => messagesShownBy(() => api.runbook.panel.receive({ type: 'intent', intent })));
      refusalIn(shown, /^Restricted Mode: .* is off in an untrusted workspace/, `the panel's ${intent}`);
    }
  });

  it('leaves the workspace byte-identical and still untrusted at the end', () => {
    assert.deepEqual(changedPaths(untouched, fingerprint(workspaceRoot())), [], 'the suite as a whole changed the workspace');
    assert.equal(vscode.workspace.isTrusted, false, 'trust changed during the run: the checks above may not have been in Restricted Mode');
  });
});
