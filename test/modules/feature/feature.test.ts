import { beforeAll, describe, expect, test } from 'vitest';
import { insertOperatorToken } from '../../../src/access/issue.js';
import { newId } from '../../../src/db/ids.js';
import {
  CreateFeatureDocument,
  DeleteFeatureDocument,
  DisableProjectFeatureDocument,
  DisableUserFeatureDocument,
  EnableProjectFeatureDocument,
  EnableUserFeatureDocument,
  CatalogueHoldersDocument,
  FeatureDocument,
  FeatureHoldersDocument,
  FeatureNodeDocument,
  FeaturesDocument,
  OrganizationProjectFeaturesDocument,
  ProjectFeaturesDocument,
  UpdateFeatureDocument,
  ViewerFeaturesDocument,
  type FeaturesQuery,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { rememberSecrets } from '../../support/secrets.js';
import { createOperator, createProject, createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

/** Operator tokens: one that may do everything here, and one with only read scopes. */
let operator: { bearer: string };
let readOnlyOperator: { bearer: string };

beforeAll(async () => {
  const full = await insertOperatorToken(database.prisma, 'features', ['feature:write', 'platform:write', 'project:read', 'member:read']);
  const reader = await insertOperatorToken(database.prisma, 'reader', ['project:read', 'member:read']);
  rememberSecrets(JSON.stringify([full, reader]));
  operator = { bearer: full.operatorToken.token };
  readOnlyOperator = { bearer: reader.operatorToken.token };
});

/** A feature written directly; `visible` features (both flags) are what project admins manage. */
async function seedFeature(options: { type?: 'PROJECT' | 'USER'; byAdmin?: boolean; viaApi?: boolean } = {}) {
  return database.prisma.feature.create({
    data: {
      id: newId('Feature'),
      name: unique('feat'),
      type: options.type ?? 'PROJECT',
      title: 'A feature',
      description: 'What it does',
      canBeManagedByAdmin: options.byAdmin ?? true,
      canBeManagedViaApi: options.viaApi ?? true,
    },
  });
}

const codes = (errors: { code: string; field: string[] }[]) => errors.map((error) => [error.code, error.field.join('.')]);

describe('the catalogue', () => {
  test('the operator creates, updates and deletes features; the audit records each', async () => {
    const name = unique('new-feature');
    const created = (
      await gateway.execute(CreateFeatureDocument, { input: { name, type: 'PROJECT', title: 'New', description: 'Brand new', canBeManagedByAdmin: true } }, operator)
    ).expectData().createFeature!;
    expect(created.userErrors).toEqual([]);
    expect(created.feature).toMatchObject({ name, type: 'PROJECT', title: 'New', canBeManagedByAdmin: true, canBeManagedViaApi: true });
    const { id, databaseId } = created.feature!;

    const duplicate = (await gateway.execute(CreateFeatureDocument, { input: { name, type: 'USER', title: 'x', description: 'y' } }, operator)).expectData().createFeature!;
    expect(codes(duplicate.userErrors)).toEqual([['ALREADY_EXISTS', 'input.name']]);

    const updated = (
      await gateway.execute(UpdateFeatureDocument, { input: { id: String(databaseId), title: 'Renamed', canBeManagedViaApi: false } }, operator)
    ).expectData().updateFeature!;
    expect(updated.feature).toMatchObject({ id, name, title: 'Renamed', description: 'Brand new', canBeManagedByAdmin: true, canBeManagedViaApi: false });

    const deleted = (await gateway.execute(DeleteFeatureDocument, { input: { id: name } }, operator)).expectData().deleteFeature!;
    expect(deleted).toEqual({ deletedFeatureId: id, userErrors: [] });
    expect(await database.prisma.feature.findUnique({ where: { id } })).toBeNull();
    const again = (await gateway.execute(DeleteFeatureDocument, { input: { id: name } }, operator)).expectData().deleteFeature!;
    expect(codes(again.userErrors)).toEqual([['NOT_FOUND', 'input.id']]);

    const events = await database.prisma.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['feature.create', 'feature.update', 'feature.delete']);
  });

  test('bad input is a userError field by field', async () => {
    const input = { name: 'has space', type: 'PROJECT' as const, title: '', description: 'd'.repeat(2001) };
    const payload = (await gateway.execute(CreateFeatureDocument, { input }, operator)).expectData().createFeature!;
    expect(codes(payload.userErrors)).toEqual([
      ['INVALID', 'input.name'],
      ['INVALID', 'input.title'],
      ['TOO_LONG', 'input.description'],
    ]);
    const badType = await gateway.execute(CreateFeatureDocument, { input: { ...input, type: 'ADMIN' as 'USER' } }, operator);
    // An unknown type does not get past variable coercion.
    expect(badType.body.errors?.[0]?.message).toMatch(/ADMIN/);
    expect(badType.body.data).toBeUndefined();
  });

  test('only the operator with feature:write changes the catalogue; everyone else is FORBIDDEN', async () => {
    const tenant = await createTenant(database);
    const feature = await seedFeature();
    for (const as of [tenant.owner.as, tenant.managementKey.as, readOnlyOperator]) {
      const create = await gateway.execute(CreateFeatureDocument, { input: { name: unique('f'), type: 'USER', title: 't', description: 'd' } }, as);
      expect(create.expectError('FORBIDDEN').extensions?.requires).toBe('an operator token with feature:write');
      (await gateway.execute(UpdateFeatureDocument, { input: { id: feature.id, title: 'x' } }, as)).expectError('FORBIDDEN');
      (await gateway.execute(DeleteFeatureDocument, { input: { id: feature.id } }, as)).expectError('FORBIDDEN');
    }
    expect(await database.prisma.feature.findUniqueOrThrow({ where: { id: feature.id } })).toMatchObject({ title: 'A feature' });
  });

  test('the operator sees every feature; others only those admins manage via the API; by id, number or name', async () => {
    const tenant = await createTenant(database);
    const visible = await seedFeature();
    const adminOnly = await seedFeature({ viaApi: false });
    const platformOnly = await seedFeature({ byAdmin: false });
    const userFeature = await seedFeature({ type: 'USER' });

    const names = async (as: { bearer: string }, type?: 'PROJECT' | 'USER') => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: FeaturesQuery['features'] = (await gateway.execute(FeaturesDocument, { type, first: 100, after }, as)).expectData().features;
        seen.push(...page.edges.map((edge) => edge.node.name));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    };
    const asOperator = await names(readOnlyOperator);
    expect(asOperator).toEqual(expect.arrayContaining([visible.name, adminOnly.name, platformOnly.name, userFeature.name]));
    expect(asOperator).toEqual([...asOperator].sort());
    const asOwner = await names(tenant.owner.as);
    expect(asOwner).toEqual(expect.arrayContaining([visible.name, userFeature.name]));
    expect(asOwner).not.toContain(adminOnly.name);
    expect(asOwner).not.toContain(platformOnly.name);
    expect(await names(tenant.managementKey.as, 'USER')).toContain(userFeature.name);
    expect(await names(tenant.managementKey.as, 'USER')).not.toContain(visible.name);

    for (const id of [visible.id, String(visible.number), visible.name]) {
      expect((await gateway.execute(FeatureDocument, { id }, tenant.owner.as)).expectData().feature).toMatchObject({ id: visible.id, databaseId: visible.number });
    }
    for (const id of [adminOnly.id, String(platformOnly.number), platformOnly.name, 'no-such-feature', '!!']) {
      (await gateway.execute(FeatureDocument, { id }, tenant.owner.as)).expectError('NOT_FOUND');
    }
    expect((await gateway.execute(FeatureDocument, { id: platformOnly.name }, readOnlyOperator)).expectData().feature!.id).toBe(platformOnly.id);
    expect((await gateway.execute(FeatureNodeDocument, { id: visible.id }, tenant.owner.as)).expectData().node).toEqual({ id: visible.id, name: visible.name });
    (await gateway.execute(FeatureNodeDocument, { id: adminOnly.id }, tenant.owner.as)).expectError('NOT_FOUND');
  });
});

describe('project features', () => {
  test('a project ADMIN switches features its admins manage; the project lists them by name', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const projectAdmin = await tenant.addProjectUser(project.id, 'ADMIN');
    const [a, b] = [await seedFeature(), await seedFeature()];

    for (const feature of [b, a]) {
      const payload = (await gateway.execute(EnableProjectFeatureDocument, { input: { projectId: project.id, feature: feature.name } }, projectAdmin.as)).expectData()
        .enableProjectFeature!;
      expect(payload.userErrors).toEqual([]);
    }
    const listed = (await gateway.execute(ProjectFeaturesDocument, { id: project.id }, tenant.owner.as)).expectData().project!.features;
    expect(listed).toEqual([a.name, b.name].sort());

    const duplicate = (await gateway.execute(EnableProjectFeatureDocument, { input: { projectId: project.id, feature: a.name } }, tenant.owner.as)).expectData()
      .enableProjectFeature!;
    expect(codes(duplicate.userErrors)).toEqual([['ALREADY_ENABLED', 'input.feature']]);

    const disabled = (await gateway.execute(DisableProjectFeatureDocument, { input: { projectId: String(await numberOf(project.id)), feature: a.name } }, projectAdmin.as))
      .expectData().disableProjectFeature!;
    expect(disabled).toEqual({ project: { id: project.id, features: [b.name] }, userErrors: [] });
    const notEnabled = (await gateway.execute(DisableProjectFeatureDocument, { input: { projectId: project.id, feature: a.name } }, projectAdmin.as)).expectData()
      .disableProjectFeature!;
    expect(codes(notEnabled.userErrors)).toEqual([['NOT_ENABLED', 'input.feature']]);

    const actions = await database.prisma.auditEvent.findMany({ where: { targetId: project.id, action: { contains: 'feature' } }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((event) => [event.action, (event.changes as { feature: string }).feature])).toEqual([
      ['project.enable_feature', b.name],
      ['project.enable_feature', a.name],
      ['project.disable_feature', a.name],
    ]);
  });

  test('unknown, hidden, USER and API-barred features are refused as Keboola refuses them', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const platformOnly = await seedFeature({ byAdmin: false });
    const barred = await seedFeature({ viaApi: false });
    const userFeature = await seedFeature({ type: 'USER' });
    const enable = (feature: string, as: { bearer: string } = tenant.owner.as) =>
      gateway.execute(EnableProjectFeatureDocument, { input: { projectId: project.id, feature } }, as);

    expect(codes((await enable('no-such-feature')).expectData().enableProjectFeature!.userErrors)).toEqual([['NOT_FOUND', 'input.feature']]);
    expect(codes((await enable(platformOnly.name)).expectData().enableProjectFeature!.userErrors)).toEqual([['NOT_FOUND', 'input.feature']]);
    expect(codes((await enable(userFeature.name)).expectData().enableProjectFeature!.userErrors)).toEqual([['INVALID', 'input.feature']]);
    // The operator sees the barred feature, and hears Keboola's "can't be assigned via API".
    expect(codes((await enable(barred.name, operator)).expectData().enableProjectFeature!.userErrors)).toEqual([['NOT_MANAGEABLE', 'input.feature']]);
    // The operator switches features admins may not.
    const payload = (await enable(platformOnly.name, operator)).expectData().enableProjectFeature!;
    expect(payload).toEqual({ project: { id: project.id, features: [platformOnly.name] }, userErrors: [] });
    expect(await database.prisma.projectFeature.count({ where: { projectId: project.id } })).toBe(1);
  });

  test('who may: EDITORs and read-only credentials are FORBIDDEN, outsiders and other tenants NOT_FOUND', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const editor = await tenant.addProjectUser(project.id, 'EDITOR');
    const feature = await seedFeature();
    const enable = (as: { bearer: string }, projectId = project.id) =>
      gateway.execute(EnableProjectFeatureDocument, { input: { projectId, feature: feature.name } }, as);
    expect((await enable(editor.as)).expectError('FORBIDDEN').extensions?.requires).toBe('project:write');
    (await enable(readOnlyOperator)).expectError('FORBIDDEN');
    expect(codes((await enable(other.owner.as)).expectData().enableProjectFeature!.userErrors)).toEqual([['NOT_FOUND', 'input.projectId']]);
    expect(codes((await enable(operator, 'prj_ZZZZZZZZZZZZZZZZZZZZZZ')).expectData().enableProjectFeature!.userErrors)).toEqual([['NOT_FOUND', 'input.projectId']]);
    expect(await database.prisma.projectFeature.count({ where: { projectId: project.id } })).toBe(0);
  });

  test("two tenants never see each other's project features, and the list costs the same SQL for 2 and 10 projects", async () => {
    const first = await createTenant(database);
    const second = await createTenant(database);
    const feature = await seedFeature();
    const mine = (await createProject(gateway, first)).project;
    await gateway.execute(EnableProjectFeatureDocument, { input: { projectId: mine.id, feature: feature.name } }, first.owner.as);
    (await gateway.execute(ProjectFeaturesDocument, { id: mine.id }, second.owner.as)).expectError('NOT_FOUND');
    (await gateway.execute(ProjectFeaturesDocument, { id: mine.id }, second.managementKey.as)).expectError('NOT_FOUND');

    const statements = async (count: number) => {
      const tenant = await createTenant(database);
      for (let i = 0; i < count; i++) {
        const { project } = await createProject(gateway, tenant);
        await database.prisma.projectFeature.create({ data: { projectId: project.id, featureId: feature.id } });
      }
      await gateway.execute(ViewerFeaturesDocument, {}, tenant.owner.as);
      await gateway.services.credentials.flush();
      const before = database.statements.length;
      const data = (await gateway.execute(OrganizationProjectFeaturesDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
      expect(data.organization!.projects.edges.map((edge) => edge.node.features)).toEqual(Array.from({ length: count }, () => [feature.name]));
      return database.statements.length - before;
    };
    expect(await statements(10)).toBe(await statements(2));
  });
});

async function numberOf(projectId: string) {
  return (await database.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).number;
}

describe('user features', () => {
  test('a user switches admin-manageable USER features for itself, by id, number or e-mail; the operator for anyone', async () => {
    const tenant = await createTenant(database);
    const own = await seedFeature({ type: 'USER' });
    const platformOnly = await seedFeature({ type: 'USER', byAdmin: false });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: tenant.owner.userId } });

    const enabled = (await gateway.execute(EnableUserFeatureDocument, { input: { userId: user.email.toUpperCase(), feature: own.name } }, tenant.owner.as)).expectData()
      .enableUserFeature!;
    expect(enabled).toEqual({ user: { id: user.id, features: [own.name] }, userErrors: [] });
    const again = (await gateway.execute(EnableUserFeatureDocument, { input: { userId: user.id, feature: own.name } }, tenant.owner.as)).expectData().enableUserFeature!;
    expect(codes(again.userErrors)).toEqual([['ALREADY_ENABLED', 'input.feature']]);
    const hidden = (await gateway.execute(EnableUserFeatureDocument, { input: { userId: user.id, feature: platformOnly.name } }, tenant.owner.as)).expectData()
      .enableUserFeature!;
    expect(codes(hidden.userErrors)).toEqual([['NOT_FOUND', 'input.feature']]);

    const byOperator = (await gateway.execute(EnableUserFeatureDocument, { input: { userId: String(user.number), feature: platformOnly.name } }, operator)).expectData()
      .enableUserFeature!;
    expect(byOperator.user!.features).toEqual([own.name, platformOnly.name].sort());
    expect((await gateway.execute(ViewerFeaturesDocument, {}, tenant.owner.as)).expectData().viewer.user!.features).toEqual([own.name, platformOnly.name].sort());

    const projectFeature = await seedFeature();
    const wrongType = (await gateway.execute(EnableUserFeatureDocument, { input: { userId: user.id, feature: projectFeature.name } }, operator)).expectData()
      .enableUserFeature!;
    expect(codes(wrongType.userErrors)).toEqual([['INVALID', 'input.feature']]);

    const disabled = (await gateway.execute(DisableUserFeatureDocument, { input: { userId: user.id, feature: own.name } }, tenant.owner.as)).expectData()
      .disableUserFeature!;
    expect(disabled).toEqual({ user: { id: user.id, features: [platformOnly.name] }, userErrors: [] });
    const notEnabled = (await gateway.execute(DisableUserFeatureDocument, { input: { userId: user.id, feature: own.name } }, tenant.owner.as)).expectData()
      .disableUserFeature!;
    expect(codes(notEnabled.userErrors)).toEqual([['NOT_ENABLED', 'input.feature']]);
  });

  test("another user's features: FORBIDDEN for a colleague, NOT_FOUND for a stranger", async () => {
    const tenant = await createTenant(database);
    const stranger = await createTenant(database);
    const colleague = await tenant.addUser('ADMIN');
    const feature = await seedFeature({ type: 'USER' });
    const input = { userId: tenant.owner.userId, feature: feature.name };
    (await gateway.execute(EnableUserFeatureDocument, { input }, colleague.as)).expectError('FORBIDDEN');
    (await gateway.execute(EnableUserFeatureDocument, { input }, tenant.managementKey.as)).expectError('FORBIDDEN');
    (await gateway.execute(EnableUserFeatureDocument, { input }, readOnlyOperator)).expectError('FORBIDDEN');
    const hidden = (await gateway.execute(EnableUserFeatureDocument, { input }, stranger.owner.as)).expectData().enableUserFeature!;
    expect(codes(hidden.userErrors)).toEqual([['NOT_FOUND', 'input.userId']]);
    const unknown = (await gateway.execute(EnableUserFeatureDocument, { input: { ...input, userId: 'nobody@example.test' } }, operator)).expectData().enableUserFeature!;
    expect(codes(unknown.userErrors)).toEqual([['NOT_FOUND', 'input.userId']]);
    expect(await database.prisma.userFeature.count({ where: { userId: tenant.owner.userId } })).toBe(0);
  });
});

describe('whom a feature is switched on for', () => {
  test('the operator pages through its projects (deleted ones left out) and users, oldest first; everyone else is FORBIDDEN', async () => {
    const first = await createTenant(database);
    const second = await createTenant(database);
    const feature = await seedFeature();
    const userFeature = await seedFeature({ type: 'USER' });
    const projects = [];
    for (const tenant of [first, second, first]) {
      const { project } = await createProject(gateway, tenant);
      await database.prisma.projectFeature.create({ data: { projectId: project.id, featureId: feature.id } });
      projects.push(project);
    }
    const { project: deleted } = await createProject(gateway, first);
    await database.prisma.projectFeature.create({ data: { projectId: deleted.id, featureId: feature.id } });
    await database.prisma.project.update({ where: { id: deleted.id }, data: { deleteAt: new Date(Date.now() + 3600_000), deletedAt: new Date() } });
    for (const userId of [second.owner.userId, first.owner.userId]) await database.prisma.userFeature.create({ data: { userId, featureId: userFeature.id } });

    const page = (await gateway.execute(FeatureHoldersDocument, { id: feature.name, first: 2 }, operator)).expectData().feature!;
    expect(page.projects!.edges.map((edge) => edge.node.id)).toEqual(projects.slice(0, 2).map((project) => project.id));
    expect(page.projects!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.users!.edges).toEqual([]);
    const rest = (await gateway.execute(FeatureHoldersDocument, { id: feature.id, first: 2, after: page.projects!.pageInfo.endCursor }, operator)).expectData().feature!;
    expect(rest.projects!.edges.map((edge) => edge.node)).toEqual([{ id: projects[2]!.id, name: projects[2]!.name, features: [feature.name] }]);
    expect(rest.projects!.pageInfo.hasNextPage).toBe(false);
    // Backwards too, as every connection pages.
    const last = (await gateway.execute(FeatureHoldersDocument, { id: feature.id, last: 2 }, operator)).expectData().feature!.projects!;
    expect(last.edges.map((edge) => edge.node.id)).toEqual(projects.slice(1).map((project) => project.id));
    const before = (await gateway.execute(FeatureHoldersDocument, { id: feature.id, last: 5, before: last.pageInfo.startCursor }, operator)).expectData().feature!
      .projects!;
    expect(before.edges.map((edge) => edge.node.id)).toEqual([projects[0]!.id]);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const users = (await gateway.execute(FeatureHoldersDocument, { id: String(userFeature.number) }, operator)).expectData().feature!;
    // Oldest first: the first tenant's owner was made first.
    expect(users.users!.edges.map((edge) => edge.node)).toEqual([
      { id: first.owner.userId, email: first.owner.email, features: [userFeature.name] },
      { id: second.owner.userId, email: second.owner.email, features: [userFeature.name] },
    ]);
    expect(users.projects!.edges).toEqual([]);

    // Reading users needs member:read, projects project:read; nobody but the operator reads either.
    const projectReader = await createOperator(database, ['project:read']);
    const partial = await gateway.execute(FeatureHoldersDocument, { id: feature.id }, projectReader);
    expect(partial.body.data?.feature?.projects?.edges).toHaveLength(3);
    expect(partial.body.data?.feature?.users).toBeNull();
    expect(partial.body.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([['FORBIDDEN', 'feature.users']]);
    const visible = await seedFeature();
    for (const as of [first.owner.as, first.managementKey.as, first.rootClient.as]) {
      const denied = await gateway.execute(FeatureHoldersDocument, { id: visible.id }, as);
      expect(denied.body.data?.feature).toMatchObject({ name: visible.name, projects: null, users: null });
      expect(denied.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    }
  });

  test('the catalogue with its projects and users costs the same SQL for 2 and 8 features', async () => {
    const statements = async (count: number) => {
      const tenant = await createTenant(database);
      for (let i = 0; i < count; i++) {
        const feature = await seedFeature();
        const userFeature = await seedFeature({ type: 'USER' });
        const { project } = await createProject(gateway, tenant);
        await database.prisma.projectFeature.create({ data: { projectId: project.id, featureId: feature.id } });
        await database.prisma.userFeature.create({ data: { userId: tenant.owner.userId, featureId: userFeature.id } });
      }
      await gateway.execute(ViewerFeaturesDocument, {}, operator);
      await gateway.services.credentials.flush();
      const before = database.statements.length;
      const data = (await gateway.execute(CatalogueHoldersDocument, {}, operator)).expectData();
      const holders = data.features.edges.flatMap((edge) => [...edge.node.projects!.edges, ...edge.node.users!.edges]);
      expect(holders.length).toBeGreaterThanOrEqual(2 * count);
      return database.statements.length - before;
    };
    expect(await statements(8)).toBe(await statements(2));
  });
});
