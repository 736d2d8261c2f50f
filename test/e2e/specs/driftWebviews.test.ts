// What the drift webviews show, in the real workbench: the drift check run from the palette (quick picks
// for baseline and current), the side panel's feature list and the report's table read back and compared
// with the CLI's JSON for the same files, every chart drawn under the webview CSP (no unsafe-eval: Vega
// runs its interpreter), the charts re-drawn when the theme changes, and hostile column names (an HTML
// payload, `__proto__`) shown as text, and a log's profile against the CLI's. Screenshots go to
// test-results/screenshots/.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { formatNumber } from '../../../src/core/charts/format';
import { rankDecision } from '../../../src/core/drift/rankDecision';
import type { DriftReport } from '../../../src/core/drift/report';
import { repoRoot } from '../../harness/workspace';
import { openViewContainer, openWorkbench, runCommand, screenshot, screenshotIfFailed, type Workbench, publishScreenshot } from '../support/workbench';

const baselineFile = 'data/training_baseline.parquet';
const currentFile = 'logs/predictions-2026-10-16_30.arrow';
const hostileHtml = '<img src=x onerror=alert(1)>';
const hostileProto = '__proto__';

/** The CLI's report for the same two files, run in the workspace like a user would. */
function cliReport(folder: string, baseline: string, current: string): DriftReport {
  const out = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'drift', baseline, current, '--json'], { cwd: folder, maxBuffer: 64 << 20, encoding: 'utf8' });
  return JSON.parse(out) as DriftReport;
}

/** The webview content frame that contains `selector` (side panel and report are both extension webviews). */
async function frameWith(page: Page, selector: string, timeoutMs = 60_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if ((await frame.locator(selector).count()) > 0) return frame;
      } catch {
        // a frame that navigated or went away while we asked
      }
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${selector}`);
    await page.waitForTimeout(500);
  }
}

// The workbench can hold more than one quick input widget (the palette's, and one per createQuickPick):
// only the visible one counts.
const quickInput = (page: Page): Locator => page.locator('.quick-input-widget .quick-input-box input').filter({ visible: true }).first();
const quickRow = (page: Page, label: string): Locator =>
  page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).filter({ visible: true }).first();

/** Picks the quick pick item whose label is `label`, typing it as the filter first. */
async function pickQuickItem(page: Page, label: string): Promise<void> {
  const input = quickInput(page);
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  await input.fill(label, { timeout: 10_000 });
  const row = quickRow(page, label);
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await row.click();
}

/**
 * Runs a palette command that opens a quick pick of its own (the shared `runCommand` waits for the
 * palette to close, which such a command never lets it do). Retries while the extension host starts.
 */
async function runPickingCommand(page: Page, title: string, nextTitle: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await page.keyboard.press('F1');
    const input = quickInput(page);
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    try {
      await quickRow(page, title).click({ timeout: 3000 });
      await page.locator('.quick-input-widget .quick-input-title', { hasText: nextTitle }).filter({ visible: true }).first().waitFor({ state: 'visible', timeout: 15_000 });
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`the palette never offered "${title}"`, { cause: error });
      await page.waitForTimeout(1000);
    }
  }
}

/**
 * Baseline then current through the command's two quick picks. With `slices`, waits for the second pick
 * to list the time slices of the baseline first: picking while they load cancels that load, and the
 * worker restart that follows a slow cancel takes the drift check down with it ("the worker thread
 * stopped"), a host-side race this test steps around rather than hides behind retries.
 */
async function runDriftCheck(page: Page, baseline: string, current: string, slices = false): Promise<void> {
  // A second attempt when the workbench closes the pick under us (focus moving while views refresh).
  for (let attempt = 1; ; attempt++) {
    try {
      await runPickingCommand(page, 'Model Incident: Run Drift Check', 'Run Drift Check (1/2)');
      await pickQuickItem(page, baseline);
      await page.locator('.quick-input-widget .quick-input-title', { hasText: '(2/2)' }).filter({ visible: true }).first().waitFor({ state: 'visible', timeout: 30_000 });
      if (slices) await quickRow(page, 'Before and after a date').waitFor({ state: 'visible', timeout: 60_000 });
      await pickQuickItem(page, current);
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
    }
  }
}

/** Collapses every expanded view of the side bar but `keep`, so a screenshot shows that one at full height. */
async function collapseViewsBut(page: Page, keep: string): Promise<void> {
  const expanded = page.locator('.part.sidebar .pane-header[aria-expanded="true"]');
  const titles = await expanded.locator('h3.title').allTextContents();
  for (const title of titles.map((t) => t.trim()).filter((t) => t.toLowerCase() !== keep.toLowerCase())) {
    await expanded.filter({ has: page.locator('h3.title', { hasText: new RegExp(`^${title}$`, 'i') }) }).first().click();
  }
}

/** The theme kind the webview was given: VS Code sets it as a body class. */
async function themeOf(frame: Frame): Promise<string> {
  const classes = (await frame.locator('body').getAttribute('class')) ?? '';
  return /vscode-(high-contrast-light|high-contrast|light|dark)/.exec(classes)?.[1] ?? 'unknown';
}

/** Waits until every chart in the frame has drawn (or one failed) and returns their states. */
async function chartStates(frame: Frame, timeoutMs = 60_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await frame.locator('[data-chart]:not(.chart-sparkline)').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-chart')}:${n.getAttribute('data-rendered') ?? 'pending'}`));
    if (states.length > 0 && states.every((s) => !s.endsWith(':pending'))) return states;
    if (Date.now() > deadline) return states;
    await frame.page().waitForTimeout(300);
  }
}

describe('drift webviews (e2e)', () => {
  let workbench: Workbench;
  let cli: DriftReport;
  const cspErrors: string[] = [];
  let dialogs = 0;

  before(async () => {
    workbench = await openWorkbench({ label: 'e2e-drift-webviews' });
    const { page } = workbench;
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|evaluate|load|apply)|unsafe-eval/i.test(message.text())) cspErrors.push(message.text());
    });
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    cli = cliReport(workbench.workspace.folder, baselineFile, currentFile);
  });

  afterEach(async function () {
    await screenshotIfFailed(this, workbench?.page);
  });

  after(async () => {
    await workbench?.close();
  });

  it('runs the drift check from the palette and lists every feature in the side panel as the CLI ranks it', async () => {
    const { page } = workbench;
    await openViewContainer(page, 'Model Incident');
    await runDriftCheck(page, baselineFile, currentFile, true);
    const side = await frameWith(page, '.feature-list li.feature', 120_000);
    const items = await side.locator('.feature-list li.feature').evaluateAll((nodes) =>
      nodes.map((n) => ({
        id: n.getAttribute('data-feature-id') ?? '',
        name: n.querySelector('.feature-name')?.textContent ?? '',
        severity: n.querySelector('.severity-icon')?.textContent ?? '',
        signal: n.querySelector('.feature-signal')?.textContent ?? '',
      })),
    );
    assert.equal(items.length, cli.features.length);
    const byId = new Map(cli.features.map((f) => [f.id as string, f]));
    for (const item of items) {
      const feature = byId.get(item.id);
      assert.ok(feature, `the side panel shows ${item.id}, which the CLI does not have`);
      assert.equal(item.name, feature.name);
      assert.equal(item.severity, feature.rankSeverity);
      const decided = rankDecision(feature, cli.methods.thresholds)?.decidedBy;
      if (decided) assert.ok(item.signal.includes(formatNumber(decided.value)), `${feature.name}: "${item.signal}" lacks ${formatNumber(decided.value)}`);
    }
    const worst = cli.features.filter((f) => f.rankSeverity === 'critical').length;
    assert.equal((await side.locator('.counts').first().textContent())?.includes(`critical ${worst}`), true);
    assert.deepEqual((await chartStates(side)).filter((s) => !s.endsWith(':true')), []);
    await collapseViewsBut(page, 'Explore');
    await side.locator('.detail figure.chart').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.mouse.move(900, 600);
    publishScreenshot(await screenshot(page, `drift-side-panel-${await themeOf(side)}`), 'drift-explore.png');
  });

  it('filters the list by search and severity and moves through it with the keyboard', async () => {
    const side = await frameWith(workbench.page, '.feature-list li.feature');
    const first = cli.features[0]!;
    await side.locator('vscode-textfield').first().locator('input').fill(first.name);
    await side.locator('.feature-list li.feature', { hasText: first.name }).first().waitFor({ state: 'visible' });
    const shown = await side.locator('.feature-list li.feature .feature-name').allTextContents();
    assert.ok(shown.length >= 1 && shown.every((name) => name.toLowerCase().includes(first.name.toLowerCase())), shown.join(', '));
    await side.locator('vscode-textfield').first().locator('input').fill('');
    await side.locator('.feature-list').focus();
    await workbench.page.keyboard.press('ArrowDown');
    await workbench.page.keyboard.press('Enter');
    const second = await side.locator('.feature-list li.feature').nth(1).getAttribute('data-feature-id');
    await side.locator(`.feature-list li.feature[data-feature-id="${second}"][aria-selected="true"]`).waitFor({ state: 'visible', timeout: 30_000 });
    await side.locator('.detail h3', { hasText: byName(cli, second!) }).waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('opens the report, whose table shows the CLI statistics and whose charts all draw under the CSP', async () => {
    const { page } = workbench;
    const side = await frameWith(page, '.feature-list li.feature');
    await side.getByText('Open Report', { exact: true }).click();
    const report = await frameWith(page, 'table.features tbody tr', 60_000);
    const rows = await report.locator('table.features tbody tr').evaluateAll((nodes) =>
      nodes.map((n) => ({ id: n.getAttribute('data-feature-id') ?? '', cells: [...n.querySelectorAll('td')].map((td) => td.textContent ?? '') })),
    );
    const headers = await report.locator('table.features thead th').allTextContents();
    const column = (label: string): number => headers.findIndex((h) => h.trim() === label);
    assert.equal(rows.length, cli.features.length);
    for (const row of rows) {
      const feature = cli.features.find((f) => f.id === row.id)!;
      assert.equal(row.cells[column('Feature')], feature.name);
      assert.equal(row.cells[column('PSI')], formatNumber(feature.psi), `${feature.name} PSI`);
      assert.equal(row.cells[column('KS D')], formatNumber(feature.ks?.statistic), `${feature.name} KS D`);
      assert.equal(row.cells[column('KS p')], formatNumber(feature.ks?.pValue), `${feature.name} KS p`);
      assert.equal(row.cells[column('Wasserstein')], formatNumber(feature.wasserstein), `${feature.name} Wasserstein`);
      assert.equal(row.cells[column('JS distance')], formatNumber(feature.jensenShannon), `${feature.name} JS`);
      assert.equal(row.cells[column('χ² p')], formatNumber(feature.chiSquare?.pValue), `${feature.name} chi-square p`);
    }
    const share = await report.locator('[data-value="datasetDriftShare"]').textContent();
    assert.equal(share, `${(cli.summary.datasetDrift.share * 100).toFixed(1)}%`);
    const states = await chartStates(report);
    assert.ok(states.length >= 5, states.join(', '));
    assert.deepEqual(states.filter((s) => !s.endsWith(':true')), []);
    // A numeric feature's charts: the ECDF pair with its KS rule draws too.
    const numeric = cli.features.find((f) => f.kind === 'numeric' && f.ks !== null);
    assert.ok(numeric, 'the sample incident has a numeric feature');
    await report.locator(`table.features tbody tr[data-feature-id="${numeric.id}"]`).click();
    await report.locator('[data-chart="ecdfPair"][data-rendered="true"] svg').first().waitFor({ state: 'attached', timeout: 30_000 });
    assert.deepEqual((await chartStates(report)).filter((s) => !s.endsWith(':true')), []);
    assert.deepEqual(cspErrors, []);
    const theme = await themeOf(report);
    await report.locator('.feature-detail').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    publishScreenshot(await screenshot(page, `drift-report-charts-${theme}`), 'drift-report.png');
    await report.locator('section[aria-label="Drift over time"]').scrollIntoViewIfNeeded();
    await screenshot(page, `drift-report-heatmap-${theme}`);
    await report.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    await screenshot(page, `drift-report-${theme}`);
  });

  it('sorts by a column and re-draws the charts in the other theme, keeping the selection', async () => {
    const { page } = workbench;
    const report = await frameWith(page, 'table.features tbody tr');
    await report.locator('table.features thead th button', { hasText: /^PSI$/ }).click();
    const sorted = await report.locator('table.features tbody tr').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-feature-id')));
    const expected = [...cli.features].sort((a, b) => (b.psi ?? -1) - (a.psi ?? -1)).map((f) => f.id);
    assert.deepEqual(sorted.slice(0, 3), expected.slice(0, 3));
    const before = await themeOf(report);
    const fillsBefore = await report.locator('[data-chart] svg path[fill]').evaluateAll((nodes) => nodes.slice(0, 40).map((n) => n.getAttribute('fill')));
    await runCommand(page, 'Preferences: Toggle between Light/Dark Themes');
    const deadline = Date.now() + 30_000;
    while ((await themeOf(report)) === before && Date.now() < deadline) await page.waitForTimeout(300);
    const after = await themeOf(report);
    assert.notEqual(after, before, 'the theme did not change');
    await page.waitForTimeout(1500);
    const fillsAfter = await report.locator('[data-chart] svg path[fill]').evaluateAll((nodes) => nodes.slice(0, 40).map((n) => n.getAttribute('fill')));
    assert.notDeepEqual(fillsAfter, fillsBefore, `the charts kept their ${before}-theme colours`);
    assert.deepEqual((await chartStates(report)).filter((s) => !s.endsWith(':true')), []);
    assert.equal(await report.locator('table.features tbody tr[aria-selected="true"]').count(), 1, 'the selection was lost on the re-draw');
    await screenshot(page, `drift-report-${after}`);
    await report.locator('.feature-detail').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, `drift-report-charts-${after}`);
    await openViewContainer(page, 'Model Incident');
    await screenshot(page, `drift-side-panel-${after}`);
  });

  it('shows hostile column names as text in the side panel and the report', async () => {
    const { page, workspace } = workbench;
    const folder = join(workspace.folder, 'hostile');
    mkdirSync(folder, { recursive: true });
    const csv = (shift: number): string => {
      const lines = [`"${hostileHtml}",${hostileProto},constructor`];
      for (let i = 0; i < 300; i++) lines.push(`${((i * 37) % 101) + shift},${['a', 'b', hostileProto][i % 3]},${i % 7}`);
      return `${lines.join('\n')}\n`;
    };
    writeFileSync(join(folder, 'hostile-baseline.csv'), csv(0));
    writeFileSync(join(folder, 'hostile-current.csv'), csv(40));
    await runCommand(page, 'Model Incident: Rescan Workspace for Logs');
    // The rescan is asynchronous: the side panel's log list says when the index has the new files.
    const panel = await frameWith(page, '.feature-list li.feature');
    await panel.locator('li.log .log-name', { hasText: 'hostile/hostile-current.csv' }).waitFor({ state: 'attached', timeout: 60_000 });
    await runDriftCheck(page, 'hostile/hostile-baseline.csv', 'hostile/hostile-current.csv');
    const side = await frameWith(page, `.feature-list li.feature`, 120_000);
    await side.locator('.feature-name', { hasText: hostileHtml }).first().waitFor({ state: 'visible', timeout: 120_000 });
    await side.locator('.feature-name', { hasText: hostileProto }).first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await side.locator('img').count(), 0);
    await side.getByText('Open Report', { exact: true }).click();
    const report = await frameWith(page, 'table.features tbody tr');
    await report.locator('table.features td', { hasText: hostileHtml }).first().waitFor({ state: 'visible', timeout: 60_000 });
    assert.equal(await report.locator('img').count(), 0);
    assert.deepEqual((await chartStates(report)).filter((s) => !s.endsWith(':true')), []);
    assert.equal(dialogs, 0, 'an alert() ran');
    assert.deepEqual(cspErrors, []);
    await screenshot(page, 'drift-hostile-names');
  });

  it("opens a log's profile whose schema matches the CLI's profile and whose distributions all draw", async () => {
    const { page, workspace } = workbench;
    const log = 'logs/predictions-2026-10-01_15.csv';
    const out = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'profile', log, '--json'], { cwd: workspace.folder, maxBuffer: 64 << 20, encoding: 'utf8' });
    const profile = JSON.parse(out) as CliProfile;
    await runPickingCommand(page, 'Model Incident: Open Prediction Log', 'Open Prediction Log');
    await pickQuickItem(page, log);
    const view = await frameWith(page, 'section[aria-label="Schema"] table tbody tr', 120_000);
    const rows = await view.locator('section[aria-label="Schema"] table tbody tr').evaluateAll((nodes) => nodes.map((n) => [...n.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    assert.equal(rows.length, profile.columns.length);
    profile.columns.forEach((column, i) => {
      const [name, , kind, role, nulls, , , , mean] = rows[i]!;
      assert.deepEqual([name, kind, role?.replace(' (set)', ''), Number(nulls)], [column.name, column.kind, column.role, column.nullCount], column.name);
      assert.equal(mean, column.mean === undefined ? '—' : formatNumber(column.mean), `${column.name} mean`);
    });
    assert.ok((await view.locator('p.empty').first().textContent())?.startsWith(`${profile.rows.toLocaleString('en-US')} rows`));
    // Distribution charts draw when scrolled into view.
    for (const chart of await view.locator('[data-chart]').all()) await chart.scrollIntoViewIfNeeded();
    const states = await chartStates(view);
    assert.ok(states.length > 10, states.join(', '));
    assert.deepEqual(states.filter((s) => !s.endsWith(':true')), []);
    assert.deepEqual(cspErrors, []);
    await view.locator('section[aria-label="Distributions"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'log-profile');
  });

  it("brings the log's profile panel back after a window reload (found by its restore id)", async () => {
    const { page } = workbench;
    await runCommand(page, 'Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    const view = await frameWith(page, 'section[aria-label="Schema"] table tbody tr', 120_000);
    assert.ok((await view.locator('p.empty').first().textContent())?.startsWith('7,480 rows'), 'the CSV log of the test before, profiled again');
    assert.equal(await view.locator('section[aria-label="Schema"] table tbody tr').count(), 28);
    await screenshot(page, 'log-profile-after-reload');
  });
});

interface CliProfile {
  readonly rows: number;
  readonly columns: readonly { readonly name: string; readonly kind: string; readonly role: string; readonly nullCount: number; readonly mean?: number }[];
}

function byName(report: DriftReport, id: string): string {
  return report.features.find((f) => f.id === id)?.name ?? id;
}
