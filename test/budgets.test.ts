import { describe, expect, test } from 'vitest';
import { insertOperatorToken } from '../src/access/issue.js';
import { HOUR_MS, UsageMeter } from '../src/metering/usage-meter.js';
import {
  ApiUsageDocument,
  CreateProjectDocument,
  OrganizationProjectsDocument,
  UpdateOrganizationBudgetsDocument,
  ViewerDocument,
} from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import { withTestGateway, type Credentials } from './support/gateway.js';
import { createTenant } from './support/tenant.js';

const { database, gateway } = await testEnvironment({ limits: { requests: 1000, cost: 100, windowSeconds: 10 } });

/** Viewer selects viewer, user and organization: three objects. */
const VIEWER_COST = 3;

async function operator() {
  const { operatorToken } = await insertOperatorToken(database.prisma, 'ops', ['organization:write']);
  return { bearer: operatorToken.token };
}

describe('cost budget', () => {
  test('each operation is charged its cost; every result shows what is left; past it 429 and nothing runs', async () => {
    const tenant = await createTenant(database);
    const viewer = await gateway.execute(ViewerDocument, {}, tenant.managementKey.as);
    viewer.expectData();
    expect(viewer.body.extensions?.cost).toEqual({
      requested: VIEWER_COST,
      maximum: 1000,
      budget: { limit: 100, remaining: 100 - VIEWER_COST, windowSeconds: 10, resetSeconds: expect.any(Number) },
    });

    const projects = await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId, first: 50 }, tenant.managementKey.as);
    projects.expectData();
    expect(projects.body.extensions?.cost).toMatchObject({ requested: 53, budget: { remaining: 100 - VIEWER_COST - 53 } });

    const refused = await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId, first: 50 }, tenant.managementKey.as);
    expect(refused.status).toBe(429);
    const error = refused.expectError('RATE_LIMITED');
    expect(error.message).toMatch(/^cost budget exhausted: this document costs 53, more than is left of 100 in this window; retry in \d+ seconds$/);
    expect(refused.headers.get('retry-after')).toBe(String(error.extensions?.retryAfter));
    expect(refused.body.extensions?.cost).toMatchObject({ budget: { limit: 100, remaining: 0 } });

    const mutation = await gateway.execute(CreateProjectDocument, { input: { organizationId: tenant.organizationId, name: 'later' } }, tenant.managementKey.as);
    expect(mutation.status).toBe(429);
    expect(await database.prisma.project.count({ where: { organizationId: tenant.organizationId } })).toBe(0);

    const otherCredential = await gateway.execute(ViewerDocument, {}, tenant.owner.as);
    expect(otherCredential.body.extensions?.cost).toMatchObject({ budget: { remaining: 100 - VIEWER_COST } });
  });
});

describe("an organization's own budgets", () => {
  test('the operator sets them; its keys and clients get them on their next request; null returns to the default', async () => {
    const [tenant, neighbour] = [await createTenant(database), await createTenant(database)];
    const as = await operator();
    const limitOf = async (credentials: Credentials) => {
      const response = await gateway.execute(ViewerDocument, {}, credentials);
      return { requests: response.headers.get('x-ratelimit-limit'), cost: (response.body.extensions?.cost as { budget: { limit: number } }).budget.limit };
    };
    expect(await limitOf(tenant.managementKey.as)).toEqual({ requests: '1000', cost: 100 });

    const set = { organizationId: tenant.organizationId, requestLimit: 3, costLimit: 50 };
    const changed = (await gateway.execute(UpdateOrganizationBudgetsDocument, { input: set }, as)).expectData().updateOrganizationLimits!;
    expect(changed).toEqual({
      organization: { id: tenant.organizationId, managementKeyLimit: 5, requestLimit: 3, costLimit: 50, rateLimitWindowSeconds: 10 },
      userErrors: [],
    });
    expect(await limitOf(tenant.managementKey.as)).toEqual({ requests: '3', cost: 50 });
    expect(await limitOf(tenant.rootClient.as)).toEqual({ requests: '3', cost: 50 });
    expect(await limitOf(neighbour.managementKey.as)).toEqual({ requests: '1000', cost: 100 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await gateway.execute(ViewerDocument, {}, tenant.managementKey.as)).status);
    expect(statuses).toEqual([200, 200, 429]); // the first of the three went to limitOf above

    const reset = { organizationId: tenant.organizationId, requestLimit: null };
    const back = (await gateway.execute(UpdateOrganizationBudgetsDocument, { input: reset }, as)).expectData().updateOrganizationLimits!;
    expect(back.organization).toMatchObject({ requestLimit: 1000, costLimit: 50 });
    expect(await limitOf(tenant.managementKey.as)).toEqual({ requests: '1000', cost: 50 });
  });

  test('out-of-range figures are user errors and change nothing', async () => {
    const tenant = await createTenant(database);
    const input = { organizationId: tenant.organizationId, requestLimit: 0, costLimit: 20_000_000 };
    const refused = (await gateway.execute(UpdateOrganizationBudgetsDocument, { input }, await operator())).expectData().updateOrganizationLimits!;
    expect(refused.userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'requestLimit'], message: 'requestLimit must be at least 1' },
      { code: 'TOO_LONG', field: ['input', 'costLimit'], message: 'costLimit must be at most 10000000' },
    ]);
    expect(await database.prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } })).toMatchObject({ requestLimit: null, costLimit: null });
  });
});

describe('usage metering', () => {
  const hourOf = (time: number) => Math.floor(time / HOUR_MS) * HOUR_MS;

  test('counts requests, cost and throttled requests per credential and hour, summed across instances', async () => {
    const tenant = await createTenant(database);
    await withTestGateway(database, { limits: { requests: 2, cost: 100 } }, async (tight) => {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await tight.execute(ViewerDocument, {}, tenant.managementKey.as)).status);
      expect(statuses).toEqual([200, 200, 429]);
      await tight.services.usage.flush();
    });
    (await gateway.execute(ViewerDocument, {}, tenant.managementKey.as)).expectData();
    (await gateway.execute(ViewerDocument, {}, tenant.rootClient.as)).expectData();
    await gateway.services.usage.flush();

    const now = Date.now();
    const range = { id: tenant.organizationId, from: new Date(hourOf(now) - 2 * HOUR_MS).toISOString(), to: new Date(hourOf(now) + 2 * HOUR_MS).toISOString() };
    const series = (await gateway.execute(ApiUsageDocument, range, tenant.owner.as)).expectData().organization!.apiUsage!;
    expect(series.map((bucket) => bucket.start)).toEqual([-2, -1, 0, 1].map((offset) => new Date(hourOf(now) + offset * HOUR_MS).toISOString()));
    expect(series.every((bucket, i) => i === 0 || bucket.start === series[i - 1]!.end)).toBe(true);
    const total = (buckets: typeof series) =>
      buckets.reduce((sum, b) => ({ requests: sum.requests + b.requests, cost: sum.cost + b.cost, throttled: sum.throttled + b.throttled }), { requests: 0, cost: 0, throttled: 0 });
    expect(total(series)).toEqual({ requests: 5, cost: 4 * VIEWER_COST, throttled: 1 });

    const ofKey = (await gateway.execute(ApiUsageDocument, { ...range, credentialId: tenant.managementKey.id }, tenant.owner.as)).expectData();
    expect(total(ofKey.organization!.apiUsage!)).toEqual({ requests: 4, cost: 3 * VIEWER_COST, throttled: 1 });
    const stored = await database.prisma.apiUsage.findMany({ where: { credentialId: tenant.managementKey.id } });
    expect(stored.length).toBeLessThanOrEqual(2); // one row per hour however many instances wrote to it

    const days = { id: tenant.organizationId, from: new Date(now - 24 * HOUR_MS).toISOString(), to: new Date(now + HOUR_MS).toISOString(), granularity: 'DAY' as const };
    const daily = (await gateway.execute(ApiUsageDocument, days, tenant.owner.as)).expectData().organization!.apiUsage!;
    expect(daily.every((bucket) => new Date(bucket.start).getUTCHours() === 0 && Date.parse(bucket.end) - Date.parse(bucket.start) === 24 * HOUR_MS)).toBe(true);
    expect(total(daily)).toEqual({ requests: 5, cost: 4 * VIEWER_COST, throttled: 1 });
  });

  test('ranges must be ordered and bounded', async () => {
    const tenant = await createTenant(database);
    const ask = (from: string, to: string, granularity: 'HOUR' | 'DAY' = 'HOUR') =>
      gateway.execute(ApiUsageDocument, { id: tenant.organizationId, from, to, granularity }, tenant.owner.as);
    expect((await ask('2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z')).expectError('BAD_USER_INPUT').message).toBe('from must be before to');
    expect((await ask('2026-01-01T00:00:00Z', '2026-02-02T00:00:00Z')).expectError('BAD_USER_INPUT').message).toBe(
      'a series holds at most 744 hourly buckets; this range needs 768',
    );
    const year = (await ask('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', 'DAY')).expectData().organization!.apiUsage!;
    expect(year).toHaveLength(365);
    expect(year[0]).toEqual({ start: '2026-01-01T00:00:00.000Z', end: '2026-01-02T00:00:00.000Z', requests: 0, cost: 0, throttled: 0 });
  });

  test('is read with usage:read: owners and admins, and keys granted it', async () => {
    const tenant = await createTenant(database);
    const range = { id: tenant.organizationId, from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z' };
    const [admin, member] = [await tenant.addUser('ADMIN'), await tenant.addUser('MEMBER')];
    const [usageKey, readKey] = [await tenant.addKey(['usage:read']), await tenant.addKey(['organization:read'])];
    for (const allowed of [tenant.owner.as, admin.as, usageKey.as]) {
      expect((await gateway.execute(ApiUsageDocument, range, allowed)).expectData().organization!.apiUsage).toHaveLength(1);
    }
    for (const refused of [member.as, readKey.as]) {
      const response = await gateway.execute(ApiUsageDocument, range, refused);
      expect(response.expectError('FORBIDDEN').extensions?.requires).toBe('usage:read');
      expect(response.body.data?.organization?.apiUsage).toBeNull();
    }
  });

  test("an organization deleted before its counts are written loses only its own counts", async () => {
    const [gone, kept] = [await createTenant(database), await createTenant(database)];
    const meter = new UsageMeter(database.prisma, gateway.services.logger);
    const rootClientOf = (tenant: typeof gone) => ({ kind: 'CLIENT' as const, credentialId: tenant.rootClient.id, organizationId: tenant.organizationId, scopes: [], budgets: { requests: null, cost: null } });
    meter.record(rootClientOf(gone), { requests: 1 });
    meter.record(rootClientOf(kept), { requests: 2, cost: 7 });
    await database.prisma.organization.delete({ where: { id: gone.organizationId } });
    await meter.close();
    expect(await database.prisma.apiUsage.findMany({ where: { organizationId: { in: [gone.organizationId, kept.organizationId] } } })).toEqual([
      expect.objectContaining({ credentialId: kept.rootClient.id, requests: 2, cost: 7, throttled: 0 }),
    ]);
  });
});
