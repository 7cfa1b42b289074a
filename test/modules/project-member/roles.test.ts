import { describe, expect, test } from 'vitest';
import {
  AddProjectMemberNamedDocument,
  InviteNewUserDocument,
  RemoveProjectMemberGuardedDocument,
  UpdateProjectMemberNamedDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('project members in Voucherify’s terms', () => {
  test('a role name narrower than the role is kept and read back; a role change without one clears it', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const colleague = await tenant.addUser('MEMBER');
    const add = { projectId: project.id, userId: colleague.userId, role: 'VIEWER' as const, roleName: 'MERCHANT' };
    const added = (await gateway.execute(AddProjectMemberNamedDocument, { input: add }, tenant.owner.as)).expectData().addProjectMember!;
    expect(added.member).toMatchObject({ role: 'VIEWER', roleName: 'MERCHANT' });

    const renamed = (await gateway.execute(UpdateProjectMemberNamedDocument, { input: { id: added.member!.id, roleName: 'USER_RESTRICTED' } }, tenant.owner.as))
      .expectData().updateProjectMember!;
    expect(renamed.member).toMatchObject({ role: 'VIEWER', roleName: 'USER_RESTRICTED' });
    const promoted = (await gateway.execute(UpdateProjectMemberNamedDocument, { input: { id: added.member!.id, role: 'EDITOR' } }, tenant.owner.as))
      .expectData().updateProjectMember!;
    expect(promoted.member).toMatchObject({ role: 'EDITOR', roleName: null });

    const bad = (await gateway.execute(AddProjectMemberNamedDocument, { input: { ...add, userId: (await tenant.addUser('MEMBER')).userId, roleName: 'merchant!' } }, tenant.owner.as))
      .expectData().addProjectMember!;
    expect(bad.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'roleName'], message: 'roleName must be an upper-case name such as MERCHANT' }]);
  });

  test('existingUserOnly adds only a member of the organization and creates no user', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const colleague = await tenant.addUser('MEMBER');
    const stranger = `${unique('stranger')}@example.test`;
    const refused = (await gateway.execute(AddProjectMemberNamedDocument, { input: { projectId: project.id, email: stranger, role: 'VIEWER', existingUserOnly: true } }, tenant.owner.as))
      .expectData().addProjectMember!;
    expect(refused.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'email'], message: 'no user of the organization has this address' }]);
    expect(await database.prisma.user.count({ where: { email: stranger } })).toBe(0);
    const added = (await gateway.execute(AddProjectMemberNamedDocument, { input: { projectId: project.id, email: colleague.email, role: 'VIEWER', existingUserOnly: true } }, tenant.owner.as))
      .expectData().addProjectMember!;
    expect(added.member?.user.id).toBe(colleague.userId);
  });

  test('refuseLastProject keeps a user in their only project of the organization', async () => {
    const tenant = await createTenant(database);
    const first = (await createProject(gateway, tenant)).project;
    const second = (await createProject(gateway, tenant)).project;
    const colleague = await tenant.addUser('MEMBER');
    for (const projectId of [first.id, second.id]) {
      (await gateway.execute(AddProjectMemberNamedDocument, { input: { projectId, userId: colleague.userId, role: 'EDITOR' } }, tenant.owner.as)).expectData();
    }
    const removed = (await gateway.execute(RemoveProjectMemberGuardedDocument, { input: { projectId: first.id, user: colleague.userId, refuseLastProject: true } }, tenant.owner.as))
      .expectData().removeProjectMember!;
    expect(removed.userErrors).toEqual([]);
    const kept = (await gateway.execute(RemoveProjectMemberGuardedDocument, { input: { projectId: second.id, user: colleague.userId, refuseLastProject: true } }, tenant.owner.as))
      .expectData().removeProjectMember!;
    expect(kept.userErrors).toEqual([{ code: 'LAST_PROJECT', field: ['input', 'user'], message: 'the user is assigned to no other project of the organization' }]);
    expect(await database.prisma.projectMember.count({ where: { projectId: second.id, userId: colleague.userId } })).toBe(1);
  });

  test('inviteNewUser creates the user with an invitation per project; an existing address is ALREADY_EXISTS', async () => {
    const tenant = await createTenant(database);
    const first = (await createProject(gateway, tenant)).project;
    const second = (await createProject(gateway, tenant)).project;
    const email = `${unique('new')}@example.test`;
    const projects = [
      { projectId: first.id, role: 'VIEWER' as const, roleName: 'MERCHANT' },
      { projectId: second.id, role: 'ADMIN' as const },
    ];
    const invited = (await gateway.execute(InviteNewUserDocument, { input: { email, name: 'Ada Lovelace', projects } }, tenant.owner.as)).expectData().inviteNewUser!;
    expect(invited.userErrors).toEqual([]);
    expect(invited.invitations?.map((invitation) => invitation.project?.id)).toEqual([first.id, second.id]);
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { invitations: { orderBy: { number: 'asc' } } } });
    expect(user.name).toBe('Ada Lovelace');
    expect(user.invitations.map(({ role, roleName }) => [role, roleName])).toEqual([['VIEWER', 'MERCHANT'], ['ADMIN', null]]);

    const again = (await gateway.execute(InviteNewUserDocument, { input: { email, name: 'Ada', projects } }, tenant.owner.as)).expectData().inviteNewUser!;
    expect(again.userErrors).toEqual([{ code: 'ALREADY_EXISTS', field: ['input', 'email'], message: 'a user with this address exists already' }]);

    const elsewhere = (await createTenant(database)).owner;
    const foreign = (await gateway.execute(InviteNewUserDocument, { input: { email: `${unique('x')}@example.test`, name: 'X', projects } }, elsewhere.as)).expectData().inviteNewUser!;
    expect(foreign.userErrors[0]?.code).toBe('NOT_FOUND');
  });
});
