import { PGlite } from '@electric-sql/pglite';
import pino from 'pino';
import { expect, test } from 'vitest';
import { CredentialVerifier } from '../src/auth/credentials.js';
import { pgliteDatabase } from '../src/db/database.js';
import { RateLimits } from '../src/guards/rate-limit.js';
import { UsageMeter } from '../src/guards/usage.js';
import { readLocalMigrations } from '../src/db/migrate.js';
import { createRequestHandler } from '../src/server.js';
import { testEnvironment } from './support/environment.js';

const { gateway } = await testEnvironment();
const get = (path: string, handle = gateway.handle) => handle(new Request(`http://steward.test${path}`));

test('liveness, readiness and unknown paths', async () => {
  expect(await (await get('/healthz')).json()).toEqual({ status: 'ok' });
  expect(await (await get('/readyz')).json()).toEqual({ status: 'ready' });
  const unknown = await get('/nope');
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toEqual({ error: 'not found', endpoints: ['/graphql', '/manage', '/api/manage', '/healthz', '/readyz'] });
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
