import { parse, type GraphQLObjectType } from 'graphql';
import { afterAll, describe, expect, test } from 'vitest';
import { insertClient } from '../src/access/issue.js';
import { newId } from '../src/db/ids.js';
import { builder } from '../src/graphql/builder.js';
import { planOperation } from '../src/graphql/compiled-reads/plan.js';
import { Metrics } from '../src/metering/metrics.js';
import { schema } from '../src/modules/index.js';
import { testEnvironment } from './support/environment.js';
import { comparableResponse, testGateway, type Credentials, type TestGateway } from './support/gateway.js';
import { createProject, createTenant, type Tenant } from './support/tenant.js';

// Two gateways over one database: queries through their compiled plans, and through the executor alone.
const metrics = new Metrics();
const { database, gateway: compiled } = await testEnvironment({ gateway: { metrics } });
const executor = testGateway(database, { gateway: { compiledReads: false } });
afterAll(() => executor.close());

function operations(path: string): number {
  const line = metrics.text().split('\n').find((candidate) => candidate.startsWith(`steward_graphql_operations_total{path="${path}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

const PATHS = ['compiled', 'fell back', 'executed'];

/** Sends the request to both gateways and expects the same status and the same body, keys in the same order; says how the compiled gateway answered. */
async function bothAnswer(query: string, variables: Record<string, unknown>, as: Credentials) {
  const before = PATHS.map(operations);
  const expected = await executor.execute(query, variables, as);
  const actual = await compiled.execute(query, variables, as);
  expect(comparableResponse(actual)).toBe(comparableResponse(expected));
  const answered = PATHS.filter((path, index) => operations(path) > before[index]!);
  expect(answered).toHaveLength(1);
  return { body: actual.body, path: answered[0] };
}

async function seededTenant() {
  const tenant = await createTenant(database);
  const projects = [];
  for (let i = 0; i < 3; i++) {
    const { project } = await createProject(compiled, tenant, { name: `Compiled ${i}` });
    await insertClient(database.prisma, { organizationId: tenant.organizationId, projectId: project.id, name: `reader ${i}`, type: 'READ' });
    await database.prisma.reference.createMany({
      data: [1, 2].map((day) => ({ id: newId('Reference'), organizationId: tenant.organizationId, projectId: project.id, title: `r${i}.${day}`, date: new Date(Date.UTC(2026, 0, day)) })),
    });
    projects.push(project);
  }
  return { tenant, projects };
}

const TREE = `query Tree($id: ID!, $first: Int, $after: String) {
  organization(id: $id) {
    __typename id databaseId name createdAt mfaRequired allowAutoJoin
    projects(first: $first, after: $after) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          ...ProjectColumns
          also: name
          clients(first: 10) { edges { node { id name type createdAt __typename } } }
          references(first: 10) { edges { node { ... on Reference { id title date description } } } }
        }
      }
    }
  }
}
fragment ProjectColumns on Project { id slug name types cors crossDomain domain deleteAt timezone }`;

describe('a query answers the same through its plan as through the executor', () => {
  const who: [string, (tenant: Tenant) => Credentials][] = [
    ['the OWNER', (tenant) => tenant.owner.as],
    ['a management key', (tenant) => tenant.managementKey.as],
    ['the ROOT client', (tenant) => tenant.rootClient.as],
  ];

  test.each(who)('the organization → projects → clients and references tree, as %s', async (_who, as) => {
    const { tenant } = await seededTenant();
    const { body, path } = await bothAnswer(TREE, { id: tenant.organizationId }, as(tenant));
    expect(path).toBe('compiled');
    expect((body.data as { organization: { projects: { edges: unknown[] } } }).organization.projects.edges).toHaveLength(3);
  });

  test('pages: first, after a cursor, last and before', async () => {
    const { tenant } = await seededTenant();
    const first = await bothAnswer(TREE, { id: tenant.organizationId, first: 2 }, tenant.owner.as);
    expect(first.path).toBe('compiled');
    const { endCursor } = (first.body.data as { organization: { projects: { pageInfo: { endCursor: string } } } }).organization.projects.pageInfo;
    expect((await bothAnswer(TREE, { id: tenant.organizationId, first: 2, after: endCursor }, tenant.owner.as)).path).toBe('compiled');
    const last = `query ($id: ID!, $before: String) { organization(id: $id) { projects(last: 1, before: $before) { pageInfo { hasPreviousPage hasNextPage } edges { cursor node { id } } } } }`;
    expect((await bothAnswer(last, { id: tenant.organizationId, before: endCursor }, tenant.owner.as)).path).toBe('compiled');
  });

  test('fields with resolvers of their own, relations, settings objects and lists', async () => {
    const { tenant, projects } = await seededTenant();
    const query = `query ($id: ID!) {
      project(id: $id) {
        id name features calloutNotifications { __typename } clientSideAccess { redeem publish }
        organization { id name managementKeyLimit requestLimit rateLimitWindowSeconds crmId maintainer { id } }
      }
      viewer { kind scopes organization { id } }
      organizations(first: 5) { edges { node { id name } } }
    }`;
    expect((await bothAnswer(query, { id: projects[0]!.id }, tenant.owner.as)).path).toBe('compiled');
    expect((await bothAnswer(query, { id: projects[0]!.id }, tenant.managementKey.as)).path).toBe('compiled');
  });

  test('a deeper tree, relations under connections under connections, costs the same SQL through its plan', async () => {
    const { tenant } = await seededTenant();
    const deep = `query ($id: ID!) {
      organization(id: $id) {
        projects(first: 3, includeDeleted: true) {
          edges { node { id organization { id name } clients(first: 5) { pageInfo { hasNextPage } edges { node { id project { id slug } organization { id } } } } } }
        }
        clients(first: 50) { edges { cursor node { id name project { name } } } }
      }
    }`;
    const statements = async (gateway: TestGateway) => {
      (await gateway.execute(deep, { id: tenant.organizationId }, tenant.owner.as)).expectData();
      await gateway.services.credentials.flush();
      const before = database.statements.length;
      (await gateway.execute(deep, { id: tenant.organizationId }, tenant.owner.as)).expectData();
      return database.statements.length - before;
    };
    expect(await statements(compiled)).toBe(await statements(executor));
    expect((await bothAnswer(deep, { id: tenant.organizationId }, tenant.owner.as)).path).toBe('compiled');
  });

  test('a relation read twice in one object (two pages of a connection, aliased) is paged by its resolver', async () => {
    const { tenant, projects } = await seededTenant();
    const twice = `query ($id: ID!) { project(id: $id) { one: clients(first: 1) { edges { node { id } } } all: clients(first: 5) { edges { node { id name } } } } }`;
    const { body, path } = await bothAnswer(twice, { id: projects[0]!.id }, tenant.owner.as);
    expect(path).toBe('compiled');
    const { one, all } = (body.data as { project: Record<'one' | 'all', { edges: unknown[] }> }).project;
    expect([one.edges.length, all.edges.length]).toEqual([1, 2]);
  });

  test('a refused rule, an unknown id and bad variables: the executor answers, with its errors', async () => {
    const { tenant, projects } = await seededTenant();
    const member = await tenant.addProjectUser(projects[0]!.id, 'VIEWER');
    const denied = await bothAnswer(TREE, { id: tenant.organizationId }, member.as);
    expect(denied.path).toBe('fell back');
    expect(denied.body.errors?.length).toBeGreaterThan(0);
    const unknown = await bothAnswer(TREE, { id: newId('Organization') }, tenant.owner.as);
    expect(unknown.path).toBe('fell back');
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await bothAnswer(TREE, { id: tenant.organizationId, first: 'many' }, tenant.owner.as);
    expect(bad.body.errors?.length).toBeGreaterThan(0);
    const limited = await tenant.addKey(['project:read'], [projects[1]!.id]);
    expect((await bothAnswer(TREE, { id: tenant.organizationId }, limited.as)).body.errors?.length).toBeGreaterThan(0);
  });

  test('conditions and abstract types are planned: a plan for each value of @include and @skip, a type chosen by resolveType', async () => {
    const { tenant, projects } = await seededTenant();
    const conditional = `query ($id: ID!, $with: Boolean!, $without: Boolean!) {
      organization(id: $id) { id name @include(if: $with) projects(first: 2) @skip(if: $without) { edges { node { id ...Named @include(if: $with) } } } }
    }
    fragment Named on Project { name slug }`;
    for (const [withName, without] of [[true, false], [false, false], [false, true], [true, false]]) {
      const { body, path } = await bothAnswer(conditional, { id: tenant.organizationId, with: withName, without }, tenant.owner.as);
      expect(path).toBe('compiled');
      expect('name' in (body.data as { organization: object }).organization).toBe(withName);
    }
    const node = `query ($project: ID!, $client: ID!) {
      project: node(id: $project) { __typename id ... on Project { name clients(first: 5) { edges { node { id } } } } ... on Client { name } }
      client: node(id: $client) { ...on Node { id } ... on Client { name type } }
    }`;
    const [client] = await database.prisma.client.findMany({ where: { projectId: projects[0]!.id }, take: 1 });
    expect((await bothAnswer(node, { project: projects[0]!.id, client: client!.id }, tenant.owner.as)).path).toBe('compiled');
    // One field: the executor orders the errors of concurrent fields by when each failed.
    const other = await createTenant(database);
    const unreachable = `query ($id: ID!) { node(id: $id) { id ... on Project { name } } }`;
    expect((await bothAnswer(unreachable, { id: projects[0]!.id }, other.owner.as)).path).toBe('fell back');
  });

  test('introspection goes to the executor', async () => {
    const tenant = await createTenant(database);
    const introspection = `{ __schema { queryType { name } } viewer { kind } }`;
    expect((await bothAnswer(introspection, {}, tenant.owner.as)).path).toBe('executed');
  });
});

describe("a root prismaField's Prisma query, built by its plan", () => {
  const rootSource = (document: string) => planOperation(schema, builder, parse(document))!.root.fields[0]!.source;

  test("the tree's query and loader mappings come from its plan; every test compares such a query with plugin-prisma's (verify mode)", async () => {
    const source = rootSource(TREE);
    expect(source.kind).toBe('prismaQuery');
    expect(source.kind === 'prismaQuery' && source.mappings).toMatchObject({
      'Organization@projects': {
        nested: {
          'Project@edges.node.slug': { nested: {} },
          'Project@edges.node.clients': { nested: { 'Client@edges.node.name': { nested: {} } } },
          'Project@edges.node.references': { nested: { 'Reference@edges.node.title': { nested: {} } } },
        },
      },
    });
    const { tenant } = await seededTenant();
    expect((await bothAnswer(TREE, { id: tenant.organizationId }, tenant.managementKey.as)).path).toBe('compiled');
  });

  test('a relation selected twice is left to plugin-prisma, which builds the query and answers the same', async () => {
    const twice = `query ($id: ID!) { organization(id: $id) { a: projects(first: 1) { edges { node { id } } } b: projects(first: 2) { edges { node { name } } } } }`;
    expect(rootSource(twice).kind).toBe('resolver');
    const { tenant } = await seededTenant();
    const { body, path } = await bothAnswer(twice, { id: tenant.organizationId }, tenant.owner.as);
    expect(path).toBe('compiled');
    expect((body.data as { organization: { b: { edges: unknown[] } } }).organization.b.edges).toHaveLength(2);
  });

  test('in verify mode, a query that differs from what plugin-prisma builds is an internal error, not a quiet fallback', async () => {
    const { tenant } = await seededTenant();
    const clients = (schema.getType('Project') as GraphQLObjectType).getFields().clients!;
    const extensions = clients.extensions as Record<string, unknown>;
    const select = extensions.pothosPrismaSelect as (...args: unknown[]) => { select: { clients: { take: number } } };
    // Asked first by the plan, then by plugin-prisma: the plan's query pages one client more.
    let calls = 0;
    extensions.pothosPrismaSelect = (...args: unknown[]) => {
      const query = select(...args);
      return calls++ % 2 === 0 ? { select: { clients: { ...query.select.clients, take: query.select.clients.take + 1 } } } : query;
    };
    try {
      const query = `query ($id: ID!) { organization(id: $id) { projects(first: 1) { edges { node { clients(first: 3) { edges { node { id } } } } } } } }`;
      const response = await compiled.execute(query, { id: tenant.organizationId }, tenant.owner.as);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(compiled.internalErrors.at(-1))).toContain('plugin-prisma');
    } finally {
      extensions.pothosPrismaSelect = select;
      compiled.internalErrors.length = 0;
    }
  });
});
