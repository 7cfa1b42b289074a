import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleSteward } from '../scripts/bundle.js';

// The real process as `npm start` runs it (the bundle, built here from the current source), over
// real HTTP, on the embedded database in a fresh directory.
let dataDir: string;
let bundleDir: string;
let cli: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'steward-server-'));
  // Inside the project: the bundle's external packages resolve from node_modules above it.
  bundleDir = path.join('node_modules', '.cache', `steward-server-test-${process.pid}`);
  cli = await bundleSteward(bundleDir);
}, 60_000);
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(bundleDir, { recursive: true, force: true });
});

function steward(args: string[], overrides: NodeJS.ProcessEnv = {}): ChildProcess & { output: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...overrides };
  if (!('DATABASE_URL' in overrides)) delete env.DATABASE_URL;
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return Object.assign(child, { output: () => output });
}

async function run(args: string[]) {
  const child = steward(args);
  const [code] = await once(child, 'exit');
  return { code: code as number, output: child.output() };
}

/** Starts `steward serve` and waits until it listens; returns its base URL. */
async function serve(overrides: NodeJS.ProcessEnv = {}) {
  const child = steward(['serve'], overrides);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const listening = child
      .output()
      .split('\n')
      .find((line) => line.includes('"steward is listening"'));
    if (listening) return { child, url: `http://127.0.0.1:${JSON.parse(listening).address.port}` };
    if (child.exitCode !== null) throw new Error(`steward serve exited early:\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`steward serve did not start:\n${child.output()}`);
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  return code;
}

async function graphql(url: string, query: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: { extensions: { code: string } }[] } };
}

describe('steward serve', () => {
  let token: string;

  test('the first start migrates, bootstraps an organization and prints its credentials once', async () => {
    const { child, url } = await serve();
    try {
      const output = child.output();
      // The bundle's new database comes from its migrated template: no migration is left to apply.
      expect(output).toContain('created the embedded database from its migrated template');
      expect(output).not.toContain('applied database migrations');
      token = /"personalAccessToken": "(stw_pat_\w+)"/.exec(output)![1]!;
      const logLines = output.split('\n').filter((line) => line.startsWith('{"level"'));
      expect(logLines.join('\n')).not.toContain(token);

      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
      expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
      const graphiql = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(graphiql.status).toBe(200);
      expect(await graphiql.text()).toContain('GraphiQL');
      expect((await fetch(`${url}/elsewhere`)).status).toBe(404);

      const anonymous = await graphql(url, '{ viewer { kind } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

      const viewer = await graphql(url, '{ viewer { kind } organizations { edges { node { id name } } } }', token);
      expect(viewer.body.data?.viewer).toEqual({ kind: 'USER' });
      const organizationId = viewer.body.data?.organizations.edges[0].node.id;
      const created = await graphql(url, `mutation { createProject(input: { organizationId: "${organizationId}", name: "Kept" }) { project { id } } }`, token);
      expect(created.body.data?.createProject.project.id).toMatch(/^prj_/);

      // What the bundle loads on first use: a REST dialect, its OpenAPI document, the console.
      const [, clientId, clientSecret] = /"id": "([0-9a-f-]{36})",\s*"secret": "(stw_cs_\w+)"/.exec(output)!;
      const openPanel = await fetch(`${url}/manage/projects`, { headers: { 'openpanel-client-id': clientId!, 'openpanel-client-secret': clientSecret! } });
      expect(openPanel.status).toBe(200);
      expect(((await openPanel.json()) as { data: { name: string }[] }).data.map((project) => project.name)).toContain('Kept');
      const openApi = await fetch(`${url}/management/v1/openapi/voucherify-management.json`);
      expect(((await openApi.json()) as { openapi: string }).openapi).toMatch(/^3\./);
      const consolePage = await fetch(`${url}/console`);
      expect(consolePage.status).toBe(200);
      expect(await consolePage.text()).toContain('<script');

      const second = await run(['bootstrap', '--org', 'Second', '--email', 'second@example.test']);
      expect(second.code).toBe(1);
      expect(second.output).toContain('is in use by process');
      expect(second.output).toContain('Stop that process first');
    } finally {
      expect(await stop(child)).toBe(0);
    }
    expect(child.output()).toContain('"msg":"stopped"');
  }, 120_000);

  test('a second start applies nothing, bootstraps nothing and keeps the data', async () => {
    const { child, url } = await serve();
    try {
      expect(child.output()).not.toContain('applied database migrations');
      expect(child.output()).not.toContain('stw_pat_');
      const projects = await graphql(url, '{ organizations { edges { node { projects { edges { node { name } } } } } } }', token);
      expect(projects.body.data?.organizations.edges[0].node.projects.edges).toEqual([{ node: { name: 'Kept' } }]);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  }, 120_000);
});

// The PostgreSQL driver and the Redis client are separate files of the bundle, loaded only when configured.
test.runIf(process.env.DATABASE_URL && process.env.REDIS_URL)('the bundle serves a new PostgreSQL database with Redis', async () => {
  const server = new URL(process.env.DATABASE_URL!);
  const name = `steward_server_test_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const overrides = { DATABASE_URL: Object.assign(new URL(server), { pathname: `/${name}` }).toString(), REDIS_URL: process.env.REDIS_URL };
    const { child, url } = await serve(overrides);
    try {
      const token = /"personalAccessToken": "(stw_pat_\w+)"/.exec(child.output())![1]!;
      expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
      const viewer = await graphql(url, '{ organizations { edges { node { name } } } }', token);
      expect(viewer.body.data?.organizations.edges).toHaveLength(1);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}, 120_000);

describe('steward commands', () => {
  test('bootstrap prints exactly one JSON object; each run makes a separate organization', async () => {
    const first = await run(['bootstrap', '--org', 'Acme', '--email', 'ops@acme.test']);
    const second = await run(['bootstrap', '--org', 'Globex', '--email', 'ops@globex.test']);
    expect(first.code).toBe(0);
    const [a, b] = [first, second].map((result) => JSON.parse(result.output.split('\n').find((line) => line.startsWith('{"organization"'))!));
    expect(a).toEqual({
      organization: { id: expect.stringMatching(/^org_/), name: 'Acme' },
      user: { id: expect.stringMatching(/^usr_/), email: 'ops@acme.test' },
      personalAccessToken: expect.stringMatching(/^stw_pat_/),
      managementKey: { id: expect.stringMatching(/^mk_/), token: expect.stringMatching(/^stw_mk_/) },
      rootClient: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), secret: expect.stringMatching(/^stw_cs_/) },
    });
    expect(b.organization.id).not.toBe(a.organization.id);

    const operator = await run(['bootstrap', '--super', '--scopes', 'organization:read,project:read']);
    expect(JSON.parse(operator.output.split('\n').find((line) => line.startsWith('{"operatorToken"'))!)).toEqual({
      operatorToken: { id: expect.stringMatching(/^op_/), token: expect.stringMatching(/^stw_sa_/), scopes: ['organization:read', 'project:read'] },
    });
    const unknownScope = await run(['bootstrap', '--super', '--scopes', 'everything']);
    expect(unknownScope).toMatchObject({ code: 2, output: expect.stringContaining('unknown scopes: everything') });
  }, 120_000);

  test('migrate, print-schema and mistakes', async () => {
    expect(await run(['migrate'])).toMatchObject({ code: 0, output: 'the database is up to date\n' });
    const schema = await run(['print-schema']);
    expect(schema.output).toContain('type Query');
    const missing = await run(['bootstrap', '--org', 'x']);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('bootstrap needs --org NAME and --email EMAIL');
    const unknown = await run(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2, output: expect.stringContaining('usage: steward <command>') });
  }, 120_000);
});

test('a taken port is reported plainly and releases the database', async () => {
  const blocker = createServer().listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  const port = (blocker.address() as AddressInfo).port;
  try {
    const child = steward(['serve'], { PORT: String(port) });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(child.output()).toContain(`steward: cannot listen on 127.0.0.1:${port} (EADDRINUSE); choose another PORT or HOST`);
    expect(await run(['migrate'])).toMatchObject({ code: 0 });
  } finally {
    blocker.close();
  }
}, 120_000);
