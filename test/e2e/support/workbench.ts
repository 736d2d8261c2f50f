// What every end-to-end spec needs: a real workbench (code-server + Debian's Chromium) with the extension
// loaded (from source, or installed from a VSIX), the command palette, the extension's webview frame, and
// screenshots. A new spec is a `*.test.ts` under test/e2e/specs/ that calls openWorkbench() in `before`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../harness/browser';
import { startCodeServer, type CodeServer } from '../../harness/codeServer';
import { copySampleIncident, repoRoot, type WorkspaceCopy } from '../../harness/workspace';

export const extensionId = 'model-incident.model-incident-debugger';
export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

export interface WorkbenchOptions {
  /** 'source' loads this repository through the payload; an extensions dir uses what is installed there. */
  readonly extension?: 'source' | { readonly extensionsDir: string };
  readonly label?: string;
}

export interface Workbench {
  readonly page: Page;
  readonly server: CodeServer;
  readonly workspace: WorkspaceCopy;
  close(): Promise<void>;
}

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const label = options.label ?? 'e2e';
  const source = options.extension === undefined || options.extension === 'source';
  const workspace = copySampleIncident(label);
  const server = await startCodeServer({
    label,
    ...(typeof options.extension === 'object' ? { extensionsDir: options.extension.extensionsDir } : {}),
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const url = server.workbenchUrl({ folder: workspace.folder, ...(source ? { extensionDevelopmentPath: repoRoot } : {}) });
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    const opened = browser;
    return {
      page,
      server,
      workspace,
      async close() {
        await opened.close();
        await server.stop();
        workspace.remove();
      },
    };
  } catch (error) {
    const log = server.logTail();
    await browser?.close();
    await server.stop();
    workspace.remove();
    throw new Error(`the workbench did not open: ${(error as Error).message}\ncode-server log:\n${log}`, { cause: error });
  }
}

/** The activity bar entry of a view container, by its title ("Model Incident"). */
export function activityBarItem(page: Page, title: string): Locator {
  return page.locator(`.part.activitybar .action-item a.action-label[aria-label^="${title}"]`).first();
}

/** Opens a view container from the activity bar, unless its side bar is already showing. */
export async function openViewContainer(page: Page, title: string): Promise<void> {
  const item = activityBarItem(page, title);
  await item.waitFor({ state: 'visible', timeout: 60_000 });
  const sideBarTitle = page.locator('.part.sidebar .composite.title h2').first();
  const showing = (await sideBarTitle.isVisible()) && ((await sideBarTitle.textContent()) ?? '').toUpperCase().includes(title.toUpperCase());
  if (!showing) await item.click();
  await page.locator('.part.sidebar .composite.title').filter({ hasText: new RegExp(title, 'i') }).waitFor({ state: 'visible', timeout: 30_000 });
}

/**
 * Runs a command by its palette title ("Model Incident: Show Side Panel"). F1 can come before the
 * extension host has registered the command, so it retries until the palette lists it.
 */
export async function runCommand(page: Page, title: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ state: 'visible', timeout: 3000 });
      await row.click();
      await input.waitFor({ state: 'hidden', timeout: 10_000 });
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`the palette never offered "${title}"`, { cause: error });
      await page.waitForTimeout(1000);
    }
  }
}

/** The content frame of the extension's visible webview (outer iframe.webview.ready, inner #active-frame). */
export function webviewFrame(page: Page): FrameLocator {
  return page
    .frameLocator(`iframe.webview.ready[src*="extensionId=${extensionId}"]`)
    .first()
    .frameLocator('#active-frame');
}

/**
 * For an `afterEach`: when the test just failed, saves what the workbench showed as
 * test-results/screenshots/failed-<test title>.png.
 */
export async function screenshotIfFailed(context: Mocha.Context, page: Page | undefined): Promise<void> {
  const test = context.currentTest;
  if (!page || test?.state !== 'failed') return;
  const name = `failed-${test.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 80)}`;
  try {
    console.log(`      screenshot: ${await screenshot(page, name)}`);
  } catch {
    // the page itself is gone; the test's own error says why
  }
}

/** Saves a PNG of the whole workbench to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
