// Debian's Chromium driven by playwright-core (no browser download: the machine has no internet). The flags
// keep it off the network it cannot reach; a throwaway HOME keeps it out of the user's profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './cache';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const home = mkdtempSync(join(tmpdir(), 'model-incident-chromium-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    env: { ...process.env, HOME: home },
  });
  browser.once('disconnected', () => rmSync(home, { recursive: true, force: true }));
  return browser;
}
