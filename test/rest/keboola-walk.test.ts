// Keboola's tier-1 calls in the order a provisioning script makes them, over real HTTP with
// Keboola's header, asserting Keboola's status codes and bodies (compat/keboola.md §8.1).
import pino from 'pino';
import { expect, test } from 'vitest';
import { insertOperatorToken } from '../../src/access/issue.js';
import { JobWorker } from '../../src/jobs/worker.js';
import { EXPIRE_JOB, PURGE_JOB } from '../../src/modules/project/jobs.js';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { rememberSecrets } from '../support/secrets.js';
import { createTenant, unique } from '../support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });
const call = restClient(gateway);
const worker = new JobWorker(database.prisma, pino({ level: 'silent' }), gateway.services.credentials, { kinds: [PURGE_JOB, EXPIRE_JOB] });
const keboola = (token: string) => ({ headers: { 'x-kbc-manageapitoken': token } });
const KEBOOLA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;

test('maintainer → organization → project from a template → members → invitations → tokens → features and limits → delete → undelete → purge → transfer', async () => {
  const { operatorToken } = await insertOperatorToken(database.prisma, 'keboola super admin', ['*']);
  rememberSecrets(operatorToken.token);
  const superAdmin = keboola(operatorToken.token);
  // A user who will run the organization, known to Steward by a tenant of its own.
  const admin = (await createTenant(database)).owner;
  const as = keboola(admin.token);

  // The operator makes a maintainer and adds the admin to it.
  const maintainer = (await call('POST', '/manage/maintainers', { as: superAdmin, body: { name: unique('Maintainer') } })).expectStatus(201);
  expect(maintainer).toMatchObject({ id: expect.any(Number), created: expect.stringMatching(KEBOOLA_TIME) });
  expect((await call('POST', `/manage/maintainers/${maintainer.id}/users`, { as: superAdmin, body: { email: admin.email } })).status).toBe(204);
  const maintainers = (await call('GET', '/manage/maintainers', { as })).expectStatus(200);
  expect(maintainers).toEqual([expect.objectContaining({ id: maintainer.id })]);

  // The maintainer's member creates an organization under it, and becomes its member.
  const organization = (await call('POST', `/manage/maintainers/${maintainer.id}/organizations`, { as, body: { name: unique('Org') } })).expectStatus(201);
  expect(organization).toMatchObject({ id: expect.any(Number), allowAutoJoin: true, mfaRequired: false, maintainer: { id: maintainer.id } });
  expect((await call('GET', `/manage/maintainers/${maintainer.id}/organizations`, { as })).expectStatus(200)).toEqual([organization]);
  const patched = (await call('PATCH', `/manage/organizations/${organization.id}`, { as, body: { allowAutoJoin: 0 } })).expectStatus(200);
  expect(patched).toMatchObject({ id: organization.id, allowAutoJoin: false });

  // A project from a template that expires.
  const project = (await call('POST', `/manage/organizations/${organization.id}/projects`, { as, body: { name: 'Trial', type: 'poc15Days' } })).expectStatus(201);
  expect(project).toMatchObject({ name: 'Trial', type: 'poc15Days', expires: expect.stringMatching(KEBOOLA_TIME), organization: { id: organization.id } });

  // Members: added by e-mail with a Keboola role, read back the same, changed, removed by e-mail.
  const colleague = `${unique('colleague')}@example.test`;
  const add = await call('POST', `/manage/projects/${project.id}/users`, { as, body: { email: colleague, role: 'guest', reason: 'audit', expirationSeconds: 3600 } });
  expect(add.status).toBe(204);
  let users = (await call('GET', `/manage/projects/${project.id}/users`, { as })).expectStatus(200);
  expect(users).toEqual([expect.objectContaining({ email: colleague, role: 'guest', reason: 'audit', expires: expect.stringMatching(KEBOOLA_TIME) })]);
  const changed = (await call('PATCH', `/manage/projects/${project.id}/users/${users[0].id}`, { as, body: { role: 'share' } })).expectStatus(200);
  expect(changed).toMatchObject({ email: colleague, role: 'share' });
  expect((await call('DELETE', `/manage/projects/${project.id}/users/${encodeURIComponent(colleague)}`, { as })).status).toBe(204);
  users = (await call('GET', `/manage/projects/${project.id}/users`, { as })).expectStatus(200);
  expect(users).toEqual([]);

  // Organization members: added by e-mail, removed by e-mail.
  const organizationMember = `${unique('org')}@example.test`;
  expect((await call('POST', `/manage/organizations/${organization.id}/users`, { as, body: { email: organizationMember } })).status).toBe(204);
  expect((await call('DELETE', `/manage/organizations/${organization.id}/users/${encodeURIComponent(organizationMember)}`, { as })).status).toBe(204);

  // Invitations: the invited user sees its invitation, accepts it (202, no body) and is a member with the role it was given.
  const invitee = await createTenant(database);
  const invitation = (await call('POST', `/manage/projects/${project.id}/invitations`, { as, body: { email: invitee.owner.email, role: 'readOnly' } })).expectStatus(201);
  expect(invitation).toMatchObject({ id: expect.any(Number), role: 'readOnly', user: { email: invitee.owner.email } });
  expect((await call('GET', `/manage/projects/${project.id}/invitations`, { as })).expectStatus(200)).toEqual([invitation]);
  const inviteeAs = keboola(invitee.owner.token);
  const mine = (await call('GET', '/manage/current-user/projects-invitations', { as: inviteeAs })).expectStatus(200);
  expect(mine).toEqual([expect.objectContaining({ id: invitation.id, project: { id: project.id, name: 'Trial' } })]);
  const accepted = await call('PUT', `/manage/current-user/projects-invitations/${invitation.id}`, { as: inviteeAs, body: {} });
  expect([accepted.status, accepted.body]).toEqual([202, null]);
  users = (await call('GET', `/manage/projects/${project.id}/users`, { as })).expectStatus(200);
  expect(users).toEqual([expect.objectContaining({ email: invitee.owner.email, role: 'readOnly' })]);

  // A storage token, its secret shown once.
  const token = (await call('POST', `/manage/projects/${project.id}/tokens`, { as, body: { description: 'loader', canReadAllFileUploads: true, expiresIn: 3600 } }))
    .expectStatus(201);
  expect(token).toMatchObject({ description: 'loader', isMasterToken: false, canReadAllFileUploads: true, token: expect.stringMatching(/^stw_st_/) });

  // Features and limits: the operator's.
  const feature = (await call('POST', '/manage/features', {
    as: superAdmin,
    body: { name: unique('feature'), type: 'project', title: 'A feature', description: 'for the walk', canBeManageByAdmin: true, canBeManagedViaAPI: true },
  })).expectStatus(201);
  const featured = (await call('POST', `/manage/projects/${project.id}/features`, { as, body: { feature: feature.name } })).expectStatus(200);
  expect(featured.features).toContain(feature.name);
  const limited = (await call('POST', `/manage/projects/${project.id}/limits`, { as: superAdmin, body: { limits: [{ name: 'kbc.adminsCount', value: 10 }] } }))
    .expectStatus(200);
  expect(limited.limits).toEqual({ 'kbc.adminsCount': { name: 'kbc.adminsCount', value: 10 } });
  expect((await call('POST', `/manage/projects/${project.id}/limits`, { as, body: { limits: [{ name: 'kbc.adminsCount', value: 99 }] } })).status).toBe(403);

  // Delete: 204, then 404; the operator lists it as deleted, undeletes it, deletes it again and purges it.
  expect((await call('DELETE', `/manage/projects/${project.id}`, { as })).status).toBe(204);
  expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(404)).toEqual({ error: `Project ${project.id} not found` });
  const deleted = (await call('GET', `/manage/deleted-projects?organizationId=${organization.id}`, { as: superAdmin })).expectStatus(200);
  expect(deleted).toEqual([expect.objectContaining({ id: project.id, isDeleted: true, isPurged: false, deletedTime: expect.stringMatching(KEBOOLA_TIME) })]);
  expect((await call('DELETE', `/manage/deleted-projects/${project.id}?expirationDays=30`, { as: superAdmin })).status).toBe(204);
  expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200)).toMatchObject({ id: project.id, expires: expect.stringMatching(KEBOOLA_TIME) });
  expect((await call('DELETE', `/manage/projects/${project.id}`, { as })).status).toBe(204);
  const purge = (await call('POST', `/manage/deleted-projects/${project.id}/purge`, { as: superAdmin, body: {} })).expectStatus(200);
  expect(purge).toEqual({ commandExecutionId: expect.any(String) });
  let detail = (await call('GET', `/manage/deleted-projects/${project.id}`, { as: superAdmin })).expectStatus(200);
  for (let polls = 0; !detail.isPurged && polls < 5; polls++) {
    await worker.runDueJobs();
    detail = (await call('GET', `/manage/deleted-projects/${project.id}`, { as: superAdmin })).expectStatus(200);
  }
  expect(detail).toMatchObject({ isPurged: true, purgedTime: expect.stringMatching(KEBOOLA_TIME) });
  const storageTokens = await database.prisma.storageToken.count({ where: { project: { number: project.id } } });
  expect(storageTokens).toBe(0);

  // Transfer a second project to another organization of the same admin.
  const second = (await call('POST', `/manage/organizations/${organization.id}/projects`, { as, body: { name: 'Production' } })).expectStatus(201);
  const target = (await call('POST', `/manage/maintainers/${maintainer.id}/organizations`, { as, body: { name: unique('Target') } })).expectStatus(201);
  const moved = (await call('POST', `/manage/projects/${second.id}/organizations`, { as, body: { organizationId: target.id } })).expectStatus(200);
  expect(moved).toMatchObject({ id: second.id, organization: { id: target.id } });
  expect((await call('GET', `/manage/organizations/${target.id}/projects`, { as })).expectStatus(200)).toEqual([moved]);
});
