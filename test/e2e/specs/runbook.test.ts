// The runbook in the real workbench, as a newcomer meets it: "Start Incident" from the palette, the two
// input boxes, the runbook panel; "Choose logs" runs the drift check through its quick picks; step 1's
// evidence button fills the step with measured numbers; a finding adopted with one click is saved in
// incidents/<ID>/runbook.yaml; after a window reload the panel comes back from that file. Screenshots at
// each stage.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { openWorkbench, publishScreenshot, runCommand, screenshot, screenshotIfFailed, webviewFrameIn, type Workbench } from '../support/workbench';

const incident = 'INC-2026-0142';

/**
 * Runs a palette command that answers with an input box of its own (the shared runCommand waits for the
 * quick input to close, which such a command never lets happen), retrying until the extension host is up.
 */
async function runPromptingCommand(page: Page, title: string, firstPrompt: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ state: 'visible', timeout: 3000 });
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: firstPrompt }).waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt > 20) throw new Error(`"${title}" never asked "${firstPrompt}"`, { cause: error });
      await page.waitForTimeout(1000);
    }
  }
}

async function answerInput(page: Page, title: string, text: string): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: 30_000 });
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(text);
  await page.keyboard.press('Enter');
}

/** Filters the open quick pick by `text` and takes the first match (clicking can land on a row mid-render). */
async function pick(page: Page, text: string, loadedWhen?: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 60_000 });
  // Items that arrive while the pick is open (a log's time and version slices) reset its filter: wait for them.
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: loadedWhen ?? '' }).first().waitFor({ state: 'visible', timeout: 60_000 });
  await input.fill(text);
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  // Enter only once the filter has applied: every row left names the wanted file.
  for (const deadline = Date.now() + 30_000; ; ) {
    const texts = await rows.allInnerTexts();
    if (texts.length > 0 && texts.every((t) => t.includes(text))) break;
    if (Date.now() > deadline) throw new Error(`the quick pick never narrowed to "${text}": ${texts.join(' | ')}`);
    await page.waitForTimeout(200);
  }
  await page.keyboard.press('Enter');
}

describe('incident runbook (e2e)', () => {
  let workbench: Workbench;
  let frame: FrameLocator;

  before(async () => {
    workbench = await openWorkbench({ label: 'e2e-runbook' });
  });

  afterEach(async function () {
    await screenshotIfFailed(this, workbench?.page);
  });

  after(async () => {
    await workbench?.close();
  });

  it('starts an incident from the palette and opens the runbook panel with its seven steps', async () => {
    const { page, workspace } = workbench;
    await runPromptingCommand(page, 'Model Incident: Start Incident', 'Start Incident (1/2): incident id');
    await answerInput(page, 'Start Incident (1/2): incident id', incident);
    await answerInput(page, 'Start Incident (2/2): what is wrong, in one line', 'Fraud model flags too much after v2.4.0');
    frame = await webviewFrameIn(page, 'editor');
    await frame.getByText(`${incident}: Fraud model flags too much after v2.4.0`).waitFor({ state: 'visible', timeout: 60_000 });
    assert.equal(await frame.locator('vscode-collapsible').count(), 7);
    assert.ok(existsSync(join(workspace.folder, 'incidents', incident, 'runbook.yaml')));
    await screenshot(page, 'runbook-started');
  });

  it('chooses the logs through the drift check\'s quick picks and gathers step 1\'s evidence', async () => {
    const { page, workspace } = workbench;
    await frame.locator('#step-define vscode-button', { hasText: 'Choose logs' }).click();
    await pick(page, 'training_baseline.parquet');
    await pick(page, 'predictions-2026-10-16_30.arrow', 'Before and after a date');
    await frame.getByText('logs/predictions-2026-10-16_30.arrow', { exact: true }).waitFor({ state: 'visible', timeout: 120_000 });
    await frame.locator('#step-define vscode-button', { hasText: 'Gather evidence' }).click();
    await frame.locator('#step-define .headline', { hasText: 'Underperforming:' }).waitFor({ state: 'visible', timeout: 120_000 });
    const add = frame.locator('#step-define .suggested vscode-button').first();
    await add.click();
    await frame.locator('#step-define .findings li').first().waitFor({ state: 'visible', timeout: 30_000 });
    const state = readFileSync(join(workspace.folder, 'incidents', incident, 'runbook.yaml'), 'utf8');
    assert.match(state, /findings:\n\s+- Accuracy/);
    assert.match(state, /baseline:\n\s+path: data\/training_baseline\.parquet/);
    await page.mouse.move(1300, 880);
    publishScreenshot(await screenshot(page, 'runbook-step1-evidence'), 'runbook.png');
  });

  it('comes back after a window reload, restored from runbook.yaml', async () => {
    const { page } = workbench;
    await runCommand(page, 'Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    frame = await webviewFrameIn(page, 'editor', 120_000);
    await frame.getByText(`${incident}: Fraud model flags too much after v2.4.0`).waitFor({ state: 'visible', timeout: 120_000 });
    await frame.locator('#step-define .findings li', { hasText: 'Accuracy (labelled rows) moved' }).waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(page, 'runbook-after-reload');
  });
});
