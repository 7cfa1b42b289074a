import { describe, expect, test } from 'vitest';
import {
  ApproveJoinRequestDocument,
  CancelJoinRequestDocument,
  InviteToProjectDocument,
  JoinProjectDocument,
  MyJoinRequestsDocument,
  ProjectJoinRequestEmailsDocument,
  ProjectJoinRequestsDocument,
  ProjectMembersDocument,
  RejectJoinRequestDocument,
  RequestProjectAccessDocument,
} from '../../generated/graphql.js';
import { newId } from '../../../src/db/ids.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant } from '../../support/tenant.js';
import { maintainerOf, outsider } from '../invitation/people.js';

const { database, gateway } = await testEnvironment();

describe('join requests', () => {
  test('a maintainer member asks while allowAutoJoin is off; a project ADMIN approves; the request’s reason and expiry carry over', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const projectAdmin = await tenant.addProjectUser(project.id, 'ADMIN');
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const { member: requester } = await maintainerOf(database, tenant.organizationId, false);

    // Without allowAutoJoin the maintainer member may not join directly.
    (await gateway.execute(JoinProjectDocument, { input: { projectId: project.id } }, requester.as)).expectError('FORBIDDEN');
    const { number } = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    const requested = (await gateway.execute(RequestProjectAccessDocument, {
      input: { projectId: String(number), reason: 'support ticket 42', expiresInSeconds: 7200 },
    }, requester.as)).expectData().requestProjectAccess!;
    expect(requested.userErrors).toEqual([]);
    const request = requested.joinRequest!;
    // The requester sees the project it names, though not yet the project itself.
    expect(request).toMatchObject({ reason: 'support ticket 42', user: { id: requester.userId }, project: { id: project.id, name: project.name } });
    expect(request.databaseId).toBeGreaterThan(0);
    const duplicate = (await gateway.execute(RequestProjectAccessDocument, { input: { projectId: project.id } }, requester.as)).expectData().requestProjectAccess!;
    expect(duplicate.userErrors[0]?.code).toBe('ALREADY_REQUESTED');
    (await gateway.execute(ProjectMembersDocument, { id: project.id }, requester.as)).expectError('NOT_FOUND');

    const mine = (await gateway.execute(MyJoinRequestsDocument, {}, requester.as)).expectData();
    expect(mine.viewer.joinRequests.edges.map((edge) => edge.node.id)).toEqual([request.id]);
    const listed = (await gateway.execute(ProjectJoinRequestsDocument, { id: project.id }, viewer.as)).expectData();
    expect(listed.project?.joinRequests?.edges.map((edge) => edge.node.user.id)).toEqual([requester.userId]);
    const byOwner = (await gateway.execute(ProjectJoinRequestEmailsDocument, { id: project.id }, tenant.owner.as)).expectData();
    expect(byOwner.project?.joinRequests?.edges[0]?.node.user.email).toBe(requester.email);

    (await gateway.execute(ApproveJoinRequestDocument, { input: { id: request.id } }, viewer.as)).expectError('FORBIDDEN');
    const approved = (await gateway.execute(ApproveJoinRequestDocument, { input: { id: request.id } }, projectAdmin.as)).expectData().approveJoinRequest!;
    expect(approved.userErrors).toEqual([]);
    expect(approved.member).toMatchObject({ role: 'ADMIN', canShare: false, reason: 'support ticket 42', user: { id: requester.userId }, addedBy: { id: projectAdmin.userId } });
    expect(new Date(approved.member!.expiresAt as string).getTime() - Date.now()).toBeGreaterThan(7100_000);
    expect((await gateway.execute(MyJoinRequestsDocument, {}, requester.as)).expectData().viewer.joinRequests.edges).toEqual([]);
    const members = (await gateway.execute(ProjectMembersDocument, { id: project.id }, requester.as)).expectData();
    expect(members.project?.members?.edges.map((edge) => edge.node.user.id)).toContain(requester.userId);
    const again = (await gateway.execute(RequestProjectAccessDocument, { input: { projectId: project.id } }, requester.as)).expectData().requestProjectAccess!;
    expect(again.userErrors[0]?.code).toBe('ALREADY_MEMBER');
  });

  test('who may ask: not organization members (they join), not maintainer members while allowAutoJoin is on, not strangers', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const colleague = await tenant.addUser('MEMBER');
    const maintainer = await maintainerOf(database, tenant.organizationId, true);
    const stranger = await outsider(database);
    const otherOwner = (await createTenant(database)).owner;
    const ask = async (as: { bearer: string }) =>
      (await gateway.execute(RequestProjectAccessDocument, { input: { projectId: project.id } }, as)).expectData().requestProjectAccess!.userErrors[0];

    expect(await ask(colleague.as)).toMatchObject({ code: 'JOIN_DIRECTLY', field: ['input', 'projectId'] });
    expect(await ask(maintainer.member.as)).toMatchObject({ code: 'JOIN_DIRECTLY' });
    expect(await ask(stranger.as)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await ask(otherOwner.as)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await ask(tenant.managementKey.as)).toMatchObject({ code: 'INVALID' });

    // A member of another project of the organization reads the organization but is not its maintainer's.
    const { project: second } = await createProject(gateway, tenant);
    await database.prisma.projectMember.create({ data: { id: newId('ProjectMember'), organizationId: tenant.organizationId, projectId: second.id, userId: stranger.userId, role: 'VIEWER' } });
    (await gateway.execute(RequestProjectAccessDocument, { input: { projectId: project.id } }, stranger.as)).expectError('FORBIDDEN');
    (await gateway.execute(JoinProjectDocument, { input: { projectId: project.id } }, stranger.as)).expectError('FORBIDDEN');

    // Invited already: accept instead.
    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { allowAutoJoin: false } });
    await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email: maintainer.member.email } }, tenant.owner.as);
    expect(await ask(maintainer.member.as)).toMatchObject({ code: 'ALREADY_INVITED' });
  });

  test('joining directly: organization members of any role always, maintainer members while allowAutoJoin is on; the joiner is its own approver', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const colleague = await tenant.addUser('MEMBER');
    const maintainer = await maintainerOf(database, tenant.organizationId, true);
    const stranger = await outsider(database);

    const joined = (await gateway.execute(JoinProjectDocument, { input: { projectId: project.id, reason: 'on call', expiresInSeconds: 600 } }, colleague.as))
      .expectData().joinProject!;
    expect(joined.userErrors).toEqual([]);
    expect(joined.member).toMatchObject({ role: 'ADMIN', reason: 'on call', user: { id: colleague.userId }, addedBy: { id: colleague.userId }, project: { id: project.id } });
    expect(joined.member?.expiresAt).not.toBeNull();
    const twice = (await gateway.execute(JoinProjectDocument, { input: { projectId: project.id } }, colleague.as)).expectData().joinProject!;
    expect(twice.userErrors[0]?.code).toBe('ALREADY_MEMBER');

    const byMaintainer = (await gateway.execute(JoinProjectDocument, { input: { projectId: project.id } }, maintainer.member.as)).expectData().joinProject!;
    expect(byMaintainer.member).toMatchObject({ role: 'ADMIN', addedBy: { id: maintainer.member.userId } });
    expect((await gateway.execute(JoinProjectDocument, { input: { projectId: project.id } }, stranger.as)).expectData().joinProject!.userErrors[0]?.code).toBe('NOT_FOUND');
    expect((await gateway.execute(JoinProjectDocument, { input: { projectId: project.id } }, tenant.rootClient.as)).expectData().joinProject!.userErrors[0]?.code).toBe('INVALID');
    // The owner joins too, regardless of allowAutoJoin.
    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { allowAutoJoin: false } });
    expect((await gateway.execute(JoinProjectDocument, { input: { projectId: project.id } }, tenant.owner.as)).expectData().joinProject!.userErrors).toEqual([]);
  });

  test('rejecting, cancelling, expiry, and two tenants', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const { member: requester } = await maintainerOf(database, tenant.organizationId, false);
    const request = async () =>
      (await gateway.execute(RequestProjectAccessDocument, { input: { projectId: project.id } }, requester.as)).expectData().requestProjectAccess!.joinRequest!;

    const first = await request();
    for (const as of [other.owner.as, other.managementKey.as]) {
      (await gateway.execute(ProjectJoinRequestsDocument, { id: project.id }, as)).expectError('NOT_FOUND');
      const input = { input: { id: first.id } };
      expect((await gateway.execute(ApproveJoinRequestDocument, input, as)).expectData().approveJoinRequest!.userErrors[0]?.code).toBe('NOT_FOUND');
      expect((await gateway.execute(RejectJoinRequestDocument, input, as)).expectData().rejectJoinRequest!.userErrors[0]?.code).toBe('NOT_FOUND');
      expect((await gateway.execute(CancelJoinRequestDocument, input, as)).expectData().cancelJoinRequest!.userErrors[0]?.code).toBe('NOT_FOUND');
    }
    expect((await gateway.execute(MyJoinRequestsDocument, {}, other.owner.as)).expectData().viewer.joinRequests.edges).toEqual([]);

    (await gateway.execute(CancelJoinRequestDocument, { input: { id: first.id } }, viewer.as)).expectError('FORBIDDEN');
    const rejected = (await gateway.execute(RejectJoinRequestDocument, { input: { id: first.id } }, tenant.managementKey.as)).expectData().rejectJoinRequest!;
    expect(rejected).toEqual({ rejectedJoinRequestId: first.id, userErrors: [] });

    const second = await request();
    const cancelled = (await gateway.execute(CancelJoinRequestDocument, { input: { id: second.id } }, requester.as)).expectData().cancelJoinRequest!;
    expect(cancelled).toEqual({ cancelledJoinRequestId: second.id, userErrors: [] });

    const third = await request();
    await database.prisma.joinRequest.update({ where: { id: third.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await gateway.execute(ProjectJoinRequestsDocument, { id: project.id }, tenant.owner.as)).expectData().project?.joinRequests?.edges).toEqual([]);
    expect((await gateway.execute(MyJoinRequestsDocument, {}, requester.as)).expectData().viewer.joinRequests.edges).toEqual([]);
    const expired = (await gateway.execute(ApproveJoinRequestDocument, { input: { id: third.id } }, tenant.owner.as)).expectData().approveJoinRequest!;
    expect(expired.userErrors).toEqual([{ code: 'EXPIRED', field: ['input', 'id'], message: 'the join request has expired' }]);
    // An expired request does not stand in the way of a new one.
    expect((await request()).id).not.toBe(third.id);
  });

  test('approving or rejecting at a project: a request to another project is NOT_FOUND and stays; an unreadable project is NOT_FOUND at projectId', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const { project: sibling } = await createProject(gateway, tenant);
    const { member: requester } = await maintainerOf(database, tenant.organizationId, false);
    const request = (await gateway.execute(RequestProjectAccessDocument, { input: { projectId: project.id } }, requester.as)).expectData().requestProjectAccess!
      .joinRequest!;
    const codes = (payload: { userErrors: { code: string; field: string[] }[] }) => payload.userErrors.map((error) => [error.code, error.field.join('.')]);
    const siblingNumber = String((await database.prisma.project.findUniqueOrThrow({ where: { id: sibling.id } })).number);
    const { project: theirs } = await createProject(gateway, await createTenant(database));

    for (const projectId of [sibling.id, siblingNumber]) {
      const input = { input: { id: request.id, projectId } };
      expect(codes((await gateway.execute(ApproveJoinRequestDocument, input, tenant.owner.as)).expectData().approveJoinRequest!)).toEqual([['NOT_FOUND', 'input.id']]);
      expect(codes((await gateway.execute(RejectJoinRequestDocument, input, tenant.owner.as)).expectData().rejectJoinRequest!)).toEqual([['NOT_FOUND', 'input.id']]);
    }
    const elsewhere = { input: { id: request.id, projectId: theirs.id } };
    expect(codes((await gateway.execute(RejectJoinRequestDocument, elsewhere, tenant.owner.as)).expectData().rejectJoinRequest!)).toEqual([['NOT_FOUND', 'input.projectId']]);
    expect(await database.prisma.joinRequest.count({ where: { id: request.id } })).toBe(1);

    const projectNumber = String((await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).number);
    const approved = (await gateway.execute(ApproveJoinRequestDocument, { input: { id: String(request.databaseId), projectId: projectNumber } }, tenant.owner.as))
      .expectData().approveJoinRequest!;
    expect(approved).toMatchObject({ approvedJoinRequestId: request.id, userErrors: [] });
  });
});
