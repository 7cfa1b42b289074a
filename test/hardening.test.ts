import { describe, expect, test } from 'vitest';
import { ViewerDocument } from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import { withTestGateway } from './support/gateway.js';
import { createProject, createTenant } from './support/tenant.js';

const { database, gateway } = await testEnvironment();
const tenant = await createTenant(database);
const auth = { authorization: `Bearer ${tenant.owner.token}` };

test('bodies over 100 kB are refused with 413, whether declared or streamed', async () => {
  const body = JSON.stringify({ query: `{ viewer { kind } }`, padding: 'x'.repeat(100_001) });
  const declared = await gateway.handle(new Request('http://steward.test/graphql', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body }));
  expect(declared.status).toBe(413);
  expect(await declared.json()).toEqual({
    errors: [{ message: 'the request body is larger than 100000 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE', maximum: 100000 } }],
  });

  const stream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(body.slice(i * 6000, (i + 1) * 6000)));
      controller.close();
    },
  });
  const streamed = await gateway.handle(
    new Request('http://steward.test/graphql', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit),
  );
  expect(streamed.status).toBe(413);

  const small = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: '{ viewer { kind } }' })));
      controller.close();
    },
  });
  const fine = await gateway.handle(
    new Request('http://steward.test/graphql', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: small, duplex: 'half' } as RequestInit),
  );
  expect(await fine.json()).toMatchObject({ data: { viewer: { kind: 'USER' } } });
});

test('a GET query needs the CSRF header; a JSON POST does not', async () => {
  const url = `http://steward.test/graphql?query=${encodeURIComponent('{ viewer { kind } }')}`;
  const bare = await gateway.handle(new Request(url, { headers: { ...auth, accept: 'application/json' } }));
  expect(bare.status).toBe(403);
  const marked = await gateway.handle(new Request(url, { headers: { ...auth, accept: 'application/json', 'x-graphql-yoga-csrf': '1' } }));
  expect(await marked.json()).toMatchObject({ data: { viewer: { kind: 'USER' } } });
});

test('production settings: no introspection, no field suggestions; CORS only for the configured origins', async () => {
  const settings = { hardening: { maxBodyBytes: 100_000, introspection: false, hideSuggestions: true }, corsOrigins: ['https://admin.example'] };
  await withTestGateway(database, { gateway: settings }, async (production) => {
    const typo = '{ viewerr { kind } }';
    expect((await gateway.execute(typo, {}, tenant.owner.as)).body.errors?.[0]?.message).toBe('Cannot query field "viewerr" on type "Query". Did you mean "viewer"?');
    expect((await production.execute(typo, {}, tenant.owner.as)).body.errors?.[0]?.message).toBe('Cannot query field "viewerr" on type "Query".');
    const introspection = await production.execute('{ __schema { queryType { name } } }', {}, tenant.owner.as);
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await production.execute(ViewerDocument, {}, tenant.owner.as)).expectData().viewer.kind).toBe('USER');

    const preflight = (handle: typeof gateway.handle, origin: string) =>
      handle(new Request('http://steward.test/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } }));
    expect((await preflight(production.handle, 'https://admin.example')).headers.get('access-control-allow-origin')).toBe('https://admin.example');
    expect((await preflight(production.handle, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect((await preflight(gateway.handle, 'https://admin.example')).headers.get('access-control-allow-origin')).toBeNull();
    const refused = await production.handle(new Request('http://steward.test/graphql', { method: 'POST', headers: { origin: 'https://admin.example', 'content-type': 'application/json' }, body: '{}' }));
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://admin.example');
  });
});

describe('hostile input', () => {
  const nul = 'Shop\u0000';

  test('a NUL character anywhere in a request (variables, literals, REST bodies and query strings) is refused as invalid input, and nothing is written', async () => {
    const own = await createTenant(database);
    const before = await database.prisma.project.count({ where: { organizationId: own.organizationId } });
    const create = 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } userErrors { code } } }';
    const inVariables = await gateway.execute(create, { input: { organizationId: own.organizationId, name: nul } }, own.owner.as);
    expect(inVariables.status).toBe(400);
    expect(inVariables.expectError('BAD_USER_INPUT').message).toBe('a string of the request contains a NUL character (\\u0000), which Steward does not store');
    const inDocument = await gateway.execute(`mutation { createProject(input: { organizationId: "${own.organizationId}", name: "Shop\\u0000" }) { project { id } } }`, {}, own.owner.as);
    expect(inDocument.status).toBe(400);
    inDocument.expectError('BAD_USER_INPUT');
    const inFilter = await gateway.execute('query ($id: ID!, $action: String) { organization(id: $id) { auditEvents(action: $action) { edges { node { id } } } } }', { id: own.organizationId, action: nul }, own.owner.as);
    inFilter.expectError('BAD_USER_INPUT');

    const rest = await gateway.handle(
      new Request('http://steward.test/manage/projects', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'openpanel-client-id': own.rootClient.id, 'openpanel-client-secret': own.rootClient.secret },
        body: JSON.stringify({ name: nul }),
      }),
    );
    expect(rest.status).toBe(400);
    expect(await rest.json()).toMatchObject({ status: 400, message: 'a string of the request contains a NUL character (\\u0000), which Steward does not store' });
    const inPath = await gateway.handle(
      new Request('http://steward.test/manage/clients?projectId=a%00b', {
        headers: { 'openpanel-client-id': own.rootClient.id, 'openpanel-client-secret': own.rootClient.secret },
      }),
    );
    expect(inPath.status).toBe(400);
    expect(await database.prisma.project.count({ where: { organizationId: own.organizationId } })).toBe(before);
    expect(gateway.internalErrors).toEqual([]);
  });

  test('a GET whose variables or extensions are not JSON is a 400 BAD_REQUEST', async () => {
    const query = encodeURIComponent('query ($x: String) { viewer { kind } }');
    for (const broken of ['variables={', 'variables=abc', 'extensions={']) {
      const response = await gateway.handle(
        new Request(`http://steward.test/graphql?query=${query}&${broken}`, { headers: { ...auth, accept: 'application/json', 'x-graphql-yoga-csrf': '1' } }),
      );
      expect(response.status, broken).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code, broken).toBe('BAD_REQUEST');
      expect(body.errors[0]!.message, broken).toMatch(/^variables and extensions must be JSON: /);
    }
    expect(gateway.internalErrors).toEqual([]);
  });
});

describe('cursors', () => {
  const cursor = (text: string) => Buffer.from(text).toString('base64');
  const projectsAfter = 'query ($id: ID!, $after: String) { organization(id: $id) { projects(first: 5, after: $after) { edges { node { id } } } } }';

  test('only a cursor Steward issued is taken: anything else is BAD_USER_INPUT, never a filter of its own', async () => {
    const own = await createTenant(database);
    await createProject(gateway, own);
    for (const forged of [cursor('GPC:J:{"id":{"gt":""}}'), cursor('GPC:O:{"id":{"gt":""}}'), cursor('GPC:D:1'), cursor('GPC:N:1'), cursor('GPC:S:'), 'not base64 at all']) {
      const response = await gateway.execute(projectsAfter, { id: own.organizationId, after: forged }, own.owner.as);
      expect(response.status, forged).toBe(400);
      expect(response.expectError('BAD_USER_INPUT').message, forged).toBe('after and before take only a cursor that Steward returned in pageInfo or an edge');
    }
    const literal = await gateway.execute(`{ organizations(first: 1, after: "${cursor('GPC:J:{}')}") { edges { node { id } } } }`, {}, own.owner.as);
    literal.expectError('BAD_USER_INPUT');
    expect(gateway.internalErrors).toEqual([]);
  });

  test("a cursor naming an object outside the connection answers as a missing one does", async () => {
    const [own, other] = [await createTenant(database), await createTenant(database)];
    await createProject(gateway, own);
    const foreign = (await createProject(gateway, other)).project.id;
    const missing = await gateway.execute(projectsAfter, { id: own.organizationId, after: cursor('GPC:S:prj_0000000000000000000000') }, own.owner.as);
    const outside = await gateway.execute(projectsAfter, { id: own.organizationId, after: cursor(`GPC:S:${foreign}`) }, own.owner.as);
    expect(outside.status).toBe(missing.status);
    expect([outside.body.data, outside.body.errors]).toEqual([missing.body.data, missing.body.errors]);
    expect(gateway.internalErrors).toEqual([]);
  });
});
