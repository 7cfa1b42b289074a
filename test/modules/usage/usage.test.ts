import { describe, expect, test } from 'vitest';
import { HOUR_MS, UsageMeter } from '../../../src/metering/usage-meter.js';
import { ApiUsageDocument, ViewerDocument } from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { withTestGateway } from '../../support/gateway.js';
import { createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment({ limits: { requests: 1000, cost: 100, windowSeconds: 10 } });

/** Viewer selects viewer, user and organization: three objects. */
const VIEWER_COST = 3;

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
    const ofEmptyId = (await gateway.execute(ApiUsageDocument, { ...range, credentialId: '' }, tenant.owner.as)).expectData();
    expect(total(ofEmptyId.organization!.apiUsage!)).toEqual(total(series)); // an empty id is no filter
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
