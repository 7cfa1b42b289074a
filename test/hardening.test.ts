import { expect, test } from 'vitest';
import { ViewerDocument } from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import { withTestGateway } from './support/gateway.js';
import { createTenant } from './support/tenant.js';

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
    const typo = '{ viewr { kind } }';
    expect((await gateway.execute(typo, {}, tenant.owner.as)).body.errors?.[0]?.message).toBe('Cannot query field "viewr" on type "Query". Did you mean "viewer"?');
    expect((await production.execute(typo, {}, tenant.owner.as)).body.errors?.[0]?.message).toBe('Cannot query field "viewr" on type "Query".');
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
