import { getIntrospectionQuery } from 'graphql';
import { expect, test } from 'vitest';
import { ProjectTreeDocument, ViewerDocument } from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import { createTenant } from './support/tenant.js';

const { database, gateway } = await testEnvironment();
const tenant = await createTenant(database);

test('documents deeper than 10 fields are refused before execution with the figures', async () => {
  const deep = `{ organizations { edges { node { projects { edges { node { organization { projects { edges { node { id } } } } } } } } } } }`;
  const response = await gateway.execute(deep, {}, tenant.owner.as);
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  expect(response.expectError('QUERY_TOO_COMPLEX')).toMatchObject({
    message: 'document too complex: depth 11, more than the 10 allowed',
    extensions: { depth: 11, maximum: 10 },
  });
});

test('aliases of real fields and directives are counted; __typename aliases are free', async () => {
  const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { kind }`).join(' ')} t1: __typename t2: __typename }`;
  const aliased = await gateway.execute(aliases, {}, tenant.owner.as);
  expect(aliased.expectError('QUERY_TOO_COMPLEX').extensions).toMatchObject({ aliases: 16, maximum: 15 });

  const directives = `{ viewer { ${Array.from({ length: 11 }, () => 'kind @include(if: true)').join(' ')} } }`;
  const directed = await gateway.execute(directives, {}, tenant.owner.as);
  expect(directed.expectError('QUERY_TOO_COMPLEX').extensions).toMatchObject({ directives: 11, maximum: 10 });
});

test('a document of more than 2000 tokens is not even parsed', async () => {
  const huge = `{ viewer { ${'kind '.repeat(2000)} } }`;
  const response = await gateway.execute(huge, {}, tenant.owner.as);
  // graphql-js words it "more that 2000 tokens".
  expect(response.body.errors?.[0]?.message).toMatch(/Document contains more tha[nt] 2000 tokens/);
  expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
});

test('the static cost is checked against 1000 with the variables given, and reported on every response', async () => {
  const cheap = await gateway.execute(ViewerDocument, {}, tenant.owner.as);
  // viewer, its user and its organization
  expect(cheap.body.extensions).toMatchObject({ cost: { requested: 3, maximum: 1000 } });

  const tree = await gateway.execute(ProjectTreeDocument, { id: tenant.organizationId }, tenant.owner.as);
  // organization 1 + projects (2 + 20 × (project 1 + clients (2 + 20 × 1) + references (2 + 20 × 1)))
  expect(tree.body.extensions).toMatchObject({ cost: { requested: 903, maximum: 1000 } });

  const costly = `query($first: Int) { organization(id: "${tenant.organizationId}") { projects(first: $first) { edges { node { clients(first: 100) { edges { node { id } } } } } } } }`;
  const refused = await gateway.execute(costly, { first: 10 }, tenant.owner.as);
  expect(refused.status).toBe(400);
  expect(refused.body.data).toBeUndefined();
  expect(refused.expectError('QUERY_TOO_COMPLEX').extensions).toMatchObject({ cost: 1033, maximum: 1000 });
  expect((await gateway.execute(costly, { first: 5 }, tenant.owner.as)).body.extensions).toMatchObject({ cost: { requested: 518, maximum: 1000 } });
  // Costs are kept per document and page size: the first size again costs what it did.
  expect((await gateway.execute(costly, { first: 10 }, tenant.owner.as)).expectError('QUERY_TOO_COMPLEX').extensions).toMatchObject({ cost: 1033 });
});

test('a mutation costs 10 plus what its payload selects; introspection is free', async () => {
  const created = await gateway.execute('mutation { createPersonalAccessToken(input: { name: "x" }) { token personalAccessToken { id } } }', {}, tenant.owner.as);
  expect(created.body.extensions).toMatchObject({ cost: { requested: 11, maximum: 1000 } });
  const introspection = await gateway.execute(getIntrospectionQuery(), {}, tenant.owner.as);
  expect(introspection.body.errors).toBeUndefined();
  expect(introspection.body.extensions).toMatchObject({ cost: { requested: 0, maximum: 1000 } });
});
