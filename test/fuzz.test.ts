// Property-based fuzzing of every GraphQL root field and every REST route with generated and mutated
// input, as every kind of caller. The oracle: no 5xx, no INTERNAL_SERVER_ERROR, no stack trace, no
// secret handed out earlier in a body, nothing logged as an internal error. The suite runs a seeded
// sample; `npm run fuzz` runs FUZZ_RUNS cases (10,000) with a fresh seed, printed so a failure replays.
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { expect, test } from 'vitest';
import { schema } from '../src/modules/index.js';
import { keboola } from '../src/rest/keboola/dialect.js';
import { keboolaStorage } from '../src/rest/keboola-storage/dialect.js';
import { openPanel } from '../src/rest/openpanel/dialect.js';
import { voucherify } from '../src/rest/voucherify/dialect.js';
import { asSession, consoleSessionOf, sessionHeaders } from './support/console.js';
import { testEnvironment } from './support/environment.js';
import { credentialHeaders, type Credentials } from './support/gateway.js';
import { catalogueComponent, mintStorageToken } from './support/storage.js';
import { createOperator, createProject, createTenant } from './support/tenant.js';
import { managementHeaders } from './support/voucherify.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_RUNS ? Date.now() % 2 ** 31 : 20261201));

const { database, gateway } = await testEnvironment();
const tenant = await createTenant(database);
const other = await createTenant(database);
const { project, client } = await createProject(gateway, tenant);
const numbers = await Promise.all([
  database.prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } }),
  database.prisma.project.findUniqueOrThrow({ where: { id: project.id } }),
  database.prisma.user.findUniqueOrThrow({ where: { id: tenant.owner.userId } }),
]);
// A component with a schema and a configuration with a row, so that the Storage API's routes reach their resolvers.
const component = await catalogueComponent(gateway, await createOperator(database, ['component:write']), {
  configurationSchema: { type: 'object', properties: { host: { type: 'string' } } },
});
const storageToken = await mintStorageToken(gateway, tenant, project.id, { componentAccess: [component], canPurgeTrash: true });
const readOnlyStorage = await mintStorageToken(gateway, tenant, project.id, { componentAccess: ['keboola.other'] });
const consoleSession = await consoleSessionOf(gateway, tenant.owner.token);
const seeded = await gateway.execute(
  'mutation ($input: CreateConfigurationInput!) { createConfiguration(input: $input) { configuration { id } userErrors { code } } }',
  { input: { componentId: component, key: 'main', name: 'Main' } },
  storageToken.as,
);
await gateway.execute(
  'mutation ($input: CreateConfigurationRowInput!) { createConfigurationRow(input: $input) { row { id } userErrors { code } } }',
  { input: { componentId: component, key: 'main', rowKey: 'row', name: 'Row' } },
  storageToken.as,
);
const configurationId = (seeded.body.data as { createConfiguration: { configuration: { id: string } } }).createConfiguration.configuration.id;
const known = {
  ids: [
    component, 'main', 'row', '1', configurationId,
    tenant.organizationId, other.organizationId, project.id, project.slug, client.id, tenant.managementKey.id, tenant.owner.userId,
    'org_0000000000000000000000', '00000000-0000-4000-8000-000000000000', ...numbers.map((row) => String(row.number)), '0', '2147483648',
  ],
  secrets: [tenant.owner.token, tenant.managementKey.token, tenant.rootClient.secret, other.owner.token, storageToken.token, readOnlyStorage.token, consoleSession.token],
};

/** Mostly callers who get past authentication, so that most cases reach the resolvers. */
function callers(usual: Credentials[]): fc.Arbitrary<Credentials> {
  const rare: Credentials[] = [other.owner.as, null, { bearer: 'stw_mk_garbage' }];
  return fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 6 }, { arbitrary: fc.constantFrom(...rare), weight: 1 });
}

const strings = fc.oneof(
  fc.constantFrom(...known.ids),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  // Cursors: one of the form Steward issues, and two forged ones.
  fc.constantFrom(...['GPC:S:prj_0000000000000000000000', 'GPC:J:{"id":{"gt":""}}', 'GPC:D:1'].map((cursor) => Buffer.from(cursor).toString('base64'))),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '*', '%00', '../..', '<script>', 'x'.repeat(300), '2026-02-30', '9999-12-31T23:59:59Z', 'https://example.com/'),
);
const scalars: Record<string, fc.Arbitrary<unknown>> = {
  ID: strings,
  String: strings,
  Int: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)), fc.double()),
  Float: fc.double(),
  Boolean: fc.boolean(),
  DateTime: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), strings),
  JSON: fc.jsonValue(),
};

/** A value for an input type, usually of that type, sometimes null, absent or of another. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const inner = getNullableType(type);
  let typed: fc.Arbitrary<unknown>;
  if (isListType(inner)) typed = fc.array(valueOf(inner.ofType, depth + 1), { maxLength: 4 });
  else if (isEnumType(inner)) typed = fc.oneof(fc.constantFrom(...inner.getValues().map((value) => value.name)), fc.string());
  else if (isInputObjectType(inner) && depth < 3) {
    const fields = Object.values(inner.getFields());
    typed = fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)])), { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) });
  } else if (isScalarType(inner)) typed = scalars[inner.name] ?? fc.jsonValue();
  else typed = fc.constant(null);
  return fc.oneof({ arbitrary: typed, weight: 18 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.jsonValue(), weight: 1 });
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type) && !('getFields' in type)) return '';
  if (isObjectType(type) && type.getFields().userErrors) return '{ __typename userErrors { code field message } }';
  if (isObjectType(type) && type.getFields().edges) return '{ __typename edges { cursor node { __typename } } pageInfo { hasNextPage endCursor } }';
  return '{ __typename }';
}

/** An operation of one root field with every argument a variable. */
function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = field.args.map((arg: GraphQLArgument) => `$${arg.name}: ${String(arg.type)}`);
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`);
  return `${kind}${variables.length ? ` (${variables.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selectionOf(field)} }`;
}

const rootFields = (['query', 'mutation'] as const).flatMap((kind) =>
  Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()).map((field) => ({ kind, field })),
);

const graphqlCase = fc.constantFrom(...rootFields).chain(({ kind, field }) =>
  fc.record({
    kind: fc.constant('graphql' as const),
    query: fc.constant(operationOf(kind, field)),
    variables: fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type)])), { requiredKeys: [] }),
    caller: callers([tenant.owner.as, tenant.managementKey.as, tenant.rootClient.as, asSession(consoleSession)]),
  }),
);

/** What a header can carry: printable ASCII. */
const headerValues = strings.filter((value) => /^[\x20-\x7e]*$/.test(value));

/** The console's sign-in, reading and signing out, with generated bodies, cookies and CSRF tokens (hardly ever the right one). */
const consoleCase = fc.record({
  kind: fc.constant('console' as const),
  method: fc.constantFrom('POST', 'GET', 'DELETE', 'PUT'),
  body: fc.option(fc.oneof(fc.jsonValue(), fc.record({ token: fc.oneof(strings, fc.constantFrom(...known.secrets)) })), { nil: undefined }),
  cookie: fc.option(fc.oneof(headerValues.map((value) => `steward_session=${value}`), fc.constant(sessionHeaders(consoleSession).cookie!), headerValues), { nil: undefined }),
  csrf: fc.option(headerValues, { nil: undefined }),
});
type ConsoleCase = { kind: 'console'; method: string; body?: unknown; cookie?: string; csrf?: string };

/** Every route of every dialect, with the callers it usually hears. */
const keboolaHeaders = (token: string): Credentials => ({ headers: { 'x-kbc-manageapitoken': token } });
const restRoutes = [
  ...openPanel.routes.map((route) => ({ route, base: '/manage', usual: [tenant.rootClient.as], forms: false })),
  ...keboola.routes.map((route) => ({ route, base: '/manage', usual: [keboolaHeaders(tenant.owner.token), keboolaHeaders(tenant.managementKey.token)], forms: false })),
  ...keboolaStorage.routes.flatMap((route) =>
    ['/v2/storage', '/v2/storage/branch/default'].map((base) => ({ route, base, usual: [storageToken.as, readOnlyStorage.as], forms: true })),
  ),
  ...voucherify.routes.map((route) => ({ route, base: '/management/v1', usual: [{ headers: managementHeaders(tenant.managementKey) }], forms: false })),
];
const BODY_KEYS = [
  'name', 'projectId', 'title', 'datetime', 'type', 'domain', 'cors', 'email', 'role', 'organizationId', 'description', 'feature', 'limits', 'provider', 'metadata',
  'reason', 'expirationSeconds', 'configurationId', 'configuration', 'state', 'rowsSortOrder', 'rowId', 'isDisabled', 'changeDescription', 'targetConfigId',
  'case_sensitive_codes', 'timezone', 'currency', 'users', 'login', 'id', 'first_name', 'last_name', 'projects', 'target_url', 'events', 'active',
  'related_object', 'properties', 'schema', 'brand', 'address', 'contact', 'redeemables_limit', 'destination_project_id', 'default_code_config',
];

const restCase = fc.constantFrom(...restRoutes).chain(({ route, base, usual, forms }) =>
  fc.record({
    kind: fc.constant('rest' as const),
    method: fc.constant(route.method),
    path: fc.array(strings, { minLength: 4, maxLength: 4 }).map((ids) => `${base}${route.path.replace(/:\w+/g, () => encodeURIComponent(String(ids.pop())))}`),
    query: fc.option(
      fc.dictionary(
        fc.constantFrom('projectId', 'x', 'organizationId', 'expirationDays', 'limit', 'offset', 'include', 'isDeleted', 'componentType', 'page', 'starting_after_id', 'order', 'include_total', 'filters[name][conditions][$in]'),
        strings,
        { maxKeys: 2 },
      ),
      { nil: undefined },
    ),
    body: fc.option(fc.oneof(fc.jsonValue(), fc.record(Object.fromEntries(BODY_KEYS.map((key) => [key, fc.oneof(strings, fc.array(strings), fc.jsonValue())])), { requiredKeys: [] })), { nil: undefined }),
    // A dialect that reads forms gets some bodies as PHP's http_build_query would write them.
    form: forms ? fc.boolean() : fc.constant(false),
    caller: callers(usual),
  }),
);

type RestCase = { kind: 'rest'; method: string; path: string; query?: Record<string, string>; body?: unknown; form: boolean; caller: Credentials };

/** A form of the body's fields, nested values in brackets; anything else as its text. */
function formOf(body: unknown, prefix = ''): string[] {
  if (typeof body !== 'object' || body === null) return prefix ? [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(body))}`] : [String(body)];
  return Object.entries(body).flatMap(([key, value]) => formOf(value, prefix ? `${prefix}[${key}]` : key));
}

function restBody(request: RestCase): { body?: string; type?: string } {
  if (request.body === undefined || request.method === 'GET') return {};
  if (request.form) return { body: formOf(request.body).join('&'), type: 'application/x-www-form-urlencoded' };
  return { body: JSON.stringify(request.body), type: 'application/json' };
}

function describeCase(request: { kind: 'graphql'; query: string; variables: Record<string, unknown>; caller: Credentials } | RestCase | ConsoleCase) {
  if (request.kind === 'console') {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (request.cookie !== undefined) headers.cookie = request.cookie;
    if (request.csrf !== undefined) headers['x-steward-csrf'] = request.csrf;
    const body = request.method === 'GET' || request.body === undefined ? undefined : JSON.stringify(request.body);
    return { path: '/console/session', init: { method: request.method, headers, body } };
  }
  if (request.kind === 'graphql') {
    return {
      path: '/graphql',
      init: { method: 'POST', headers: { 'content-type': 'application/json', ...credentialHeaders(request.caller) }, body: JSON.stringify({ query: request.query, variables: request.variables }) },
    };
  }
  const search = request.query ? `?${new URLSearchParams(request.query)}` : '';
  const { body, type } = restBody(request);
  return {
    path: `${request.path}${search}`,
    init: { method: request.method, headers: { ...(type === undefined ? {} : { 'content-type': type }), ...credentialHeaders(request.caller) }, body },
  };
}

test(`${RUNS} generated requests of every GraphQL field, REST route and the console's sign-in: no 5xx, no internal error, no stack, no secret (seed ${SEED})`, async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof({ arbitrary: graphqlCase, weight: 10 }, { arbitrary: restCase, weight: 10 }, { arbitrary: consoleCase, weight: 1 }), async (request) => {
      const { path, init } = describeCase(request);
      const response = await gateway.send(path, init, '192.0.2.77');
      const text = await response.text();
      expect(response.status, text).toBeLessThan(500);
      expect(text).not.toContain('INTERNAL_SERVER_ERROR');
      expect(text).not.toMatch(/\n\s+at /);
      for (const secret of known.secrets) expect(text).not.toContain(secret);
      expect(gateway.internalErrors).toEqual([]);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
}, 600_000);
