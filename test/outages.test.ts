import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { postgresDatabase } from '../src/db/database.js';
import { OrganizationsDocument, ViewerDocument } from './generated/graphql.js';
import type { TestDatabase } from './support/database.js';
import { testGateway } from './support/gateway.js';
import { createTenant } from './support/tenant.js';

/** A TCP proxy in front of the real PostgreSQL server that the test can cut and restore: an outage of the database as Steward sees it. */
async function cuttableProxy(target: URL) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
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

describe.runIf(process.env.DATABASE_URL)('PostgreSQL down', async () => {
  const proxy = await cuttableProxy(new URL(process.env.DATABASE_URL!));
  const database: TestDatabase = Object.assign(postgresDatabase(proxy.url, 3), { statements: [] });
  const gateway = testGateway(database);
  afterAll(async () => {
    await gateway.close();
    await database.close();
    await proxy.close();
  });

  test('answers 503 SERVICE_UNAVAILABLE with Retry-After, in GraphQL and in the REST dialect, and recovers without a restart', async () => {
    const tenant = await createTenant(database);
    (await gateway.execute(ViewerDocument, {}, tenant.owner.as)).expectData();
    await proxy.cut();

    const cached = await gateway.execute(OrganizationsDocument, {}, tenant.owner.as);
    expect(cached.status).toBe(503);
    expect(cached.expectError('SERVICE_UNAVAILABLE').message).toBe('the database is unavailable; retry shortly');
    expect(cached.headers.get('retry-after')).toBe('5');

    const unverified = await gateway.execute(ViewerDocument, {}, tenant.managementKey.as);
    expect(unverified.status).toBe(503);
    unverified.expectError('SERVICE_UNAVAILABLE');
    expect(unverified.headers.get('retry-after')).toBe('5');

    const rest = await gateway.handle(
      new Request('http://steward.test/manage/projects', { headers: { 'openpanel-client-id': tenant.rootClient.id, 'openpanel-client-secret': tenant.rootClient.secret } }),
    );
    expect(rest.status).toBe(503);
    expect(rest.headers.get('retry-after')).toBe('5');
    expect(await rest.json()).toEqual({ status: 503, error: 'Service Unavailable', message: 'the database is unavailable; retry shortly' });
    expect(gateway.internalErrors).toEqual([]);

    await proxy.restore();
    (await gateway.execute(OrganizationsDocument, {}, tenant.owner.as)).expectData();
    (await gateway.execute(ViewerDocument, {}, tenant.managementKey.as)).expectData();
  });
});
