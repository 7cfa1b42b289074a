import { describe, expect, test } from 'vitest';
import {
  CreateOrganizationDocument,
  NodeDocument,
  OrganizationDocument,
  OrganizationsDocument,
  UpdateOrganizationDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('organizations', () => {
  test('a user lists only the organizations it belongs to, in pages', async () => {
    const tenant = await createTenant(database);
    await createTenant(database);
    for (const name of ['Second', 'Third']) {
      const payload = (await gateway.execute(CreateOrganizationDocument, { input: { name } }, tenant.owner.as)).expectData().createOrganization!;
      expect(payload.userErrors).toEqual([]);
      expect(payload.organization?.members?.edges.map((edge) => edge.node)).toEqual([{ role: 'OWNER', user: { id: tenant.owner.userId } }]);
    }
    const firstPage = (await gateway.execute(OrganizationsDocument, { first: 2 }, tenant.owner.as)).expectData().organizations;
    expect(firstPage.edges).toHaveLength(2);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = (await gateway.execute(OrganizationsDocument, { first: 2, after: firstPage.pageInfo.endCursor }, tenant.owner.as))
      .expectData().organizations;
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    const names = [...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.name);
    expect(names.slice(1)).toEqual(['Second', 'Third']);
    expect(names).toHaveLength(3);
  });

  test('organizations made in the same instant page without repeats, and a page past a cursor reads only that page', async () => {
    const tenant = await createTenant(database);
    for (const name of ['B', 'C', 'D']) (await gateway.execute(CreateOrganizationDocument, { input: { name } }, tenant.owner.as)).expectData();
    await database.prisma.organization.updateMany({ where: { members: { some: { userId: tenant.owner.userId } } }, data: { createdAt: new Date('2026-01-01T00:00:00Z') } });

    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 4; page++) {
      const before = database.statements.length;
      const { edges, pageInfo } = (await gateway.execute(OrganizationsDocument, { first: 1, after }, tenant.owner.as)).expectData().organizations;
      seen.push(...edges.map((edge) => edge.node.id));
      // Without a unique last sort key Prisma drops the LIMIT past a cursor and reads every row after it.
      const read = database.statements.slice(before).find((sql) => sql.includes('FROM "public"."Organization"'));
      expect(read).toMatch(/LIMIT (\$\d+|\d+)/);
      after = pageInfo.endCursor;
    }
    const own = await database.prisma.organization.findMany({ where: { members: { some: { userId: tenant.owner.userId } } }, select: { id: true } });
    expect(new Set(seen)).toEqual(new Set(own.map((organization) => organization.id)));
    expect(seen).toHaveLength(4);
  });

  test('a key sees exactly its own organization', async () => {
    const tenant = await createTenant(database);
    const organizations = (await gateway.execute(OrganizationsDocument, {}, tenant.managementKey.as)).expectData().organizations;
    expect(organizations.edges.map((edge) => edge.node.id)).toEqual([tenant.organizationId]);
  });

  test('organization(id) of another tenant, a missing id and a malformed id all answer NOT_FOUND', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const own = (await gateway.execute(OrganizationDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
    expect(own.organization).toMatchObject({ id: tenant.organizationId, managementKeyLimit: 5 });

    for (const id of [other.organizationId, 'org_0000000000000000000000', 'not an id', other.rootClient.id]) {
      const response = await gateway.execute(OrganizationDocument, { id }, tenant.owner.as);
      expect(response.body.data).toEqual({ organization: null });
      expect(response.expectError('NOT_FOUND').path).toEqual(['organization']);
    }
  });

  test('updateOrganization renames; names are validated', async () => {
    const tenant = await createTenant(database);
    const renamed = (await gateway.execute(UpdateOrganizationDocument, { input: { id: tenant.organizationId, name: '  Renamed  ' } }, tenant.owner.as))
      .expectData().updateOrganization!;
    expect(renamed).toEqual({ organization: { id: tenant.organizationId, name: 'Renamed' }, userErrors: [] });

    const invalid = (await gateway.execute(UpdateOrganizationDocument, { input: { id: tenant.organizationId, name: 'x'.repeat(101) } }, tenant.owner.as))
      .expectData().updateOrganization!;
    expect(invalid.organization).toBeNull();
    expect(invalid.userErrors).toEqual([{ code: 'TOO_LONG', field: ['input', 'name'], message: 'name must be at most 100 characters' }]);

    const empty = (await gateway.execute(CreateOrganizationDocument, { input: { name: '   ' } }, tenant.owner.as)).expectData().createOrganization!;
    expect(empty.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'name'], message: 'name must not be empty' }]);
  });

  test('an ADMIN may rename, a MEMBER is forbidden, another tenant is not found', async () => {
    const tenant = await createTenant(database);
    const admin = await tenant.addUser('ADMIN');
    const member = await tenant.addUser('MEMBER');
    const stranger = await createTenant(database);
    const input = { id: tenant.organizationId, name: 'By admin' };

    expect((await gateway.execute(UpdateOrganizationDocument, { input }, admin.as)).expectData().updateOrganization!.userErrors).toEqual([]);

    const forbidden = await gateway.execute(UpdateOrganizationDocument, { input }, member.as);
    expect(forbidden.body.data).toEqual({ updateOrganization: null });
    expect(forbidden.expectError('FORBIDDEN').extensions?.requires).toBe('organization:write');

    const notFound = (await gateway.execute(UpdateOrganizationDocument, { input }, stranger.owner.as)).expectData().updateOrganization!;
    expect(notFound.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'organization not found' }]);
  });

  test('createOrganization needs a user', async () => {
    const tenant = await createTenant(database);
    const payload = (await gateway.execute(CreateOrganizationDocument, { input: { name: 'By key' } }, tenant.managementKey.as))
      .expectData().createOrganization!;
    expect(payload.organization).toBeNull();
    expect(payload.userErrors[0]?.code).toBe('INVALID');
  });
});

describe('node', () => {
  test('resolves every type by id within the tenant and nothing outside it', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const cases = [
      [tenant.organizationId, 'Organization'],
      [tenant.rootClient.id, 'Client'],
      [tenant.managementKey.id, 'ManagementKey'],
      [tenant.owner.userId, 'User'],
    ] as const;
    for (const [id, typename] of cases) {
      const node = (await gateway.execute(NodeDocument, { id }, tenant.owner.as)).expectData().node;
      expect(node).toMatchObject({ __typename: typename, id });
    }
    for (const id of [other.organizationId, other.rootClient.id, other.managementKey.id, other.owner.userId, 'prj_nope', '']) {
      const response = await gateway.execute(NodeDocument, { id }, tenant.owner.as);
      expect(response.body.data).toEqual({ node: null });
      response.expectError('NOT_FOUND');
    }
    expect(gateway.internalErrors).toEqual([]);
  });
});
