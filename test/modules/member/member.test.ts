import { describe, expect, test } from 'vitest';
import {
  AddOrganizationMemberDocument,
  OrganizationMembersDocument,
  RemoveOrganizationMemberDocument,
  UpdateOrganizationMemberDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('organization members', () => {
  test('an ADMIN adds members by e-mail, creating the user once', async () => {
    const tenant = await createTenant(database);
    const admin = await tenant.addUser('ADMIN');
    const email = `${unique('new')}@Example.TEST`;
    const input = { organizationId: tenant.organizationId, email, name: 'New Person', role: 'MEMBER' as const };
    const added = (await gateway.execute(AddOrganizationMemberDocument, { input }, admin.as)).expectData().addOrganizationMember!;
    expect(added.userErrors).toEqual([]);
    expect(added.member).toMatchObject({ role: 'MEMBER', user: { email: email.toLowerCase(), name: 'New Person' }, organization: { id: tenant.organizationId } });

    const again = (await gateway.execute(AddOrganizationMemberDocument, { input }, admin.as)).expectData().addOrganizationMember!;
    expect(again.userErrors).toEqual([{ code: 'ALREADY_MEMBER', field: ['input', 'email'], message: 'this user is already a member of the organization' }]);

    const other = await createTenant(database);
    const elsewhere = (await gateway.execute(AddOrganizationMemberDocument, { input: { ...input, organizationId: other.organizationId } }, other.owner.as))
      .expectData().addOrganizationMember!;
    expect(elsewhere.member?.user.id).toBe(added.member?.user.id);

    const members = (await gateway.execute(OrganizationMembersDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
    expect(members.organization?.members?.edges.map((edge) => edge.node.role)).toEqual(['OWNER', 'ADMIN', 'MEMBER']);
  });

  test('bad e-mail addresses are user errors', async () => {
    const tenant = await createTenant(database);
    const input = { organizationId: tenant.organizationId, email: 'not-an-email', role: 'MEMBER' as const };
    const payload = (await gateway.execute(AddOrganizationMemberDocument, { input }, tenant.owner.as)).expectData().addOrganizationMember!;
    expect(payload.userErrors.map((error) => [error.code, error.field])).toEqual([['INVALID', ['input', 'email']]]);
  });

  test('only an OWNER grants or removes OWNER; a MEMBER changes nothing', async () => {
    const tenant = await createTenant(database);
    const admin = await tenant.addUser('ADMIN');
    const member = await tenant.addUser('MEMBER');
    const promote = await gateway.execute(UpdateOrganizationMemberDocument, { input: { id: member.memberId, role: 'OWNER' } }, admin.as);
    expect(promote.expectError('FORBIDDEN').extensions?.requires).toBe('OWNER');
    const byMember = await gateway.execute(UpdateOrganizationMemberDocument, { input: { id: admin.memberId, role: 'MEMBER' } }, member.as);
    expect(byMember.expectError('FORBIDDEN').extensions?.requires).toBe('member:write');

    const promoted = (await gateway.execute(UpdateOrganizationMemberDocument, { input: { id: member.memberId, role: 'OWNER' } }, tenant.owner.as))
      .expectData().updateOrganizationMember!;
    expect(promoted).toEqual({ member: { id: member.memberId, role: 'OWNER' }, userErrors: [] });
  });

  test('the last OWNER can be neither demoted nor removed', async () => {
    const tenant = await createTenant(database);
    const ownerMember = await database.prisma.organizationMember.findFirstOrThrow({ where: { organizationId: tenant.organizationId, role: 'OWNER' } });
    const demote = (await gateway.execute(UpdateOrganizationMemberDocument, { input: { id: ownerMember.id, role: 'ADMIN' } }, tenant.owner.as))
      .expectData().updateOrganizationMember!;
    expect(demote.userErrors[0]?.code).toBe('LAST_OWNER');
    const remove = (await gateway.execute(RemoveOrganizationMemberDocument, { input: { id: ownerMember.id } }, tenant.owner.as))
      .expectData().removeOrganizationMember!;
    expect(remove).toEqual({ removedMemberId: null, userErrors: [expect.objectContaining({ code: 'LAST_OWNER' })] });
  });

  test('two OWNERs demoting each other at once leave one OWNER', async () => {
    const tenant = await createTenant(database);
    const second = await tenant.addUser('OWNER');
    const first = await database.prisma.organizationMember.findFirstOrThrow({ where: { organizationId: tenant.organizationId, userId: tenant.owner.userId } });
    const results = await Promise.all([
      gateway.execute(UpdateOrganizationMemberDocument, { input: { id: second.memberId, role: 'ADMIN' } }, tenant.owner.as),
      gateway.execute(UpdateOrganizationMemberDocument, { input: { id: first.id, role: 'ADMIN' } }, second.as),
    ]);
    // The loser either finds itself the last OWNER or, when the winner committed first, no longer an OWNER.
    const outcomes = results.map((result) => {
      const payload = result.body.data?.updateOrganizationMember;
      return payload?.member ? 'demoted' : (payload?.userErrors[0]?.code ?? result.body.errors?.[0]?.extensions?.code);
    });
    expect(outcomes.filter((outcome) => outcome === 'demoted')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome !== 'demoted')).toEqual([expect.stringMatching(/^(LAST_OWNER|FORBIDDEN)$/)]);
    expect(await database.prisma.organizationMember.count({ where: { organizationId: tenant.organizationId, role: 'OWNER' } })).toBe(1);
  });

  test('removing a member also removes its project roles and its access', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const editor = await tenant.addProjectUser(project.id, 'EDITOR');
    const removed = (await gateway.execute(RemoveOrganizationMemberDocument, { input: { id: editor.memberId } }, tenant.owner.as))
      .expectData().removeOrganizationMember!;
    expect(removed).toEqual({ removedMemberId: editor.memberId, userErrors: [] });
    expect(await database.prisma.projectMember.count({ where: { userId: editor.userId } })).toBe(0);
    (await gateway.execute(OrganizationMembersDocument, { id: tenant.organizationId }, editor.as)).expectError('NOT_FOUND');
  });

  test('members of another organization are not found', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const victim = await other.addUser('MEMBER');
    const payload = (await gateway.execute(RemoveOrganizationMemberDocument, { input: { id: victim.memberId } }, tenant.owner.as))
      .expectData().removeOrganizationMember!;
    expect(payload.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'member not found' }]);
  });
});
