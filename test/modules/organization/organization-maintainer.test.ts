import { describe, expect, test } from 'vitest';
import { newId } from '../../../src/db/ids.js';
import {
  CreateOrganizationKeboolaDocument,
  DeleteOrganizationDocument,
  OrganizationKeboolaDocument,
  UpdateOrganizationKeboolaDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createOperator, createProject, createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();
const { prisma } = database;

const operator = (scopes: string[]) => createOperator(database, scopes);

const crmIdOf = async (id: string) => (await prisma.organization.findUniqueOrThrow({ where: { id } })).crmId;
const maintainerIdOf = async (id: string) => (await prisma.organization.findUniqueOrThrow({ where: { id } })).maintainerId;

async function maintainerOf(userIds: string[]) {
  return prisma.maintainer.create({
    data: { id: newId('Maintainer'), name: unique('Maintainer'), members: { create: userIds.map((userId) => ({ id: newId('MaintainerMember'), userId })) } },
  });
}

/** A tenant under a maintainer, with a maintainer member who is not in the organization. */
async function setup() {
  const tenant = await createTenant(database);
  const outsider = await tenant.addUser('MEMBER');
  await prisma.organizationMember.delete({ where: { id: outsider.memberId } });
  const maintainer = await maintainerOf([outsider.userId]);
  await prisma.organization.update({ where: { id: tenant.organizationId }, data: { maintainerId: maintainer.id, crmId: 'crm-1' } });
  return { tenant, maintainer, maintainerMember: outsider };
}

describe('organization fields for Keboola', () => {
  test('allowAutoJoin and mfaRequired for every reader; crmId for OWNER, ADMIN, maintainer members and the operator', async () => {
    const { tenant, maintainer, maintainerMember } = await setup();
    const admin = await tenant.addUser('ADMIN');
    const member = await tenant.addUser('MEMBER');
    const id = tenant.organizationId;
    const readers = [tenant.owner.as, admin.as, maintainerMember.as, await operator(['organization:write']), await operator(['organization:read', 'maintainer:read'])];
    for (const as of readers) {
      const organization = (await gateway.execute(OrganizationKeboolaDocument, { id }, as)).body.data!.organization!;
      expect(organization).toMatchObject({ id, allowAutoJoin: true, mfaRequired: false, crmId: 'crm-1' });
    }
    for (const as of [member.as, tenant.rootClient.as, (await tenant.addKey(['project:read'])).as, await operator(['organization:read'])]) {
      const response = await gateway.execute(OrganizationKeboolaDocument, { id }, as);
      expect(response.body.data!.organization).toMatchObject({ id, allowAutoJoin: true, crmId: null });
      const crm = response.body.errors!.find((error) => error.path?.join('.') === 'organization.crmId');
      expect(crm?.extensions?.code).toBe('FORBIDDEN');
      expect(crm?.extensions?.requires).toBe('organization:write or membership of the maintainer, or an operator with maintainer:read');
    }
    // The maintainer: its members see it; the organization's own members get null with FORBIDDEN there, and the organization still.
    const seen = (await gateway.execute(OrganizationKeboolaDocument, { id }, maintainerMember.as)).expectData().organization!;
    expect(seen.maintainer).toEqual({ id: maintainer.id, name: maintainer.name });
    const hidden = await gateway.execute(OrganizationKeboolaDocument, { id }, tenant.owner.as);
    expect(hidden.body.data!.organization).toMatchObject({ id, crmId: 'crm-1', maintainer: null });
    expect(hidden.expectError('FORBIDDEN').path).toEqual(['organization', 'maintainer']);
    // Without a maintainer: null and no error.
    const plain = await createTenant(database);
    expect((await gateway.execute(OrganizationKeboolaDocument, { id: plain.organizationId }, plain.owner.as)).expectData().organization).toMatchObject({
      maintainer: null,
      crmId: null,
    });
  });
});

describe('createOrganization under a maintainer', () => {
  test("a member of the maintainer creates one and becomes its OWNER; the operator with maintainer:write creates one without members", async () => {
    const { tenant, maintainer, maintainerMember } = await setup();
    const created = (await gateway.execute(
      CreateOrganizationKeboolaDocument,
      { input: { name: 'Under maintainer', maintainerId: String(maintainer.number), crmId: 'crm-9' } },
      maintainerMember.as,
    )).expectData().createOrganization!;
    expect(created.userErrors).toEqual([]);
    expect(created.organization).toMatchObject({
      name: 'Under maintainer',
      crmId: 'crm-9',
      maintainer: { id: maintainer.id },
      members: { edges: [{ node: { role: 'OWNER', user: { id: maintainerMember.userId } } }] },
    });

    const byOperator = (await gateway.execute(
      CreateOrganizationKeboolaDocument,
      { input: { name: 'By operator', maintainerId: maintainer.id } },
      await operator(['maintainer:write', 'organization:write', 'member:read']),
    )).expectData().createOrganization!;
    expect(byOperator.userErrors).toEqual([]);
    expect(byOperator.organization).toMatchObject({ maintainer: { id: maintainer.id }, members: { edges: [] } });

    // Anyone else: the maintainer is not theirs to read (NOT_FOUND), or to write (FORBIDDEN).
    const owner = (await gateway.execute(CreateOrganizationKeboolaDocument, { input: { name: 'x', maintainerId: maintainer.id } }, tenant.owner.as))
      .expectData().createOrganization!;
    expect(owner.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'maintainerId'], message: 'maintainer not found' }]);
    const reader = await gateway.execute(CreateOrganizationKeboolaDocument, { input: { name: 'x', maintainerId: maintainer.id } }, await operator(['maintainer:read']));
    expect(reader.expectError('FORBIDDEN').extensions?.requires).toBe('maintainer:write');
    const crmAlone = await gateway.execute(CreateOrganizationKeboolaDocument, { input: { name: 'x', crmId: 'c' } }, tenant.owner.as);
    crmAlone.expectError('FORBIDDEN');
    // Without a maintainer nothing changed: any user, and the operator still cannot.
    const own = (await gateway.execute(CreateOrganizationKeboolaDocument, { input: { name: 'Plain' } }, tenant.owner.as)).expectData().createOrganization!;
    expect(own.organization).toMatchObject({ maintainer: null });
    const operatorPlain = (await gateway.execute(CreateOrganizationKeboolaDocument, { input: { name: 'Plain' } }, await operator(['*']))).expectData().createOrganization!;
    expect(operatorPlain.userErrors.map((error) => error.code)).toEqual(['INVALID']);
  });
});

describe('updateOrganization for Keboola', () => {
  test('OWNER and ADMIN switch allowAutoJoin and mfaRequired; maintainer members may not', async () => {
    const { tenant, maintainerMember } = await setup();
    const input = { id: String((await prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } })).number), allowAutoJoin: false, mfaRequired: true };
    const updated = (await gateway.execute(UpdateOrganizationKeboolaDocument, { input }, tenant.owner.as)).expectData().updateOrganization!;
    expect(updated.organization).toMatchObject({ id: tenant.organizationId, allowAutoJoin: false, mfaRequired: true });
    const refused = await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { ...input, allowAutoJoin: true } }, maintainerMember.as);
    expect(refused.expectError('FORBIDDEN').extensions?.requires).toBe('organization:write');
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: tenant.organizationId, action: 'organization.update' } });
    expect(event.changes).toEqual({ allowAutoJoin: false, mfaRequired: true });
  });

  test('crmId: maintainer members and the operator; an OWNER alone is FORBIDDEN', async () => {
    const { tenant, maintainerMember } = await setup();
    const id = tenant.organizationId;
    const byMember = (await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, crmId: 'crm-2' } }, maintainerMember.as)).expectData().updateOrganization!;
    expect(byMember.userErrors).toEqual([]);
    expect(await crmIdOf(id)).toBe('crm-2');
    const byOwner = await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, crmId: 'crm-3' } }, tenant.owner.as);
    expect(byOwner.expectError('FORBIDDEN').extensions?.requires).toBe('maintainer membership');
    const byOperator = (await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, crmId: '' } }, await operator(['organization:write'])))
      .expectData().updateOrganization!;
    expect(byOperator.userErrors).toEqual([]);
    expect(await crmIdOf(id)).toBeNull();
    const tooLong = (await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, crmId: 'x'.repeat(256) } }, maintainerMember.as)).expectData().updateOrganization!;
    expect(tooLong.userErrors.map((error) => error.code)).toEqual(['TOO_LONG']);
  });

  test('moving to another maintainer: members of both, or the operator with maintainer:write', async () => {
    const { tenant, maintainer, maintainerMember } = await setup();
    const id = tenant.organizationId;
    const target = await maintainerOf([maintainerMember.userId]);
    const onlyTarget = await tenant.addUser('MEMBER');
    const elsewhere = await maintainerOf([onlyTarget.userId, tenant.owner.userId]);

    const byOwner = await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, maintainerId: elsewhere.id } }, tenant.owner.as);
    expect(byOwner.expectError('FORBIDDEN').extensions?.requires).toBe('maintainer membership');
    const hidden = (await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, maintainerId: elsewhere.id } }, maintainerMember.as)).expectData().updateOrganization!;
    expect(hidden.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'maintainerId'], message: 'maintainer not found' }]);

    const moved = (await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, maintainerId: String(target.number) } }, maintainerMember.as))
      .expectData().updateOrganization!;
    expect(moved.userErrors).toEqual([]);
    expect(await maintainerIdOf(id)).toBe(target.id);
    const detached = (await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, maintainerId: null } }, maintainerMember.as))
      .expectData().updateOrganization!;
    expect(detached.userErrors).toEqual([]);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id } })).maintainerId).toBeNull();
    // Without a current maintainer, a member of the target who may read the organization may place it there.
    const placed = (await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, maintainerId: elsewhere.id } }, tenant.owner.as))
      .expectData().updateOrganization!;
    expect(placed.userErrors).toEqual([]);
    const back = (await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, maintainerId: maintainer.id } }, await operator(['maintainer:write', 'organization:read'])))
      .expectData().updateOrganization!;
    expect(back.userErrors).toEqual([]);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id } })).maintainerId).toBe(maintainer.id);
    (await gateway.execute(UpdateOrganizationKeboolaDocument, { input: { id, maintainerId: target.id } }, await operator(['maintainer:read', 'organization:write'])))
      .expectError('FORBIDDEN');
  });
});

describe('deleteOrganization', () => {
  test('refused while live projects remain; then the OWNER deletes it with its invitations, and the audit event stays', async () => {
    const { tenant, maintainerMember } = await setup();
    const id = tenant.organizationId;
    const { project } = await createProject(gateway, tenant);
    await createProject(gateway, tenant);
    const invited = await prisma.user.create({ data: { id: newId('User'), email: `${unique('inv')}@example.test`, name: 'i' } });
    await prisma.invitation.create({ data: { id: newId('Invitation'), organizationId: id, userId: invited.id } });

    const admin = await tenant.addUser('ADMIN');
    const writerKey = await tenant.addKey(['organization:write']);
    for (const as of [admin.as, maintainerMember.as, writerKey.as, tenant.rootClient.as]) {
      expect((await gateway.execute(DeleteOrganizationDocument, { input: { id } }, as)).expectError('FORBIDDEN').extensions?.requires).toBe('OWNER');
    }
    const other = await createTenant(database);
    const notFound = (await gateway.execute(DeleteOrganizationDocument, { input: { id } }, other.owner.as)).expectData().deleteOrganization!;
    expect(notFound.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);

    const blocked = (await gateway.execute(DeleteOrganizationDocument, { input: { id } }, tenant.owner.as)).expectData().deleteOrganization!;
    expect(blocked.userErrors).toEqual([{ code: 'HAS_PROJECTS', field: ['input', 'id'], message: 'the organization still has 2 projects; delete them first' }]);
    await prisma.project.updateMany({ where: { organizationId: id, id: { not: project.id } }, data: { deleteAt: new Date(Date.now() + 3600_000) } });
    const one = (await gateway.execute(DeleteOrganizationDocument, { input: { id } }, tenant.owner.as)).expectData().deleteOrganization!;
    expect(one.userErrors[0]!.message).toBe('the organization still has 1 project; delete it first');
    await prisma.project.update({ where: { id: project.id }, data: { deleteAt: new Date(Date.now() + 3600_000) } });

    const number = (await prisma.organization.findUniqueOrThrow({ where: { id } })).number;
    const deleted = (await gateway.execute(DeleteOrganizationDocument, { input: { id: String(number) } }, tenant.owner.as)).expectData().deleteOrganization!;
    expect(deleted).toEqual({ deletedOrganizationId: id, userErrors: [] });
    expect(await prisma.organization.count({ where: { id } })).toBe(0);
    expect(await prisma.invitation.count({ where: { organizationId: id } })).toBe(0);
    expect(await prisma.project.count({ where: { organizationId: id } })).toBe(0);
    // Its keys and clients are gone, cached verifications included.
    for (const as of [writerKey.as, tenant.rootClient.as]) {
      expect((await gateway.execute(OrganizationKeboolaDocument, { id }, as)).status).toBe(401);
    }
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { targetId: id, action: 'organization.delete' } })).toMatchObject({
      organizationId: null,
      actorId: tenant.owner.userId,
    });
  });

  test('the operator with organization:write deletes an empty organization; one without it is FORBIDDEN', async () => {
    const tenant = await createTenant(database);
    (await gateway.execute(DeleteOrganizationDocument, { input: { id: tenant.organizationId } }, await operator(['organization:read']))).expectError('FORBIDDEN');
    const deleted = (await gateway.execute(DeleteOrganizationDocument, { input: { id: tenant.organizationId } }, await operator(['organization:write'])))
      .expectData().deleteOrganization!;
    expect(deleted.userErrors).toEqual([]);
    expect(await prisma.organization.count({ where: { id: tenant.organizationId } })).toBe(0);
  });
});
