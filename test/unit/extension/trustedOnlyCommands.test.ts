// package.json hides every command that writes or runs git in Restricted Mode: its `enablement`, its
// Command Palette entry and every menu item that shows it require isWorkspaceTrusted, and no other command
// is disabled by trust (so the list in src/extension/trustedOnlyCommands.ts is the one truth).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { trustContextKey, trustedOnlyCommands } from '../../../src/extension/trustedOnlyCommands';

interface ContributedCommand {
  readonly command: string;
  readonly enablement?: string;
}
interface MenuItem {
  readonly command?: string;
  readonly when?: string;
}
interface Manifest {
  readonly contributes: { readonly commands: readonly ContributedCommand[]; readonly menus: Readonly<Record<string, readonly MenuItem[]>> };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const trustedOnly: ReadonlySet<string> = new Set(trustedOnlyCommands);

/**
 * Whether a `when`/`enablement` clause is false whenever the workspace is untrusted: `isWorkspaceTrusted`
 * is one of its top-level `&&` terms and the clause has no `||` that could make it true without it.
 */
function requiresTrust(clause: string | undefined): boolean {
  if (clause === undefined || clause.includes('||')) return false;
  return clause.split('&&').some((term) => term.trim() === trustContextKey);
}

describe('trusted-only commands in package.json', () => {
  it('reads a clause as requiring trust only when isWorkspaceTrusted is a top-level && term', () => {
    assert.ok(requiresTrust('isWorkspaceTrusted'));
    assert.ok(requiresTrust('view == modelIncident.changelog && isWorkspaceTrusted'));
    assert.ok(!requiresTrust(undefined));
    assert.ok(!requiresTrust('!isWorkspaceTrusted'));
    assert.ok(!requiresTrust('isWorkspaceTrusted || view == x'));
    assert.ok(!requiresTrust('isWorkspaceTrustedSoon'));
  });

  it('lists only contributed commands', () => {
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const id of trustedOnlyCommands) assert.ok(contributed.has(id), `${id} is not contributed`);
  });

  it('gives each an enablement that requires trust, and no other command one', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(requiresTrust(command.enablement), trustedOnly.has(command.command), `${command.command}: enablement ${JSON.stringify(command.enablement)}`);
    }
  });

  it('hides each from the Command Palette in Restricted Mode', () => {
    const palette = manifest.contributes.menus.commandPalette ?? [];
    for (const id of trustedOnlyCommands) {
      const entries = palette.filter((item) => item.command === id);
      assert.equal(entries.length, 1, `${id}: ${entries.length} commandPalette entries`);
      assert.ok(requiresTrust(entries[0]?.when), `${id}: commandPalette when ${JSON.stringify(entries[0]?.when)}`);
    }
  });

  it('shows each in a menu only when the workspace is trusted', () => {
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) {
        if (item.command && trustedOnly.has(item.command)) assert.ok(requiresTrust(item.when), `${menu}: ${item.command} when ${JSON.stringify(item.when)}`);
      }
    }
  });
});
