import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertClient } from '../src/access/issue.js';
import { postgresDatabase } from '../src/db/postgres.js';
import { OrganizationsDocument, RevokeManagementKeyDocument, ViewerDocument } from './generated/graphql.js';
import type { TestDatabase } from './support/database.js';
import { testEnvironment } from './support/environment.js';
import { testGateway, type TestGateway } from './support/gateway.js';
import { rememberSecrets } from './support/secrets.js';
import { createTenant } from './support/tenant.js';
import { expectVoucherifyUnavailable, managementHeaders } from './support/voucherify.js';

/** A TCP proxy in front of a real server (PostgreSQL, Redis) that the test can cut and restore: an outage as Steward sees it. */
async function cuttableProxy(target: URL) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => [client, upstream].forEach((each) => each.destroy()));
    }
    client.pipe(upstream).pipe(client);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    url: Object.assign(new URL(target), { host: `127.0.0.1:${port}` }).toString(),
    async cut() {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async restore() {
      server.listen(port, '127.0.0.1');
      await once(server, 'listening');
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

type Proxy = Awaited<ReturnType<typeof cuttableProxy>>;

// Each suite sets up in beforeAll: vitest collects a suite's body even when runIf skips it.
describe.runIf(process.env.DATABASE_URL)('PostgreSQL down', () => {
  let proxy: Proxy;
  let database: TestDatabase;
  let gateway: TestGateway;
  beforeAll(async () => {
    proxy = await cuttableProxy(new URL(process.env.DATABASE_URL!));
    database = Object.assign(postgresDatabase(proxy.url, { poolSize: 3 }), { statements: [] });
    gateway = testGateway(database);
  });
  afterAll(async () => {
    await gateway.close();
    await database.close();
    await proxy.close();
  });

  test('answers 503 SERVICE_UNAVAILABLE with Retry-After, in GraphQL and in the REST dialect, and recovers without a restart', async () => {
    const tenant = await createTenant(database);
    (await gateway.execute(ViewerDocument, {}, tenant.owner.as)).expectData();
    const rootClientHeaders = { 'openpanel-client-id': tenant.rootClient.id, 'openpanel-client-secret': tenant.rootClient.secret };
    const projects = () => gateway.handle(new Request('http://steward.test/manage/projects', { headers: rootClientHeaders }));
    expect((await projects()).status).toBe(200);
    const voucherifyProjects = () => gateway.handle(new Request('http://steward.test/management/v1/projects', { headers: managementHeaders(tenant.managementKey) }));
    expect((await voucherifyProjects()).status).toBe(200);
    const uncachedRoot = await insertClient(database.prisma, { organizationId: tenant.organizationId, name: 'second root', type: 'ROOT' });
    rememberSecrets(uncachedRoot.secret);
    await proxy.cut();

    const cached = await gateway.execute(OrganizationsDocument, {}, tenant.owner.as);
    expect(cached.status).toBe(503);
    expect(cached.expectError('SERVICE_UNAVAILABLE').message).toBe('the database is unavailable; retry shortly');
    expect(cached.headers.get('retry-after')).toBe('5');

    const unverified = await gateway.execute(ViewerDocument, {}, tenant.managementKey.as);
    expect(unverified.status).toBe(503);
    unverified.expectError('SERVICE_UNAVAILABLE');
    expect(unverified.headers.get('retry-after')).toBe('5');

    // In REST: a client verified before (the operation fails) and one the instance has not seen (admission fails).
    const unverifiedRoot = () =>
      gateway.handle(new Request('http://steward.test/manage/projects', { headers: { 'openpanel-client-id': uncachedRoot.client.id, 'openpanel-client-secret': uncachedRoot.secret } }));
    for (const rest of [await projects(), await unverifiedRoot()]) {
      expect(rest.status).toBe(503);
      expect(rest.headers.get('retry-after')).toBe('5');
      expect(await rest.json()).toEqual({ status: 503, error: 'Service Unavailable', message: 'the database is unavailable; retry shortly' });
    }
    await expectVoucherifyUnavailable(await voucherifyProjects());
    expect(gateway.internalErrors).toEqual([]);

    await proxy.restore();
    (await gateway.execute(OrganizationsDocument, {}, tenant.owner.as)).expectData();
    (await gateway.execute(ViewerDocument, {}, tenant.managementKey.as)).expectData();
  });
});

const { database: sharedDatabase } = await testEnvironment();

describe.runIf(process.env.REDIS_URL)('Redis down', () => {
  const database = sharedDatabase;
  let proxy: Proxy;
  const instances: TestGateway[] = [];
  const instance = () => {
    const gateway = testGateway(database, { limits: { redisUrl: proxy.url, requests: 5 } });
    instances.push(gateway);
    return gateway;
  };
  beforeAll(async () => {
    proxy = await cuttableProxy(new URL(process.env.REDIS_URL!));
  });
  afterAll(async () => {
    await Promise.all(instances.map((gateway) => gateway.close()));
    await proxy.close();
  });
  const readiness = async (gateway: TestGateway) => (await gateway.handle(new Request('http://steward.test/readyz'))).json();

  test("budgets fall back to each instance's memory, the database decides every credential, /readyz says degraded, and all recovers", async () => {
    const [first, second] = [instance(), instance()];
    const tenant = await createTenant(database);
    const key = await tenant.addKey(['project:read']);
    for (const gateway of [first, second]) (await gateway.execute(ViewerDocument, {}, key.as)).expectData();
    expect(await readiness(first)).toEqual({ status: 'ready' });
    await proxy.cut();

    const served = await first.execute(ViewerDocument, {}, tenant.owner.as);
    served.expectData();
    expect(served.headers.get('x-ratelimit-limit')).toBe('5');
    expect(await readiness(first)).toEqual({ status: 'degraded', redis: 'unavailable' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await first.execute(ViewerDocument, {}, tenant.owner.as)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);

    // Revoked through one instance while the versions cannot be bumped: no instance trusts its cache meanwhile.
    (await first.execute(RevokeManagementKeyDocument, { input: { id: key.keyId } }, tenant.managementKey.as)).expectData();
    for (const gateway of [first, second]) expect((await gateway.execute(ViewerDocument, {}, key.as)).status).toBe(401);
    expect([...first.internalErrors, ...second.internalErrors]).toEqual([]);

    await proxy.restore();
    while ((await readiness(second)).status !== 'ready') await new Promise((resolve) => setTimeout(resolve, 100));
    // Back, the versions lost during the outage are not trusted either: caches from before it are dropped.
    const afterwards = await second.execute(ViewerDocument, {}, key.as);
    expect(afterwards.expectError('UNAUTHENTICATED').message).toBe('this management key was revoked');
    (await second.execute(ViewerDocument, {}, tenant.owner.as)).expectData();
  });
});
