// In Restricted Mode the runbook reads and shows but does not write: the manifest hides and disables every
// writing command there (the code refuses them too: workspaceWrites.assertTrusted, gitHistory).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { CommandId } from '../../../../src/extension/commandIds';

interface Manifest {
  contributes: {
    commands: { command: string; enablement?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    walkthroughs: { id: string; steps: { description: string; media: { markdown?: string } }[] }[];
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const writers = [CommandId.startIncident, CommandId.generatePostmortem, CommandId.addChangelogEntry];

describe('runbook contributions', () => {
  it('disables the writing commands in Restricted Mode and hides them from the palette and menus', () => {
    for (const id of writers) {
      const command = manifest.contributes.commands.find((c) => c.command === id);
      assert.equal(command?.enablement, 'isWorkspaceTrusted', id);
      const entries = Object.values(manifest.contributes.menus).flat().filter((m) => m.command === id);
      assert.ok(entries.some((m) => m.when === 'isWorkspaceTrusted'), `${id} is not hidden from the palette`);
      for (const entry of entries) assert.match(entry.when ?? '', /isWorkspaceTrusted/, `${id} shows in a menu without trust`);
    }
  });

  it('keeps Resume Runbook and Show Model Changelog available for reading', () => {
    for (const id of [CommandId.resumeRunbook, CommandId.showModelChangelog]) {
      assert.equal(manifest.contributes.commands.find((c) => c.command === id)?.enablement, undefined, id);
    }
  });

  it('has a walkthrough whose media exist and whose links name real commands', () => {
    const walkthrough = manifest.contributes.walkthroughs.find((w) => w.id === 'modelIncident.runbook');
    assert.ok(walkthrough);
    const known = new Set<string>(Object.values(CommandId));
    for (const step of walkthrough.steps) {
      if (step.media.markdown) readFileSync(step.media.markdown, 'utf8');
      for (const [, id] of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(known.has(id!), id);
    }
  });
});
