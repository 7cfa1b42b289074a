import { describe, expect, test } from 'vitest';
import { insertPersonalAccessToken } from '../../src/access/issue.js';
import { newId } from '../../src/db/ids.js';
import { findOrCreateUser } from '../../src/modules/user/service.js';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { rememberSecrets } from '../support/secrets.js';
import { createTenant, unique } from '../support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });
const call = restClient(gateway);

const KEBOOLA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;
const keboola = (token: string) => ({ headers: { 'x-kbc-manageapitoken': token } });

async function tenantWithProject() {
  const tenant = await createTenant(database);
  const as = keboola(tenant.owner.token);
  const organizationNumber = (await call('GET', '/manage/organizations', { as })).expectStatus(200)[0].id as number;
  const project = (await call('POST', `/manage/organizations/${organizationNumber}/projects`, { as, body: { name: unique('Project') } })).expectStatus(201);
  return { tenant, as, organizationNumber, project: project as { id: number; name: string } };
}

/** A user (made if unknown) with a personal access token, in the Keboola header. */
async function userWithToken(email = `${unique('user')}@example.test`) {
  return database.prisma.$transaction(async (tx) => {
    const user = await findOrCreateUser(tx, email);
    const { token } = await insertPersonalAccessToken(tx, { userId: user.id, name: 'test' });
    rememberSecrets(token);
    return { userId: user.id, email, as: keboola(token) };
  });
}

/** A maintainer of the tenant's organization, with these users as its members. */
async function maintainerOf(organizationId: string, userIds: string[]) {
  const maintainer = await database.prisma.maintainer.create({ data: { id: newId('Maintainer'), name: unique('Maintainer') } });
  await database.prisma.organization.update({ where: { id: organizationId }, data: { maintainerId: maintainer.id } });
  for (const userId of userIds) {
    await database.prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: maintainer.id, userId } });
  }
  return maintainer;
}

function expectEmpty(response: { status: number; body: unknown }, status: 202 | 204) {
  expect(response.status).toBe(status);
  expect(response.body).toBeNull();
}

describe('Keboola invitations', () => {
  test('to a project: invite (201, role mapped), list, detail, refusals with 400 and 422, cancel (204)', async () => {
    const { tenant, as, project } = await tenantWithProject();
    const email = `${unique('invitee')}@example.test`;
    const base = `/manage/projects/${project.id}/invitations`;
    const invited = (await call('POST', base, { as, body: { email, role: 'share', expirationSeconds: 3600, reason: 'help' } })).expectStatus(201);
    expect(invited).toEqual({
      id: expect.any(Number),
      created: expect.stringMatching(KEBOOLA_TIME),
      expires: expect.stringMatching(KEBOOLA_TIME),
      reason: 'help',
      role: 'share',
      user: { id: expect.any(Number), name: expect.any(String), email },
      creator: { id: expect.any(Number), name: expect.any(String), email: tenant.owner.email },
    });
    const guest = (await call('POST', base, { as, body: { email: `${unique('guest')}@example.test`, role: 'guest' } })).expectStatus(201);
    expect(guest).toMatchObject({ role: 'guest', expires: null, reason: null });

    expect((await call('GET', base, { as })).expectStatus(200)).toEqual([invited, guest]);
    expect((await call('GET', `${base}/${invited.id}`, { as })).expectStatus(200)).toEqual(invited);
    expect((await call('GET', `${base}/999999999`, { as })).expectStatus(404)).toEqual({ error: 'Invitation 999999999 not found' });

    expect((await call('POST', base, { as, body: { email } })).expectStatus(400)).toEqual({ error: 'this user is already invited' });
    expect((await call('POST', base, { as, body: { email: tenant.owner.email } })).expectStatus(400)).toEqual({ error: 'you cannot invite yourself' });
    expect((await call('POST', base, { as, body: { email: 'not-an-address' } })).expectStatus(422)).toEqual({ error: 'email must be an e-mail address' });
    expect((await call('POST', base, { as, body: { email, role: 'owner' } })).expectStatus(400).error).toMatch(/^role: Role is not valid/);

    expectEmpty(await call('DELETE', `${base}/${invited.id}`, { as }), 204);
    expect((await call('GET', `${base}/${invited.id}`, { as })).expectStatus(404)).toEqual({ error: `Invitation ${invited.id} not found` });
    expect((await call('DELETE', `${base}/${invited.id}`, { as })).expectStatus(404)).toEqual({ error: `Invitation ${invited.id} not found` });
    expect((await call('GET', base, { as })).expectStatus(200)).toEqual([guest]);
  });

  test('a member already in the project is refused with 400; a read-only member may list but not invite', async () => {
    const { tenant, as, project } = await tenantWithProject();
    const stored = await database.prisma.project.findFirstOrThrow({ where: { number: project.id } });
    const viewer = await tenant.addProjectUser(stored.id, 'VIEWER');
    const base = `/manage/projects/${project.id}/invitations`;
    expect((await call('POST', base, { as, body: { email: viewer.email } })).expectStatus(400)).toEqual({
      error: 'this user is already a member of the project',
    });
    expect((await call('GET', base, { as: keboola(viewer.token) })).expectStatus(200)).toEqual([]);
    expect((await call('POST', base, { as: keboola(viewer.token), body: { email: `${unique('x')}@example.test` } })).expectStatus(403)).toEqual({
      error: 'Action is restricted for your role',
    });
  });

  test("the invited user's view: list and detail name the project; accept (202, no body) makes a member with the role; decline (204)", async () => {
    const { tenant, as, project } = await tenantWithProject();
    const invitee = await userWithToken();
    const invited = (await call('POST', `/manage/projects/${project.id}/invitations`, { as, body: { email: invitee.email, role: 'readOnly', reason: 'audit' } })).expectStatus(201);

    const mine = (await call('GET', '/manage/current-user/projects-invitations', { as: invitee.as })).expectStatus(200);
    const expected = {
      id: invited.id,
      created: invited.created,
      expires: null,
      reason: 'audit',
      role: 'readOnly',
      project: { id: project.id, name: project.name },
      // The inviter's address keeps Steward's own rule: the invited user does not see it.
      creator: { id: expect.any(Number), name: tenant.owner.email.split('@')[0], email: null },
    };
    expect(mine).toEqual([expected]);
    expect((await call('GET', `/manage/current-user/projects-invitations/${invited.id}`, { as: invitee.as })).expectStatus(200)).toEqual(expected);
    expect((await call('GET', '/manage/current-user/organizations-invitations', { as: invitee.as })).expectStatus(200)).toEqual([]);

    // Only the invited user may accept: the inviter who reads it is refused.
    expect((await call('PUT', `/manage/current-user/projects-invitations/${invited.id}`, { as, body: {} })).expectStatus(403)).toEqual({
      error: "You don't have access to the resource.",
    });
    expectEmpty(await call('PUT', `/manage/current-user/projects-invitations/${invited.id}`, { as: invitee.as, body: {} }), 202);
    const users = (await call('GET', `/manage/projects/${project.id}/users`, { as })).expectStatus(200);
    expect(users).toEqual([expect.objectContaining({ email: invitee.email, role: 'readOnly', reason: 'audit' })]);
    expect((await call('GET', '/manage/current-user/projects-invitations', { as: invitee.as })).expectStatus(200)).toEqual([]);
    expect((await call('PUT', `/manage/current-user/projects-invitations/${invited.id}`, { as: invitee.as, body: {} })).expectStatus(404)).toEqual({
      error: `Invitation ${invited.id} not found`,
    });

    const other = await userWithToken();
    const second = (await call('POST', `/manage/projects/${project.id}/invitations`, { as, body: { email: other.email } })).expectStatus(201);
    expectEmpty(await call('DELETE', `/manage/current-user/projects-invitations/${second.id}`, { as: other.as }), 204);
    expect((await call('GET', `/manage/projects/${project.id}/invitations`, { as })).expectStatus(200)).toEqual([]);
  });

  test('to an organization: invite, list, detail, accept as the invited user (who then sees it), cancel', async () => {
    const { tenant, as, organizationNumber } = await tenantWithProject();
    const invitee = await userWithToken();
    const base = `/manage/organizations/${organizationNumber}/invitations`;
    const invited = (await call('POST', base, { as, body: { email: invitee.email } })).expectStatus(201);
    expect(invited).toEqual({
      id: expect.any(Number),
      created: expect.stringMatching(KEBOOLA_TIME),
      expires: null,
      reason: null,
      user: { id: expect.any(Number), name: expect.any(String), email: invitee.email },
      creator: expect.objectContaining({ email: tenant.owner.email }),
    });
    expect((await call('GET', base, { as })).expectStatus(200)).toEqual([invited]);
    expect((await call('GET', `${base}/${invited.id}`, { as })).expectStatus(200)).toEqual(invited);

    const mine = (await call('GET', `/manage/current-user/organizations-invitations/${invited.id}`, { as: invitee.as })).expectStatus(200);
    expect(mine).toMatchObject({ id: invited.id, organization: { id: organizationNumber } });
    expect(mine).not.toHaveProperty('user');
    expect(mine).not.toHaveProperty('role');
    expectEmpty(await call('PUT', `/manage/current-user/organizations-invitations/${invited.id}`, { as: invitee.as, body: {} }), 202);
    expect((await call('GET', '/manage/organizations', { as: invitee.as })).expectStatus(200)).toEqual([expect.objectContaining({ id: organizationNumber })]);

    const again = (await call('POST', base, { as, body: { email: invitee.email } })).expectStatus(400);
    expect(again).toEqual({ error: 'this user is already a member of the organization' });
    const other = (await call('POST', base, { as, body: { email: `${unique('other')}@example.test` } })).expectStatus(201);
    expectEmpty(await call('DELETE', `${base}/${other.id}`, { as }), 204);
    expect((await call('GET', base, { as })).expectStatus(200)).toEqual([]);
  });

  test('to a maintainer: its members invite, list, cancel; the invited user accepts (202)', async () => {
    const { tenant, as } = await tenantWithProject();
    const maintainer = await maintainerOf(tenant.organizationId, [tenant.owner.userId]);
    const invitee = await userWithToken();
    const base = `/manage/maintainers/${maintainer.number}/invitations`;
    const invited = (await call('POST', base, { as, body: { email: invitee.email } })).expectStatus(201);
    expect(invited).toMatchObject({ id: expect.any(Number), user: { email: invitee.email }, creator: { email: tenant.owner.email } });
    expect(invited).not.toHaveProperty('role');
    expect((await call('GET', base, { as })).expectStatus(200)).toEqual([invited]);
    expect((await call('GET', `${base}/${invited.id}`, { as })).expectStatus(200)).toEqual(invited);

    const mine = (await call('GET', '/manage/current-user/maintainers-invitations', { as: invitee.as })).expectStatus(200);
    expect(mine).toEqual([expect.objectContaining({ id: invited.id, maintainer: { id: maintainer.number, name: maintainer.name } })]);
    expectEmpty(await call('PUT', `/manage/current-user/maintainers-invitations/${invited.id}`, { as: invitee.as, body: {} }), 202);
    const member = await database.prisma.maintainerMember.findFirst({ where: { maintainerId: maintainer.id, userId: invitee.userId } });
    expect(member).not.toBeNull();

    const other = (await call('POST', base, { as, body: { email: `${unique('other')}@example.test` } })).expectStatus(201);
    expectEmpty(await call('DELETE', `${base}/${other.id}`, { as }), 204);
    expect((await call('GET', base, { as })).expectStatus(200)).toEqual([]);
  });

  test("another tenant's places are refused alike, and its invitations cannot be cancelled or accepted", async () => {
    const { as, project, organizationNumber } = await tenantWithProject();
    const invited = (await call('POST', `/manage/projects/${project.id}/invitations`, { as, body: { email: `${unique('x')}@example.test` } })).expectStatus(201);
    const organizationInvitation = (await call('POST', `/manage/organizations/${organizationNumber}/invitations`, { as, body: { email: `${unique('y')}@example.test` } })).expectStatus(201);
    const stranger = await createTenant(database);
    const them = keboola(stranger.owner.token);
    const noProject = { error: `You don't have access to project ${project.id}` };
    expect((await call('GET', `/manage/projects/${project.id}/invitations`, { as: them })).expectStatus(403)).toEqual(noProject);
    expect((await call('GET', `/manage/projects/${project.id}/invitations/${invited.id}`, { as: them })).expectStatus(403)).toEqual(noProject);
    expect((await call('POST', `/manage/projects/${project.id}/invitations`, { as: them, body: { email: `${unique('z')}@example.test` } })).expectStatus(403)).toEqual(noProject);
    expect((await call('DELETE', `/manage/projects/${project.id}/invitations/${invited.id}`, { as: them })).expectStatus(403)).toEqual(noProject);
    const noOrganization = { error: "You don't have access to the organization" };
    expect((await call('GET', `/manage/organizations/${organizationNumber}/invitations`, { as: them })).expectStatus(403)).toEqual(noOrganization);
    expect((await call('POST', `/manage/organizations/${organizationNumber}/invitations`, { as: them, body: { email: 'a@example.test' } })).expectStatus(403)).toEqual(
      noOrganization,
    );
    expect((await call('PUT', `/manage/current-user/organizations-invitations/${organizationInvitation.id}`, { as: them, body: {} })).expectStatus(404)).toEqual({
      error: `Invitation ${organizationInvitation.id} not found`,
    });
    expect((await call('GET', `/manage/current-user/projects-invitations/${invited.id}`, { as: them })).expectStatus(404)).toEqual({
      error: `Invitation ${invited.id} not found`,
    });
    expect((await call('GET', '/manage/maintainers/999999999/invitations', { as: them })).expectStatus(403)).toEqual({ error: "You don't have access to the resource." });
    // Nothing changed.
    expect((await call('GET', `/manage/projects/${project.id}/invitations`, { as })).expectStatus(200)).toEqual([invited]);
  });
});

describe('the place in the path', () => {
  test('an invitation cancelled, accepted or declined through a path of another place is 404 and stays; through its own, it works', async () => {
    const { tenant, as, project, organizationNumber } = await tenantWithProject();
    const sibling = (await call('POST', `/manage/organizations/${organizationNumber}/projects`, { as, body: { name: unique('Sibling') } })).expectStatus(201);
    const maintainer = await maintainerOf(tenant.organizationId, [tenant.owner.userId]);
    const invitee = await userWithToken();
    const toProject = (await call('POST', `/manage/projects/${project.id}/invitations`, { as, body: { email: invitee.email } })).expectStatus(201);
    const toOrganization = (await call('POST', `/manage/organizations/${organizationNumber}/invitations`, { as, body: { email: invitee.email } })).expectStatus(201);
    const notFound = (id: number) => ({ error: `Invitation ${id} not found` });

    // The caller may cancel both, but each only where it is.
    expect((await call('DELETE', `/manage/projects/${sibling.id}/invitations/${toProject.id}`, { as })).expectStatus(404)).toEqual(notFound(toProject.id));
    expect((await call('DELETE', `/manage/organizations/${organizationNumber}/invitations/${toProject.id}`, { as })).expectStatus(404)).toEqual(notFound(toProject.id));
    expect((await call('DELETE', `/manage/maintainers/${maintainer.number}/invitations/${toOrganization.id}`, { as })).expectStatus(404)).toEqual(
      notFound(toOrganization.id),
    );
    expect((await call('DELETE', `/manage/projects/${project.id}/invitations/${toOrganization.id}`, { as })).expectStatus(404)).toEqual(notFound(toOrganization.id));
    // The invited user's paths say the kind.
    const mine = (segment: string, id: number) => `/manage/current-user/${segment}/${id}`;
    expect((await call('PUT', mine('organizations-invitations', toProject.id), { as: invitee.as, body: {} })).expectStatus(404)).toEqual(notFound(toProject.id));
    expect((await call('PUT', mine('maintainers-invitations', toProject.id), { as: invitee.as, body: {} })).expectStatus(404)).toEqual(notFound(toProject.id));
    expect((await call('DELETE', mine('projects-invitations', toOrganization.id), { as: invitee.as })).expectStatus(404)).toEqual(notFound(toOrganization.id));
    // Nothing changed.
    expect((await call('GET', `/manage/projects/${project.id}/invitations`, { as })).expectStatus(200)).toEqual([toProject]);
    expect((await call('GET', `/manage/organizations/${organizationNumber}/invitations`, { as })).expectStatus(200)).toEqual([toOrganization]);
    expect(await database.prisma.projectMember.count({ where: { userId: invitee.userId } })).toBe(0);

    expectEmpty(await call('PUT', mine('projects-invitations', toProject.id), { as: invitee.as, body: {} }), 202);
    expectEmpty(await call('DELETE', mine('organizations-invitations', toOrganization.id), { as: invitee.as }), 204);
    expect((await call('GET', `/manage/projects/${project.id}/users`, { as })).expectStatus(200)).toEqual([expect.objectContaining({ email: invitee.email })]);
  });

  test('a join request approved or rejected through another project is 404 and stays', async () => {
    const { tenant, as, project, organizationNumber } = await tenantWithProject();
    const sibling = (await call('POST', `/manage/organizations/${organizationNumber}/projects`, { as, body: { name: unique('Sibling') } })).expectStatus(201);
    const requester = await userWithToken();
    await maintainerOf(tenant.organizationId, [requester.userId]);
    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { allowAutoJoin: false } });
    const request = (await call('POST', `/manage/projects/${project.id}/request-access`, { as: requester.as, body: {} })).expectStatus(201);

    const notFound = { error: `Join request ${request.id} not found` };
    expect((await call('PUT', `/manage/projects/${sibling.id}/join-requests/${request.id}`, { as, body: {} })).expectStatus(404)).toEqual(notFound);
    expect((await call('DELETE', `/manage/projects/${sibling.id}/join-requests/${request.id}`, { as })).expectStatus(404)).toEqual(notFound);
    expect((await call('GET', `/manage/projects/${project.id}/join-requests`, { as })).expectStatus(200)).toEqual([expect.objectContaining({ id: request.id })]);
    expect(await database.prisma.projectMember.count({ where: { userId: requester.userId } })).toBe(0);

    expectEmpty(await call('PUT', `/manage/projects/${project.id}/join-requests/${request.id}`, { as, body: {} }), 202);
  });
});

describe('Keboola join requests', () => {
  test('an organization member joins directly (204) and is told to when asking for access (400); a member again is refused', async () => {
    const { tenant, project } = await tenantWithProject();
    const member = await tenant.addUser('MEMBER');
    const memberAs = keboola(member.token);
    const requested = await call('POST', `/manage/projects/${project.id}/request-access`, { as: memberAs, body: {} });
    expect(requested.expectStatus(400)).toEqual({ error: 'You can join the project directly, use join-project method' });
    expectEmpty(await call('POST', `/manage/projects/${project.id}/join-project`, { as: memberAs, body: { reason: 'on call', expirationSeconds: 600 } }), 204);
    const users = (await call('GET', `/manage/projects/${project.id}/users`, { as: memberAs })).expectStatus(200);
    expect(users).toEqual([expect.objectContaining({ email: member.email, role: 'admin', reason: 'on call', expires: expect.stringMatching(KEBOOLA_TIME) })]);
    expect((await call('POST', `/manage/projects/${project.id}/join-project`, { as: memberAs, body: [] })).expectStatus(400)).toEqual({
      error: 'you are already a member of the project',
    });
  });

  test("a maintainer's member asks for access (201), a project admin lists, approves (202) or rejects (204); the requester lists and withdraws", async () => {
    const { tenant, as, project } = await tenantWithProject();
    const requester = await userWithToken();
    const other = await userWithToken();
    await maintainerOf(tenant.organizationId, [requester.userId, other.userId]);
    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { allowAutoJoin: false } });
    const stored = await database.prisma.project.findFirstOrThrow({ where: { number: project.id } });
    const admin = await tenant.addProjectUser(stored.id, 'ADMIN');
    const adminAs = keboola(admin.token);

    // Not allowed to join directly while allowAutoJoin is off.
    expect((await call('POST', `/manage/projects/${project.id}/join-project`, { as: requester.as })).expectStatus(403)).toEqual({
      error: 'Action is restricted for your role',
    });
    const request = (await call('POST', `/manage/projects/${project.id}/request-access`, { as: requester.as, body: { reason: 'debugging', expirationSeconds: 7200 } })).expectStatus(201);
    expect(request).toEqual({
      id: expect.any(Number),
      created: expect.stringMatching(KEBOOLA_TIME),
      expires: expect.stringMatching(KEBOOLA_TIME),
      reason: 'debugging',
      project: { id: project.id, name: project.name },
    });
    expect((await call('POST', `/manage/projects/${project.id}/request-access`, { as: requester.as, body: {} })).expectStatus(400)).toEqual({
      error: 'you have already asked to join this project',
    });
    // The requester may not be invited meanwhile.
    expect((await call('POST', `/manage/projects/${project.id}/invitations`, { as, body: { email: requester.email } })).expectStatus(400).error).toMatch(/asked to join/);

    const listed = (await call('GET', `/manage/projects/${project.id}/join-requests`, { as: adminAs })).expectStatus(200);
    // The requester's address keeps Steward's own rule: the organization's OWNER sees it, a project ADMIN who is a plain MEMBER does not.
    const expected = { id: request.id, created: request.created, expires: request.expires, reason: 'debugging', user: { id: expect.any(Number), name: expect.any(String), email: null } };
    expect(listed).toEqual([expected]);
    const byOwner = (await call('GET', `/manage/projects/${project.id}/join-requests`, { as })).expectStatus(200);
    expect(byOwner).toEqual([{ ...expected, user: { ...expected.user, email: requester.email } }]);
    expect((await call('GET', `/manage/projects/${project.id}/join-requests/${request.id}`, { as: adminAs })).expectStatus(200)).toEqual(expected);
    expect((await call('GET', `/manage/projects/${project.id}/join-requests/999999999`, { as: adminAs })).expectStatus(404)).toEqual({ error: 'Join request 999999999 not found' });
    expect((await call('GET', '/manage/current-user/projects-join-requests', { as: requester.as })).expectStatus(200)).toEqual([request]);
    expect((await call('GET', `/manage/current-user/projects-join-requests/${request.id}`, { as: requester.as })).expectStatus(200)).toEqual(request);

    expectEmpty(await call('PUT', `/manage/projects/${project.id}/join-requests/${request.id}`, { as: adminAs, body: {} }), 202);
    const users = (await call('GET', `/manage/projects/${project.id}/users`, { as })).expectStatus(200);
    expect(users).toContainEqual(expect.objectContaining({ email: requester.email, role: 'admin', reason: 'debugging', approver: expect.objectContaining({ email: admin.email }) }));
    expect((await call('GET', '/manage/current-user/projects-join-requests', { as: requester.as })).expectStatus(200)).toEqual([]);

    const rejected = (await call('POST', `/manage/projects/${project.id}/request-access`, { as: other.as, body: [] })).expectStatus(201);
    expectEmpty(await call('DELETE', `/manage/projects/${project.id}/join-requests/${rejected.id}`, { as: adminAs }), 204);
    expect((await call('PUT', `/manage/projects/${project.id}/join-requests/${rejected.id}`, { as: adminAs, body: {} })).expectStatus(404)).toEqual({
      error: `Join request ${rejected.id} not found`,
    });

    const withdrawn = (await call('POST', `/manage/projects/${project.id}/request-access`, { as: other.as })).expectStatus(201);
    expect((await call('DELETE', `/manage/current-user/projects-join-requests/${withdrawn.id}`, { as: adminAs })).expectStatus(403)).toEqual({
      error: "You don't have access to the resource.",
    });
    expectEmpty(await call('DELETE', `/manage/current-user/projects-join-requests/${withdrawn.id}`, { as: other.as }), 204);
    expect((await call('GET', `/manage/projects/${project.id}/join-requests`, { as: adminAs })).expectStatus(200)).toEqual([]);
  });

  test("another tenant's users cannot join, ask, list or decide: 403 for the project, 404 for their own view of the request", async () => {
    const { tenant, project } = await tenantWithProject();
    const requester = await userWithToken();
    await maintainerOf(tenant.organizationId, [requester.userId]);
    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { allowAutoJoin: false } });
    const request = (await call('POST', `/manage/projects/${project.id}/request-access`, { as: requester.as, body: {} })).expectStatus(201);

    const stranger = await createTenant(database);
    const them = keboola(stranger.owner.token);
    const noProject = { error: `You don't have access to project ${project.id}` };
    expect((await call('POST', `/manage/projects/${project.id}/join-project`, { as: them, body: {} })).expectStatus(403)).toEqual(noProject);
    expect((await call('POST', `/manage/projects/${project.id}/request-access`, { as: them, body: {} })).expectStatus(403)).toEqual(noProject);
    expect((await call('GET', `/manage/projects/${project.id}/join-requests`, { as: them })).expectStatus(403)).toEqual(noProject);
    expect((await call('GET', `/manage/projects/${project.id}/join-requests/${request.id}`, { as: them })).expectStatus(403)).toEqual(noProject);
    expect((await call('PUT', `/manage/projects/${project.id}/join-requests/${request.id}`, { as: them, body: {} })).expectStatus(403)).toEqual(noProject);
    expect((await call('DELETE', `/manage/projects/${project.id}/join-requests/${request.id}`, { as: them })).expectStatus(403)).toEqual(noProject);
    const notFound = { error: `Join request ${request.id} not found` };
    expect((await call('DELETE', `/manage/current-user/projects-join-requests/${request.id}`, { as: them })).expectStatus(404)).toEqual(notFound);
    expect((await call('GET', `/manage/current-user/projects-join-requests/${request.id}`, { as: them })).expectStatus(404)).toEqual(notFound);
    expect((await call('GET', '/manage/current-user/projects-join-requests', { as: requester.as })).expectStatus(200)).toEqual([request]);
  });
});
