import { PGlite } from '@electric-sql/pglite';
import pino from 'pino';
import { expect, test } from 'vitest';
import { CredentialVerifier } from '../src/access/verifier.js';
import { pgliteDatabase } from '../src/db/embedded.js';
import { RateLimits } from '../src/guards/rate-limit.js';
import { UsageMeter } from '../src/metering/usage-meter.js';
import { readLocalMigrations } from '../src/db/migrate.js';
import { Metrics } from '../src/metering/metrics.js';
import { createRequestHandler } from '../src/server.js';
import { ViewerDocument } from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import { createTenant } from './support/tenant.js';

const metrics = new Metrics();
const { database, gateway } = await testEnvironment({ gateway: { metrics } });
metrics.observe(database.prisma);
const get = (path: string, handle = gateway.handle) => handle(new Request(`http://steward.test${path}`));

test('liveness, readiness and unknown paths', async () => {
  expect(await (await get('/healthz')).json()).toEqual({ status: 'ok' });
  expect(await (await get('/readyz')).json()).toEqual({ status: 'ready' });
  const unknown = await get('/nope');
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toEqual({ error: 'not found', endpoints: ['/graphql', '/console', '/manage', '/api/manage', '/v2/storage', '/management/v1', '/healthz', '/readyz'] });
});

test('/metrics counts requests by API and SQL statements, and shows memory', async () => {
  const tenant = await createTenant(database);
  const before = await get('/metrics').then((response) => response.text());
  const sqlBefore = Number(/^steward_sql_statements_total (\d+)$/m.exec(before)![1]);
  (await gateway.execute(ViewerDocument, {}, tenant.owner.as)).expectData();
  await gateway.send('/manage/projects', { headers: { 'openpanel-client-id': tenant.rootClient.id, 'openpanel-client-secret': tenant.rootClient.secret } }, '192.0.2.1');
  const response = await get('/metrics');
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  const text = await response.text();
  expect(text).toMatch(/^steward_http_requests_total\{api="graphql"\} [1-9]\d*$/m);
  expect(text).toMatch(/^steward_http_requests_total\{api="openpanel"\} 1$/m);
  expect(Number(/^steward_sql_statements_total (\d+)$/m.exec(text)![1])).toBeGreaterThan(sqlBefore);
  expect(Number(/^process_resident_memory_bytes (\d+)$/m.exec(text)![1])).toBeGreaterThan(10_000_000);
});

test('a database with migrations still to apply is not ready', async () => {
  const database = pgliteDatabase(new PGlite());
  const logger = pino({ level: 'silent' });
  const limits = new RateLimits({ requests: 10, cost: 1000, windowSeconds: 10, authFailures: 10, authFailureWindowSeconds: 60 });
  const services = { prisma: database.prisma, logger, credentials: new CredentialVerifier(database.prisma, logger), sealer: null, limits, usage: new UsageMeter(database.prisma, logger), managementKeyLimit: 5 };
  try {
    const response = await get('/readyz', createRequestHandler(services, { database, graphiql: false }));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'migrations pending', pending: (await readLocalMigrations()).map((m) => m.name) });
  } finally {
    await services.usage.close();
    await database.close();
  }
});
