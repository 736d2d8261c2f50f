// The Restricted Mode run's premise: the workspace is NOT trusted. Every other restricted suite would pass
// for the wrong reason in a trusted window (a write that is not refused would simply fail their checks the
// other way round, or not at all), so a root hook checks it before any test of the run and stops the run.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activeApi, extension } from '../support/extension';

before(function () {
  if (vscode.workspace.isTrusted) {
    throw new Error(
      'RESTRICTED RUN IN A TRUSTED WORKSPACE: vscode.workspace.isTrusted is true, so nothing of Restricted Mode ' +
        'would be tested. Check that test/harness/integration.ts --restricted starts code-server without ' +
        '--disable-workspace-trust, with security.workspace.trust.enabled in a fresh user-data-dir.',
    );
  }
});

describe('Restricted Mode: the premise', () => {
  it('opens the workspace untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('activates the extension, which supports untrusted workspaces in limited mode', async () => {
    const api = await activeApi();
    assert.ok(extension().isActive, 'the extension did not activate in Restricted Mode');
    assert.ok(api.index, 'activate() returned no api');
    const capability = (extension().packageJSON as { capabilities?: { untrustedWorkspaces?: { supported?: unknown } } }).capabilities?.untrustedWorkspaces?.supported;
    assert.equal(capability, 'limited');
  });
});
