// What every end-to-end spec needs: a real workbench (code-server + Debian's Chromium) with the extension
// loaded (from source, or installed from a VSIX), the command palette, the extension's webview frame, and
// screenshots. A new spec is a `*.test.ts` under test/e2e/specs/ that calls openWorkbench() in `before`.
import { copyFileSync, mkdirSync } from 'node:fs';
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
  }).catch((error: unknown) => {
    workspace.remove();
    throw error;
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
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`the palette never offered "${title}"`, { cause: error });
      await page.waitForTimeout(1000);
      continue;
    }
    // The command ran once the palette is gone or has been replaced by the command's own quick pick
    // (whose input no longer holds the `>` query); pressing Escape here would dismiss that pick.
    // A command may also reload the page (Reload Window): a vanished input counts as gone.
    const settleBy = Date.now() + 10_000;
    for (;;) {
      const visible = await input.isVisible().catch(() => false);
      const value = visible ? await input.inputValue({ timeout: 500 }).catch(() => undefined) : undefined;
      if (value !== `>${title}`) return;
      if (Date.now() > settleBy) throw new Error(`the palette still shows "${title}" after choosing it`);
      await page.waitForTimeout(100);
    }
  }
}

/** The parts of the workbench a webview can show in. */
export type WorkbenchPart = 'sidebar' | 'editor' | 'panel' | 'auxiliarybar';

const extensionWebviews = `iframe.webview.ready[src*="extensionId=${extensionId}"]`;

/**
 * The content frame (outer iframe.webview.ready, inner #active-frame) of the extension's webview showing in
 * `part`: the side panel in 'sidebar', a report or profile panel in 'editor'. VS Code lays webviews over the
 * workbench rather than inside the part's DOM, so the part is found by where the frame sits on the page.
 * Waits until such a webview is visible.
 */
export async function webviewFrameIn(page: Page, part: WorkbenchPart, timeoutMs = 60_000): Promise<FrameLocator> {
  const frames = page.locator(extensionWebviews);
  const area = page.locator(`.part.${part}`).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const box = await area.boundingBox();
    const count = await frames.count();
    for (let i = 0; box && i < count; i++) {
      const frame = await frames.nth(i).boundingBox();
      if (!frame || frame.width === 0 || frame.height === 0) continue;
      const x = frame.x + frame.width / 2;
      const y = frame.y + frame.height / 2;
      if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) {
        return frames.nth(i).contentFrame().frameLocator('#active-frame');
      }
    }
    if (Date.now() > deadline) throw new Error(`no webview of ${extensionId} became visible in the ${part} part within ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}

/**
 * Waits until a webview has finished loading: the extension's webviews show a `vscode-progress-ring` while
 * they wait for data, and remove it when the data arrives.
 */
export async function webviewSettled(frame: FrameLocator, timeoutMs = 60_000): Promise<void> {
  await frame.locator('vscode-progress-ring').first().waitFor({ state: 'detached', timeout: timeoutMs });
}

/** The side panel's content frame (the extension's webview in the side bar). */
export function webviewFrame(page: Page, timeoutMs?: number): Promise<FrameLocator> {
  return webviewFrameIn(page, 'sidebar', timeoutMs);
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

/**
 * Copies a screenshot to docs/screenshots/<name> for the README, only when asked
 * (`npm run screenshots` sets MODEL_INCIDENT_PUBLISH_SCREENSHOTS=1): a plain test run never dirties the tree.
 */
export function publishScreenshot(path: string, name: string): void {
  if (process.env.MODEL_INCIDENT_PUBLISH_SCREENSHOTS !== '1') return;
  const docs = join(repoRoot, 'docs', 'screenshots');
  mkdirSync(docs, { recursive: true });
  copyFileSync(path, join(docs, name));
}

/** Saves a PNG of the whole workbench to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
