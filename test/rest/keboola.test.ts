import { describe, expect, test } from 'vitest';
import SwaggerParser from '@apidevtools/swagger-parser';
import { insertOperatorToken } from '../../src/access/issue.js';
import { newId } from '../../src/db/ids.js';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { rememberSecrets } from '../support/secrets.js';
import { createTenant, unique } from '../support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });
const call = restClient(gateway);

const KEBOOLA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;
const keboola = (token: string) => ({ headers: { 'x-kbc-manageapitoken': token } });

async function tenantWithProject(name = unique('Project')) {
  const tenant = await createTenant(database);
  const as = keboola(tenant.owner.token);
  const organizationNumber = (await call('GET', '/manage/organizations', { as })).expectStatus(200)[0].id as number;
  const project = (await call('POST', `/manage/organizations/${organizationNumber}/projects`, { as, body: { name } })).expectStatus(201);
  return { tenant, as, organizationNumber, project };
}

describe('the Keboola dialect', () => {
  test('answers on /manage for requests carrying X-KBC-ManageApiToken, with Content-Type exactly application/json', async () => {
    const tenant = await createTenant(database);
    const response = await call('GET', '/manage/tokens/verify', keboola(tenant.owner.token));
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.expectStatus(200)).toMatchObject({
      id: expect.any(String),
      type: 'admin',
      isSessionToken: false,
      scopes: [],
      user: { id: expect.any(Number), email: tenant.owner.email },
    });
    // Without the header, /manage is still OpenPanel's.
    expect((await call('GET', '/manage/projects', { as: tenant.rootClient.as })).expectStatus(200)).toEqual({ data: expect.any(Array) });
  });

  test('organizations and projects by their integer ids: list, detail, create (201), update with PUT, delete (204, then 404)', async () => {
    const name = unique('Analytics');
    const { as, organizationNumber, project } = await tenantWithProject(name);
    expect(project).toMatchObject({ id: expect.any(Number), name, type: 'production', created: expect.stringMatching(KEBOOLA_TIME) });
    expect(project.organization).toMatchObject({ id: organizationNumber });

    const organization = (await call('GET', `/manage/organizations/${organizationNumber}/`, { as })).expectStatus(200);
    expect(organization).toMatchObject({ id: organizationNumber, projects: [{ id: project.id, name, created: project.created }] });
    expect((await call('GET', `/manage/organizations/${organizationNumber}/projects`, { as })).expectStatus(200)).toEqual([project]);

    const renamed = (await call('PUT', `/manage/projects/${project.id}`, { as, body: { name: 'Renamed' } })).expectStatus(200);
    expect(renamed).toMatchObject({ id: project.id, name: 'Renamed' });
    expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200)).toEqual(renamed);

    const users = (await call('GET', `/manage/projects/${project.id}/users`, { as })).expectStatus(200);
    expect(users).toEqual([]);

    const deleted = await call('DELETE', `/manage/projects/${project.id}`, { as });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(404)).toEqual({ error: `Project ${project.id} not found` });
    expect((await call('GET', `/manage/organizations/${organizationNumber}/projects`, { as })).expectStatus(200)).toEqual([]);
  });

  test('organization users: listed, added by e-mail (204)', async () => {
    const { tenant, as, organizationNumber } = await tenantWithProject();
    const email = `${unique('new')}@example.test`;
    const added = await call('POST', `/manage/organizations/${organizationNumber}/users`, { as, body: { email } });
    expect(added.status).toBe(204);
    const users = (await call('GET', `/manage/organizations/${organizationNumber}/users`, { as })).expectStatus(200);
    expect(users.map((u: { email: string }) => u.email).sort()).toEqual([email, tenant.owner.email].sort());
    expect(users[0]).toMatchObject({ id: expect.any(Number), created: expect.stringMatching(KEBOOLA_TIME), mfaEnabled: false });
  });

  test("the users of the organization's projects: its members list them; its maintainer's members, the super admin and strangers get 403", async () => {
    const { tenant, as, organizationNumber, project } = await tenantWithProject();
    const email = `${unique('analyst')}@example.test`;
    expect((await call('POST', `/manage/projects/${project.id}/users`, { as, body: { email, role: 'guest' } })).status).toBe(204);
    const member = await tenant.addUser('MEMBER');
    const path = `/manage/organizations/${organizationNumber}/projects-users`;
    const listed = (await call('GET', path, { as })).expectStatus(200);
    expect(listed).toEqual([{ id: expect.any(Number), name: email.split('@')[0], email, mfaEnabled: false, features: [], canAccessLogs: false, isSuperAdmin: false }]);
    // A plain member lists them too, without the addresses Steward's rules hide from it.
    expect((await call('GET', path, { as: keboola(member.token) })).expectStatus(200)).toEqual([{ ...listed[0], email: null }]);

    const refused = { error: 'Only organization members can get list of projects users' };
    const maintainer = await database.prisma.maintainer.create({ data: { id: newId('Maintainer'), name: unique('Maintainer') } });
    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { maintainerId: maintainer.id } });
    await database.prisma.organizationMember.delete({ where: { id: member.memberId } });
    await database.prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: maintainer.id, userId: member.userId } });
    expect((await call('GET', path, { as: keboola(member.token) })).expectStatus(403)).toEqual(refused);
    const { operatorToken } = await insertOperatorToken(database.prisma, unique('super'), ['*']);
    rememberSecrets(operatorToken.token);
    expect((await call('GET', path, { as: keboola(operatorToken.token) })).expectStatus(403)).toEqual(refused);
    const stranger = keboola((await createTenant(database)).owner.token);
    expect((await call('GET', path, { as: stranger })).expectStatus(403)).toEqual({ error: "You don't have access to the organization" });
  });

  test("another tenant's project and one that does not exist are the same 403; errors in Keboola's body", async () => {
    const { project } = await tenantWithProject();
    const stranger = await createTenant(database);
    const as = keboola(stranger.owner.token);
    const foreign = (await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(403);
    expect(foreign).toEqual({ error: `You don't have access to project ${project.id}` });
    expect((await call('GET', '/manage/projects/999999999', { as })).expectStatus(403)).toEqual({ error: "You don't have access to project 999999999" });
    expect((await call('PUT', `/manage/projects/${project.id}`, { as, body: { name: 'x' } })).expectStatus(403)).toEqual(foreign);
    expect((await call('GET', '/manage/organizations/999999999', { as })).expectStatus(403)).toEqual({ error: "You don't have access to the organization" });
  });

  test('a viewer of the project may read it but not change it: 403 "Action is restricted for your role"', async () => {
    const { tenant, project } = await tenantWithProject();
    const stored = await database.prisma.project.findFirstOrThrow({ where: { number: project.id } });
    const viewer = await tenant.addProjectUser(stored.id, 'VIEWER');
    const as = keboola(viewer.token);
    expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200)).toMatchObject({ id: project.id });
    expect((await call('PUT', `/manage/projects/${project.id}`, { as, body: { name: 'x' } })).expectStatus(403)).toEqual({
      error: 'Action is restricted for your role',
    });
    const users = (await call('GET', `/manage/projects/${project.id}/users`, { as })).expectStatus(200);
    expect(users).toEqual([expect.objectContaining({ email: viewer.email, role: 'readOnly', status: 'active' })]);
  });

  test('a maintainer member who is not an organization member cannot create projects: 400 with Keboola\'s code', async () => {
    const { tenant, organizationNumber } = await tenantWithProject();
    const maintainer = await database.prisma.maintainer.create({ data: { id: newId('Maintainer'), name: unique('Maintainer') } });
    await database.prisma.organization.update({ where: { id: tenant.organizationId }, data: { maintainerId: maintainer.id } });
    const user = await tenant.addUser('MEMBER');
    await database.prisma.organizationMember.delete({ where: { id: user.memberId } });
    await database.prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: maintainer.id, userId: user.userId } });
    const refused = await call('POST', `/manage/organizations/${organizationNumber}/projects`, { as: keboola(user.token), body: { name: 'x' } });
    expect(refused.expectStatus(400)).toEqual({ error: 'Only organization members can create new projects', code: 'manage.createProjectPermissionDenied' });
  });

  test('refusals before execution: 401 for a bad token, 400 for a missing name, an unknown route', async () => {
    const { as, organizationNumber } = await tenantWithProject();
    const unknown = await call('GET', '/manage/tokens/verify', keboola('stw_pat_wrong'));
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ error: expect.stringMatching(/^Invalid access token/) });
    expect((await call('POST', `/manage/organizations/${organizationNumber}/projects`, { as, body: {} })).expectStatus(400)).toEqual({
      error: 'name: A name must be set',
    });
    expect((await call('GET', '/manage/nowhere', { as })).expectStatus(404)).toEqual({ error: 'Route GET:/manage/nowhere not found' });
  });

  test('its OpenAPI document is served beside OpenPanel\'s', async () => {
    const document = (await call('GET', '/manage/openapi/keboola.json')).expectStatus(200);
    expect(document.info.title).toBe('Keboola Manage API (Steward)');
    expect(document.paths['/organizations/{id}/projects'].post.responses).toHaveProperty('201');
    expect((await call('GET', '/manage/openapi.json')).expectStatus(200).info.title).toBe('OpenPanel Manage API (Steward)');
  });
});

test('both dialects publish valid OpenAPI 3.1 documents, every operation named once (Keboola: as its PHP client names them)', async () => {
  for (const path of ['/manage/openapi.json', '/manage/openapi/keboola.json']) {
    const document = (await call('GET', path)).expectStatus(200);
    await SwaggerParser.validate(structuredClone(document));
    const ids = Object.values(document.paths as Record<string, Record<string, { operationId: string }>>).flatMap((methods) =>
      Object.values(methods).map((operation) => operation.operationId),
    );
    expect(ids.every((id) => /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  }
  const keboolaDocument = (await call('GET', '/manage/openapi/keboola.json')).expectStatus(200);
  expect(keboolaDocument.paths['/projects/{id}'].put.operationId).toBe('updateProject');
});

test("a user's own metadata by id or e-mail; another user's is refused; organization users added by id", async () => {
  const { tenant, as } = await tenantWithProject();
  const me = (await call('GET', '/manage/tokens/verify', { as })).expectStatus(200).user;
  const set = await call('POST', `/manage/users/${me.id}/metadata`, { as, body: { provider: 'user', metadata: [{ key: 'team', value: 'data' }] } });
  expect(set.expectStatus(201)).toEqual([{ id: expect.any(Number), provider: 'user', key: 'team', value: 'data', timestamp: expect.stringMatching(KEBOOLA_TIME) }]);
  expect((await call('GET', `/manage/users/${encodeURIComponent(tenant.owner.email)}/metadata`, { as })).expectStatus(200)).toEqual(set.body);

  const colleague = await tenant.addUser('ADMIN');
  const colleagueNumber = (await database.prisma.user.findUniqueOrThrow({ where: { id: colleague.userId } })).number;
  expect((await call('GET', `/manage/users/${colleagueNumber}/metadata`, { as })).expectStatus(403)).toEqual({ error: "You don't have access to the resource." });

  // Added by id: a user the caller can see, into another organization of the caller's; a stranger is not found.
  const { createOrganization } = (await gateway.execute<{ createOrganization: { organization: { databaseId: number } } }, Record<string, unknown>>(
    'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { databaseId } } }',
    { input: { name: unique('Second') } },
    tenant.owner.as,
  )).expectData();
  const second = createOrganization.organization.databaseId;
  expect((await call('POST', `/manage/organizations/${second}/users`, { as, body: { id: colleagueNumber } })).status).toBe(204);
  const members = (await call('GET', `/manage/organizations/${second}/users`, { as })).expectStatus(200);
  expect(members.map((member: { id: number }) => member.id).sort()).toEqual([me.id, colleagueNumber].sort());
  const stranger = await database.prisma.user.findUniqueOrThrow({ where: { id: (await createTenant(database)).owner.userId } });
  expect((await call('POST', `/manage/organizations/${second}/users`, { as, body: { id: stranger.number } })).expectStatus(403)).toEqual({
    error: "You don't have access to the resource.",
  });
  expect((await call('POST', `/manage/organizations/${second}/users`, { as, body: { id: me.id } })).expectStatus(400)).toEqual({
    error: 'this user is already a member of the organization',
  });
});
