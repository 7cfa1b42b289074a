import { expect, test } from 'vitest';
import { chromiumPath, launchBrowser, offlinePage } from './support/browser.js';
import { testEnvironment } from './support/environment.js';

// A real browser that can reach nothing but Steward: GraphiQL must come whole from the package.
const { gateway } = await testEnvironment({ http: true });

test.skipIf(!chromiumPath)('GraphiQL renders and queries Steward with no other host reachable', async () => {
  const origin = await gateway.origin();
  const browser = await launchBrowser();
  try {
    const { page, elsewhere, failures } = await offlinePage(browser, origin);
    const introspection = page.waitForResponse((response) => response.url() === `${origin}/graphql` && response.request().method() === 'POST');
    introspection.catch(() => undefined); // awaited below, unless the page fails first and closes

    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.title()).toBe('Steward');
    // GraphiQL's own script ran and asked Steward for the schema; its placeholder credential is refused.
    expect((await introspection).status()).toBe(401);
    expect(elsewhere).toEqual([]);
    expect(failures.filter((failure) => !failure.includes('401'))).toEqual([]);
  } finally {
    await browser.close();
  }
});
