// The side panel in the real workbench: opened from the activity bar it lists the workspace's prediction
// logs by name and opens one in an editor; closed and reopened from the command palette it comes back. Its screenshot is the README's.
import { strict as assert } from 'node:assert';
import { basename } from 'node:path';
import { predictionLogs } from '../../harness/workspace';
import type { Page } from 'playwright-core';
import { openViewContainer, openWorkbench, publishScreenshot, runCommand, screenshot, screenshotIfFailed, webviewFrame, webviewFrameIn, webviewSettled, type Workbench } from '../support/workbench';

/** The log's content is on screen: as text lines, or in one of the extension's webviews in the editor area. */
async function editorShowsLog(page: Page, log: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const textLines = page.locator('.part.editor .monaco-editor .view-line').first();
  for (;;) {
    if (await textLines.isVisible()) return;
    try {
      const frame = await webviewFrameIn(page, 'editor', 500);
      if (await frame.getByText(log).first().isVisible()) {
        await webviewSettled(frame);
        return;
      }
    } catch {
      // no webview in the editor area yet
    }
    if (Date.now() > deadline) throw new Error(`${log} did not show in the editor area within ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}

describe('side panel (e2e)', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench({ label: 'e2e-side-panel' });
  });

  afterEach(async function () {
    await screenshotIfFailed(this, workbench?.page);
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens from the "Model Incident" activity bar item and lists the prediction logs by name', async () => {
    const { page, workspace } = workbench;
    const expected = predictionLogs(workspace.folder);
    assert.ok(expected.length > 0, `no prediction logs in ${workspace.folder}`);
    await openViewContainer(page, 'Model Incident');
    const frame = await webviewFrame(page);
    await frame.getByText(basename(workspace.folder), { exact: true }).first().waitFor({ state: 'visible', timeout: 60_000 });
    for (const name of expected) await frame.getByText(name, { exact: true }).first().waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('opens a log in an editor from its "Open" button (webview intent -> host -> editor)', async () => {
    const { page, workspace } = workbench;
    const csv = predictionLogs(workspace.folder).find((name) => name.endsWith('.csv'));
    assert.ok(csv, `no CSV log in ${workspace.folder}`);
    await (await webviewFrame(page)).locator(`[aria-label="Open ${csv}"]`).click();
    await page.locator('.tabs-container .tab.active', { hasText: basename(csv) }).waitFor({ state: 'visible', timeout: 30_000 });
    await editorShowsLog(page, csv);
    // Away from the button, so no hover tooltip sits on the README's screenshot.
    await page.mouse.move(900, 600);
    publishScreenshot(await screenshot(page, 'side-panel'), 'side-panel.png');
  });

  it('comes back through "Model Incident: Show Side Panel" from the command palette', async () => {
    const { page, workspace } = workbench;
    await runCommand(page, 'View: Close Primary Side Bar');
    await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: 10_000 });
    await runCommand(page, 'Model Incident: Show Side Panel');
    await page.locator('.part.sidebar').waitFor({ state: 'visible', timeout: 10_000 });
    await (await webviewFrame(page)).getByText(basename(workspace.folder), { exact: true }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(page, 'palette-show-side-panel');
  });
});
