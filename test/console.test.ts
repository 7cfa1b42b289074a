// The console in a real browser (Debian's Chromium) against a real Steward over HTTP, with no other
// host reachable: every flow an operator needs, each leaving a screenshot in test-results/screenshots.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import { digestToken } from '../src/access/tokens.js';
import { CONSOLE_DIRECTORY } from '../src/console/assets.js';
import { chromiumPath, launchBrowser, offlinePage, screenshot, type OfflinePage } from './support/browser.js';
import { testEnvironment } from './support/environment.js';
import { withTestGateway } from './support/gateway.js';
import { rememberSecrets } from './support/secrets.js';
import { createProject, createTenant, unique, type Tenant } from './support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });

/** What the page shows after a request of its own: given time on a busy machine (CI runs four suites on two cores). */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

test('the console is built, and its JavaScript stays under 250 kB gzipped', async () => {
  const assets = path.join(CONSOLE_DIRECTORY, 'assets');
  const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  let gzipped = 0;
  for (const name of scripts) gzipped += gzipSync(await readFile(path.join(assets, name))).length;
  expect(gzipped).toBeLessThan(250 * 1024);
});

test('CONSOLE=false serves neither the page nor its sessions', async () => {
  await withTestGateway(database, { gateway: { console: { enabled: false, sessionHours: 12 } } }, async (off) => {
    for (const path of ['/console', '/console/assets/index.js', '/console/session']) expect((await off.send(path, {}, '192.0.2.1')).status).toBe(404);
  });
});

// A flow is a dozen page loads and requests: a minute each, for a machine that also runs other suites.
describe.skipIf(!chromiumPath)('the console', { timeout: 60_000 }, () => {
  let browser: Browser;
  let origin: string;
  const opened: OfflinePage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    origin = await gateway.origin();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh browser context (its own cookies) on the console's sign-in page, optionally at phone width. */
  async function open(width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const offline = await offlinePage(context, origin);
    opened.push(offline);
    onTestFailed(() => screenshot(offline.page, `failed-${Date.now()}`));
    await offline.page.goto(`${origin}/console`);
    return offline.page;
  }

  /** Signs in with the keyboard alone: focus the field, type the token, press Enter. */
  async function signIn(page: Page, token: string) {
    await page.getByLabel('Personal access token').focus();
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  }

  function expectClean(page: Page) {
    const offline = opened.find((candidate) => candidate.page === page)!;
    expect(offline.elsewhere).toEqual([]);
    // The page asks for its session when it opens; signed out, that is a 401, which Chromium logs.
    expect(offline.failures.filter((failure) => !/status of 401 .*\/console\/session\)$/.test(failure))).toEqual([]);
  }

  test('serves the page with a strict Content Security Policy and no token kept in the browser', async () => {
    const response = await fetch(`${origin}/console`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const tenant = await createTenant(database);
    const page = await open();
    await signIn(page, tenant.owner.token);
    const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie }));
    expect(stored).not.toContain(tenant.owner.token);
    expect(stored).not.toContain('stw_');
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'steward_session', httpOnly: true, sameSite: 'Strict' });
    expectClean(page);
  });

  test('a wrong token is refused on the sign-in page', async () => {
    const page = await open();
    await page.getByLabel('Personal access token').fill('stw_pat_not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => page.getByRole('alert').textContent()).toBeTruthy();
    expect(await page.getByRole('navigation', { name: 'Sections' }).count()).toBe(0);
    await screenshot(page, 'console-sign-in-refused');
  });

  test('create a project and copy its client secret, shown once', async () => {
    const tenant = await createTenant(database);
    const page = await open();
    await signIn(page, tenant.owner.token);
    const name = unique('Console project');
    await page.getByLabel('Project name').fill(name);
    await page.getByRole('button', { name: 'Create project' }).click();
    const secret = (await page.getByTestId('secret').textContent())!;
    rememberSecrets(secret);
    await eventually(() => page.getByText('you will not see this again').count()).toBe(1);
    await page.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    const project = await database.prisma.project.findFirstOrThrow({ where: { organizationId: tenant.organizationId, name }, include: { clients: true } });
    expect(project.clients.map((client) => client.secretDigest)).toContain(digestToken(secret));
    await eventually(() => page.getByRole('row', { name: new RegExp(name) }).count()).toBe(1);
    await screenshot(page, 'console-project-created');

    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByTestId('secret').count()).toBe(0);
    expectClean(page);
  });

  test('delete a project, see its purge date, restore it', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const page = await open();
    await signIn(page, tenant.owner.token);
    await page.getByRole('link', { name: project.name }).click();
    await page.getByRole('button', { name: 'Delete project…' }).click();
    await page.getByRole('button', { name: 'Delete project', exact: true }).click();
    await page.getByRole('heading', { name: 'Project deleted' }).waitFor();
    const stored = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(stored.deletedAt).not.toBeNull();
    expect(await page.getByRole('status').locator('time').getAttribute('datetime')).toBe(stored.deleteAt!.toISOString());

    await page.getByRole('link', { name: 'list of projects' }).click();
    await page.getByRole('row', { name: new RegExp(project.name) }).getByRole('button', { name: 'Restore' }).click();
    await eventually(async () => (await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).deletedAt).toBeNull();
    expectClean(page);
  });

  test("a project's settings, clients, references and members", async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const colleague = await tenant.addUser('MEMBER');
    const page = await open();
    await signIn(page, tenant.owner.token);
    await page.getByRole('link', { name: project.name }).click();

    // A userError is shown next to the field it names, and nothing is saved.
    await page.getByLabel('Time zone').fill('Mars/Olympus_Mons');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await eventually(() => page.getByLabel('Time zone').getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await page.getByLabel('Time zone').getAttribute('aria-describedby'))!.split(' ').at(-1)!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('IANA time zone');
    await page.getByLabel('Time zone').fill('Europe/Prague');
    await page.getByLabel('Name', { exact: true }).fill('Renamed in the console');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved.').waitFor();
    expect(await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ name: 'Renamed in the console', timezone: 'Europe/Prague' });

    await page.getByLabel('Client name').fill('dashboards');
    await page.getByLabel('Type', { exact: true }).selectOption('READ');
    await page.getByRole('button', { name: 'Create client' }).click();
    const secret = (await page.getByTestId('secret').textContent())!;
    rememberSecrets(secret);
    const client = await database.prisma.client.findFirstOrThrow({ where: { projectId: project.id, name: 'dashboards' } });
    expect(client).toMatchObject({ type: 'READ', secretDigest: digestToken(secret) });
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Rotate the secret of dashboards' }).click();
    const rotated = (await page.getByTestId('secret').textContent())!;
    rememberSecrets(rotated);
    expect((await database.prisma.client.findUniqueOrThrow({ where: { id: client.id } })).secretDigest).toBe(digestToken(rotated));
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByLabel('Title').fill('Launch');
    await page.getByLabel('Date').fill('2026-03-01T09:30');
    await page.getByRole('button', { name: 'Add reference' }).click();
    await page.getByRole('button', { name: 'Delete Launch' }).waitFor();
    expect(await database.prisma.reference.count({ where: { projectId: project.id, title: 'Launch' } })).toBe(1);

    await page.getByLabel('E-mail address').fill(colleague.email);
    await page.getByLabel('Role', { exact: true }).selectOption('VIEWER');
    await page.getByRole('button', { name: 'Add member' }).click();
    const role = page.getByLabel(`Role of ${colleague.email}`);
    await eventually(() => role.inputValue()).toBe('VIEWER');
    await role.selectOption('EDITOR');
    await eventually(async () => (await database.prisma.projectMember.findFirst({ where: { projectId: project.id, userId: colleague.userId } }))?.role).toBe('EDITOR');
    await screenshot(page, 'console-project');
    await page.getByRole('button', { name: `Remove ${colleague.email}` }).click();
    await eventually(() => database.prisma.projectMember.count({ where: { projectId: project.id, userId: colleague.userId } })).toBe(0);
    expectClean(page);
  });

  test('create a management key, watch the countdown, reveal, rotate and revoke it', async () => {
    const tenant = await createTenant(database);
    const page = await open();
    await signIn(page, tenant.owner.token);
    await page.getByRole('link', { name: 'Team settings' }).click();
    const name = unique('ci key');
    // Exact: until the click has rendered Team settings, the projects' "Project name" field is a "Name" too.
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('checkbox', { name: 'project:read' }).check();
    await page.getByRole('button', { name: 'Create key' }).click();

    const token = (await page.getByTestId('secret').textContent())!;
    rememberSecrets(token);
    const asKey = { bearer: token };
    expect((await gateway.execute('{ viewer { kind scopes } }', {}, asKey)).expectData()).toEqual({ viewer: { kind: 'MANAGEMENT_KEY', scopes: ['project:read'] } });
    const countdown = page.locator('.countdown');
    const first = (await countdown.textContent())!;
    expect(first).toMatch(/^1[45]:\d\d$/);
    await eventually(() => countdown.textContent()).not.toBe(first);
    await page.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await screenshot(page, 'console-key-created');

    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: `Reveal the token of ${name}` }).click();
    expect(await page.getByTestId('secret').textContent()).toBe(token);
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByLabel('After a rotation the old token keeps working for').selectOption('0');
    await page.getByRole('button', { name: `Rotate ${name}` }).click();
    const rotated = (await page.getByTestId('secret').textContent())!;
    rememberSecrets(rotated);
    expect(rotated).not.toBe(token);
    expect(await page.getByText('you will not see this again').count()).toBe(1);
    expect((await gateway.execute('{ viewer { kind } }', {}, asKey)).status).toBe(401);
    expect((await gateway.execute('{ viewer { kind } }', {}, { bearer: rotated })).status).toBe(200);
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: `Revoke ${name}` }).click();
    // Once the page shows the key revoked, Steward has committed the revocation.
    await eventually(() => page.getByRole('button', { name: `Rotate ${name}` }).count()).toBe(0);
    expect((await gateway.execute('{ viewer { kind } }', {}, { bearer: rotated })).status).toBe(401);
    expectClean(page);
  });

  test('the limit of management keys is explained when reached', async () => {
    const tenant = await createTenant(database);
    // The tenant's own key is the first of five.
    for (let i = 0; i < 4; i++) await tenant.addKey(['project:read']);
    const page = await open();
    await signIn(page, tenant.owner.token);
    await page.getByRole('link', { name: 'Team settings' }).click();
    await page.getByText('its limit of 5').waitFor();
    expect(await page.getByRole('button', { name: 'Create key' }).count()).toBe(0);
  });

  test('the usage chart shows the requests of one key', async () => {
    const tenant = await createTenant(database);
    const key = await tenant.addKey(['project:read']);
    for (let i = 0; i < 7; i++) (await gateway.execute('{ viewer { kind } }', {}, key.as)).expectData();
    await gateway.services.usage.flush();
    const page = await open();
    await signIn(page, tenant.owner.token);
    await page.getByRole('link', { name: 'Usage' }).click();
    await page.getByLabel('Credential').selectOption(key.keyId);
    await eventually(() => page.getByTestId('total-requests').textContent()).toBe('7');
    await eventually(() => page.locator('.chart canvas').count()).toBe(1); // uPlot draws after the total shows
    await page.getByLabel('Range', { exact: true }).selectOption('month');
    await eventually(() => page.getByTestId('total-requests').textContent()).toBe('7');
    await screenshot(page, 'console-usage');
    expectClean(page);
  });

  test('the audit log filters by action and pages', async () => {
    const tenant = await createTenant(database);
    for (let i = 0; i < 27; i++) await createProject(gateway, tenant);
    await tenant.addKey(['project:read']);
    const page = await open();
    await signIn(page, tenant.owner.token);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Action').fill('project.create');
    await page.getByRole('button', { name: 'Filter' }).click();
    const actions = () => page.locator('tbody th[scope="row"]').allTextContents();
    await eventually(async () => (await actions()).length).toBe(25);
    expect(new Set(await actions())).toEqual(new Set(['project.create']));
    await page.getByRole('button', { name: 'Older' }).click();
    await eventually(async () => (await actions()).length).toBe(2);
    await page.getByRole('button', { name: 'Newer' }).click();
    await eventually(async () => (await actions()).length).toBe(25);
    await screenshot(page, 'console-audit');
    expectClean(page);
  });

  test('a missing permission is told as such', async () => {
    const tenant: Tenant = await createTenant(database);
    const member = await tenant.addUser('MEMBER');
    const page = await open();
    await signIn(page, member.token);
    await page.getByRole('link', { name: 'Team settings' }).click();
    await eventually(() => page.getByRole('alert').first().textContent()).toContain('You need the key:read permission');
  });

  test('readable at 390 px wide', async () => {
    const tenant = await createTenant(database);
    await createProject(gateway, tenant);
    const page = await open(390);
    await signIn(page, tenant.owner.token);
    await page.getByRole('table').waitFor();
    // Only the tables scroll sideways, inside their own frame; the page itself fits.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'console-phone');
  });

  test('sign out ends the session on the server, and a lost session returns to sign-in', async () => {
    const tenant = await createTenant(database);
    const page = await open();
    await signIn(page, tenant.owner.token);
    const { csrfToken } = await page.evaluate(() => fetch('/console/session').then((response) => response.json()));
    const [cookie] = await page.context().cookies();
    const asSession = { cookie: `${cookie!.name}=${cookie!.value}`, 'x-steward-csrf': csrfToken, 'content-type': 'application/json' };
    const query = JSON.stringify({ query: '{ viewer { kind } }' });
    expect((await fetch(`${origin}/graphql`, { method: 'POST', headers: asSession, body: query })).status).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Personal access token').waitFor();
    expect((await fetch(`${origin}/graphql`, { method: 'POST', headers: asSession, body: query })).status).toBe(401);
    await screenshot(page, 'console-signed-out');

    // A session ended elsewhere (here: its token revoked) sends the page back to sign-in on its next request.
    await signIn(page, tenant.owner.token);
    // Signed in again, the page shows the section its URL still names (and the navigation signIn waits
    // for) at once, before its first requests are answered. Revoking now could let those be answered
    // 401: the page would then return to sign-in by itself, taking away the link clicked below. So
    // first the page shows what they loaded, and the click is what makes its next request.
    await page.getByRole('combobox', { name: /^Organization/ }).waitFor();
    await page.getByRole('table', { name: 'Projects of this organization' }).waitFor();
    const token = await database.prisma.personalAccessToken.findFirstOrThrow({ where: { userId: tenant.owner.userId } });
    const revoked = await gateway.execute('mutation ($id: ID!) { revokePersonalAccessToken(input: { id: $id }) { userErrors { code } } }', { id: token.id }, tenant.owner.as);
    expect(revoked.expectData()).toEqual({ revokePersonalAccessToken: { userErrors: [] } });
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByText('Your session has ended').waitFor();
  });

  test('a sign-out Steward never answers still signs the page out, saying when the session ends by itself', async () => {
    const tenant = await createTenant(database);
    const page = await open();
    await signIn(page, tenant.owner.token);
    // The request is held and never answered, as by a server or proxy that hangs.
    await page.route('**/console/session', (route) => (route.request().method() === 'DELETE' ? undefined : route.fallback()));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Steward could not end the session').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Personal access token').isVisible()).toBe(true);
  });
});
