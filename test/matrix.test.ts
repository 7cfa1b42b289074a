// The authorization matrix: every root field of the schema × every kind of principal × {its own
// tenant, another tenant, an id that does not exist}. Each cell is the exact outcome. The table must
// name every root field, so a new query or mutation without a row here fails the suite. Rows named
// `Type.field` pin a guarded field of a type, reached through a root field. The OWNER's console
// session answers every cell as the OWNER's personal access token does, but for SESSION_OUTCOMES.
/// <reference types="vite/client" />
import { getOperationAST, GraphQLObjectType, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertClient, insertManagementKey, insertOperatorToken, insertPersonalAccessToken } from '../src/access/issue.js';
import { newId } from '../src/db/ids.js';
import { schema } from '../src/modules/index.js';
import { asSession, consoleSessionOf } from './support/console.js';
import { testEnvironment } from './support/environment.js';
import { comparableResponse, testGateway, type Credentials, type GraphQLResponse } from './support/gateway.js';
import { rememberSecrets } from './support/secrets.js';
import { input, missingId, mutation, OUTCOMES, PRINCIPALS, type MatrixRows, type Principal, type Row, type Side } from './support/matrix.js';
import { createProject, createTenant, unique, type Tenant } from './support/tenant.js';

/** Each module's rows, from its own test folder (test/modules/<resource>/matrix.ts, every export a MatrixRows). */
const MODULE_ROWS = Object.values(import.meta.glob<Record<string, MatrixRows>>('./modules/*/matrix.ts', { eager: true })).flatMap((rows) => Object.values(rows));

const { database, gateway } = await testEnvironment();
// Every query cell is answered again by the executor alone: the compiled read path must agree on each (graphql/compiled-reads/).
const executor = testGateway(database, { gateway: { compiledReads: false } });
afterAll(() => executor.close());

const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
const missing: Side = {
  organizationId: missingId('org'),
  maintainerId: missingId('mnt'),
  ownerUserId: missingId('usr'),
  projectId: missingId('prj'),
  clientId: MISSING_UUID,
  referenceId: missingId('ref'),
  memberId: missingId('om'),
  keyId: missingId('mk'),
  viewerMembershipId: missingId('pm'),
  fresh: {
    member: async () => missingId('om'),
    userInOrganization: async () => missingId('usr'),
    projectMember: async () => missingId('pm'),
    client: async () => MISSING_UUID,
    reference: async () => missingId('ref'),
    key: async () => missingId('mk'),
    ownerToken: async () => missingId('pat'),
  },
};

async function buildSide(tenant: Tenant): Promise<Side & { viewer: Awaited<ReturnType<Tenant['addProjectUser']>> }> {
  const { organizationId } = tenant;
  const { project, client } = await createProject(gateway, tenant);
  const reference = async () =>
    (await database.prisma.reference.create({
      data: { id: newId('Reference'), organizationId, projectId: project.id, title: 'r', date: new Date() },
    })).id;
  const key = async () => (await insertManagementKey(database.prisma, { organizationId, name: unique('k'), scopes: ['project:read'], projectIds: [] }, gateway.services.sealer)).key.id;
  const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
  const viewerMembership = await database.prisma.projectMember.findFirstOrThrow({ where: { userId: viewer.userId } });
  const maintainer = await database.prisma.maintainer.create({ data: { id: newId('Maintainer'), name: unique('Maintainer') } });
  await database.prisma.organization.update({ where: { id: organizationId }, data: { managementKeyLimit: 1000, maintainerId: maintainer.id } });
  return {
    organizationId,
    maintainerId: maintainer.id,
    ownerUserId: tenant.owner.userId,
    projectId: project.id,
    clientId: client.id,
    referenceId: await reference(),
    memberId: (await tenant.addUser('MEMBER')).memberId,
    keyId: await key(),
    viewerMembershipId: viewerMembership.id,
    viewer,
    fresh: {
      member: async () => (await tenant.addUser('MEMBER')).memberId,
      userInOrganization: async () => (await tenant.addUser('MEMBER')).userId,
      projectMember: async () => (await tenant.addProjectUser(project.id, 'VIEWER')).memberId &&
        (await database.prisma.projectMember.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { createdAt: 'desc' } })).id,
      client: async () => (await insertClient(database.prisma, { organizationId, projectId: project.id, name: 'c', type: 'READ' })).client.id,
      reference,
      key,
      ownerToken: async () => (await insertPersonalAccessToken(database.prisma, { userId: tenant.owner.userId, name: 'fresh' })).personalAccessToken.id,
    },
  };
}

const CORE_ROWS: Record<string, Row> = {
  viewer: { document: '{ viewer { kind } }', own: 'DDDDDDDDD' },
  organizations: { document: '{ organizations { edges { node { id } } } }', own: 'DDDDDDDDD' },
  organization: { document: 'query($id: ID!) { organization(id: $id) { id } }', own: 'DDDDDDDDD', variables: (s) => ({ id: s.organizationId }) },
  project: { document: 'query($id: ID!) { project(id: $id) { id } }', own: 'DDNDDDDND', variables: (s) => ({ id: s.projectId }) },
  node: { document: 'query($id: ID!) { node(id: $id) { id } }', own: 'DDNDDDDND', variables: (s) => ({ id: s.projectId }) },

  createOrganization: {
    document: mutation('createOrganization', 'CreateOrganizationInput'),
    own: 'DDDDIIIDI',
    fixed: input({ name: 'made by the matrix' }),
  },
  updateOrganization: {
    document: mutation('updateOrganization', 'UpdateOrganizationInput'),
    own: 'DDFFFFFFD',
    variables: (s) => input({ id: s.organizationId, name: 'renamed' }),
  },
  updateOrganizationLimits: {
    document: mutation('updateOrganizationLimits', 'UpdateOrganizationLimitsInput'),
    own: 'FFFFFFFFD',
    other: 'FFFFFFFFD',
    missing: 'FFFFFFFFN',
    variables: (s) => input({ organizationId: s.organizationId, managementKeyLimit: 1000 }),
  },
  addOrganizationMember: {
    document: mutation('addOrganizationMember', 'AddOrganizationMemberInput'),
    own: 'DDFFFFFFF',
    variables: (s) => input({ organizationId: s.organizationId, email: `${unique('m')}@example.test`, role: 'MEMBER' }),
  },
  updateOrganizationMember: {
    document: mutation('updateOrganizationMember', 'UpdateOrganizationMemberInput'),
    own: 'DDFFFFFNF',
    variables: (s) => input({ id: s.memberId, role: 'MEMBER' }),
  },
  removeOrganizationMember: {
    document: mutation('removeOrganizationMember', 'RemoveOrganizationMemberInput'),
    own: 'DDFFFFFNF',
    variables: async (s) => input({ id: await s.fresh.member() }),
  },
  createProject: {
    document: mutation('createProject', 'CreateProjectInput'),
    own: 'DDFFFFDFF',
    variables: (s) => input({ organizationId: s.organizationId, name: unique('p') }),
  },
  updateProject: {
    document: mutation('updateProject', 'UpdateProjectInput'),
    own: 'DDNFFDDNF',
    variables: (s) => input({ id: s.projectId, name: 'renamed' }),
  },
  deleteProject: {
    document: mutation('deleteProject', 'DeleteProjectInput'),
    own: 'DDNFFDDNF',
    variables: (s) => input({ id: s.projectId }),
    reset: (s) => database.prisma.project.updateMany({ where: { id: s.projectId }, data: { deleteAt: null } }),
  },
  restoreProject: {
    document: mutation('restoreProject', 'RestoreProjectInput'),
    own: 'DDNFFDDNF',
    variables: (s) => input({ id: s.projectId }),
    reset: (s) => database.prisma.project.updateMany({ where: { id: s.projectId }, data: { deleteAt: new Date(Date.now() + 3600_000) } }),
  },
  addProjectMember: {
    document: mutation('addProjectMember', 'AddProjectMemberInput'),
    own: 'DDNFFDFNF',
    variables: async (s) => input({ projectId: s.projectId, userId: await s.fresh.userInOrganization(), role: 'VIEWER' }),
  },
  updateProjectMember: {
    document: mutation('updateProjectMember', 'UpdateProjectMemberInput'),
    own: 'DDNFFDFNF',
    variables: (s) => input({ id: s.viewerMembershipId, role: 'VIEWER' }),
  },
  removeProjectMember: {
    document: mutation('removeProjectMember', 'RemoveProjectMemberInput'),
    own: 'DDNFFDFNF',
    variables: async (s) => input({ id: await s.fresh.projectMember() }),
  },
  createClient: {
    document: mutation('createClient', 'CreateClientInput'),
    own: 'DDNFFDDNF',
    variables: (s) => input({ organizationId: s.organizationId, projectId: s.projectId, name: 'c', type: 'READ' }),
  },
  updateClient: {
    document: mutation('updateClient', 'UpdateClientInput'),
    own: 'DDNNNDDNF',
    variables: (s) => input({ id: s.clientId, name: 'renamed' }),
  },
  rotateClientSecret: {
    document: mutation('rotateClientSecret', 'RotateClientSecretInput'),
    own: 'DDNNNDDNF',
    variables: (s) => input({ id: s.clientId }),
  },
  deleteClient: {
    document: mutation('deleteClient', 'DeleteClientInput'),
    own: 'DDNNNDDNF',
    variables: async (s) => input({ id: await s.fresh.client() }),
  },
  createReference: {
    document: mutation('createReference', 'CreateReferenceInput'),
    own: 'DDNFDDDNF',
    variables: (s) => input({ projectId: s.projectId, title: 't', date: '2026-01-01' }),
  },
  updateReference: {
    document: mutation('updateReference', 'UpdateReferenceInput'),
    own: 'DDNFDDDNF',
    variables: (s) => input({ id: s.referenceId, title: 'renamed' }),
  },
  deleteReference: {
    document: mutation('deleteReference', 'DeleteReferenceInput'),
    own: 'DDNFDDDNF',
    variables: async (s) => input({ id: await s.fresh.reference() }),
  },
  createManagementKey: {
    document: mutation('createManagementKey', 'CreateManagementKeyInput'),
    own: 'DFFFFFFFF',
    variables: (s) => input({ organizationId: s.organizationId, name: 'k', scopes: ['project:read'] }),
  },
  updateManagementKey: {
    document: mutation('updateManagementKey', 'UpdateManagementKeyInput'),
    own: 'DNNNNNNNF',
    variables: (s) => input({ id: s.keyId, name: 'renamed' }),
  },
  rotateManagementKey: {
    document: mutation('rotateManagementKey', 'RotateManagementKeyInput'),
    own: 'DNNNNNNNF',
    variables: (s) => input({ id: s.keyId }),
  },
  revealManagementKey: {
    document: mutation('revealManagementKey', 'RevealManagementKeyInput'),
    own: 'DNNNNNNNF',
    variables: async (s) => input({ id: await s.fresh.key() }),
  },
  revokeManagementKey: {
    document: mutation('revokeManagementKey', 'RevokeManagementKeyInput'),
    own: 'DNNNNNNNF',
    variables: async (s) => input({ id: await s.fresh.key() }),
  },
  createPersonalAccessToken: {
    document: mutation('createPersonalAccessToken', 'CreatePersonalAccessTokenInput'),
    own: 'DDDDIIIDI',
    fixed: input({ name: 'made by the matrix' }),
  },
  revokePersonalAccessToken: {
    document: mutation('revokePersonalAccessToken', 'RevokePersonalAccessTokenInput'),
    own: 'DNNNNNNNN',
    variables: async (s) => input({ id: await s.fresh.ownerToken() }),
  },
};

/** Where a console session is not its user: a stolen cookie must not become a lasting credential. */
const SESSION_OUTCOMES: Record<string, string> = { createPersonalAccessToken: 'FORBIDDEN' };

const ROWS: Record<string, Row> = { ...CORE_ROWS };
for (const moduleRows of MODULE_ROWS) {
  for (const [field, row] of Object.entries(moduleRows({ database, gateway }))) {
    if (ROWS[field]) throw new Error(`two matrix rows for ${field}`);
    ROWS[field] = row;
  }
}

function outcomeOf(response: GraphQLResponse<Record<string, any>>, field: string): string {
  if (response.status === 401) return '401';
  const code = response.body.errors?.[0]?.extensions?.code;
  if (typeof code === 'string') return code;
  const userError = response.body.data?.[field]?.userErrors?.[0]?.code;
  return typeof userError === 'string' ? userError : 'data';
}

let own: Awaited<ReturnType<typeof buildSide>>;
let other: Side;
let as: Record<Principal | 'ownerSession' | 'readClient' | 'none', Credentials>;

beforeAll(async () => {
  const tenant = await createTenant(database);
  own = await buildSide(tenant);
  other = await buildSide(await createTenant(database));
  const readClient = await insertClient(database.prisma, { organizationId: tenant.organizationId, name: 'reader', type: 'READ' });
  const operator = await insertOperatorToken(database.prisma, 'matrix', [
    'organization:write', 'member:read', 'project:read', 'client:read', 'reference:read', 'key:read', 'audit:read',
  ]);
  rememberSecrets(JSON.stringify([readClient.secret, operator]));
  const maintainerMember = await tenant.addUser('MEMBER');
  await database.prisma.organizationMember.delete({ where: { id: maintainerMember.memberId } });
  await database.prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: own.maintainerId, userId: maintainerMember.userId } });
  as = {
    owner: tenant.owner.as,
    admin: (await tenant.addUser('ADMIN')).as,
    member: (await tenant.addUser('MEMBER')).as,
    viewer: own.viewer.as,
    key: (await tenant.addKey(['project:read', 'reference:write', 'member:read'])).as,
    limitedKey: (await tenant.addKey(['project:write', 'reference:write', 'client:write', 'member:write'], [own.projectId])).as,
    rootClient: tenant.rootClient.as,
    maintainer: maintainerMember.as,
    operator: { bearer: operator.operatorToken.token },
    ownerSession: asSession(await consoleSessionOf(gateway, tenant.owner.token)),
    readClient: { clientId: readClient.client.id, clientSecret: readClient.secret },
    none: null,
  };
}, 120_000);

test('the matrix has a row for every root field, and every Node type has a type-level rule', () => {
  const rootFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()));
  expect(rootFields.sort()).toEqual(Object.keys(ROWS).filter((name) => !name.includes('.')).sort());
  const typeFields = Object.keys(ROWS).filter((name) => name.includes('.'));
  const missingFields = typeFields.filter((name) => {
    const [type, field] = name.split('.') as [string, string];
    const found = schema.getType(type);
    return !(found instanceof GraphQLObjectType && found.getFields()[field]);
  });
  expect(missingFields).toEqual([]);
  const unguarded = Object.values(schema.getTypeMap()).filter(
    (type) =>
      type instanceof GraphQLObjectType &&
      type.getInterfaces().some((node) => node.name === 'Node') &&
      typeof (type.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes !== 'function',
  );
  expect(unguarded.map((type) => type.name)).toEqual([]);
});

describe.each(Object.entries(ROWS))('%s', (field, row) => {
  test('answers each principal exactly as the matrix says', async () => {
    expect(row.own).toHaveLength(PRINCIPALS.length);
    const scopes: [string, Side | null, string][] = row.variables
      ? [
          ['own', own, row.own],
          ['other', other, row.other ?? 'N'.repeat(PRINCIPALS.length - 1) + row.own.at(-1)],
          ['missing', missing, row.missing ?? 'N'.repeat(PRINCIPALS.length)],
        ]
      : [['own', null, row.own]];
    const actual: Record<string, string> = {};
    const expected: Record<string, string> = {};
    const isQuery = getOperationAST(parse(row.document))?.operation === 'query';
    const disagreements: string[] = [];
    for (const [scope, side, outcomes] of scopes) {
      for (const [index, principal] of [...PRINCIPALS, 'ownerSession' as const, 'readClient' as const, 'none' as const].entries()) {
        if (side && side !== missing) await row.reset?.(side);
        const variables = row.variables && side ? await row.variables(side, scope as 'own' | 'other' | 'missing') : row.fixed ?? {};
        const response = await gateway.execute<Record<string, any>, Record<string, unknown>>(row.document, variables, as[principal]);
        const cell = `${scope} ${principal}`;
        actual[cell] = outcomeOf(response, field);
        if (isQuery && comparableResponse(response) !== comparableResponse(await executor.execute(row.document, variables, as[principal]))) disagreements.push(cell);
        const ownersOutcome = OUTCOMES[outcomes[0] as keyof typeof OUTCOMES];
        if (principal === 'ownerSession') expected[cell] = SESSION_OUTCOMES[field] ?? ownersOutcome;
        else expected[cell] = index < PRINCIPALS.length ? OUTCOMES[outcomes[index] as keyof typeof OUTCOMES] : '401';
      }
    }
    // The world stays as every row expects it: both projects live.
    await database.prisma.project.updateMany({ where: { id: { in: [own.projectId, other.projectId] } }, data: { deleteAt: null } });
    const wrong = Object.keys(expected).filter((cell) => actual[cell] !== expected[cell]);
    expect(Object.fromEntries(wrong.map((cell) => [cell, `${actual[cell]}, matrix says ${expected[cell]}`]))).toEqual({});
    expect(disagreements).toEqual([]);
    expect(gateway.internalErrors.splice(0)).toEqual([]);
  });
});
