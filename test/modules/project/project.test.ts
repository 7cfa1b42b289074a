import { describe, expect, test } from 'vitest';
import { newId } from '../../../src/db/ids.js';
import {
  CreateProjectDocument,
  DeleteProjectDocument,
  OrganizationProjectsDocument,
  ProjectDocument,
  RestoreProjectDocument,
  UpdateProjectDocument,
  ViewerDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('createProject', () => {
  test('creates the project and its default WRITE client, whose secret works only once shown', async () => {
    const tenant = await createTenant(database);
    const input = {
      organizationId: tenant.organizationId,
      name: 'Ünïcode Shop!',
      domain: 'https://shop.example.com/',
      cors: ['https://shop.example.com/', 'https://admin.example.com'],
      crossDomain: true,
      types: ['WEBSITE', 'APP', 'WEBSITE'] as ('WEBSITE' | 'APP')[],
    };
    const payload = (await gateway.execute(CreateProjectDocument, { input }, tenant.owner.as)).expectData().createProject!;
    expect(payload.userErrors).toEqual([]);
    expect(payload.project).toMatchObject({
      name: 'Ünïcode Shop!',
      slug: expect.stringMatching(/^unicode-shop(-\d{4})?$/),
      domain: 'https://shop.example.com',
      cors: ['https://shop.example.com', 'https://admin.example.com'],
      crossDomain: true,
      types: ['WEBSITE', 'APP'],
      deleteAt: null,
      organization: { id: tenant.organizationId },
    });
    expect(payload.client).toMatchObject({ type: 'WRITE', project: { id: payload.project!.id } });
    expect(payload.clientSecret).toMatch(/^stw_cs_[0-9A-Za-z]{38}$/);

    const stored = await database.prisma.client.findUniqueOrThrow({ where: { id: payload.client!.id } });
    expect(stored.secretDigest).not.toContain(payload.clientSecret);
    expect(JSON.stringify(stored)).not.toContain(payload.clientSecret!.slice(7));
  });

  test('slugs are unique across organizations', async () => {
    const first = await createTenant(database);
    const second = await createTenant(database);
    const name = unique('SameName');
    const a = (await createProject(gateway, first, { name })).project;
    const b = (await createProject(gateway, second, { name })).project;
    expect(a.slug).toBe(name.toLowerCase());
    expect(b.slug).toMatch(new RegExp(`^${name.toLowerCase()}-\\d{4}$`));
  });

  test('concurrent projects with one name all get distinct slugs; a name without letters gives "project"', async () => {
    const tenant = await createTenant(database);
    const name = unique('Race');
    const created = await Promise.all(Array.from({ length: 5 }, () => createProject(gateway, tenant, { name })));
    expect(new Set(created.map(({ project }) => project.slug)).size).toBe(5);
    expect(created.map(({ project }) => project.slug)).toContain(name.toLowerCase());
    expect((await createProject(gateway, tenant, { name: '🚀 !!' })).project.slug).toMatch(/^project(-\d{4})?$/);
  });

  test('invalid input is reported field by field and creates nothing', async () => {
    const tenant = await createTenant(database);
    const input = {
      organizationId: tenant.organizationId,
      name: 'n'.repeat(101),
      domain: 'not a url',
      cors: ['https://ok.example.com', 'ftp//bad'],
    };
    const payload = (await gateway.execute(CreateProjectDocument, { input }, tenant.owner.as)).expectData().createProject!;
    expect(payload.project).toBeNull();
    expect(payload.clientSecret).toBeNull();
    expect(payload.userErrors.map((error) => [error.code, error.field.join('.')])).toEqual([
      ['TOO_LONG', 'input.name'],
      ['INVALID', 'input.domain'],
      ['INVALID', 'input.cors.1'],
    ]);
    expect(await database.prisma.project.count({ where: { organizationId: tenant.organizationId } })).toBe(0);
  });

  test('a wrong enum or a missing field is a GraphQL validation error, not a crash', async () => {
    const tenant = await createTenant(database);
    const response = await gateway.execute(
      'mutation { createProject(input: { organizationId: "x", name: "n", types: [DESKTOP] }) { userErrors { code } } }',
      {},
      tenant.owner.as,
    );
    expect(response.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('DESKTOP'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(gateway.internalErrors).toEqual([]);
  });

  test('another organization is not found; a MEMBER may not create projects', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const member = await tenant.addUser('MEMBER');
    const input = { organizationId: other.organizationId, name: 'Intrusion' };
    const payload = (await gateway.execute(CreateProjectDocument, { input }, tenant.owner.as)).expectData().createProject!;
    expect(payload.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'organizationId'], message: 'organization not found' }]);

    const forbidden = await gateway.execute(CreateProjectDocument, { input: { organizationId: tenant.organizationId, name: 'x' } }, member.as);
    expect(forbidden.expectError('FORBIDDEN').extensions?.requires).toBe('project:write');
    expect(await database.prisma.project.count({ where: { name: 'Intrusion' } })).toBe(0);
  });

  test('the root client creates projects in its own organization', async () => {
    const tenant = await createTenant(database);
    const project = (await createProject(gateway, tenant, { name: 'Via root client', as: tenant.rootClient.as })).project;
    expect(project.organization.id).toBe(tenant.organizationId);
  });
});

describe('reading projects', () => {
  test('connections page with first/after; first above 100 is capped', async () => {
    const tenant = await createTenant(database);
    const names = ['A', 'B', 'C'].map((letter) => unique(letter));
    for (const name of names) await createProject(gateway, tenant, { name });
    const page = (await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId, first: 2 }, tenant.owner.as))
      .expectData().organization!.projects;
    expect(page.edges.map((edge) => edge.node.name)).toEqual(names.slice(0, 2));
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = (await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId, first: 500, after: page.pageInfo.endCursor }, tenant.owner.as))
      .expectData().organization!.projects;
    expect(rest.edges.map((edge) => edge.node.name)).toEqual(names.slice(2));

    await database.prisma.project.createMany({
      data: Array.from({ length: 101 }, (_, i) => ({ id: newId('Project'), organizationId: tenant.organizationId, name: `bulk ${i}`, slug: unique(`bulk-${i}`) })),
    });
    const capped = (await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId, first: 1000 }, tenant.owner.as))
      .expectData().organization!.projects;
    expect(capped.edges).toHaveLength(100);
    expect(capped.pageInfo.hasNextPage).toBe(true);
  });

  test('a negative first and a garbage cursor are BAD_USER_INPUT', async () => {
    const tenant = await createTenant(database);
    const negative = await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId, first: -1 }, tenant.owner.as);
    negative.expectError('BAD_USER_INPUT');
    const garbage = await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId, after: '%%%' }, tenant.owner.as);
    garbage.expectError('BAD_USER_INPUT');
    expect(gateway.internalErrors).toEqual([]);
  });

  test('a MEMBER sees only projects it was given a role on; project(id) of others is NOT_FOUND', async () => {
    const tenant = await createTenant(database);
    const visible = (await createProject(gateway, tenant)).project;
    const hidden = (await createProject(gateway, tenant)).project;
    const viewer = await tenant.addProjectUser(visible.id, 'VIEWER');
    const list = (await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId }, viewer.as)).expectData();
    expect(list.organization!.projects.edges.map((edge) => edge.node.id)).toEqual([visible.id]);
    (await gateway.execute(ProjectDocument, { id: visible.id }, viewer.as)).expectData();
    const response = await gateway.execute(ProjectDocument, { id: hidden.id }, viewer.as);
    expect(response.body.data).toEqual({ project: null });
    response.expectError('NOT_FOUND');
  });

  test('a project-limited key sees only its projects', async () => {
    const tenant = await createTenant(database);
    const mine = (await createProject(gateway, tenant)).project;
    await createProject(gateway, tenant);
    const key = await tenant.addKey(['project:read'], [mine.id]);
    const list = (await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId }, key.as)).expectData();
    expect(list.organization!.projects.edges.map((edge) => edge.node.id)).toEqual([mine.id]);
  });
});

describe('updateProject', () => {
  test('changes only the fields given; null domain clears it; the slug stays', async () => {
    const tenant = await createTenant(database);
    const project = (await createProject(gateway, tenant, { name: unique('Before') })).project;
    const set = (await gateway.execute(UpdateProjectDocument, { input: { id: project.id, domain: 'https://x.example', types: ['BACKEND'] } }, tenant.owner.as))
      .expectData().updateProject!;
    expect(set.project).toMatchObject({ name: project.name, slug: project.slug, domain: 'https://x.example', types: ['BACKEND'] });
    const renamed = (await gateway.execute(UpdateProjectDocument, { input: { id: project.id, name: 'After', domain: null } }, tenant.owner.as))
      .expectData().updateProject!;
    expect(renamed.project).toMatchObject({ name: 'After', slug: project.slug, domain: null, types: ['BACKEND'] });
  });

  test('a project VIEWER is forbidden, a project ADMIN may', async () => {
    const tenant = await createTenant(database);
    const project = (await createProject(gateway, tenant)).project;
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const admin = await tenant.addProjectUser(project.id, 'ADMIN');
    (await gateway.execute(UpdateProjectDocument, { input: { id: project.id, name: 'no' } }, viewer.as)).expectError('FORBIDDEN');
    const ok = (await gateway.execute(UpdateProjectDocument, { input: { id: project.id, name: 'yes' } }, admin.as)).expectData();
    expect(ok.updateProject?.project?.name).toBe('yes');
  });

  test('unknown, malformed and foreign ids are NOT_FOUND user errors', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const foreign = (await createProject(gateway, other)).project;
    for (const id of [foreign.id, 'prj_0000000000000000000000', 'garbage']) {
      const payload = (await gateway.execute(UpdateProjectDocument, { input: { id, name: 'x' } }, tenant.owner.as)).expectData().updateProject!;
      expect(payload.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'project not found' }]);
    }
  });
});

describe('deleteProject and restoreProject', () => {
  test('delete schedules removal in 24 hours and hides the project from lists until restored', async () => {
    const tenant = await createTenant(database);
    const project = (await createProject(gateway, tenant)).project;
    const before = Date.now();
    const deleted = (await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectData().deleteProject!;
    const deleteAt = new Date(deleted.project!.deleteAt!).getTime();
    expect(deleteAt - before).toBeGreaterThanOrEqual(24 * 3600 * 1000 - 1000);
    expect(deleteAt - before).toBeLessThanOrEqual(24 * 3600 * 1000 + 60_000);

    const listed = async (includeDeleted: boolean) =>
      (await gateway.execute(OrganizationProjectsDocument, { id: tenant.organizationId, includeDeleted }, tenant.owner.as))
        .expectData().organization!.projects.edges.map((edge) => edge.node.id);
    expect(await listed(false)).toEqual([]);
    expect(await listed(true)).toEqual([project.id]);
    expect((await gateway.execute(ProjectDocument, { id: project.id }, tenant.owner.as)).expectData().project?.deleteAt).not.toBeNull();

    const again = (await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectData().deleteProject!;
    expect(again.project?.deleteAt).toBe(deleted.project!.deleteAt);

    const restored = (await gateway.execute(RestoreProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectData().restoreProject!;
    expect(restored).toEqual({ project: { id: project.id, deleteAt: null }, userErrors: [] });
    expect(await listed(false)).toEqual([project.id]);

    const notDeleted = (await gateway.execute(RestoreProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectData().restoreProject!;
    expect(notDeleted.userErrors[0]?.code).toBe('NOT_DELETED');
  });

  test('past its deletion time a project is gone: NOT_FOUND, not restorable', async () => {
    const tenant = await createTenant(database);
    const project = (await createProject(gateway, tenant)).project;
    await database.prisma.project.update({ where: { id: project.id }, data: { deleteAt: new Date(Date.now() - 1000) } });
    (await gateway.execute(ProjectDocument, { id: project.id }, tenant.owner.as)).expectError('NOT_FOUND');
    const payload = (await gateway.execute(RestoreProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectData().restoreProject!;
    expect(payload.userErrors[0]?.code).toBe('NOT_FOUND');
  });
});

test('a second request after creating a project still authenticates (smoke)', async () => {
  const tenant = await createTenant(database);
  await createProject(gateway, tenant, { as: tenant.owner.as });
  const ownerToken = await database.prisma.personalAccessToken.findFirstOrThrow({ where: { userId: tenant.owner.userId } });
  const viewer = (await gateway.execute(ViewerDocument, {}, tenant.owner.as)).expectData().viewer;
  expect(viewer).toMatchObject({ kind: 'USER', credentialId: ownerToken.id, user: { id: tenant.owner.userId, email: tenant.owner.email } });
});

describe('numbers (databaseId)', () => {
  test('an organization and a project are found by their number as by their id; a name of digits gets a slug that is not one', async () => {
    const tenant = await createTenant(database);
    const { project } = (await gateway.execute(CreateProjectDocument, { input: { organizationId: tenant.organizationId, name: '2026' } }, tenant.owner.as))
      .expectData().createProject!;
    expect(project!.slug).toMatch(/^project-2026(-\d{4})?$/);
    const numbers = await gateway.execute<{ organization: { databaseId: number }; project: { databaseId: number } }, Record<string, unknown>>(
      'query($o: ID!, $p: ID!) { organization(id: $o) { databaseId } project(id: $p) { databaseId } }',
      { o: tenant.organizationId, p: project!.id },
      tenant.owner.as,
    );
    const { organization, project: byId } = numbers.expectData();
    const byNumber = await gateway.execute(
      'query($o: ID!, $p: ID!) { organization(id: $o) { id } project(id: $p) { id name } }',
      { o: String(organization.databaseId), p: String(byId.databaseId) },
      tenant.owner.as,
    );
    expect(byNumber.expectData()).toEqual({ organization: { id: tenant.organizationId }, project: { id: project!.id, name: '2026' } });
    const created = await gateway.execute<{ createProject: { project: { organization: { id: string } } } }, Record<string, unknown>>(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { organization { id } } } }',
      { input: { organizationId: String(organization.databaseId), name: unique('by-number') } },
      tenant.owner.as,
    );
    expect(created.expectData().createProject.project.organization.id).toBe(tenant.organizationId);
    const other = await createTenant(database);
    const hidden = await gateway.execute('query($p: ID!) { project(id: $p) { id } }', { p: String(byId.databaseId) }, other.owner.as);
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
