import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { testEnvironment } from './support/environment.js';

// A real browser that can reach nothing but Steward: GraphiQL must come whole from the package.
// CI names the browser (CHROMIUM_PATH), so there it runs or fails; elsewhere it runs where Debian's chromium is installed.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const { gateway } = await testEnvironment({ http: true });

test.skipIf(!executablePath)('GraphiQL renders and queries Steward with no other host reachable', async () => {
  const origin = await gateway.origin();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      elsewhere.push(url);
      return route.abort('internetdisconnected');
    });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    const introspection = page.waitForResponse((response) => response.url() === `${origin}/graphql` && response.request().method() === 'POST');
    introspection.catch(() => undefined); // awaited below, unless the page fails first and closes

    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.title()).toBe('Steward');
    // GraphiQL's own script ran and asked Steward for the schema; its placeholder credential is refused.
    expect((await introspection).status()).toBe(401);
    expect(elsewhere).toEqual([]);
    expect(failures).toEqual([]);
  } finally {
    await browser.close();
  }
});
