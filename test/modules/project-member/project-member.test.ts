import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { newId } from '../../../src/db/ids.js';
import {
  AddProjectMemberDocument,
  OrganizationProjectUsersDocument,
  ProjectMembersDocument,
  ProjectUsersOfOrganizationsDocument,
  RemoveProjectMemberDocument,
  UpdateProjectMemberDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import type { Credentials } from '../../support/gateway.js';
import { createOperator, createProject, createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('project members', () => {
  test('a project ADMIN manages project roles; a user by id must be one the caller can see', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const projectAdmin = await tenant.addProjectUser(project.id, 'ADMIN');
    const colleague = await tenant.addUser('MEMBER');
    const outsider = (await createTenant(database)).owner;

    // Another tenant's user, by id, is not one this caller knows of: the same as a missing user.
    const unseen = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: outsider.userId, role: 'VIEWER' } }, projectAdmin.as))
      .expectData().addProjectMember!;
    expect(unseen.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'userId'], message: 'user not found' }]);
    const neither = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, role: 'VIEWER' } }, projectAdmin.as))
      .expectData().addProjectMember!;
    expect(neither.userErrors[0]?.code).toBe('INVALID');

    const added = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: colleague.userId, role: 'VIEWER' } }, projectAdmin.as))
      .expectData().addProjectMember!;
    expect(added.member).toMatchObject({ role: 'VIEWER', canShare: false, expiresAt: null, user: { id: colleague.userId }, addedBy: { id: projectAdmin.userId }, project: { id: project.id } });
    const duplicate = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: colleague.userId, role: 'EDITOR' } }, projectAdmin.as))
      .expectData().addProjectMember!;
    expect(duplicate.userErrors[0]?.code).toBe('ALREADY_MEMBER');

    const updated = (await gateway.execute(UpdateProjectMemberDocument, { input: { id: added.member!.id, role: 'EDITOR' } }, projectAdmin.as))
      .expectData().updateProjectMember!;
    expect(updated.member?.role).toBe('EDITOR');

    const asViewer = await gateway.execute(UpdateProjectMemberDocument, { input: { id: added.member!.id, role: 'ADMIN' } }, colleague.as);
    asViewer.expectError('FORBIDDEN');

    const members = (await gateway.execute(ProjectMembersDocument, { id: project.id }, colleague.as)).expectData();
    expect(members.project?.members?.edges.map((edge) => edge.node.user.id).sort()).toEqual([projectAdmin.userId, colleague.userId].sort());

    const removed = (await gateway.execute(RemoveProjectMemberDocument, { input: { id: added.member!.id } }, projectAdmin.as))
      .expectData().removeProjectMember!;
    expect(removed).toEqual({ removedMemberId: added.member!.id, userErrors: [] });
    (await gateway.execute(ProjectMembersDocument, { id: project.id }, colleague.as)).expectError('NOT_FOUND');
  });

  test('by e-mail address anyone is added, inside the organization or not (Keboola’s rule); an unknown address makes a user', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const otherOwner = (await createTenant(database)).owner;
    const email = `${unique('Newcomer')}@Example.test`;

    const byEmail = (await gateway.execute(AddProjectMemberDocument, {
      input: { projectId: project.id, email, role: 'EDITOR', reason: 'consulting', expiresInSeconds: 3600 },
    }, tenant.owner.as)).expectData().addProjectMember!;
    expect(byEmail.userErrors).toEqual([]);
    expect(byEmail.member).toMatchObject({ role: 'EDITOR', reason: 'consulting', addedBy: { id: tenant.owner.userId } });
    const expiresIn = new Date(byEmail.member!.expiresAt as string).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(3500_000);
    expect(expiresIn).toBeLessThanOrEqual(3600_000);
    const created = await database.prisma.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(await database.prisma.organizationMember.count({ where: { userId: created.id } })).toBe(0);

    // Another tenant's OWNER, by address: now a member of this project only.
    const outsider = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, email: otherOwner.email, role: 'VIEWER' } }, tenant.owner.as))
      .expectData().addProjectMember!;
    expect(outsider.member?.user.id).toBe(otherOwner.userId);
    const seen = (await gateway.execute(ProjectMembersDocument, { id: project.id }, otherOwner.as)).expectData();
    expect(seen.project?.members?.edges.map((edge) => edge.node.user.id).sort()).toEqual([created.id, otherOwner.userId].sort());

    const invalid = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, email: 'not an address', role: 'VIEWER' } }, tenant.owner.as))
      .expectData().addProjectMember!;
    expect(invalid.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'email'] });
    const tooLong = (await gateway.execute(AddProjectMemberDocument, {
      input: { projectId: project.id, email: `${unique('x')}@example.test`, role: 'VIEWER', expiresInSeconds: 0 },
    }, tenant.owner.as)).expectData().addProjectMember!;
    expect(tooLong.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'expiresInSeconds'] });
  });

  test('only an OWNER or ADMIN of the organization grants canShare, and only to an ADMIN', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const projectAdmin = await tenant.addProjectUser(project.id, 'ADMIN');
    const orgAdmin = await tenant.addUser('ADMIN');
    const colleague = await tenant.addUser('MEMBER');

    const byProjectAdmin = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: colleague.userId, role: 'ADMIN', canShare: true } }, projectAdmin.as))
      .expectData().addProjectMember!;
    expect(byProjectAdmin.userErrors).toEqual([{ code: 'SHARE_NEEDS_ORGANIZATION_ADMIN', field: ['input', 'canShare'], message: 'only an OWNER or ADMIN of the organization may grant canShare' }]);
    const notAdmin = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: colleague.userId, role: 'VIEWER', canShare: true } }, orgAdmin.as))
      .expectData().addProjectMember!;
    expect(notAdmin.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'canShare'] });

    const plain = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: colleague.userId, role: 'ADMIN' } }, projectAdmin.as))
      .expectData().addProjectMember!.member!;
    const grant = (await gateway.execute(UpdateProjectMemberDocument, { input: { id: plain.id, canShare: true } }, projectAdmin.as)).expectData().updateProjectMember!;
    expect(grant.userErrors[0]?.code).toBe('SHARE_NEEDS_ORGANIZATION_ADMIN');
    const granted = (await gateway.execute(UpdateProjectMemberDocument, { input: { id: plain.id, canShare: true } }, orgAdmin.as)).expectData().updateProjectMember!;
    expect(granted.member).toMatchObject({ role: 'ADMIN', canShare: true });
    // A project ADMIN may still change the member's role; one who is no longer an ADMIN loses canShare.
    const demoted = (await gateway.execute(UpdateProjectMemberDocument, { input: { id: plain.id, role: 'EDITOR' } }, projectAdmin.as)).expectData().updateProjectMember!;
    expect(demoted.member).toMatchObject({ role: 'EDITOR', canShare: false });
    const byKey = (await gateway.execute(UpdateProjectMemberDocument, { input: { id: plain.id, role: 'ADMIN', canShare: true } }, tenant.managementKey.as)).expectData().updateProjectMember!;
    expect(byKey.member).toMatchObject({ role: 'ADMIN', canShare: true });
    const limitedKey = await tenant.addKey(['member:write'], [project.id]);
    const byLimitedKey = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, email: `${unique('s')}@example.test`, role: 'ADMIN', canShare: true } }, limitedKey.as))
      .expectData().addProjectMember!;
    expect(byLimitedKey.userErrors[0]?.code).toBe('SHARE_NEEDS_ORGANIZATION_ADMIN');
  });

  test('any member removes themself, even a VIEWER and even the last one', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const membership = await database.prisma.projectMember.findFirstOrThrow({ where: { userId: viewer.userId } });
    const other = await tenant.addProjectUser(project.id, 'VIEWER');
    const otherMembership = await database.prisma.projectMember.findFirstOrThrow({ where: { userId: other.userId } });

    (await gateway.execute(RemoveProjectMemberDocument, { input: { id: otherMembership.id } }, viewer.as)).expectError('FORBIDDEN');
    await database.prisma.projectMember.delete({ where: { id: otherMembership.id } });
    const left = (await gateway.execute(RemoveProjectMemberDocument, { input: { id: membership.id } }, viewer.as)).expectData().removeProjectMember!;
    expect(left).toEqual({ removedMemberId: membership.id, userErrors: [] });
    expect(await database.prisma.projectMember.count({ where: { projectId: project.id } })).toBe(0);
  });

  test('an expired membership grants nothing from the moment it expires, without any sweep, and is not listed', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const colleague = await tenant.addUser('MEMBER');
    const temporary = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: colleague.userId, role: 'ADMIN', expiresInSeconds: 5 } }, tenant.owner.as))
      .expectData().addProjectMember!.member!;
    const before = (await gateway.execute(ProjectMembersDocument, { id: project.id }, colleague.as)).expectData();
    expect(before.project?.members?.edges.map((edge) => edge.node.id)).toEqual([temporary.id]);

    await sleep(Math.max(0, new Date(temporary.expiresAt as string).getTime() - Date.now()) + 50);
    (await gateway.execute(ProjectMembersDocument, { id: project.id }, colleague.as)).expectError('NOT_FOUND');
    const refused = (await gateway.execute(UpdateProjectMemberDocument, { input: { id: temporary.id, role: 'VIEWER' } }, colleague.as)).expectData().updateProjectMember!;
    expect(refused.userErrors[0]?.code).toBe('NOT_FOUND');
    const listed = (await gateway.execute(ProjectMembersDocument, { id: project.id }, tenant.owner.as)).expectData();
    expect(listed.project?.members?.edges).toEqual([]);
    expect(await database.prisma.projectMember.count({ where: { id: temporary.id } })).toBe(1);

    // Adding the user again replaces the expired membership.
    const again = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, userId: colleague.userId, role: 'VIEWER' } }, tenant.owner.as))
      .expectData().addProjectMember!;
    expect(again.member).toMatchObject({ role: 'VIEWER', expiresAt: null });
  });
});

describe('the users of an organization’s projects', () => {
  test('each user with a live membership of a live project once, oldest first, paged; for whoever reads its members, but not the operator', async () => {
    const tenant = await createTenant(database);
    const [{ project: first }, { project: second }, { project: deleted }] = [
      await createProject(gateway, tenant),
      await createProject(gateway, tenant),
      await createProject(gateway, tenant),
    ];
    const both = await tenant.addProjectUser(first.id, 'VIEWER');
    await database.prisma.projectMember.create({
      data: { id: newId('ProjectMember'), organizationId: tenant.organizationId, projectId: second.id, userId: both.userId, role: 'EDITOR' },
    });
    const expired = await tenant.addProjectUser(second.id, 'ADMIN');
    await database.prisma.projectMember.updateMany({ where: { userId: expired.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await tenant.addProjectUser(deleted.id, 'ADMIN');
    await database.prisma.project.update({ where: { id: deleted.id }, data: { deleteAt: new Date(Date.now() + 3600_000), deletedAt: new Date() } });
    const plainMember = await tenant.addUser('MEMBER');
    const outsiderEmail = `${unique('outsider')}@example.test`;
    (await gateway.execute(AddProjectMemberDocument, { input: { projectId: second.id, email: outsiderEmail, role: 'VIEWER' } }, tenant.owner.as)).expectData();
    const outsider = await database.prisma.user.findUniqueOrThrow({ where: { email: outsiderEmail } });

    const listed = (await gateway.execute(OrganizationProjectUsersDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData().organization!.projectUsers!;
    expect(listed.edges.map((edge) => edge.node)).toEqual([
      { id: both.userId, name: both.email.split('@')[0], features: [] },
      { id: outsider.id, name: outsiderEmail.split('@')[0], features: [] },
    ]);
    const page = (await gateway.execute(OrganizationProjectUsersDocument, { id: tenant.organizationId, first: 1 }, plainMember.as)).expectData().organization!.projectUsers!;
    expect(page.edges.map((edge) => edge.node.id)).toEqual([both.userId]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await gateway.execute(OrganizationProjectUsersDocument, { id: tenant.organizationId, first: 1, after: page.pageInfo.endCursor }, plainMember.as))
      .expectData().organization!.projectUsers!;
    expect(next.edges.map((edge) => edge.node.id)).toEqual([outsider.id]);
    expect(next.pageInfo.hasNextPage).toBe(false);

    const ids = async (as: Credentials) =>
      (await gateway.execute(OrganizationProjectUsersDocument, { id: tenant.organizationId }, as)).expectData().organization!.projectUsers!.edges.map((edge) => edge.node.id);
    expect(await ids(tenant.managementKey.as)).toEqual([both.userId, outsider.id]);
    expect(await ids(tenant.rootClient.as)).toEqual([both.userId, outsider.id]);
    expect(await ids((await tenant.addKey(['member:read'], [first.id])).as)).toEqual([both.userId]);

    // The operator reads the organization but not this list; a key without member:read neither.
    for (const as of [await createOperator(database, ['organization:read', 'member:read']), (await tenant.addKey(['project:read'])).as]) {
      const denied = await gateway.execute(OrganizationProjectUsersDocument, { id: tenant.organizationId }, as);
      expect(denied.body.data?.organization).toEqual({ projectUsers: null });
      expect(denied.body.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([['FORBIDDEN', 'organization.projectUsers']]);
    }
    (await gateway.execute(OrganizationProjectUsersDocument, { id: tenant.organizationId }, (await createTenant(database)).owner.as)).expectError('NOT_FOUND');
  });

  test('costs the same SQL for a user in 2 and 6 organizations', async () => {
    const statements = async (count: number) => {
      const user = await createTenant(database);
      for (let i = 0; i < count; i++) {
        const tenant = await createTenant(database);
        const { project } = await createProject(gateway, tenant);
        await database.prisma.organizationMember.create({ data: { id: newId('OrganizationMember'), organizationId: tenant.organizationId, userId: user.owner.userId, role: 'MEMBER' } });
        await tenant.addProjectUser(project.id, 'VIEWER');
      }
      await gateway.execute(ProjectUsersOfOrganizationsDocument, {}, user.owner.as);
      await gateway.services.credentials.flush();
      const before = database.statements.length;
      const data = (await gateway.execute(ProjectUsersOfOrganizationsDocument, {}, user.owner.as)).expectData();
      expect(data.organizations.edges.map((edge) => edge.node.projectUsers!.edges.length)).toEqual([0, ...Array.from({ length: count }, () => 1)]);
      return database.statements.length - before;
    };
    expect(await statements(6)).toBe(await statements(2));
  });
});
