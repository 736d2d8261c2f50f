// package.json and the code agree: every contributed command is registered in code and the reverse,
// every contributed setting is read in code and the reverse.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { CommandId } from '../../src/extension/commandIds';
import { SettingKey } from '../../src/extension/settingKeys';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package.json', () => {
  it('contributes exactly the commands the code registers', () => {
    const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(CommandId).sort());
  });

  it('gives every command the "Model Incident" category and a title', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Model Incident', command.command);
      assert.ok(command.title, command.command);
    }
  });

  it('declares exactly the settings the code reads, each with a title and description', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, Record<string, unknown>>;
    const declared = Object.keys(properties).sort();
    assert.deepEqual(declared, Object.values(SettingKey).map((k) => `modelIncident.${k}`).sort());
    for (const [key, setting] of Object.entries(properties)) {
      assert.ok(setting.title, `${key} has no title`);
      assert.ok(setting.markdownDescription ?? setting.description, `${key} has no description`);
    }
  });

  it('activates implicitly, never on *', () => {
    assert.ok(!(manifest.activationEvents ?? []).includes('*'));
  });

  it('pins engines.vscode to the @types/vscode it compiles against', () => {
    const types = manifest.devDependencies['@types/vscode'].replace(/^[\^~]/, '');
    assert.equal(manifest.engines.vscode, `^${types}`);
  });

  it('supports untrusted workspaces in limited mode, with a description', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.description.length > 20);
  });

  it('ships a CLI binary named model-incident', () => {
    assert.equal(manifest.bin['model-incident'], './dist/cli.js');
  });
});
