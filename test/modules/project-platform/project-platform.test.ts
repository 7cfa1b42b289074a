import { beforeAll, describe, expect, test } from 'vitest';
import { insertOperatorToken } from '../../../src/access/issue.js';
import {
  OrganizationProjectLimitsDocument,
  ProjectPlatformDocument,
  RemoveProjectLimitDocument,
  SetProjectDisabledDocument,
  SetProjectLimitsDocument,
  ViewerDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { rememberSecrets } from '../../support/secrets.js';
import { createProject, createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

let operator: { bearer: string };
let readOnlyOperator: { bearer: string };

beforeAll(async () => {
  const full = await insertOperatorToken(database.prisma, 'platform', ['platform:write', 'project:read']);
  const reader = await insertOperatorToken(database.prisma, 'reader', ['project:read']);
  rememberSecrets(JSON.stringify([full, reader]));
  operator = { bearer: full.operatorToken.token };
  readOnlyOperator = { bearer: reader.operatorToken.token };
});

const codes = (errors: { code: string; field: string[] }[]) => errors.map((error) => [error.code, error.field.join('.')]);

describe('limits and metrics', () => {
  test('the operator sets limits by name (upsert), metrics apart, and removes them; members read them', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const set = (limits: { name: string; value: number }[], kind?: 'LIMIT' | 'METRIC') =>
      gateway.execute(SetProjectLimitsDocument, { input: { projectId: project.id, limits, kind } }, operator);

    await set([{ name: 'kbc.adminsCount', value: 10 }, { name: 'components.jobsParallelism', value: 5 }]);
    const updated = (await set([{ name: 'kbc.adminsCount', value: 20 }, { name: 'storage.dataSizeBytes', value: 5e10 }])).expectData().setProjectLimits!;
    expect(updated.userErrors).toEqual([]);
    expect(updated.project!.limits).toEqual([
      { name: 'components.jobsParallelism', value: 5 },
      { name: 'kbc.adminsCount', value: 20 },
      { name: 'storage.dataSizeBytes', value: 5e10 },
    ]);
    const metrics = (await set([{ name: 'kbc.adminsCount', value: 3 }], 'METRIC')).expectData().setProjectLimits!.project!;
    expect(metrics.metrics).toEqual([{ name: 'kbc.adminsCount', value: 3 }]);
    expect(metrics.limits).toHaveLength(3);

    const read = (await gateway.execute(ProjectPlatformDocument, { id: project.id }, viewer.as)).expectData().project!;
    expect(read.limits).toEqual(updated.project!.limits);
    expect(read.metrics).toEqual([{ name: 'kbc.adminsCount', value: 3 }]);
    expect((await gateway.execute(ProjectPlatformDocument, { id: project.id }, tenant.managementKey.as)).expectData().project!.metrics).toHaveLength(1);

    const removed = (await gateway.execute(RemoveProjectLimitDocument, { input: { projectId: project.id, name: 'kbc.adminsCount' } }, operator)).expectData()
      .removeProjectLimit!;
    expect(removed.project!.limits!.map((limit) => limit.name)).toEqual(['components.jobsParallelism', 'storage.dataSizeBytes']);
    expect(removed.project!.metrics).toEqual([{ name: 'kbc.adminsCount', value: 3 }]);
    const again = (await gateway.execute(RemoveProjectLimitDocument, { input: { projectId: project.id, name: 'kbc.adminsCount' } }, operator)).expectData()
      .removeProjectLimit!;
    expect(codes(again.userErrors)).toEqual([['NOT_FOUND', 'input.name']]);

    const actions = await database.prisma.auditEvent.findMany({ where: { targetId: project.id, action: { in: ['project.set_limits', 'project.remove_limit'] } } });
    expect(actions).toHaveLength(4);
  });

  test('names must be dotted, values finite, each name once; nothing is written then', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const set = (limits: { name: string; value: number }[]) =>
      gateway.execute(SetProjectLimitsDocument, { input: { projectId: project.id, limits } }, operator);
    expect(codes((await set([{ name: 'nodot', value: 1 }, { name: 'a.b', value: 2 }])).expectData().setProjectLimits!.userErrors)).toEqual([['INVALID', 'input.limits.0.name']]);
    expect(codes((await set([{ name: 'a.b', value: 1 }, { name: 'a.b', value: 2 }])).expectData().setProjectLimits!.userErrors)).toEqual([['INVALID', 'input.limits']]);
    expect(codes((await set([])).expectData().setProjectLimits!.userErrors)).toEqual([['INVALID', 'input.limits']]);
    expect(codes((await set([{ name: `a.${'b'.repeat(100)}`, value: 1 }])).expectData().setProjectLimits!.userErrors)).toEqual([['TOO_LONG', 'input.limits.0.name']]);
    // GraphQL's Float refuses what is not finite before execution.
    const infinite = await gateway.execute(SetProjectLimitsDocument, { input: { projectId: project.id, limits: [{ name: 'a.b', value: 'Infinity' as unknown as number }] } }, operator);
    expect(infinite.body.data).toBeUndefined();
    expect(await database.prisma.projectLimit.count({ where: { projectId: project.id } })).toBe(0);
    const missing = await gateway.execute(SetProjectLimitsDocument, { input: { projectId: 'prj_ZZZZZZZZZZZZZZZZZZZZZZ', limits: [{ name: 'a.b', value: 1 }] } }, operator);
    expect(codes(missing.expectData().setProjectLimits!.userErrors)).toEqual([['NOT_FOUND', 'input.projectId']]);
  });

  test('only the operator with platform:write sets or removes limits; everyone else is FORBIDDEN', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const input = { projectId: project.id, limits: [{ name: 'kbc.adminsCount', value: 1 }] };
    for (const as of [tenant.owner.as, tenant.managementKey.as, tenant.rootClient.as, readOnlyOperator]) {
      expect((await gateway.execute(SetProjectLimitsDocument, { input }, as)).expectError('FORBIDDEN').extensions?.requires).toBe('an operator token with platform:write');
      (await gateway.execute(RemoveProjectLimitDocument, { input: { projectId: project.id, name: 'kbc.adminsCount' } }, as)).expectError('FORBIDDEN');
    }
    expect(await database.prisma.projectLimit.count({ where: { projectId: project.id } })).toBe(0);
  });

  test("two tenants never see each other's limits, and the list costs the same SQL for 2 and 10 projects", async () => {
    const first = await createTenant(database);
    const second = await createTenant(database);
    const { project } = await createProject(gateway, first);
    await gateway.execute(SetProjectLimitsDocument, { input: { projectId: project.id, limits: [{ name: 'kbc.adminsCount', value: 1 }] } }, operator);
    (await gateway.execute(ProjectPlatformDocument, { id: project.id }, second.owner.as)).expectError('NOT_FOUND');
    (await gateway.execute(ProjectPlatformDocument, { id: project.id }, second.rootClient.as)).expectError('NOT_FOUND');
    const outsider = await first.addUser('MEMBER');
    (await gateway.execute(ProjectPlatformDocument, { id: project.id }, outsider.as)).expectError('NOT_FOUND');

    const statements = async (count: number) => {
      const tenant = await createTenant(database);
      for (let i = 0; i < count; i++) {
        const made = (await createProject(gateway, tenant)).project;
        await database.prisma.projectLimit.createMany({
          data: [
            { projectId: made.id, kind: 'LIMIT', name: 'kbc.adminsCount', value: i },
            { projectId: made.id, kind: 'METRIC', name: 'storage.rowsCount', value: i },
          ],
        });
      }
      await gateway.execute(ViewerDocument, {}, tenant.owner.as);
      await gateway.services.credentials.flush();
      const before = database.statements.length;
      const data = (await gateway.execute(OrganizationProjectLimitsDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
      expect(data.organization!.projects.edges.every((edge) => edge.node.limits!.length === 1 && edge.node.metrics!.length === 1)).toBe(true);
      return database.statements.length - before;
    };
    expect(await statements(10)).toBe(await statements(2));
  });
});

describe('disabling', () => {
  test('the operator disables a project with a reason and an estimated end, and enables it again', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const disabled = (
      await gateway.execute(SetProjectDisabledDocument, { input: { id: project.id, disabled: true, reason: 'Maintenance', estimatedEndTime: until } }, operator)
    ).expectData().setProjectDisabled!;
    expect(disabled).toMatchObject({ project: { isDisabled: true, disabledReason: 'Maintenance', disabledUntil: until }, userErrors: [] });
    expect((await gateway.execute(ProjectPlatformDocument, { id: project.id }, tenant.owner.as)).expectData().project!.isDisabled).toBe(true);

    const enabled = (await gateway.execute(SetProjectDisabledDocument, { input: { id: project.id, disabled: false } }, operator)).expectData().setProjectDisabled!;
    expect(enabled.project).toMatchObject({ isDisabled: false, disabledReason: null, disabledUntil: null });
    const actions = await database.prisma.auditEvent.findMany({ where: { targetId: project.id, action: { in: ['project.disable', 'project.enable'] } }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((event) => event.action)).toEqual(['project.disable', 'project.enable']);
  });

  test('a past end is INVALID; anyone but the operator with platform:write is FORBIDDEN', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const past = (
      await gateway.execute(SetProjectDisabledDocument, { input: { id: project.id, disabled: true, estimatedEndTime: '2020-01-01T00:00:00Z' } }, operator)
    ).expectData().setProjectDisabled!;
    expect(codes(past.userErrors)).toEqual([['INVALID', 'input.estimatedEndTime']]);
    for (const as of [tenant.owner.as, tenant.managementKey.as, readOnlyOperator]) {
      (await gateway.execute(SetProjectDisabledDocument, { input: { id: project.id, disabled: true } }, as)).expectError('FORBIDDEN');
    }
    expect((await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).disabledAt).toBeNull();
  });
});
