import pino from 'pino';
import { beforeAll, describe, expect, test } from 'vitest';
import { insertOperatorToken } from '../../src/access/issue.js';
import { newId } from '../../src/db/ids.js';
import { JobWorker } from '../../src/jobs/worker.js';
import { PURGE_JOB } from '../../src/modules/project/jobs.js';
import { estimatedEnd } from '../../src/rest/keboola/platform.js';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { rememberSecrets } from '../support/secrets.js';
import { createTenant, unique } from '../support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });
const call = restClient(gateway);
const worker = new JobWorker(database.prisma, pino({ level: 'silent' }), gateway.services.credentials, { kinds: [PURGE_JOB] });

const KEBOOLA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;
const keboola = (token: string) => ({ headers: { 'x-kbc-manageapitoken': token } });

/** Keboola's super admin: an operator token with every scope these routes need; and one that only reads. */
let superAdmin: ReturnType<typeof keboola>;
let reader: ReturnType<typeof keboola>;

beforeAll(async () => {
  const full = await insertOperatorToken(database.prisma, unique('super'), ['feature:write', 'platform:write', 'project:read', 'project:write', 'organization:read', 'organization:write', 'member:read', 'maintainer:read', 'maintainer:write']);
  const readOnly = await insertOperatorToken(database.prisma, unique('reader'), ['project:read', 'organization:read']);
  rememberSecrets(JSON.stringify([full, readOnly]));
  superAdmin = keboola(full.operatorToken.token);
  reader = keboola(readOnly.operatorToken.token);
});

async function tenantWithProject() {
  const tenant = await createTenant(database);
  const as = keboola(tenant.owner.token);
  const organizationNumber = (await call('GET', '/manage/organizations', { as })).expectStatus(200)[0].id as number;
  const project = (await call('POST', `/manage/organizations/${organizationNumber}/projects`, { as, body: { name: unique('Project') } })).expectStatus(201);
  return { tenant, as, organizationNumber, project: project as { id: number; name: string } };
}

async function newFeature(type: 'admin' | 'project', flags: { canBeManageByAdmin?: boolean; canBeManagedViaAPI?: boolean } = {}) {
  const body = { name: unique(`${type}-feature`), type, title: 'A feature', description: 'What it does', canBeManageByAdmin: true, canBeManagedViaAPI: true, ...flags };
  return (await call('POST', '/manage/features', { as: superAdmin, body })).expectStatus(201) as { id: number; name: string };
}

describe('features', () => {
  test('the super admin creates (201), reads, lists by type, updates and removes (204) features; duplicates and bad types are 422', async () => {
    const name = unique('project-feature');
    const body = { name, type: 'project', title: 'Project feature', description: 'Does things', canBeManageByAdmin: false, canBeManagedViaAPI: true };
    const created = (await call('POST', '/manage/features', { as: superAdmin, body })).expectStatus(201);
    expect(created).toEqual({
      id: expect.any(Number),
      name,
      type: 'project',
      title: 'Project feature',
      description: 'Does things',
      canBeManageByAdmin: false,
      canBeManagedViaAPI: true,
      created: expect.stringMatching(KEBOOLA_TIME),
    });
    expect((await call('GET', `/manage/features/${created.id}`, { as: superAdmin })).expectStatus(200)).toEqual(created);
    expect((await call('GET', `/manage/features/${name}`, { as: superAdmin })).expectStatus(200)).toEqual(created);

    const user = await newFeature('admin');
    const projects = (await call('GET', '/manage/features?type=project', { as: superAdmin })).expectStatus(200) as { name: string; type: string }[];
    expect(projects.map((feature) => feature.name)).toContain(name);
    expect(projects.every((feature) => feature.type === 'project')).toBe(true);
    const admins = (await call('GET', '/manage/features?type=admin', { as: superAdmin })).expectStatus(200) as { name: string; type: string }[];
    expect(admins.map((feature) => feature.name)).toContain(user.name);
    expect(admins.every((feature) => feature.type === 'admin')).toBe(true);

    const duplicate = await call('POST', '/manage/features', { as: superAdmin, body });
    expect(duplicate.expectStatus(422)).toEqual({ error: expect.any(String) });
    expect((await call('POST', '/manage/features', { as: superAdmin, body: { ...body, name: unique('x'), type: 'organization' } })).status).toBe(422);

    const updated = (await call('PATCH', `/manage/features/${created.id}`, { as: superAdmin, body: { title: 'Renamed', canBeManageByAdmin: true } })).expectStatus(200);
    expect(updated).toEqual({ ...created, title: 'Renamed', canBeManageByAdmin: true });

    const removed = await call('DELETE', `/manage/features/${created.id}`, { as: superAdmin });
    expect(removed.status).toBe(204);
    expect(removed.body).toBeNull();
    expect((await call('GET', `/manage/features/${created.id}`, { as: superAdmin })).expectStatus(404)).toEqual({ error: expect.stringMatching(/not found/) });
    expect((await call('DELETE', `/manage/features/${created.id}`, { as: superAdmin })).status).toBe(404);
  });

  test('a normal user sees only the features admins manage via the API, and may not change the catalogue (403)', async () => {
    const { as } = await tenantWithProject();
    const visible = await newFeature('project');
    const hidden = await newFeature('project', { canBeManageByAdmin: false });
    const names = ((await call('GET', '/manage/features', { as })).expectStatus(200) as { name: string }[]).map((feature) => feature.name);
    expect(names).toContain(visible.name);
    expect(names).not.toContain(hidden.name);
    expect((await call('GET', `/manage/features/${hidden.id}`, { as })).status).toBe(404);
    const body = { name: unique('mine'), type: 'project', title: 't', description: 'd' };
    expect((await call('POST', '/manage/features', { as, body })).expectStatus(403)).toEqual({ error: "You don't have access to the resource." });
    expect((await call('PATCH', `/manage/features/${visible.id}`, { as, body: { title: 'x' } })).status).toBe(403);
    expect((await call('DELETE', `/manage/features/${visible.id}`, { as })).status).toBe(403);
  });

  test("whom a feature is switched on for: its projects ({id, name}) and admins ({id, name, email}), for the super admin only", async () => {
    const { tenant, as, project } = await tenantWithProject();
    const projectFeature = await newFeature('project');
    const userFeature = await newFeature('admin');
    expect((await call('POST', `/manage/projects/${project.id}/features`, { as, body: { feature: projectFeature.name } })).status).toBe(200);
    expect((await call('POST', `/manage/users/${encodeURIComponent(tenant.owner.email)}/features`, { as, body: { feature: userFeature.name } })).status).toBe(200);
    const owner = await database.prisma.user.findUniqueOrThrow({ where: { id: tenant.owner.userId } });

    expect((await call('GET', `/manage/features/${projectFeature.id}/projects`, { as: superAdmin })).expectStatus(200)).toEqual([{ id: project.id, name: project.name }]);
    expect((await call('GET', `/manage/features/${projectFeature.name}/admins`, { as: superAdmin })).expectStatus(200)).toEqual([]);
    expect((await call('GET', `/manage/features/${userFeature.id}/admins`, { as: superAdmin })).expectStatus(200)).toEqual([
      { id: owner.number, name: owner.name, email: owner.email },
    ]);
    expect((await call('GET', '/manage/features/999999999/projects', { as: superAdmin })).expectStatus(404)).toEqual({ error: 'Feature 999999999 not found' });

    const denied = { error: "You don't have access to the resource." };
    expect((await call('GET', `/manage/features/${projectFeature.id}/projects`, { as })).expectStatus(403)).toEqual(denied);
    expect((await call('GET', `/manage/features/${userFeature.id}/admins`, { as })).expectStatus(403)).toEqual(denied);
    // The reading super admin holds project:read but not member:read.
    expect((await call('GET', `/manage/features/${projectFeature.id}/projects`, { as: reader })).expectStatus(200)).toEqual([{ id: project.id, name: project.name }]);
    expect((await call('GET', `/manage/features/${userFeature.id}/admins`, { as: reader })).expectStatus(403)).toEqual(denied);
  });

  test('project features: added (200 Project), duplicate 422, not assignable via the API 422, unknown 404, removed (204)', async () => {
    const { as, project } = await tenantWithProject();
    const feature = await newFeature('project');
    const added = (await call('POST', `/manage/projects/${project.id}/features`, { as: superAdmin, body: { feature: feature.name } })).expectStatus(200);
    expect(added).toMatchObject({ id: project.id, features: [feature.name] });
    expect((await call('POST', `/manage/projects/${project.id}/features`, { as: superAdmin, body: { feature: feature.name } })).status).toBe(422);
    const locked = await newFeature('project', { canBeManagedViaAPI: false });
    expect((await call('POST', `/manage/projects/${project.id}/features`, { as: superAdmin, body: { feature: locked.name } })).status).toBe(422);
    expect((await call('POST', `/manage/projects/${project.id}/features`, { as: superAdmin, body: { feature: 'no-such-feature' } })).status).toBe(404);

    // The project's admin may switch features its admins manage, but not the others.
    const removed = await call('DELETE', `/manage/projects/${project.id}/features/${feature.name}`, { as });
    expect(removed.status).toBe(204);
    expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200).features).toEqual([]);
    const superOnly = await newFeature('project', { canBeManageByAdmin: false });
    expect((await call('POST', `/manage/projects/${project.id}/features`, { as, body: { feature: superOnly.name } })).status).toBe(404);
  });

  test('user features by id or e-mail: the super admin for anyone (200 user), a user for itself; duplicate 422; removed (204)', async () => {
    const { tenant, as } = await tenantWithProject();
    const feature = await newFeature('admin');
    const userNumber = (await call('GET', '/manage/tokens/verify', { as })).expectStatus(200).user.id as number;
    const added = (await call('POST', `/manage/users/${encodeURIComponent(tenant.owner.email)}/features`, { as: superAdmin, body: { feature: feature.name } })).expectStatus(200);
    expect(added).toEqual({ id: userNumber, name: expect.anything(), email: tenant.owner.email, features: [feature.name] });
    expect((await call('POST', `/manage/users/${userNumber}/features`, { as: superAdmin, body: { feature: feature.name } })).status).toBe(422);
    expect((await call('DELETE', `/manage/users/${userNumber}/features/${feature.name}`, { as })).status).toBe(204);

    expect((await call('POST', '/manage/users/nobody@example.test/features', { as: superAdmin, body: { feature: feature.name } })).expectStatus(404)).toEqual({
      error: 'Admin nobody@example.test not found',
    });
    const other = await tenant.addUser('MEMBER');
    expect((await call('POST', `/manage/users/${encodeURIComponent(other.email)}/features`, { as, body: { feature: feature.name } })).status).toBe(403);
    expect((await call('POST', `/manage/users/${encodeURIComponent(tenant.owner.email)}/features`, { as, body: { feature: feature.name } })).expectStatus(200)).toMatchObject({
      features: [feature.name],
    });
  });
});

describe('project templates', () => {
  test('listed and read (hasTryModeOn a boolean); hidden ones for the super admin only; unknown 404', async () => {
    const hidden = await database.prisma.projectTemplate.create({ data: { id: unique('hidden').replace('-', '_'), name: 'Hidden', hidden: true, hasTryModeOn: true } });
    const { as } = await tenantWithProject();
    const production = { id: 'production', name: 'Production', description: expect.any(String), expirationDays: null, billedMonthlyPrice: null, hasTryModeOn: false, defaultBackend: 'snowflake' };
    const listed = (await call('GET', '/manage/project-templates', { as })).expectStatus(200) as { id: string }[];
    expect(listed).toContainEqual(production);
    expect(listed.map((template) => template.id)).not.toContain(hidden.id);
    expect((await call('GET', '/manage/project-templates', { as: superAdmin })).expectStatus(200).map((template: { id: string }) => template.id)).toContain(hidden.id);
    expect((await call('GET', '/manage/project-templates/production', { as })).expectStatus(200)).toEqual(production);
    expect((await call('GET', `/manage/project-templates/${hidden.id}`, { as: superAdmin })).expectStatus(200)).toMatchObject({ id: hidden.id, hasTryModeOn: true });
    expect((await call('GET', `/manage/project-templates/${hidden.id}`, { as })).expectStatus(404)).toEqual({ error: `Project template ${hidden.id} not found` });
  });

  test('template features: added (201, no body), listed, refused for a user feature (422), removed (204); only for the super admin', async () => {
    const template = await database.prisma.projectTemplate.create({ data: { id: unique('tpl').replace('-', '_'), name: 'Template' } });
    const feature = await newFeature('project');
    const base = `/manage/project-templates/${template.id}/features`;
    const added = await call('POST', base, { as: superAdmin, body: { feature: feature.name } });
    expect(added.status).toBe(201);
    expect(added.body).toBeNull();
    const listed = (await call('GET', base, { as: superAdmin })).expectStatus(200);
    expect(listed).toEqual([expect.objectContaining({ id: feature.id, name: feature.name, type: 'project' })]);
    expect((await call('POST', base, { as: superAdmin, body: { feature: feature.name } })).status).toBe(422);
    const userFeature = await newFeature('admin');
    expect((await call('POST', base, { as: superAdmin, body: { feature: userFeature.name } })).status).toBe(422);

    const { as } = await tenantWithProject();
    expect((await call('POST', base, { as, body: { feature: feature.name } })).status).toBe(403);
    expect((await call('DELETE', `${base}/${feature.name}`, { as })).status).toBe(403);
    expect((await call('DELETE', `${base}/${feature.name}`, { as: superAdmin })).status).toBe(204);
    expect((await call('GET', base, { as: superAdmin })).expectStatus(200)).toEqual([]);
  });
});

describe('limits and disabling', () => {
  test('the super admin sets limits (200 Project, a map by name) and removes one (204); a project admin is refused (403)', async () => {
    const { as, project } = await tenantWithProject();
    const limits = [
      { name: 'kbc.adminsCount', value: 10 },
      { name: 'storage.dataSizeBytes', value: 50_000_000 },
    ];
    const set = (await call('POST', `/manage/projects/${project.id}/limits`, { as: superAdmin, body: { limits } })).expectStatus(200);
    expect(set).toMatchObject({
      id: project.id,
      limits: { 'kbc.adminsCount': { name: 'kbc.adminsCount', value: 10 }, 'storage.dataSizeBytes': { name: 'storage.dataSizeBytes', value: 50_000_000 } },
    });
    expect((await call('POST', `/manage/projects/${project.id}/limits`, { as, body: { limits } })).expectStatus(403)).toEqual({ error: expect.any(String) });
    expect((await call('DELETE', `/manage/projects/${project.id}/limits/kbc.adminsCount`, { as })).status).toBe(403);
    expect((await call('DELETE', `/manage/projects/${project.id}/limits/kbc.adminsCount`, { as: superAdmin })).status).toBe(204);
    expect((await call('DELETE', `/manage/projects/${project.id}/limits/kbc.adminsCount`, { as: superAdmin })).status).toBe(404);
    expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200).limits).toEqual({
      'storage.dataSizeBytes': { name: 'storage.dataSizeBytes', value: 50_000_000 },
    });
  });

  test('disabled with a reason and "+1 hour", then enabled again; a project admin is refused (403)', async () => {
    const { as, project } = await tenantWithProject();
    const before = Date.now();
    const disabled = (
      await call('POST', `/manage/projects/${project.id}/disabled`, { as: superAdmin, body: { isDisabled: true, disableReason: 'Maintenance', estimatedEndTime: '+1 hour' } })
    ).expectStatus(200);
    expect(disabled).toMatchObject({ id: project.id, isDisabled: true, disabled: { reason: 'Maintenance', estimatedEndTime: expect.stringMatching(KEBOOLA_TIME) } });
    const end = Date.parse(disabled.disabled.estimatedEndTime.replace('+0000', 'Z'));
    expect(end - before).toBeGreaterThanOrEqual(3_599_000);
    expect(end - before).toBeLessThan(3_700_000);

    expect((await call('POST', `/manage/projects/${project.id}/disabled`, { as, body: { isDisabled: false } })).status).toBe(403);
    const enabled = (await call('POST', `/manage/projects/${project.id}/disabled`, { as: superAdmin, body: { isDisabled: false } })).expectStatus(200);
    expect(enabled.isDisabled).toBe(false);
    expect(enabled).not.toHaveProperty('disabled');

    const until = '2030-01-01T10:00:00+0000';
    const withTime = (await call('POST', `/manage/projects/${project.id}/disabled`, { as: superAdmin, body: { isDisabled: true, estimatedEndTime: until } })).expectStatus(200);
    expect(withTime.disabled.estimatedEndTime).toBe(until);
    expect((await call('POST', `/manage/projects/${project.id}/disabled`, { as: superAdmin, body: { isDisabled: true, estimatedEndTime: 'whenever' } })).status).toBe(400);
  });

  test('an operator token without organization:read: the change is made, and the answer says what the token lacks (403, not a retried 500)', async () => {
    const { as, project } = await tenantWithProject();
    const { operatorToken } = await insertOperatorToken(database.prisma, unique('narrow'), ['platform:write', 'project:read']);
    rememberSecrets(operatorToken.token);
    const body = { limits: [{ name: 'kbc.adminsCount', value: 3 }] };
    const refused = await call('POST', `/manage/projects/${project.id}/limits`, { as: keboola(operatorToken.token), body });
    expect(refused.expectStatus(403)).toEqual({ error: expect.stringContaining('organization:read') });
    expect((await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200).limits).toEqual({ 'kbc.adminsCount': { name: 'kbc.adminsCount', value: 3 } });
  });

  test('estimatedEndTime as PHP strtotime takes it', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(estimatedEnd('+1 hour', now)).toBe('2026-01-01T01:00:00.000Z');
    expect(estimatedEnd('+2 days', now)).toBe('2026-01-03T00:00:00.000Z');
    expect(estimatedEnd('30 minutes', now)).toBe('2026-01-01T00:30:00.000Z');
    expect(estimatedEnd('2026-05-01T12:00:00+0200', now)).toBe('2026-05-01T10:00:00.000Z');
  });
});

describe('deleted projects', () => {
  test('listed and read by the super admin, undeleted (204), purged (200 commandExecutionId) and polled until isPurged', async () => {
    const { as, organizationNumber, project } = await tenantWithProject();
    expect((await call('DELETE', `/manage/projects/${project.id}`, { as })).status).toBe(204);

    const listed = (await call('GET', `/manage/deleted-projects?organizationId=${organizationNumber}`, { as: reader })).expectStatus(200);
    expect(listed).toEqual([
      expect.objectContaining({
        id: project.id,
        name: project.name,
        isDeleted: true,
        isPurged: false,
        deletedTime: expect.stringMatching(KEBOOLA_TIME),
        purgedTime: null,
        organization: expect.objectContaining({ id: organizationNumber }),
      }),
    ]);
    expect((await call('GET', `/manage/deleted-projects?organizationId=${organizationNumber}&offset=1`, { as: reader })).expectStatus(200)).toEqual([]);
    expect((await call('GET', `/manage/deleted-projects?organizationId=${organizationNumber}&name=nothing-like-it`, { as: reader })).expectStatus(200)).toEqual([]);
    expect((await call('GET', `/manage/deleted-projects/${project.id}`, { as: reader })).expectStatus(200)).toEqual(listed[0]);

    // Undeleted: live again, and no longer a deleted project.
    expect((await call('DELETE', `/manage/deleted-projects/${project.id}?expirationDays=5`, { as: superAdmin })).status).toBe(204);
    const live = (await call('GET', `/manage/projects/${project.id}`, { as })).expectStatus(200);
    expect(Date.parse(live.expires.replace('+0000', 'Z')) - Date.now()).toBeGreaterThan(4 * 86_400_000);
    expect((await call('GET', `/manage/deleted-projects/${project.id}`, { as: reader })).status).toBe(404);
    expect((await call('DELETE', `/manage/deleted-projects/${project.id}`, { as: superAdmin })).expectStatus(400)).toEqual({ error: expect.any(String) });
    expect((await call('POST', `/manage/deleted-projects/${project.id}/purge`, { as: superAdmin, body: {} })).status).toBe(400);

    // Deleted again, then purged in the background.
    expect((await call('DELETE', `/manage/projects/${project.id}`, { as })).status).toBe(204);
    const purge = (await call('POST', `/manage/deleted-projects/${project.id}/purge`, { as: superAdmin, body: { ignoreBackendErrors: false } })).expectStatus(200);
    expect(purge).toEqual({ commandExecutionId: expect.any(String) });
    expect((await call('GET', `/manage/deleted-projects/${project.id}`, { as: reader })).expectStatus(200)).toMatchObject({ isPurged: false });
    let polled: { isPurged: boolean; purgedTime: string | null } | undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      await worker.runDueJobs();
      polled = (await call('GET', `/manage/deleted-projects/${project.id}`, { as: reader })).expectStatus(200);
      if (polled!.isPurged) break;
    }
    expect(polled).toMatchObject({ isDeleted: true, isPurged: true, purgedTime: expect.stringMatching(KEBOOLA_TIME) });
    expect((await call('DELETE', `/manage/deleted-projects/${project.id}`, { as: superAdmin })).status).toBe(400);
  });

  test('a normal user is refused (403); an unknown project is 404', async () => {
    const { as, project } = await tenantWithProject();
    expect((await call('DELETE', `/manage/projects/${project.id}`, { as })).status).toBe(204);
    expect((await call('GET', '/manage/deleted-projects', { as })).status).toBe(403);
    expect((await call('GET', `/manage/deleted-projects/${project.id}`, { as })).status).toBe(403);
    expect((await call('DELETE', `/manage/deleted-projects/${project.id}`, { as })).status).toBe(403);
    expect((await call('POST', `/manage/deleted-projects/${project.id}/purge`, { as, body: {} })).status).toBe(403);
    expect((await call('GET', '/manage/deleted-projects/999999999', { as: reader })).status).toBe(404);
    expect((await call('GET', '/manage/deleted-projects?organizationId=999999999', { as: reader })).expectStatus(400)).toEqual({
      error: 'Organization "999999999" not found',
    });
    expect((await call('DELETE', '/manage/deleted-projects/999999999', { as: superAdmin })).status).toBe(404);
    // Undeleting needs platform:write: the reader may only look.
    expect((await call('DELETE', `/manage/deleted-projects/${project.id}`, { as: reader })).status).toBe(403);
  });
});

describe('storage tokens', () => {
  test("the project's admin mints a token (201) whose secret is shown once; a viewer is refused (403)", async () => {
    const { tenant, as, project } = await tenantWithProject();
    const body = { description: 'Loader', canManageBuckets: false, canReadAllFileUploads: true, expiresIn: 3600, bucketPermissions: { 'in.c-main': 'read' }, componentAccess: ['keboola.ex-db-snowflake'] };
    const created = (await call('POST', `/manage/projects/${project.id}/tokens`, { as, body })).expectStatus(201);
    expect(created).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      token: expect.any(String),
      description: 'Loader',
      created: expect.stringMatching(KEBOOLA_TIME),
      expires: expect.stringMatching(KEBOOLA_TIME),
      isMasterToken: false,
      canManageBuckets: false,
      canReadAllFileUploads: true,
      canPurgeTrash: false,
      canManageTokens: false,
      isExpired: false,
      isDisabled: false,
      bucketPermissions: { 'in.c-main': 'read' },
      componentAccess: ['keboola.ex-db-snowflake'],
    });
    // It is a Storage API token: the Manage API refuses it.
    expect((await call('GET', '/manage/tokens/verify', keboola(created.token))).status).toBe(401);

    const stored = await database.prisma.project.findFirstOrThrow({ where: { number: project.id } });
    const viewer = await tenant.addProjectUser(stored.id, 'VIEWER');
    expect((await call('POST', `/manage/projects/${project.id}/tokens`, { as: keboola(viewer.token), body })).expectStatus(403)).toEqual({
      error: 'Action is restricted for your role',
    });
    const stranger = await createTenant(database);
    expect((await call('POST', `/manage/projects/${project.id}/tokens`, { as: keboola(stranger.owner.token), body })).expectStatus(403)).toEqual({
      error: `You don't have access to project ${project.id}`,
    });
    expect((await call('POST', `/manage/projects/${project.id}/tokens`, { as, body: { ...body, bucketPermissions: { 'in.c-main': 'own' } } })).status).toBe(400);
  });
});

describe('metadata', () => {
  test('projects and organizations: set (201, all entries), listed, upserted by provider and key, deleted (204); system entries are the super admin\'s', async () => {
    const { as, organizationNumber, project } = await tenantWithProject();
    for (const base of [`/manage/projects/${project.id}/metadata`, `/manage/organizations/${organizationNumber}/metadata`]) {
      const set = (await call('POST', base, { as, body: { provider: 'user', metadata: [{ key: 'owner', value: 'data-team' }, { key: 'tier', value: 'gold' }] } })).expectStatus(201);
      expect(set).toEqual([
        { id: expect.any(Number), provider: 'user', key: 'owner', value: 'data-team', timestamp: expect.stringMatching(KEBOOLA_TIME) },
        { id: expect.any(Number), provider: 'user', key: 'tier', value: 'gold', timestamp: expect.stringMatching(KEBOOLA_TIME) },
      ]);
      const upserted = (await call('POST', base, { as, body: { provider: 'user', metadata: [{ key: 'tier', value: 'silver' }] } })).expectStatus(201);
      expect(upserted).toEqual([set[0], { ...set[1], value: 'silver', timestamp: expect.stringMatching(KEBOOLA_TIME) }]);
      expect((await call('POST', base, { as, body: { provider: 'system', metadata: [{ key: 'k', value: 'v' }] } })).status).toBe(403);
      const system = (await call('POST', base, { as: superAdmin, body: { provider: 'system', metadata: [{ key: 'k', value: 'v' }] } })).expectStatus(201);
      expect(system).toEqual([...upserted, expect.objectContaining({ provider: 'system', key: 'k', value: 'v' })]);

      expect((await call('GET', base, { as })).expectStatus(200)).toEqual(system);
      const deleted = await call('DELETE', `${base}/${set[0].id}`, { as });
      expect(deleted.status).toBe(204);
      expect(((await call('GET', base, { as })).expectStatus(200) as { key: string }[]).map((entry) => entry.key)).not.toContain('owner');
    }
    expect((await call('POST', `/manage/projects/${project.id}/metadata`, { as, body: { provider: 'other', metadata: [] } })).status).toBe(400);
  });

  test('maintainers: its members and the super admin; strangers get 403', async () => {
    const { tenant } = await tenantWithProject();
    const maintainer = await database.prisma.maintainer.create({ data: { id: newId('Maintainer'), name: unique('Maintainer') } });
    await database.prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: maintainer.id, userId: tenant.owner.userId } });
    const as = keboola(tenant.owner.token);
    const base = `/manage/maintainers/${maintainer.number}/metadata`;
    const set = (await call('POST', base, { as, body: { provider: 'user', metadata: [{ key: 'zone', value: 'eu' }] } })).expectStatus(201);
    expect(set).toEqual([{ id: expect.any(Number), provider: 'user', key: 'zone', value: 'eu', timestamp: expect.stringMatching(KEBOOLA_TIME) }]);
    expect((await call('GET', base, { as })).expectStatus(200)).toEqual(set);
    const stranger = keboola((await createTenant(database)).owner.token);
    expect((await call('GET', base, { as: stranger })).status).toBe(403);
    expect((await call('DELETE', `${base}/${set[0].id}`, { as: stranger })).status).toBe(403);
    expect((await call('DELETE', `${base}/${set[0].id}`, { as })).status).toBe(204);
    expect((await call('GET', base, { as })).expectStatus(200)).toEqual([]);
  });

  test('an entry deleted through a path of another object is 404 and stays; through its own, it goes', async () => {
    const { tenant, as, organizationNumber, project } = await tenantWithProject();
    const sibling = (await call('POST', `/manage/organizations/${organizationNumber}/projects`, { as, body: { name: unique('Sibling') } })).expectStatus(201);
    const entry = { provider: 'user', metadata: [{ key: 'owner', value: 'data-team' }] };
    const [onProject] = (await call('POST', `/manage/projects/${project.id}/metadata`, { as, body: entry })).expectStatus(201);
    const [onOrganization] = (await call('POST', `/manage/organizations/${organizationNumber}/metadata`, { as, body: entry })).expectStatus(201);
    const [onUser] = (await call('POST', `/manage/users/${encodeURIComponent(tenant.owner.email)}/metadata`, { as, body: entry })).expectStatus(201);
    const notFound = (id: number) => ({ error: `Metadata ${id} not found` });

    expect((await call('DELETE', `/manage/projects/${sibling.id}/metadata/${onProject.id}`, { as })).expectStatus(404)).toEqual(notFound(onProject.id));
    expect((await call('DELETE', `/manage/organizations/${organizationNumber}/metadata/${onProject.id}`, { as })).expectStatus(404)).toEqual(notFound(onProject.id));
    expect((await call('DELETE', `/manage/projects/${project.id}/metadata/${onOrganization.id}`, { as })).expectStatus(404)).toEqual(notFound(onOrganization.id));
    expect((await call('DELETE', `/manage/users/${tenant.owner.userId}/metadata/${onOrganization.id}`, { as })).expectStatus(404)).toEqual(notFound(onOrganization.id));
    expect((await call('DELETE', `/manage/organizations/${organizationNumber}/metadata/${onUser.id}`, { as })).expectStatus(404)).toEqual(notFound(onUser.id));
    expect((await call('DELETE', `/manage/projects/${project.id}/metadata/999999999`, { as })).expectStatus(404)).toEqual(notFound(999999999));
    // Another tenant's project is refused as every path of it is.
    const stranger = keboola((await createTenant(database)).owner.token);
    expect((await call('DELETE', `/manage/projects/${project.id}/metadata/${onProject.id}`, { as: stranger })).expectStatus(403)).toEqual({
      error: `You don't have access to project ${project.id}`,
    });
    expect((await call('GET', `/manage/projects/${project.id}/metadata`, { as })).expectStatus(200)).toEqual([onProject]);
    expect((await call('GET', `/manage/organizations/${organizationNumber}/metadata`, { as })).expectStatus(200)).toEqual([onOrganization]);
    expect((await call('GET', `/manage/users/${tenant.owner.userId}/metadata`, { as })).expectStatus(200)).toEqual([onUser]);

    expect((await call('DELETE', `/manage/projects/${project.id}/metadata/${onProject.id}`, { as })).status).toBe(204);
    expect((await call('DELETE', `/manage/users/${encodeURIComponent(tenant.owner.email)}/metadata/${onUser.id}`, { as })).status).toBe(204);
    expect((await call('GET', `/manage/projects/${project.id}/metadata`, { as })).expectStatus(200)).toEqual([]);
  });
});
