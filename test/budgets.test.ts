import { describe, expect, test } from 'vitest';
import { insertOperatorToken } from '../src/access/issue.js';
import {
  CreateProjectDocument,
  OrganizationProjectsDocument,
  UpdateOrganizationBudgetsDocument,
  ViewerDocument,
} from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import type { Credentials } from './support/gateway.js';
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
