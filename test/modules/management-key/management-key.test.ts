import { describe, expect, test } from 'vitest';
import {
  CreateManagementKeyDocument,
  CreateProjectDocument,
  NodeDocument,
  OrganizationKeysDocument,
  RevokeManagementKeyDocument,
  RotateManagementKeyDocument,
  UpdateManagementKeyDocument,
  UpdateProjectDocument,
  ViewerDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant, unique, type Tenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

async function createKey(tenant: Tenant, input: { scopes: string[]; projectIds?: string[]; expiresAt?: string }) {
  const variables = { input: { organizationId: tenant.organizationId, name: unique('key'), ...input } };
  return (await gateway.execute(CreateManagementKeyDocument, variables, tenant.owner.as)).expectData().createManagementKey!;
}

describe('management keys', () => {
  test('created with scopes and projects, listed without the token, stored only as a digest', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const created = await createKey(tenant, { scopes: ['project:read', 'reference:write'], projectIds: [project.id] });
    expect(created.userErrors).toEqual([]);
    expect(created.key).toMatchObject({ scopes: ['project:read', 'reference:write'], projects: [{ id: project.id }], lastFour: created.token!.slice(-4), revokedAt: null, lastUsedAt: null });

    const listed = (await gateway.execute(OrganizationKeysDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
    expect(listed.organization?.managementKeys?.edges.map((edge) => edge.node.id)).toEqual([tenant.managementKey.id, created.key!.id]);
    const stored = await database.prisma.managementKey.findUniqueOrThrow({ where: { id: created.key!.id } });
    expect(JSON.stringify(stored)).not.toContain(created.token!.slice(7, 30));
  });

  test('scopes decide: a project:read key reads but may not write; a limited key reaches only its projects', async () => {
    const tenant = await createTenant(database);
    const { project: mine } = await createProject(gateway, tenant);
    const { project: other } = await createProject(gateway, tenant);
    const reader = await tenant.addKey(['project:read']);
    (await gateway.execute(NodeDocument, { id: mine.id }, reader.as)).expectData();
    const write = await gateway.execute(UpdateProjectDocument, { input: { id: mine.id, name: 'x' } }, reader.as);
    expect(write.expectError('FORBIDDEN').extensions?.requires).toBe('project:write');

    const limited = await tenant.addKey(['project:write'], [mine.id]);
    expect((await gateway.execute(UpdateProjectDocument, { input: { id: mine.id, name: 'ok' } }, limited.as)).expectData().updateProject?.project?.name).toBe('ok');
    const outside = (await gateway.execute(UpdateProjectDocument, { input: { id: other.id, name: 'no' } }, limited.as)).expectData();
    expect(outside.updateProject?.userErrors[0]?.code).toBe('NOT_FOUND');
    const create = await gateway.execute(CreateProjectDocument, { input: { organizationId: tenant.organizationId, name: 'new' } }, limited.as);
    create.expectError('FORBIDDEN');
  });

  test('unknown scopes and foreign projects are refused; a key cannot grant more than it holds', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const { project: foreign } = await createProject(gateway, other);
    const payload = await createKey(tenant, { scopes: ['project:read', 'projects:admin'], projectIds: [foreign.id] });
    expect(payload.key).toBeNull();
    expect(payload.userErrors.map((error) => [error.code, error.field.join('.')])).toEqual([
      ['INVALID_SCOPE', 'input.scopes'],
      ['NOT_FOUND', 'input.projectIds'],
    ]);

    const keyAdmin = await tenant.addKey(['key:write', 'project:read']);
    const escalate = await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'x', scopes: ['*'] } }, keyAdmin.as);
    expect(escalate.expectError('FORBIDDEN').message).toBe('a key cannot grant scopes it does not hold: *');
    const allowed = await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'x', scopes: ['project:read', 'key:read'] } }, keyAdmin.as);
    expect(allowed.expectData().createManagementKey?.userErrors).toEqual([]);
  });

  test('only OWNERs manage keys', async () => {
    const tenant = await createTenant(database);
    const admin = await tenant.addUser('ADMIN');
    const response = await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'x', scopes: ['*'] } }, admin.as);
    expect(response.expectError('FORBIDDEN').extensions?.requires).toBe('key:write');
    const listed = await gateway.execute(OrganizationKeysDocument, { id: tenant.organizationId }, admin.as);
    expect(listed.body.data).toEqual({ organization: { managementKeys: null } });
    listed.expectError('FORBIDDEN');
  });

  test('at most five active keys by default, with an organization override; revoking frees a place', async () => {
    const tenant = await createTenant(database);
    for (let i = 0; i < 4; i++) expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors).toEqual([]);
    const sixth = await createKey(tenant, { scopes: ['project:read'] });
    expect(sixth.key).toBeNull();
    expect(sixth.token).toBeNull();
    expect(sixth.userErrors[0]?.code).toBe('KEY_LIMIT_REACHED');

    await gateway.execute(RevokeManagementKeyDocument, { input: { id: tenant.managementKey.id } }, tenant.owner.as);
    expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors).toEqual([]);

    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { managementKeyLimit: 7 } });
    expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors).toEqual([]);
    expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors).toEqual([]);
    expect((await createKey(tenant, { scopes: ['project:read'] })).userErrors[0]?.code).toBe('KEY_LIMIT_REACHED');
  });

  test('concurrent creations never pass the limit', async () => {
    const tenant = await createTenant(database);
    const results = await Promise.all(Array.from({ length: 8 }, () => createKey(tenant, { scopes: ['project:read'] })));
    expect(results.filter((result) => result.key !== null)).toHaveLength(4);
    expect(await database.prisma.managementKey.count({ where: { organizationId: tenant.organizationId, revokedAt: null } })).toBe(5);
  });

  test('rotation keeps id, name and scopes and replaces the token; update changes what it is given', async () => {
    const tenant = await createTenant(database);
    const created = await createKey(tenant, { scopes: ['project:read'] });
    const rotated = (await gateway.execute(RotateManagementKeyDocument, { input: { id: created.key!.id } }, tenant.owner.as))
      .expectData().rotateManagementKey!;
    expect(rotated.key).toMatchObject({ id: created.key!.id, name: created.key!.name, scopes: ['project:read'], lastFour: rotated.token!.slice(-4) });
    expect((await gateway.execute(ViewerDocument, {}, { bearer: created.token! })).status).toBe(401);
    expect((await gateway.execute(ViewerDocument, {}, { bearer: rotated.token! })).status).toBe(200);

    const updated = (await gateway.execute(UpdateManagementKeyDocument, { input: { id: created.key!.id, name: 'renamed', scopes: ['*'] } }, tenant.owner.as))
      .expectData().updateManagementKey!;
    expect(updated.key).toMatchObject({ name: 'renamed', scopes: ['*'], projects: [] });
    const bad = (await gateway.execute(UpdateManagementKeyDocument, { input: { id: created.key!.id, expiresAt: '2000-01-01' } }, tenant.owner.as))
      .expectData().updateManagementKey!;
    expect(bad.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'expiresAt'], message: 'expiresAt must be in the future' }]);
  });
});
