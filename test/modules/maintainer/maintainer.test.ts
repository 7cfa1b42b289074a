import { describe, expect, test } from 'vitest';
import { newId } from '../../../src/db/ids.js';
import {
  AddMaintainerMemberDocument,
  CreateMaintainerDocument,
  DeleteMaintainerDocument,
  MaintainerDocument,
  MaintainerNodeDocument,
  MaintainerOrganizationsDocument,
  MaintainersDocument,
  OrganizationsDocument,
  RemoveMaintainerMemberDocument,
  UpdateMaintainerDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createOperator, createTenant, type TestUser, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();
const { prisma } = database;

const operator = (scopes: string[]) => createOperator(database, scopes);

/** A maintainer with these users as members, and the given organizations under it. */
async function maintainerOf(userIds: string[], organizationIds: string[] = []) {
  const maintainer = await prisma.maintainer.create({
    data: {
      id: newId('Maintainer'),
      name: unique('Maintainer'),
      members: { create: userIds.map((userId) => ({ id: newId('MaintainerMember'), userId })) },
    },
  });
  await prisma.organization.updateMany({ where: { id: { in: organizationIds } }, data: { maintainerId: maintainer.id } });
  return maintainer;
}

/** A tenant, and a user of the tenant who belongs to its maintainer but not to its organization. */
async function tenantWithMaintainer() {
  const tenant = await createTenant(database);
  const member = await tenant.addUser('MEMBER');
  await prisma.organizationMember.delete({ where: { id: member.memberId } });
  const maintainer = await maintainerOf([member.userId], [tenant.organizationId]);
  return { tenant, maintainer, member: member as TestUser };
}

describe('createMaintainer', () => {
  test('only the operator with maintainer:write creates maintainers; names and URLs are validated', async () => {
    const { tenant, member } = await tenantWithMaintainer();
    const writer = await operator(['maintainer:write']);
    const created = (await gateway.execute(CreateMaintainerDocument, { input: { name: '  Partner  ', zendeskUrl: 'https://partner.zendesk.com' } }, writer))
      .expectData().createMaintainer!;
    expect(created.userErrors).toEqual([]);
    expect(created.maintainer).toMatchObject({ name: 'Partner', zendeskUrl: 'https://partner.zendesk.com' });
    expect(created.maintainer!.id).toMatch(/^mnt_/);
    expect(created.maintainer!.databaseId).toBeGreaterThan(0);
    expect(await prisma.maintainerMember.count({ where: { maintainerId: created.maintainer!.id } })).toBe(0);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: created.maintainer!.id } });
    expect(event).toMatchObject({ action: 'maintainer.create', organizationId: null, actorKind: 'OPERATOR' });

    const invalid = (await gateway.execute(CreateMaintainerDocument, { input: { name: ' ', zendeskUrl: 'not a url' } }, writer)).expectData().createMaintainer!;
    expect(invalid.userErrors.map((error) => [error.code, error.field.join('.'), error.message])).toEqual([
      ['INVALID', 'input.name', 'A name must be set'],
      ['INVALID', 'input.zendeskUrl', 'zendeskUrl must be a URL such as https://example.zendesk.com'],
    ]);
    const script = (await gateway.execute(CreateMaintainerDocument, { input: { name: 'x', zendeskUrl: 'javascript:alert(1)' } }, writer)).expectData().createMaintainer!;
    expect(script.userErrors.map((error) => error.field.join('.'))).toEqual(['input.zendeskUrl']);
    const long = (await gateway.execute(CreateMaintainerDocument, { input: { name: 'x'.repeat(256) } }, writer)).expectData().createMaintainer!;
    expect(long.userErrors.map((error) => error.code)).toEqual(['TOO_LONG']);

    for (const as of [tenant.owner.as, member.as, tenant.managementKey.as, tenant.rootClient.as, await operator(['maintainer:read', 'organization:write'])]) {
      const refused = await gateway.execute(CreateMaintainerDocument, { input: { name: 'Nope' } }, as);
      expect(refused.body.data).toEqual({ createMaintainer: null });
      expect(refused.expectError('FORBIDDEN').extensions?.requires).toBe('an operator token with maintainer:write');
    }
  });
});

describe('reading maintainers', () => {
  test('the operator with maintainer:read lists all, a user its own, anyone else none', async () => {
    const first = await tenantWithMaintainer();
    const second = await tenantWithMaintainer();
    const ids = async (as: Parameters<typeof gateway.execute>[2]) =>
      (await gateway.execute(MaintainersDocument, { first: 100 }, as)).expectData().maintainers.edges.map((edge) => edge.node.id);

    expect(await ids(first.member.as)).toEqual([first.maintainer.id]);
    expect(await ids(second.member.as)).toEqual([second.maintainer.id]);
    expect(await ids(first.tenant.owner.as)).toEqual([]);
    expect(await ids(first.tenant.managementKey.as)).toEqual([]);
    expect(await ids(first.tenant.rootClient.as)).toEqual([]);
    expect(await ids(await operator(['organization:write']))).toEqual([]);
    const all = await ids(await operator(['maintainer:read']));
    expect(all).toEqual(expect.arrayContaining([first.maintainer.id, second.maintainer.id]));
  });

  test('maintainer(id) by id or number for members and the operator; NOT_FOUND for anyone else, another tenant and nonsense', async () => {
    const { tenant, maintainer, member } = await tenantWithMaintainer();
    const other = await tenantWithMaintainer();
    const colleague = await tenant.addUser('MEMBER');
    await prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: maintainer.id, userId: colleague.userId, addedById: member.userId } });

    for (const id of [maintainer.id, String(maintainer.number)]) {
      const read = (await gateway.execute(MaintainerDocument, { id }, member.as)).expectData().maintainer!;
      expect(read).toMatchObject({ id: maintainer.id, databaseId: maintainer.number, name: maintainer.name });
      // Members see each other, e-mail addresses included, and who added whom.
      expect(read.members.edges.map((edge) => edge.node.user)).toEqual([
        { id: member.userId, email: member.email },
        { id: colleague.userId, email: colleague.email },
      ]);
      expect(read.members.edges[1]!.node.addedBy).toEqual({ id: member.userId });
      expect(read.organizations.edges.map((edge) => edge.node.id)).toEqual([tenant.organizationId]);
    }
    const reader = await operator(['maintainer:read', 'member:read', 'organization:read']);
    expect((await gateway.execute(MaintainerDocument, { id: maintainer.id }, reader)).expectData().maintainer!.id).toBe(maintainer.id);

    const notFound = [
      [maintainer.id, tenant.owner.as],
      [maintainer.id, tenant.managementKey.as],
      [maintainer.id, tenant.rootClient.as],
      [maintainer.id, other.member.as],
      [maintainer.id, await operator(['organization:write'])],
      [other.maintainer.id, member.as],
      [String(other.maintainer.number), member.as],
      ['mnt_0000000000000000000000', member.as],
      ['not an id', member.as],
      [tenant.organizationId, member.as],
    ] as const;
    for (const [id, as] of notFound) {
      const response = await gateway.execute(MaintainerDocument, { id }, as);
      expect(response.body.data).toEqual({ maintainer: null });
      expect(response.expectError('NOT_FOUND').path).toEqual(['maintainer']);
    }
  });

  test('node(id) resolves maintainers and their members with the same rule', async () => {
    const { tenant, maintainer, member } = await tenantWithMaintainer();
    const membership = await prisma.maintainerMember.findFirstOrThrow({ where: { maintainerId: maintainer.id } });
    expect((await gateway.execute(MaintainerNodeDocument, { id: maintainer.id }, member.as)).expectData().node).toEqual({
      __typename: 'Maintainer', id: maintainer.id, name: maintainer.name,
    });
    expect((await gateway.execute(MaintainerNodeDocument, { id: membership.id }, member.as)).expectData().node).toEqual({
      __typename: 'MaintainerMember', id: membership.id, user: { id: member.userId }, maintainer: { id: maintainer.id },
    });
    const other = await tenantWithMaintainer();
    for (const [id, as] of [[maintainer.id, tenant.owner.as], [membership.id, tenant.owner.as], [maintainer.id, other.member.as], [membership.id, tenant.managementKey.as]] as const) {
      (await gateway.execute(MaintainerNodeDocument, { id }, as)).expectError('NOT_FOUND');
    }
  });

  test("a member reads the maintainer's organizations through it, while organizations lists only its own", async () => {
    const { tenant, maintainer, member } = await tenantWithMaintainer();
    const sibling = await createTenant(database);
    await prisma.organization.update({ where: { id: sibling.organizationId }, data: { maintainerId: maintainer.id, crmId: 'crm-7' } });
    const ownOrganization = await createTenant(database);
    await prisma.organizationMember.create({ data: { id: newId('OrganizationMember'), organizationId: ownOrganization.organizationId, userId: member.userId, role: 'ADMIN' } });

    const through = (await gateway.execute(MaintainerOrganizationsDocument, { id: maintainer.id }, member.as)).expectData().maintainer!;
    expect(through.organizations.edges.map((edge) => edge.node)).toEqual([
      { id: tenant.organizationId, name: expect.any(String), crmId: null, maintainer: { id: maintainer.id } },
      { id: sibling.organizationId, name: expect.any(String), crmId: 'crm-7', maintainer: { id: maintainer.id } },
    ]);
    const own = (await gateway.execute(OrganizationsDocument, { first: 100 }, member.as)).expectData().organizations;
    expect(own.edges.map((edge) => edge.node.id)).toEqual([ownOrganization.organizationId]);

    // The operator lists a maintainer's organizations only when it may read organizations.
    const blind = (await gateway.execute(MaintainerOrganizationsDocument, { id: maintainer.id }, await operator(['maintainer:read']))).expectData();
    expect(blind.maintainer!.organizations.edges).toEqual([]);
    const seeing = (await gateway.execute(MaintainerOrganizationsDocument, { id: maintainer.id }, await operator(['maintainer:read', 'organization:write'])))
      .expectData();
    expect(seeing.maintainer!.organizations.edges).toHaveLength(2);
  });
});

describe('updateMaintainer and deleteMaintainer', () => {
  test('members and the operator with maintainer:write update; others are refused', async () => {
    const { tenant, maintainer, member } = await tenantWithMaintainer();
    const updated = (await gateway.execute(UpdateMaintainerDocument, { input: { id: String(maintainer.number), name: 'Renamed', zendeskUrl: 'https://z.example' } }, member.as))
      .expectData().updateMaintainer!;
    expect(updated).toMatchObject({ userErrors: [], maintainer: { id: maintainer.id, name: 'Renamed', zendeskUrl: 'https://z.example' } });
    const cleared = (await gateway.execute(UpdateMaintainerDocument, { input: { id: maintainer.id, zendeskUrl: null } }, await operator(['maintainer:write'])))
      .expectData().updateMaintainer!;
    expect(cleared.maintainer).toMatchObject({ name: 'Renamed', zendeskUrl: null });

    const hidden = (await gateway.execute(UpdateMaintainerDocument, { input: { id: maintainer.id, name: 'x' } }, tenant.owner.as)).expectData().updateMaintainer!;
    expect(hidden.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'maintainer not found' }]);
    const readOnly = await gateway.execute(UpdateMaintainerDocument, { input: { id: maintainer.id, name: 'x' } }, await operator(['maintainer:read']));
    expect(readOnly.expectError('FORBIDDEN').extensions?.requires).toBe('maintainer:write');
    const empty = (await gateway.execute(UpdateMaintainerDocument, { input: { id: maintainer.id, name: '' } }, member.as)).expectData().updateMaintainer!;
    expect(empty.userErrors.map((error) => error.code)).toEqual(['INVALID']);
    expect((await prisma.maintainer.findUniqueOrThrow({ where: { id: maintainer.id } })).name).toBe('Renamed');
  });

  test('only the operator deletes a maintainer; its organizations stay, without one', async () => {
    const { tenant, maintainer, member } = await tenantWithMaintainer();
    await prisma.metadata.create({ data: { id: newId('Metadata'), maintainerId: maintainer.id, provider: 'USER', key: 'k', value: 'v' } });
    const byMember = await gateway.execute(DeleteMaintainerDocument, { input: { id: maintainer.id } }, member.as);
    expect(byMember.expectError('FORBIDDEN').extensions?.requires).toBe('an operator token with maintainer:write');
    const byOwner = (await gateway.execute(DeleteMaintainerDocument, { input: { id: maintainer.id } }, tenant.owner.as)).expectData().deleteMaintainer!;
    expect(byOwner.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);

    const writer = await operator(['maintainer:write']);
    const deleted = (await gateway.execute(DeleteMaintainerDocument, { input: { id: String(maintainer.number) } }, writer)).expectData().deleteMaintainer!;
    expect(deleted).toEqual({ deletedMaintainerId: maintainer.id, userErrors: [] });
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } })).toMatchObject({ maintainerId: null });
    expect(await prisma.maintainerMember.count({ where: { maintainerId: maintainer.id } })).toBe(0);
    expect(await prisma.metadata.count({ where: { maintainerId: maintainer.id } })).toBe(0);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { targetId: maintainer.id, action: 'maintainer.delete' } })).toMatchObject({
      changes: { organizationIds: [tenant.organizationId] },
    });
    const again = (await gateway.execute(DeleteMaintainerDocument, { input: { id: maintainer.id } }, writer)).expectData().deleteMaintainer!;
    expect(again.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });
});

describe('maintainer members', () => {
  test('adding by e-mail creates the user and drops its pending invitation; adding twice is ALREADY_MEMBER', async () => {
    const { maintainer, member } = await tenantWithMaintainer();
    const invitee = await prisma.user.create({ data: { id: newId('User'), email: `${unique('invitee')}@example.test`, name: 'Invitee' } });
    await prisma.invitation.create({ data: { id: newId('Invitation'), maintainerId: maintainer.id, userId: invitee.id, invitedById: member.userId } });

    const added = (await gateway.execute(AddMaintainerMemberDocument, { input: { maintainerId: maintainer.id, email: invitee.email.toUpperCase() } }, member.as))
      .expectData().addMaintainerMember!;
    expect(added).toMatchObject({ userErrors: [], member: { user: { id: invitee.id, email: invitee.email }, addedBy: { id: member.userId }, maintainer: { id: maintainer.id } } });
    expect(await prisma.invitation.count({ where: { maintainerId: maintainer.id } })).toBe(0);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { targetId: added.member!.id } })).toMatchObject({
      action: 'maintainer_member.add',
      changes: { maintainerId: maintainer.id, userId: invitee.id, invitationRemoved: true },
    });

    const email = `${unique('new')}@example.test`;
    const created = (await gateway.execute(AddMaintainerMemberDocument, { input: { maintainerId: String(maintainer.number), email } }, member.as))
      .expectData().addMaintainerMember!;
    expect(created.member!.user.email).toBe(email);
    expect(await prisma.user.count({ where: { email } })).toBe(1);

    const twice = (await gateway.execute(AddMaintainerMemberDocument, { input: { maintainerId: maintainer.id, userId: String(invitee.number) } }, member.as))
      .expectData().addMaintainerMember!;
    expect(twice.userErrors).toEqual([{ code: 'ALREADY_MEMBER', field: ['input', 'userId'], message: 'this user is already a member of the maintainer' }]);
  });

  test('the input names exactly one user, one that exists', async () => {
    const { maintainer, member } = await tenantWithMaintainer();
    const cases = [
      [{ maintainerId: maintainer.id }, 'INVALID'],
      [{ maintainerId: maintainer.id, userId: member.userId, email: member.email }, 'INVALID'],
      [{ maintainerId: maintainer.id, email: 'not an address' }, 'INVALID'],
      [{ maintainerId: maintainer.id, userId: 'usr_0000000000000000000000' }, 'NOT_FOUND'],
      [{ maintainerId: maintainer.id, userId: 'nonsense' }, 'NOT_FOUND'],
      [{ maintainerId: 'mnt_0000000000000000000000', email: 'a@example.test' }, 'NOT_FOUND'],
    ] as const;
    for (const [input, code] of cases) {
      const payload = (await gateway.execute(AddMaintainerMemberDocument, { input }, member.as)).expectData().addMaintainerMember!;
      expect(payload.userErrors.map((error) => error.code)).toEqual([code]);
    }
  });

  test('only members and the operator with maintainer:write add and remove members', async () => {
    const { tenant, maintainer } = await tenantWithMaintainer();
    const other = await tenantWithMaintainer();
    const input = { maintainerId: maintainer.id, email: `${unique('x')}@example.test` };
    for (const as of [tenant.owner.as, tenant.managementKey.as, other.member.as]) {
      const payload = (await gateway.execute(AddMaintainerMemberDocument, { input }, as)).expectData().addMaintainerMember!;
      expect(payload.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    }
    (await gateway.execute(AddMaintainerMemberDocument, { input }, await operator(['maintainer:read']))).expectError('FORBIDDEN');
    const byOperator = (await gateway.execute(AddMaintainerMemberDocument, { input }, await operator(['maintainer:write', 'member:read'])))
      .expectData().addMaintainerMember!;
    expect(byOperator.userErrors).toEqual([]);
    expect(byOperator.member!.addedBy).toBeNull();
  });

  test('removing: NOT_A_MEMBER for a stranger, LAST_MEMBER for the last one; a removed member reads nothing more', async () => {
    const { tenant, maintainer, member } = await tenantWithMaintainer();
    const colleague = await tenant.addUser('MEMBER');
    await prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: maintainer.id, userId: colleague.userId } });

    const stranger = (await gateway.execute(RemoveMaintainerMemberDocument, { input: { maintainerId: maintainer.id, userId: tenant.owner.userId } }, member.as))
      .expectData().removeMaintainerMember!;
    expect(stranger.userErrors).toEqual([{ code: 'NOT_A_MEMBER', field: ['input', 'userId'], message: 'this user is not a member of the maintainer' }]);

    const removed = (await gateway.execute(RemoveMaintainerMemberDocument, { input: { maintainerId: maintainer.id, email: colleague.email } }, member.as))
      .expectData().removeMaintainerMember!;
    expect(removed.userErrors).toEqual([]);
    expect(removed.removedMemberId).toMatch(/^mm_/);
    (await gateway.execute(MaintainerDocument, { id: maintainer.id }, colleague.as)).expectError('NOT_FOUND');

    const last = (await gateway.execute(RemoveMaintainerMemberDocument, { input: { maintainerId: maintainer.id, userId: member.userId } }, member.as))
      .expectData().removeMaintainerMember!;
    expect(last.userErrors).toEqual([{ code: 'LAST_MEMBER', field: ['input', 'userId'], message: 'a maintainer must have at least 1 member' }]);
    expect(await prisma.maintainerMember.count({ where: { maintainerId: maintainer.id } })).toBe(1);
  });

  test('two members removing each other at once leave one member', async () => {
    const { tenant, maintainer, member } = await tenantWithMaintainer();
    const colleague = await tenant.addUser('MEMBER');
    await prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: maintainer.id, userId: colleague.userId } });
    const results = await Promise.all([
      gateway.execute(RemoveMaintainerMemberDocument, { input: { maintainerId: maintainer.id, userId: colleague.userId } }, member.as),
      gateway.execute(RemoveMaintainerMemberDocument, { input: { maintainerId: maintainer.id, userId: member.userId } }, colleague.as),
    ]);
    const errors = results.map((response) => response.expectData().removeMaintainerMember!.userErrors.map((error) => error.code)).sort();
    expect(errors).toEqual([[], ['LAST_MEMBER']]);
    expect(await prisma.maintainerMember.count({ where: { maintainerId: maintainer.id } })).toBe(1);
  });
});
