// Keboola's clients replay every 5xx and network error (compat/keboola.md §1): no route may answer a
// 5xx after its change was committed. Every route that changes something runs here over real HTTP
// against a database lost the moment its transaction commits, and must answer as it does when nothing
// fails; against one lost between its change and the commit, and must leave nothing changed. What a
// creation replayed after its success does (the answer lost on the network) is pinned at the end.
import { getOperationAST, parse } from 'graphql';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { insertOperatorToken, insertPersonalAccessToken } from '../../src/access/issue.js';
import { newId } from '../../src/db/ids.js';
import { findOrCreateUser } from '../../src/modules/user/service.js';
import { keboola } from '../../src/rest/keboola/dialect.js';
import type { RestRoute } from '../../src/rest/route.js';
import { testEnvironment } from '../support/environment.js';
import { outageAfterCommit } from '../support/outage.js';
import { restClient, type RestResponse } from '../support/rest.js';
import { rememberSecrets } from '../support/secrets.js';
import { createTenant, unique } from '../support/tenant.js';

const outage = outageAfterCommit();
const { database, gateway } = await testEnvironment({ http: true }, { wrapAdapter: outage.wrap });
const call = restClient(gateway);

type As = { headers: Record<string, string> };
const as = (token: string): As => ({ headers: { 'x-kbc-manageapitoken': token } });
let superAdmin: As;
/** Everyone who calls here, as the audit log names them: what they changed is counted by it. */
const actors = new Set<string>();

beforeAll(async () => {
  const { operatorToken } = await insertOperatorToken(database.prisma, unique('super'), ['*']);
  rememberSecrets(operatorToken.token);
  superAdmin = as(operatorToken.token);
  actors.add(operatorToken.id);
});

const changesMade = () => database.prisma.auditEvent.count({ where: { actorId: { in: [...actors] } } });

/** The organizations made here: the purges requested in them are dropped, not left due for other files' workers (PostgreSQL is shared). */
const organizations = new Set<string>();
afterEach(async () => {
  await database.prisma.job.deleteMany({ where: { organizationId: { in: [...organizations] }, runAt: { lte: new Date() } } });
});

/** One call of a route: its path parameters, body, query string and caller. */
interface Request {
  caller: As;
  params?: Record<string, string | number>;
  body?: unknown;
  query?: string;
}

function pathOf(route: RestRoute, { params = {}, query }: Request): string {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`${route.operationId}: no value for :${name}`);
    return encodeURIComponent(String(params[name]));
  });
  return `/manage${path}${query ? `?${query}` : ''}`;
}

const send = (route: RestRoute, request: Request): Promise<RestResponse> =>
  call(route.method, pathOf(route, request), { as: request.caller, body: request.body });

/** A call made only to set the scene, which must succeed. */
async function ok(method: string, path: string, caller: As, body?: unknown) {
  const response = await call(method, `/manage${path}`, { as: caller, body });
  if (response.status >= 300) throw new Error(`${method} ${path}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

// The scene: tenants, users, maintainers, projects and what hangs on them.

async function userWithToken() {
  return database.prisma.$transaction(async (tx) => {
    const email = `${unique('user')}@example.test`;
    const user = await findOrCreateUser(tx, email);
    const { token } = await insertPersonalAccessToken(tx, { userId: user.id, name: 'test' });
    rememberSecrets(token);
    actors.add(user.id);
    return { userId: user.id, email, as: as(token) };
  });
}

async function tenant() {
  const created = await createTenant(database);
  actors.add(created.owner.userId);
  organizations.add(created.organizationId);
  const caller = as(created.owner.token);
  const organization = (await ok('GET', '/organizations', caller))[0].id as number;
  return { ...created, caller, organization };
}

async function tenantWithProject() {
  const scene = await tenant();
  const project = (await ok('POST', `/organizations/${scene.organization}/projects`, scene.caller, { name: unique('Project') })).id as number;
  return { ...scene, project };
}

async function maintainer(memberIds: string[] = []) {
  const created = await database.prisma.maintainer.create({ data: { id: newId('Maintainer'), name: unique('Maintainer') } });
  for (const userId of memberIds) await database.prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: created.id, userId } });
  return created.number;
}

/** A project in an organization with a maintainer whose member may only ask to join it. */
async function outsider() {
  const scene = await tenantWithProject();
  const requester = await userWithToken();
  const maintainerId = (await database.prisma.maintainer.findUniqueOrThrow({ where: { number: await maintainer([requester.userId]) } })).id;
  await database.prisma.organization.update({ where: { id: scene.organizationId }, data: { maintainerId, allowAutoJoin: false } });
  return { ...scene, requester };
}

async function joinRequest() {
  const scene = await outsider();
  const request = (await ok('POST', `/projects/${scene.project}/request-access`, scene.requester.as, { reason: 'debugging' })).id as number;
  return { ...scene, request };
}

async function feature(type: 'admin' | 'project') {
  const body = { name: unique(`${type}-feature`), type, title: 'A feature', description: 'What it does', canBeManageByAdmin: true, canBeManagedViaAPI: true };
  return (await ok('POST', '/features', superAdmin, body)) as { id: number; name: string };
}

async function template() {
  return (await database.prisma.projectTemplate.create({ data: { id: unique('tpl').replace('-', '_'), name: 'Template' } })).id;
}

async function projectMember() {
  const scene = await tenantWithProject();
  const email = `${unique('colleague')}@example.test`;
  await ok('POST', `/projects/${scene.project}/users`, scene.caller, { email, role: 'guest' });
  return { ...scene, email };
}

async function deletedProject() {
  const scene = await tenantWithProject();
  await ok('DELETE', `/projects/${scene.project}`, scene.caller);
  return scene;
}

const metadataBody = { provider: 'user', metadata: [{ key: 'owner', value: 'data team' }] };

type MetadataOwner = 'maintainer' | 'organization' | 'project' | 'user';

/** Setting metadata on a fresh object of its owner's kind, as the object's OWNER (or the user itself). */
async function metadataSet(owner: MetadataOwner): Promise<Request> {
  const scene = await tenantWithProject();
  const ids = { organization: scene.organization, project: scene.project, user: scene.owner.email };
  const id = owner === 'maintainer' ? await maintainer([scene.owner.userId]) : ids[owner];
  return { caller: scene.caller, params: { id }, body: metadataBody };
}

async function metadataEntry(owner: MetadataOwner): Promise<Request> {
  const set = await metadataSet(owner);
  const [entry] = (await ok('POST', `/${owner}s/${encodeURIComponent(set.params!.id!)}/metadata`, set.caller, metadataBody)) as { id: number }[];
  return { caller: set.caller, params: { ...set.params, metadataId: entry!.id } };
}

async function invitation(place: 'project' | 'organization' | 'maintainer') {
  const scene = await tenantWithProject();
  const invitee = await userWithToken();
  const id = place === 'project' ? scene.project : place === 'organization' ? scene.organization : await maintainer([scene.owner.userId]);
  const body = place === 'project' ? { email: invitee.email, role: 'readOnly' } : { email: invitee.email };
  const invited = (await ok('POST', `/${place}s/${id}/invitations`, scene.caller, body)).id as number;
  return { ...scene, invitee, place: id, invitation: invited };
}

/** A fresh scene and the call to make in it, for each route that changes something (by operationId). */
const scenarios: Record<string, () => Promise<Request>> = {
  createMaintainer: async () => ({ caller: superAdmin, body: { name: unique('Maintainer'), zendeskUrl: 'https://help.example.test' } }),
  updateMaintainer: async () => ({ caller: superAdmin, params: { id: await maintainer() }, body: { name: unique('Renamed') } }),
  deleteMaintainer: async () => ({ caller: superAdmin, params: { id: await maintainer() } }),
  addUserToMaintainer: async () => ({ caller: superAdmin, params: { id: await maintainer() }, body: { email: `${unique('member')}@example.test` } }),
  removeUserFromMaintainer: async () => {
    const [stays, leaves] = [await userWithToken(), await userWithToken()];
    return { caller: superAdmin, params: { id: await maintainer([stays.userId, leaves.userId]), user: leaves.email } };
  },
  createOrganization: async () => ({ caller: superAdmin, params: { id: await maintainer() }, body: { name: unique('Org'), crmId: 'crm-1' } }),
  updateOrganization: async () => {
    const scene = await tenant();
    return { caller: scene.caller, params: { id: scene.organization }, body: { name: unique('Org'), allowAutoJoin: 0 } };
  },
  deleteOrganization: async () => {
    const scene = await tenant();
    return { caller: scene.caller, params: { id: scene.organization } };
  },
  createProject: async () => {
    const scene = await tenant();
    return { caller: scene.caller, params: { id: scene.organization }, body: { name: unique('Project'), type: 'poc15Days' } };
  },
  addUserToOrganization: async () => {
    const scene = await tenant();
    return { caller: scene.caller, params: { id: scene.organization }, body: { email: `${unique('admin')}@example.test` } };
  },
  removeUserFromOrganization: async () => {
    const scene = await tenant();
    const member = await scene.addUser('MEMBER');
    return { caller: scene.caller, params: { id: scene.organization, user: member.email } };
  },
  updateProject: async () => {
    const scene = await tenantWithProject();
    return { caller: scene.caller, params: { id: scene.project }, body: { name: unique('Renamed'), description: 'renamed' } };
  },
  deleteProject: async () => {
    const scene = await tenantWithProject();
    return { caller: scene.caller, params: { id: scene.project } };
  },
  addUserToProject: async () => {
    const scene = await tenantWithProject();
    return { caller: scene.caller, params: { id: scene.project }, body: { email: `${unique('colleague')}@example.test`, role: 'guest', reason: 'audit' } };
  },
  updateUserProjectMembership: async () => {
    const scene = await projectMember();
    return { caller: scene.caller, params: { id: scene.project, user: scene.email }, body: { role: 'share' } };
  },
  removeUserFromProject: async () => {
    const scene = await projectMember();
    return { caller: scene.caller, params: { id: scene.project, user: scene.email } };
  },
  changeProjectOrganization: async () => {
    const scene = await tenantWithProject();
    const target = (await ok('POST', `/maintainers/${await maintainer([scene.owner.userId])}/organizations`, scene.caller, { name: unique('Target') })).id as number;
    return { caller: scene.caller, params: { id: scene.project }, body: { organizationId: target } };
  },
  inviteUserToProject: async () => {
    const scene = await tenantWithProject();
    return { caller: scene.caller, params: { id: scene.project }, body: { email: `${unique('invitee')}@example.test`, role: 'share', reason: 'help' } };
  },
  cancelProjectInvitation: async () => {
    const scene = await invitation('project');
    return { caller: scene.caller, params: { id: scene.place, invitationId: scene.invitation } };
  },
  inviteUserToOrganization: async () => {
    const scene = await tenant();
    return { caller: scene.caller, params: { id: scene.organization }, body: { email: `${unique('invitee')}@example.test` } };
  },
  cancelOrganizationInvitation: async () => {
    const scene = await invitation('organization');
    return { caller: scene.caller, params: { id: scene.place, invitationId: scene.invitation } };
  },
  inviteUserToMaintainer: async () => {
    const scene = await tenant();
    return { caller: scene.caller, params: { id: await maintainer([scene.owner.userId]) }, body: { email: `${unique('invitee')}@example.test` } };
  },
  cancelMaintainerInvitation: async () => {
    const scene = await invitation('maintainer');
    return { caller: scene.caller, params: { id: scene.place, invitationId: scene.invitation } };
  },
  acceptMyProjectInvitation: async () => {
    const scene = await invitation('project');
    return { caller: scene.invitee.as, params: { invitationId: scene.invitation }, body: {} };
  },
  declineMyProjectInvitation: async () => {
    const scene = await invitation('project');
    return { caller: scene.invitee.as, params: { invitationId: scene.invitation } };
  },
  acceptMyOrganizationInvitation: async () => {
    const scene = await invitation('organization');
    return { caller: scene.invitee.as, params: { invitationId: scene.invitation }, body: {} };
  },
  declineMyOrganizationInvitation: async () => {
    const scene = await invitation('organization');
    return { caller: scene.invitee.as, params: { invitationId: scene.invitation } };
  },
  acceptMyMaintainerInvitation: async () => {
    const scene = await invitation('maintainer');
    return { caller: scene.invitee.as, params: { invitationId: scene.invitation }, body: {} };
  },
  declineMyMaintainerInvitation: async () => {
    const scene = await invitation('maintainer');
    return { caller: scene.invitee.as, params: { invitationId: scene.invitation } };
  },
  joinProject: async () => {
    const scene = await tenantWithProject();
    const member = await scene.addUser('MEMBER');
    actors.add(member.userId);
    return { caller: as(member.token), params: { id: scene.project }, body: { reason: 'on call', expirationSeconds: 600 } };
  },
  requestAccessToProject: async () => {
    const scene = await outsider();
    return { caller: scene.requester.as, params: { id: scene.project }, body: { reason: 'debugging', expirationSeconds: 7200 } };
  },
  approveProjectJoinRequest: async () => {
    const scene = await joinRequest();
    return { caller: scene.caller, params: { id: scene.project, joinRequestId: scene.request }, body: {} };
  },
  rejectProjectJoinRequest: async () => {
    const scene = await joinRequest();
    return { caller: scene.caller, params: { id: scene.project, joinRequestId: scene.request } };
  },
  deleteMyProjectJoinRequest: async () => {
    const scene = await joinRequest();
    return { caller: scene.requester.as, params: { joinRequestId: scene.request } };
  },
  createFeature: async () => ({
    caller: superAdmin,
    body: { name: unique('feature'), type: 'project', title: 'A feature', description: 'What it does', canBeManageByAdmin: true, canBeManagedViaAPI: true },
  }),
  updateFeature: async () => ({ caller: superAdmin, params: { id: (await feature('project')).id }, body: { title: 'Renamed', canBeManageByAdmin: false } }),
  removeFeature: async () => ({ caller: superAdmin, params: { id: (await feature('project')).id } }),
  addProjectFeature: async () => {
    const scene = await tenantWithProject();
    return { caller: scene.caller, params: { id: scene.project }, body: { feature: (await feature('project')).name } };
  },
  removeProjectFeature: async () => {
    const scene = await tenantWithProject();
    const { name } = await feature('project');
    await ok('POST', `/projects/${scene.project}/features`, scene.caller, { feature: name });
    return { caller: scene.caller, params: { id: scene.project, feature: name } };
  },
  addUserFeature: async () => {
    const user = await userWithToken();
    return { caller: superAdmin, params: { user: user.email }, body: { feature: (await feature('admin')).name } };
  },
  removeUserFeature: async () => {
    const user = await userWithToken();
    const { name } = await feature('admin');
    await ok('POST', `/users/${encodeURIComponent(user.email)}/features`, superAdmin, { feature: name });
    return { caller: superAdmin, params: { user: user.email, feature: name } };
  },
  addProjectTemplateFeature: async () => ({ caller: superAdmin, params: { templateId: await template() }, body: { feature: (await feature('project')).name } }),
  removeProjectTemplateFeature: async () => {
    const [templateId, { name }] = [await template(), await feature('project')];
    await ok('POST', `/project-templates/${templateId}/features`, superAdmin, { feature: name });
    return { caller: superAdmin, params: { templateId, feature: name } };
  },
  setProjectLimits: async () => ({ caller: superAdmin, params: { id: (await tenantWithProject()).project }, body: { limits: [{ name: 'kbc.adminsCount', value: 10 }] } }),
  removeProjectLimit: async () => {
    const { project } = await tenantWithProject();
    await ok('POST', `/projects/${project}/limits`, superAdmin, { limits: [{ name: 'kbc.adminsCount', value: 10 }] });
    return { caller: superAdmin, params: { id: project, limitName: 'kbc.adminsCount' } };
  },
  setProjectDisabled: async () => ({
    caller: superAdmin,
    params: { id: (await tenantWithProject()).project },
    body: { isDisabled: true, disableReason: 'Maintenance', estimatedEndTime: '+1 hour' },
  }),
  undeleteProject: async () => ({ caller: superAdmin, params: { id: (await deletedProject()).project }, query: 'expirationDays=30' }),
  purgeDeletedProject: async () => ({ caller: superAdmin, params: { id: (await deletedProject()).project }, body: {} }),
  createProjectStorageToken: async () => {
    const scene = await tenantWithProject();
    return { caller: scene.caller, params: { id: scene.project }, body: { description: 'loader', canReadAllFileUploads: true, expiresIn: 3600 } };
  },
  setMaintainerMetadata: () => metadataSet('maintainer'),
  deleteMaintainerMetadata: () => metadataEntry('maintainer'),
  setOrganizationMetadata: () => metadataSet('organization'),
  deleteOrganizationMetadata: () => metadataEntry('organization'),
  setProjectMetadata: () => metadataSet('project'),
  deleteProjectMetadata: () => metadataEntry('project'),
  setUserMetadata: () => metadataSet('user'),
  deleteUserMetadata: () => metadataEntry('user'),
};

const KEBOOLA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;

/** A body with what differs from one scene to the next (ids, times, unique names, secrets) replaced by placeholders. */
function alike(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => alike(item));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, alike(item, name)]));
  if (key === 'id' || key.endsWith('Id')) return '<id>';
  if (typeof value !== 'string') return value;
  return value
    .replace(KEBOOLA_TIME, '<time>')
    .replace(/stw_\w+/g, '<secret>')
    .replace(/-[0-9a-f]{8}\b/g, '-<unique>');
}

const changing = keboola.routes.filter((route) => route.method !== 'GET');

test('every route that changes something has a scenario here, and every GET route only reads', () => {
  expect(Object.keys(scenarios).sort()).toEqual(changing.map((route) => route.operationId).sort());
  const anyId = new Proxy({}, { get: () => '1' });
  for (const route of keboola.routes.filter((candidate) => candidate.method === 'GET')) {
    const query = route.query?.safeParse({});
    const call = { params: anyId, query: query?.success ? query.data : {}, body: undefined, principal: null as never, headers: new Headers(), url: new URL('http://steward.test/') };
    const document = route.operation(call);
    expect(getOperationAST(parse(String(document.document)))?.operation, route.operationId).toBe('query');
  }
});

test.each(changing.map((route) => [route.operationId, route] as const))(
  '%s answers as usual when the database is lost right after its commit',
  async (_operationId, route) => {
    const usual = await send(route, await scenarios[route.operationId]!());
    expect(usual.status, JSON.stringify(usual.body)).toBe(route.status ?? 200);

    const request = await scenarios[route.operationId]!();
    outage.arm();
    let response: RestResponse;
    try {
      response = await send(route, request);
      // It committed (a route that changes nothing would prove nothing), and the database then refused everything.
      expect(outage.tripped, 'the route committed a change').toBe(true);
    } finally {
      outage.restore();
    }
    expect(response.status, JSON.stringify(response.body)).toBe(usual.status);
    expect(alike(response.body)).toEqual(alike(usual.body));
    expect(gateway.internalErrors).toEqual([]);
  },
);

test.each(changing.map((route) => [route.operationId, route] as const))(
  '%s: a database lost between the change and its commit leaves nothing changed, and the replay makes the change',
  async (_operationId, route) => {
    const request = await scenarios[route.operationId]!();
    const before = await changesMade();
    outage.arm('change');
    let failed: RestResponse;
    try {
      failed = await send(route, request);
      expect(outage.tripped, 'the route made a change').toBe(true);
    } finally {
      outage.restore();
    }
    // Keboola's client replays a 5xx: it must mean that nothing was committed.
    expect(failed.status, JSON.stringify(failed.body)).toBe(503);
    expect(await changesMade()).toBe(before);
    const replayed = await send(route, request);
    expect(replayed.status, JSON.stringify(replayed.body)).toBe(route.status ?? 200);
    expect(await changesMade()).toBeGreaterThan(before);
    expect(gateway.internalErrors).toEqual([]);
  },
);

/**
 * A creation sent again after it succeeded (the answer lost on its way back, say), as Keboola
 * answers it: most make a second object, as Keboola's do; those Keboola refuses as duplicates refuse.
 */
const REPLAYED_CREATION: Record<string, number> = {
  createMaintainer: 201,
  createOrganization: 201,
  createProject: 201,
  createProjectStorageToken: 201,
  inviteUserToProject: 400,
  inviteUserToOrganization: 400,
  inviteUserToMaintainer: 400,
  requestAccessToProject: 400,
  createFeature: 422,
  addProjectTemplateFeature: 422,
  setMaintainerMetadata: 201,
  setOrganizationMetadata: 201,
  setProjectMetadata: 201,
  setUserMetadata: 201,
};

test('a creation replayed after its success answers as Keboola does', async () => {
  const creations = keboola.routes.filter((route) => route.status === 201);
  expect(Object.keys(REPLAYED_CREATION).sort()).toEqual(creations.map((route) => route.operationId).sort());
  const answers: Record<string, number> = {};
  for (const route of creations) {
    const request = await scenarios[route.operationId]!();
    const first = await send(route, request);
    expect(first.status).toBe(201);
    const replayed = await send(route, request);
    answers[route.operationId] = replayed.status;
    // Metadata is set by key: the replay sets the same entry again.
    if (route.operationId.endsWith('Metadata')) expect(alike(replayed.body)).toEqual(alike(first.body));
  }
  expect(answers).toEqual(REPLAYED_CREATION);
});
