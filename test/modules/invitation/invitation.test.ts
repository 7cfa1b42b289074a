import { describe, expect, test } from 'vitest';
import { insertOperatorToken } from '../../../src/access/issue.js';
import { newId } from '../../../src/db/ids.js';
import {
  AcceptInvitationDocument,
  AddOrganizationMemberDocument,
  AddProjectMemberDocument,
  CancelInvitationDocument,
  DeclineInvitationDocument,
  InviteToMaintainerDocument,
  InviteToOrganizationDocument,
  InviteToProjectDocument,
  JoinProjectDocument,
  MyInvitationsDocument,
  OrganizationInvitationsDocument,
  ProjectInvitationIdsDocument,
  ProjectInvitationsDocument,
  ProjectMembersDocument,
  RequestProjectAccessDocument,
  type CancelInvitationInput,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { rememberSecrets } from '../../support/secrets.js';
import { createProject, createTenant, unique } from '../../support/tenant.js';
import { maintainerOf, outsider, tokenFor } from './people.js';

const { database, gateway } = await testEnvironment();

const address = () => `${unique('invitee')}@example.test`;

describe('invitations to a project', () => {
  test('a project ADMIN invites by e-mail; the invited user sees it, accepts, and is a member with what it said', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const projectAdmin = await tenant.addProjectUser(project.id, 'ADMIN');
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const email = address();

    const invited = (await gateway.execute(InviteToProjectDocument, {
      input: { projectId: project.id, email, role: 'EDITOR', reason: 'audit', expiresInSeconds: 3600 },
    }, projectAdmin.as)).expectData().inviteToProject!;
    expect(invited.userErrors).toEqual([]);
    const invitation = invited.invitation!;
    expect(invitation).toMatchObject({
      kind: 'PROJECT', role: 'EDITOR', canShare: false, reason: 'audit',
      invitedBy: { id: projectAdmin.userId }, project: { id: project.id }, organization: null, maintainer: null,
    });
    expect(invitation.databaseId).toBeGreaterThan(0);
    const expiresIn = new Date(invitation.expiresAt as string).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(3500_000);

    // Any member of the project lists pending invitations; the address is for those who may invite (and the OWNER's e-mail rule).
    const listed = (await gateway.execute(ProjectInvitationIdsDocument, { id: project.id }, viewer.as)).expectData();
    expect(listed.project?.invitations?.edges.map((edge) => edge.node.id)).toEqual([invitation.id]);
    const withAddress = await gateway.execute(ProjectInvitationsDocument, { id: project.id }, viewer.as);
    expect(withAddress.expectError('FORBIDDEN').path).toEqual(['project', 'invitations', 'edges', 0, 'node', 'email']);
    const byInviter = (await gateway.execute(ProjectInvitationsDocument, { id: project.id }, projectAdmin.as)).expectData();
    expect(byInviter.project?.invitations?.edges[0]?.node.email).toBe(email);
    const byOwner = (await gateway.execute(ProjectInvitationsDocument, { id: project.id }, tenant.owner.as)).expectData();
    expect(byOwner.project?.invitations?.edges[0]?.node.email).toBe(email);

    // The invited user (created by the invitation) sees it with the project's name, and nothing else of the project.
    const invitee = await tokenFor(database, invitation.user.id);
    const mine = (await gateway.execute(MyInvitationsDocument, {}, invitee.as)).expectData();
    expect(mine.viewer.invitations.edges.map((edge) => edge.node)).toMatchObject([{ id: invitation.id, project: { id: project.id, name: project.name } }]);
    expect((await gateway.execute(MyInvitationsDocument, { kind: 'ORGANIZATION' }, invitee.as)).expectData().viewer.invitations.edges).toEqual([]);
    (await gateway.execute(ProjectMembersDocument, { id: project.id }, invitee.as)).expectError('NOT_FOUND');
    // Someone else who reads the invitation may not accept it for the invited user.
    (await gateway.execute(AcceptInvitationDocument, { input: { id: invitation.id } }, projectAdmin.as)).expectError('FORBIDDEN');
    const stranger = await outsider(database);
    const notYours = (await gateway.execute(AcceptInvitationDocument, { input: { id: invitation.id } }, stranger.as)).expectData().acceptInvitation!;
    expect(notYours.userErrors[0]?.code).toBe('NOT_FOUND');

    const accepted = (await gateway.execute(AcceptInvitationDocument, { input: { id: String(invitation.databaseId) } }, invitee.as)).expectData().acceptInvitation!;
    expect(accepted.userErrors).toEqual([]);
    expect(accepted).toMatchObject({
      acceptedInvitationId: invitation.id, kind: 'PROJECT', project: { id: project.id }, organization: null, organizationMember: null,
      projectMember: { role: 'EDITOR', canShare: false, reason: 'audit', user: { id: invitee.userId }, addedBy: { id: projectAdmin.userId } },
    });
    const membershipExpiresIn = new Date(accepted.projectMember!.expiresAt as string).getTime() - Date.now();
    expect(membershipExpiresIn).toBeGreaterThan(3500_000);
    expect((await gateway.execute(ProjectInvitationIdsDocument, { id: project.id }, viewer.as)).expectData().project?.invitations?.edges).toEqual([]);
    expect((await gateway.execute(MyInvitationsDocument, {}, invitee.as)).expectData().viewer.invitations.edges).toEqual([]);
    const members = (await gateway.execute(ProjectMembersDocument, { id: project.id }, invitee.as)).expectData();
    expect(members.project?.members?.edges.map((edge) => edge.node.user.id)).toContain(invitee.userId);
    const again = (await gateway.execute(AcceptInvitationDocument, { input: { id: invitation.id } }, invitee.as)).expectData().acceptInvitation!;
    expect(again.userErrors[0]?.code).toBe('NOT_FOUND');
  });

  test('refusals: invalid address, yourself, already invited, already a member, a pending join request, canShare, roles', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const projectAdmin = await tenant.addProjectUser(project.id, 'ADMIN');
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const invite = async (input: Record<string, unknown>, as = projectAdmin.as) =>
      (await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, ...input } as never }, as)).expectData().inviteToProject!;

    expect((await invite({ email: 'nope' })).userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'email'] });
    expect((await invite({ email: projectAdmin.email })).userErrors[0]).toMatchObject({ code: 'CANNOT_INVITE_SELF', field: ['input', 'email'] });
    expect((await invite({ email: viewer.email })).userErrors[0]?.code).toBe('ALREADY_MEMBER');
    const email = address();
    expect((await invite({ email })).userErrors).toEqual([]);
    expect((await invite({ email: email.toUpperCase() })).userErrors[0]?.code).toBe('ALREADY_INVITED');
    expect((await invite({ email: address(), role: 'ADMIN', canShare: true })).userErrors[0]?.code).toBe('SHARE_NEEDS_ORGANIZATION_ADMIN');
    expect((await invite({ email: address(), role: 'VIEWER', canShare: true }, tenant.owner.as)).userErrors[0]?.code).toBe('INVALID');
    const shared = await invite({ email: address(), canShare: true }, tenant.owner.as);
    expect(shared.invitation).toMatchObject({ role: 'ADMIN', canShare: true });

    const maintainer = await maintainerOf(database, tenant.organizationId, false);
    const requested = (await gateway.execute(RequestProjectAccessDocument, { input: { projectId: project.id } }, maintainer.member.as)).expectData().requestProjectAccess!;
    expect(requested.userErrors).toEqual([]);
    expect((await invite({ email: maintainer.member.email })).userErrors[0]?.code).toBe('HAS_JOIN_REQUEST');

    (await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email: address() } }, viewer.as)).expectError('FORBIDDEN');
    const colleague = await tenant.addUser('MEMBER');
    expect((await invite({ email: address() }, colleague.as)).userErrors[0]?.code).toBe('NOT_FOUND');
  });

  test('an expired invitation is not listed and cannot be accepted, without any sweep; the address may be invited again', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const email = address();
    const invitation = (await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email, expiresInSeconds: 60 } }, tenant.owner.as))
      .expectData().inviteToProject!.invitation!;
    const invitee = await tokenFor(database, invitation.user.id);
    await database.prisma.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1) } });

    expect((await gateway.execute(ProjectInvitationsDocument, { id: project.id }, tenant.owner.as)).expectData().project?.invitations?.edges).toEqual([]);
    expect((await gateway.execute(MyInvitationsDocument, {}, invitee.as)).expectData().viewer.invitations.edges).toEqual([]);
    const expired = (await gateway.execute(AcceptInvitationDocument, { input: { id: invitation.id } }, invitee.as)).expectData().acceptInvitation!;
    expect(expired.userErrors).toEqual([{ code: 'EXPIRED', field: ['input', 'id'], message: 'the invitation has expired' }]);
    expect(await database.prisma.projectMember.count({ where: { projectId: project.id } })).toBe(0);

    const renewed = (await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email } }, tenant.owner.as)).expectData().inviteToProject!;
    expect(renewed.userErrors).toEqual([]);
    expect(renewed.invitation?.expiresAt).toBeNull();
    const declined = (await gateway.execute(DeclineInvitationDocument, { input: { id: renewed.invitation!.id } }, invitee.as)).expectData().declineInvitation!;
    expect(declined).toEqual({ declinedInvitationId: renewed.invitation!.id, userErrors: [] });
    expect(await database.prisma.invitation.count({ where: { projectId: project.id } })).toBe(0);
  });

  test('cancelling: whoever may invite there; being added or joining settles a pending invitation', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const first = (await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email: address() } }, tenant.owner.as)).expectData().inviteToProject!.invitation!;
    (await gateway.execute(CancelInvitationDocument, { input: { id: first.id } }, viewer.as)).expectError('FORBIDDEN');
    const invitee = await tokenFor(database, first.user.id);
    expect((await gateway.execute(CancelInvitationDocument, { input: { id: first.id } }, invitee.as)).expectData().cancelInvitation!.userErrors[0]?.code).toBe('NOT_FOUND');
    const cancelled = (await gateway.execute(CancelInvitationDocument, { input: { id: first.id } }, tenant.managementKey.as)).expectData().cancelInvitation!;
    expect(cancelled).toEqual({ cancelledInvitationId: first.id, userErrors: [] });

    // Added directly: the invitation goes.
    const email = address();
    await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email } }, tenant.owner.as);
    const added = (await gateway.execute(AddProjectMemberDocument, { input: { projectId: project.id, email, role: 'VIEWER' } }, tenant.owner.as)).expectData().addProjectMember!;
    expect(added.userErrors).toEqual([]);
    expect(await database.prisma.invitation.count({ where: { projectId: project.id } })).toBe(0);

    // Joined directly (an organization member): the invitation goes.
    const colleague = await tenant.addUser('MEMBER');
    await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email: colleague.email } }, tenant.owner.as);
    expect(await database.prisma.invitation.count({ where: { projectId: project.id } })).toBe(1);
    const joined = (await gateway.execute(JoinProjectDocument, { input: { projectId: project.id } }, colleague.as)).expectData().joinProject!;
    expect(joined.userErrors).toEqual([]);
    expect(await database.prisma.invitation.count({ where: { projectId: project.id } })).toBe(0);
  });
});

describe('invitations to an organization', () => {
  test('its OWNERs and ADMINs invite; the invited user joins as an ADMIN; adding the user directly settles it', async () => {
    const tenant = await createTenant(database);
    const colleague = await tenant.addUser('MEMBER');
    const email = address();
    (await gateway.execute(InviteToOrganizationDocument, { input: { organizationId: tenant.organizationId, email } }, colleague.as)).expectError('FORBIDDEN');
    const invited = (await gateway.execute(InviteToOrganizationDocument, { input: { organizationId: tenant.organizationId, email } }, tenant.owner.as))
      .expectData().inviteToOrganization!;
    expect(invited.invitation).toMatchObject({ kind: 'ORGANIZATION', role: null, organization: { id: tenant.organizationId }, project: null });
    const duplicate = (await gateway.execute(InviteToOrganizationDocument, { input: { organizationId: tenant.organizationId, email } }, tenant.owner.as))
      .expectData().inviteToOrganization!;
    expect(duplicate.userErrors[0]?.code).toBe('ALREADY_INVITED');
    const member = (await gateway.execute(InviteToOrganizationDocument, { input: { organizationId: tenant.organizationId, email: colleague.email } }, tenant.owner.as))
      .expectData().inviteToOrganization!;
    expect(member.userErrors[0]?.code).toBe('ALREADY_MEMBER');
    const self = (await gateway.execute(InviteToOrganizationDocument, { input: { organizationId: tenant.organizationId, email: tenant.owner.email } }, tenant.owner.as))
      .expectData().inviteToOrganization!;
    expect(self.userErrors[0]?.code).toBe('CANNOT_INVITE_SELF');

    const listed = (await gateway.execute(OrganizationInvitationsDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
    expect(listed.organization?.invitations?.edges.map((edge) => edge.node.id)).toEqual([invited.invitation!.id]);

    const invitee = await tokenFor(database, invited.invitation!.user.id);
    const mine = (await gateway.execute(MyInvitationsDocument, { kind: 'ORGANIZATION' }, invitee.as)).expectData();
    expect(mine.viewer.invitations.edges[0]?.node.organization?.id).toBe(tenant.organizationId);
    const accepted = (await gateway.execute(AcceptInvitationDocument, { input: { id: invited.invitation!.id } }, invitee.as)).expectData().acceptInvitation!;
    expect(accepted).toMatchObject({ kind: 'ORGANIZATION', organization: { id: tenant.organizationId }, organizationMember: { role: 'ADMIN', user: { id: invitee.userId } }, userErrors: [] });

    const second = address();
    await gateway.execute(InviteToOrganizationDocument, { input: { organizationId: tenant.organizationId, email: second } }, tenant.owner.as);
    const added = (await gateway.execute(AddOrganizationMemberDocument, { input: { organizationId: tenant.organizationId, email: second, role: 'MEMBER' } }, tenant.owner.as))
      .expectData().addOrganizationMember!;
    expect(added.userErrors).toEqual([]);
    expect(await database.prisma.invitation.count({ where: { organizationId: tenant.organizationId } })).toBe(0);
  });
});

describe('invitations to a maintainer', () => {
  test('its members and the operator with maintainer:write invite; the invited user joins the maintainer', async () => {
    const tenant = await createTenant(database);
    const maintainer = await maintainerOf(database, tenant.organizationId);
    const email = address();
    const refused = (await gateway.execute(InviteToMaintainerDocument, { input: { maintainerId: maintainer.maintainerId, email } }, tenant.owner.as))
      .expectData().inviteToMaintainer!;
    expect(refused.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'maintainerId'] });

    const invited = (await gateway.execute(InviteToMaintainerDocument, { input: { maintainerId: String(maintainer.number), email } }, maintainer.member.as))
      .expectData().inviteToMaintainer!;
    expect(invited.userErrors).toEqual([]);
    expect(invited.invitation).toMatchObject({ kind: 'MAINTAINER', maintainer: { id: maintainer.maintainerId }, email, invitedBy: { id: maintainer.member.userId } });
    expect(invited.invitation?.maintainer?.invitations?.edges.map((edge) => edge.node.email)).toEqual([email]);
    const member = (await gateway.execute(InviteToMaintainerDocument, { input: { maintainerId: maintainer.maintainerId, email: maintainer.member.email } }, tenant.owner.as))
      .expectData().inviteToMaintainer!;
    expect(member.userErrors[0]?.code).toBe('NOT_FOUND');

    const reader = await insertOperatorToken(database.prisma, 'reader', ['maintainer:read']);
    const writer = await insertOperatorToken(database.prisma, 'writer', ['maintainer:write']);
    rememberSecrets(JSON.stringify([reader, writer]));
    (await gateway.execute(InviteToMaintainerDocument, { input: { maintainerId: maintainer.maintainerId, email: address() } }, { bearer: reader.operatorToken.token }))
      .expectError('FORBIDDEN');
    const byOperator = (await gateway.execute(InviteToMaintainerDocument, { input: { maintainerId: maintainer.maintainerId, email: address() } }, { bearer: writer.operatorToken.token }))
      .expectData().inviteToMaintainer!;
    expect(byOperator.userErrors).toEqual([]);
    const already = (await gateway.execute(InviteToMaintainerDocument, { input: { maintainerId: maintainer.maintainerId, email: maintainer.member.email } }, { bearer: writer.operatorToken.token }))
      .expectData().inviteToMaintainer!;
    expect(already.userErrors[0]?.code).toBe('ALREADY_MEMBER');

    const invitee = await tokenFor(database, invited.invitation!.user.id);
    const accepted = (await gateway.execute(AcceptInvitationDocument, { input: { id: invited.invitation!.id } }, invitee.as)).expectData().acceptInvitation!;
    expect(accepted).toMatchObject({ kind: 'MAINTAINER', maintainer: { id: maintainer.maintainerId }, userErrors: [] });
    // Now a member, the user reads the maintainer's pending invitations (the operator's one is left).
    expect(accepted.maintainer?.invitations?.edges).toHaveLength(1);
    expect(await database.prisma.maintainerMember.count({ where: { maintainerId: maintainer.maintainerId, userId: invitee.userId } })).toBe(1);
  });
});

describe('the place an invitation is named by', () => {
  test('cancelling with a place: the invitation must be there (id or number); elsewhere it is NOT_FOUND and stays; an unreadable place is NOT_FOUND at its field', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const { project: sibling } = await createProject(gateway, tenant);
    const invited = (await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email: address() } }, tenant.owner.as)).expectData().inviteToProject!
      .invitation!;
    const toOrganization = (await gateway.execute(InviteToOrganizationDocument, { input: { organizationId: tenant.organizationId, email: address() } }, tenant.owner.as))
      .expectData().inviteToOrganization!.invitation!;
    const organization = await database.prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } });
    const siblingNumber = (await database.prisma.project.findUniqueOrThrow({ where: { id: sibling.id } })).number;
    const cancel = async (input: CancelInvitationInput) => (await gateway.execute(CancelInvitationDocument, { input }, tenant.owner.as)).expectData().cancelInvitation!;
    const codes = (payload: { userErrors: { code: string; field: string[] }[] }) => payload.userErrors.map((error) => [error.code, error.field.join('.')]);

    // Elsewhere: another project (by id or number), the organization itself, a maintainer it is not to.
    for (const place of [{ projectId: sibling.id }, { projectId: String(siblingNumber) }, { organizationId: tenant.organizationId }]) {
      expect(codes(await cancel({ id: invited.id, ...place }))).toEqual([['NOT_FOUND', 'input.id']]);
    }
    expect(codes(await cancel({ id: toOrganization.id, projectId: project.id }))).toEqual([['NOT_FOUND', 'input.id']]);
    // A place the caller cannot read answers like a missing one, at its own field.
    const stranger = await createTenant(database);
    const { project: theirs } = await createProject(gateway, stranger);
    expect(codes(await cancel({ id: invited.id, projectId: theirs.id }))).toEqual([['NOT_FOUND', 'input.projectId']]);
    expect(codes(await cancel({ id: invited.id, maintainerId: '999999999' }))).toEqual([['NOT_FOUND', 'input.maintainerId']]);
    expect(codes(await cancel({ id: invited.id, projectId: project.id, organizationId: tenant.organizationId }))).toEqual([['INVALID', 'input.projectId']]);
    expect(await database.prisma.invitation.count({ where: { id: { in: [invited.id, toOrganization.id] } } })).toBe(2);

    // There: by the project's number, and the organization by its number.
    const projectNumber = (await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).number;
    expect(await cancel({ id: String(invited.databaseId), projectId: String(projectNumber) })).toEqual({ cancelledInvitationId: invited.id, userErrors: [] });
    expect(await cancel({ id: toOrganization.id, organizationId: String(organization.number) })).toEqual({ cancelledInvitationId: toOrganization.id, userErrors: [] });
  });

  test('a maintainer’s invitation is cancelled at its maintainer only', async () => {
    const tenant = await createTenant(database);
    const maintainer = await maintainerOf(database, tenant.organizationId);
    const other = await maintainerOf(database, (await createTenant(database)).organizationId);
    await database.prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: other.maintainerId, userId: maintainer.member.userId } });
    const invited = (await gateway.execute(InviteToMaintainerDocument, { input: { maintainerId: maintainer.maintainerId, email: address() } }, maintainer.member.as))
      .expectData().inviteToMaintainer!.invitation!;
    const cancel = async (maintainerId: string) =>
      (await gateway.execute(CancelInvitationDocument, { input: { id: invited.id, maintainerId } }, maintainer.member.as)).expectData().cancelInvitation!;
    expect((await cancel(String(other.number))).userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(await cancel(String(maintainer.number))).toEqual({ cancelledInvitationId: invited.id, userErrors: [] });
  });

  test('accepting or declining with a kind: an invitation of another kind is NOT_FOUND and stays', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const invitee = await outsider(database);
    const toProject = (await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email: invitee.email } }, tenant.owner.as)).expectData()
      .inviteToProject!.invitation!;
    const toOrganization = (await gateway.execute(InviteToOrganizationDocument, { input: { organizationId: tenant.organizationId, email: invitee.email } }, tenant.owner.as))
      .expectData().inviteToOrganization!.invitation!;

    for (const kind of ['ORGANIZATION', 'MAINTAINER'] as const) {
      const accepted = (await gateway.execute(AcceptInvitationDocument, { input: { id: toProject.id, kind } }, invitee.as)).expectData().acceptInvitation!;
      expect(accepted.userErrors.map((error) => [error.code, error.field.join('.')])).toEqual([['NOT_FOUND', 'input.id']]);
    }
    const declined = (await gateway.execute(DeclineInvitationDocument, { input: { id: toOrganization.id, kind: 'PROJECT' } }, invitee.as)).expectData().declineInvitation!;
    expect(declined.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(await database.prisma.invitation.count({ where: { userId: invitee.userId } })).toBe(2);

    const accepted = (await gateway.execute(AcceptInvitationDocument, { input: { id: String(toProject.databaseId), kind: 'PROJECT' } }, invitee.as)).expectData()
      .acceptInvitation!;
    expect(accepted).toMatchObject({ acceptedInvitationId: toProject.id, kind: 'PROJECT', userErrors: [] });
    const declinedThere = (await gateway.execute(DeclineInvitationDocument, { input: { id: toOrganization.id, kind: 'ORGANIZATION' } }, invitee.as)).expectData();
    expect(declinedThere.declineInvitation).toEqual({ declinedInvitationId: toOrganization.id, userErrors: [] });
  });
});

describe('tenants', () => {
  test('two tenants never see each other’s invitations', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const toProject = (await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email: address() } }, tenant.owner.as)).expectData().inviteToProject!.invitation!;
    const toOrganization = (await gateway.execute(InviteToOrganizationDocument, { input: { organizationId: tenant.organizationId, email: address() } }, tenant.owner.as))
      .expectData().inviteToOrganization!.invitation!;

    for (const as of [other.owner.as, other.managementKey.as, other.rootClient.as]) {
      (await gateway.execute(ProjectInvitationsDocument, { id: project.id }, as)).expectError('NOT_FOUND');
      (await gateway.execute(OrganizationInvitationsDocument, { id: tenant.organizationId }, as)).expectError('NOT_FOUND');
      for (const invitation of [toProject, toOrganization]) {
        expect((await gateway.execute(CancelInvitationDocument, { input: { id: invitation.id } }, as)).expectData().cancelInvitation!.userErrors[0]?.code).toBe('NOT_FOUND');
        expect((await gateway.execute(AcceptInvitationDocument, { input: { id: invitation.id } }, as)).expectData().acceptInvitation!.userErrors[0]?.code).toBe('NOT_FOUND');
      }
    }
    const invite = (await gateway.execute(InviteToProjectDocument, { input: { projectId: project.id, email: address() } }, other.owner.as)).expectData().inviteToProject!;
    expect(invite.userErrors[0]?.code).toBe('NOT_FOUND');
    expect((await gateway.execute(MyInvitationsDocument, {}, other.owner.as)).expectData().viewer.invitations.edges).toEqual([]);
  });
});
