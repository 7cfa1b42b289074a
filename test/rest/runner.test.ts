import { expect, test } from 'vitest';
import { z } from 'zod';
import { openPanel } from '../../src/rest/openpanel/dialect.js';
import { route, type Dialect } from '../../src/rest/route.js';
import { dialectHandler } from '../../src/rest/runner.js';
import { createGateway } from '../../src/graphql/gateway.js';
import { schema } from '../../src/modules/index.js';
import { testEnvironment } from '../support/environment.js';
import { createTenant } from '../support/tenant.js';

const { database, gateway } = await testEnvironment();

/** OpenPanel's shapes, with routes that fail the ways a dialect's code can fail. */
const broken: Dialect = {
  ...openPanel,
  name: 'broken',
  bases: ['/broken'],
  routes: [
    route({
      method: 'GET',
      path: '/shaping',
      operationId: 'shaping',
      summary: 'its result cannot be shaped',
      resource: 'project',
      response: z.object({}),
      operation: () => ({ document: '{ viewer { kind } }', variables: {} }),
      respond: () => {
        throw new Error('a field the dialect expected is missing');
      },
    }),
    route({
      method: 'GET',
      path: '/forbidden',
      operationId: 'forbidden',
      summary: 'asks for what a root client may not read',
      resource: 'project',
      response: z.object({}),
      operation: () => ({ document: '{ viewer { organization { managementKeys { edges { node { id } } } } } }', variables: {} }),
      respond: () => ({}),
    }),
    route({
      method: 'GET',
      path: '/document',
      operationId: 'document',
      summary: 'its GraphQL document is invalid',
      resource: 'project',
      response: z.object({}),
      operation: () => ({ document: '{ viewer { noSuchField } }', variables: {} }),
      respond: () => ({}),
    }),
  ],
};
const handle = dialectHandler(gateway.services, createGateway(schema, gateway.services, { graphiql: false }), broken, 100_000);

test('a permission the credential lacks is a 403 naming it', async () => {
  const tenant = await createTenant(database);
  const headers = { 'openpanel-client-id': tenant.rootClient.id, 'openpanel-client-secret': tenant.rootClient.secret };
  const response = (await handle(new Request('http://steward.test/broken/forbidden', { headers }), '192.0.2.1'))!;
  expect(response.status).toBe(403);
  expect(await response.json()).toEqual({ error: 'Forbidden', message: expect.stringContaining('key:read') });
});

test("a failure in a dialect's own code is a 500 in the dialect's shape: logged, never detailed to the client", async () => {
  const tenant = await createTenant(database);
  const headers = { 'openpanel-client-id': tenant.rootClient.id, 'openpanel-client-secret': tenant.rootClient.secret };
  for (const path of ['/broken/shaping', '/broken/document']) {
    const response = (await handle(new Request(`http://steward.test${path}`, { headers }), '192.0.2.1'))!;
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ status: 500, error: 'Internal Server Error', message: 'Internal server error' });
    expect(response.headers.get('x-ratelimit-limit')).not.toBeNull();
  }
  const logged = gateway.internalErrors.splice(0);
  expect(logged).toEqual([
    expect.objectContaining({ msg: 'internal error while handling a request', dialect: 'broken', path: '/broken/shaping' }),
    expect.objectContaining({ msg: 'internal error while handling a request', dialect: 'broken', path: '/broken/document' }),
  ]);
  expect(JSON.stringify(logged)).not.toContain(tenant.rootClient.secret);
});
