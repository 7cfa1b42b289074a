import { describe, expect, test } from 'vitest';
import { CreatePersonalAccessTokenDocument, RevokeManagementKeyDocument, ViewerDocument } from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import type { RateLimitOptions } from '../src/guards/rate-limit.js';
import { clientAddress } from '../src/server.js';
import { testGateway, withTestGateway, type Credentials, type TestGateway } from './support/gateway.js';
import { tampered } from './support/secrets.js';
import { createTenant } from './support/tenant.js';

const limits = { requests: 5, cost: 1e6, windowSeconds: 10, authFailures: 3, authFailureWindowSeconds: 60 };
const { database, gateway } = await testEnvironment({ limits });

describe('request budget', () => {
  test('each principal gets its budget; every response shows it; the one past it gets 429 before execution', async () => {
    const tenant = await createTenant(database);
    for (let used = 1; used <= 5; used++) {
      const response = await gateway.execute(ViewerDocument, {}, tenant.managementKey.as);
      response.expectData();
      expect(response.headers.get('x-ratelimit-limit')).toBe('5');
      expect(response.headers.get('x-ratelimit-remaining')).toBe(String(5 - used));
      expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
      expect(response.headers.get('ratelimit-policy')).toBe('"requests";q=5;w=10');
      expect(response.headers.get('ratelimit')).toMatch(new RegExp(`^"requests";r=${5 - used};t=\\d+$`));
    }
    const throttled = await gateway.execute(ViewerDocument, {}, tenant.managementKey.as);
    expect(throttled.status).toBe(429);
    const error = throttled.expectError('RATE_LIMITED');
    expect(Number(throttled.headers.get('retry-after'))).toBe(error.extensions?.retryAfter);
    expect(error.extensions?.retryAfter).toBeGreaterThan(0);
    expect(throttled.headers.get('x-ratelimit-remaining')).toBe('0');

    const otherCredential = await gateway.execute(ViewerDocument, {}, tenant.owner.as);
    expect(otherCredential.headers.get('x-ratelimit-remaining')).toBe('4');
  });
});

describe('sensitive mutations', () => {
  test('have their own limit per principal, declared on the field, answered with 429 and RATE_LIMITED', async () => {
    // This file's own gateway allows only 5 requests.
    await withTestGateway(database, {}, async (unbudgeted) => {
      const tenant = await createTenant(database);
      const colleague = await tenant.addUser('ADMIN');
      const create = (as: typeof tenant.owner.as) => unbudgeted.execute(CreatePersonalAccessTokenDocument, { input: { name: 'laptop' } }, as);
      for (let i = 0; i < 10; i++) expect((await create(tenant.owner.as)).expectData().createPersonalAccessToken?.userErrors).toEqual([]);
      const refused = await create(tenant.owner.as);
      expect(refused.status).toBe(429);
      const error = refused.expectError('RATE_LIMITED');
      expect(error.message).toMatch(/^createPersonalAccessToken may be called at most 10 times in 3600 seconds; retry in \d+ seconds$/);
      expect(error.extensions).toMatchObject({ field: 'createPersonalAccessToken', retryAfter: expect.any(Number) });
      expect(refused.headers.get('retry-after')).toBe(String(error.extensions?.retryAfter));
      expect(await database.prisma.personalAccessToken.count({ where: { userId: tenant.owner.userId } })).toBe(11);
      expect((await create(colleague.as)).status).toBe(200);
    });
  });
});

describe('failed authentication', () => {
  test('an address that keeps failing is cut off before any database read; other addresses are not', async () => {
    const tenant = await createTenant(database);
    const bad = { bearer: tampered(tenant.owner.token) };
    for (let failure = 1; failure <= 3; failure++) {
      const response = await gateway.execute(ViewerDocument, {}, bad, '198.51.100.7');
      expect(response.status).toBe(401);
      expect(response.headers.get('x-ratelimit-remaining')).toBe(String(3 - failure));
    }
    const before = database.statements.length;
    const cutOff = await gateway.execute(ViewerDocument, {}, tenant.owner.as, '198.51.100.7');
    expect(cutOff.status).toBe(429);
    expect(cutOff.expectError('RATE_LIMITED').message).toMatch(/^too many failed authentications from this address; retry in \d+ seconds$/);
    expect(database.statements.length).toBe(before);

    expect((await gateway.execute(ViewerDocument, {}, tenant.owner.as, '198.51.100.8')).status).toBe(200);
  });
});

describe('failed authentication without collateral', () => {
  test('an address that is cut off still serves credentials verified lately, from the cache; guesses and credentials new to it stay out, unread', async () => {
    const address = '198.51.100.9';
    const tenant = await createTenant(database);
    const colleague = await tenant.addUser('MEMBER');
    (await gateway.execute(ViewerDocument, {}, colleague.as, address)).expectData();
    const bad = { bearer: tampered(tenant.owner.token) };
    for (let failure = 1; failure <= 3; failure++) expect((await gateway.execute(ViewerDocument, {}, bad, address)).status).toBe(401);

    const before = database.statements.length;
    expect((await gateway.execute(ViewerDocument, {}, bad, address)).status).toBe(429);
    expect((await gateway.execute(ViewerDocument, {}, tenant.owner.as, address)).status).toBe(429);
    expect(database.statements.length).toBe(before);
    const known = await gateway.execute(ViewerDocument, {}, colleague.as, address);
    expect(known.status).toBe(200);
    expect(known.expectData().viewer.user?.id).toBe(colleague.userId);
  });
});

describe('behind a load balancer', () => {
  test('with TRUSTED_PROXIES the address is the one the balancer saw, and a forged X-Forwarded-For entry changes nothing', async () => {
    await withTestGateway(database, { limits, http: true, gateway: { trustedProxies: 1 } }, async (balanced) => {
      const tenant = await createTenant(database);
      const bad = tampered(tenant.owner.token);
      const from = (forwardedFor: string, token: string) =>
        balanced.execute(ViewerDocument, {}, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': forwardedFor } });
      for (let i = 0; i < 3; i++) expect((await from(`10.9.9.${i}, 198.51.100.20`, bad)).status).toBe(401);
      expect((await from('198.51.100.20', tenant.owner.token)).status).toBe(429);
      expect((await from('198.51.100.20, 198.51.100.21', tenant.owner.token)).status).toBe(200);
    });
  });

  test('the client address is the entry the outermost trusted proxy appended', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.9', 0)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', '203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', 'forged, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.6', 'forged, 203.0.113.9, 10.0.0.5', 2)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', undefined, 1)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', '203.0.113.9', 3)).toBe('203.0.113.9');
  });
});

describe.runIf(process.env.REDIS_URL)('shared through Redis', () => {
  /** Two gateway instances, each on a port of its own, sharing one database and one Redis. */
  async function withTwoInstances(overrides: Partial<RateLimitOptions>, work: (instances: [TestGateway, TestGateway]) => Promise<void>) {
    const shared = { ...limits, ...overrides, redisUrl: process.env.REDIS_URL };
    const instances: [TestGateway, TestGateway] = [testGateway(database, { limits: shared, http: true }), testGateway(database, { limits: shared, http: true })];
    try {
      await work(instances);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  }

  /** The statuses of `count` Viewer queries spread over both instances at once. */
  async function spread(instances: TestGateway[], count: number, as: Credentials) {
    const responses = await Promise.all(Array.from({ length: count }, (_, i) => instances[i % 2]!.execute(ViewerDocument, {}, as)));
    const statuses = responses.map((response) => response.status);
    return { passed: statuses.filter((status) => status === 200).length, throttled: statuses.filter((status) => status === 429).length };
  }

  test('two gateway instances on two ports and one Redis let exactly the budget through', async () => {
    await withTwoInstances({ requests: 20 }, async (instances) => {
      const tenant = await createTenant(database);
      expect(await spread(instances, 100, tenant.managementKey.as)).toEqual({ passed: 20, throttled: 80 });
    });
  });

  test('the cost budget is shared too: a budget of 10 lets exactly three Viewer queries (cost 3) through', async () => {
    await withTwoInstances({ requests: 1000, cost: 10 }, async (instances) => {
      const tenant = await createTenant(database);
      expect(await spread(instances, 10, tenant.rootClient.as)).toEqual({ passed: 3, throttled: 7 });
    });
  });

  test('a key revoked through one instance is refused by the other on its next request', async () => {
    await withTwoInstances({ requests: 1000 }, async ([first, second]) => {
      const tenant = await createTenant(database);
      const key = await tenant.addKey(['project:read']);
      for (const instance of [first, second]) (await instance.execute(ViewerDocument, {}, key.as)).expectData();
      (await first.execute(RevokeManagementKeyDocument, { input: { id: key.keyId } }, tenant.owner.as)).expectData();
      const refused = await second.execute(ViewerDocument, {}, key.as);
      expect(refused.status).toBe(401);
      expect(refused.expectError('UNAUTHENTICATED').message).toBe('this management key was revoked');
    });
  });
});
