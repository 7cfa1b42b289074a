import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// CI names the browser (CHROMIUM_PATH), so there the browser tests run or fail; elsewhere they run
// where Debian's chromium is installed, and say so when they skip.
export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
if (!chromiumPath) console.warn('Browser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });

/** Where the browser tests leave their screenshots. */
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export interface OfflinePage {
  page: Page;
  /** Requests to any host but Steward, which were refused. */
  elsewhere: string[];
  /** Uncaught errors and console errors (a Content Security Policy violation is one). */
  failures: string[];
}

/** A page in `context` that can reach Steward at `origin` and nothing else. */
export async function offlinePage(context: Browser | BrowserContext, origin: string): Promise<OfflinePage> {
  const page = await context.newPage();
  const elsewhere: string[] = [];
  const failures: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    elsewhere.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`${message.text()} (${message.location().url})`);
  });
  return { page, elsewhere, failures };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
