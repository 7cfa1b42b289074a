import SwaggerParser from '@apidevtools/swagger-parser';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseForm } from '../../src/rest/form.js';
import type { Credentials } from '../support/gateway.js';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { catalogueComponent, mintStorageToken } from '../support/storage.js';
import { createOperator, createProject, createTenant } from '../support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });
const call = restClient(gateway);

afterEach(() => {
  expect(gateway.internalErrors).toEqual([]);
});

let operator: Credentials;
beforeAll(async () => {
  operator = await createOperator(database, ['component:write']);
});

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** What PHP's http_build_query writes: nulls dropped, booleans as 1/0, lists and objects in brackets. */
function httpBuildQuery(data: Record<string, unknown>, prefix = ''): string {
  return Object.entries(data)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => {
      const name = prefix ? `${prefix}[${key}]` : key;
      if (typeof value === 'object') return httpBuildQuery(value as Record<string, unknown>, name);
      const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
      return `${encodeURIComponent(name)}=${encodeURIComponent(text)}`;
    })
    .join('&');
}

async function setup(input: Record<string, unknown> = {}) {
  const slug = await catalogueComponent(gateway, operator);
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  const token = await mintStorageToken(gateway, tenant, project.id, { componentAccess: [slug], ...input });
  return { slug, tenant, project, token, as: token.as, base: `/v2/storage/components/${slug}/configs` };
}

describe('bodies in every encoding Keboola’s clients use', () => {
  test('PHP form fields with JSON strings, JSON with JSON strings, and JSON objects create the same configuration', async () => {
    const { as, base } = await setup();
    const content = { a: [], b: {}, c: [1, { d: null }] };

    const form = httpBuildQuery({ name: 'Form', configurationId: 'form', configuration: JSON.stringify(content), state: JSON.stringify({ s: 1 }), isDisabled: true, changeDescription: 'By form' });
    const byForm = (await call('POST', base, { as, body: form, headers: FORM })).expectStatus(201);
    const byString = (await call('POST', base, { as, body: { name: 'String', configurationId: 'string', configuration: JSON.stringify(content), state: JSON.stringify({ s: 1 }), isDisabled: true } })).expectStatus(201);
    const byObject = (await call('POST', base, { as, body: { name: 'Object', configurationId: 'object', configuration: content, state: { s: 1 }, isDisabled: true } })).expectStatus(201);
    for (const created of [byForm, byString, byObject]) {
      // Empty lists stay lists and empty objects objects.
      expect(created).toMatchObject({ version: 1, isDisabled: true, configuration: content, state: { s: 1 } });
    }
    expect(byForm.changeDescription).toBe('By form');
    const raw = await gateway.send(`${base}/form`, { headers: { 'x-storageapi-token': (as as { headers: Record<string, string> }).headers['x-storageapi-token']! } }, '192.0.2.1');
    expect(await raw.text()).toContain('"configuration":{"a":[],"b":{},"c":[1,{"d":null}]}');

    (await call('POST', `${base}/form/rows`, { as, body: httpBuildQuery({ rowId: 'a' }), headers: FORM })).expectStatus(201);
    (await call('POST', `${base}/form/rows`, { as, body: httpBuildQuery({ rowId: 'b', configuration: '{"t":1}', isDisabled: false }), headers: FORM })).expectStatus(201);
    const sorted = (await call('PUT', `${base}/form`, { as, body: httpBuildQuery({ rowsSortOrder: ['b', 'a'], description: 'sorted' }), headers: FORM })).expectStatus(200);
    expect(sorted).toMatchObject({ version: 4, description: 'sorted', rowsSortOrder: ['b', 'a'] });
    expect(sorted.rows).toEqual([expect.objectContaining({ id: 'b', configuration: { t: 1 }, isDisabled: false }), expect.objectContaining({ id: 'a' })]);
    // JSON can return to the order of ids, which a form cannot say (PHP drops an empty list).
    expect((await call('PUT', `${base}/form`, { as, body: { rowsSortOrder: [] } })).expectStatus(200)).toMatchObject({ version: 5, rowsSortOrder: [] });

    const deleted = await call('DELETE', `${base}/form/rows/a`, { as, body: httpBuildQuery({ changeDescription: 'Removed by form' }), headers: FORM });
    expect(deleted.status).toBe(204);
    expect((await call('GET', `${base}/form`, { as })).expectStatus(200)).toMatchObject({ version: 6, changeDescription: 'Removed by form' });
    const deletedByJson = await call('DELETE', `${base}/form/rows/b`, { as, body: { changeDescription: 'Removed by JSON' } });
    expect(deletedByJson.status).toBe(204);
    expect((await call('GET', `${base}/form`, { as })).expectStatus(200)).toMatchObject({ version: 7, changeDescription: 'Removed by JSON', rows: [] });
  });

  test('content that is not JSON is refused with Keboola’s format codes', async () => {
    const { as, base } = await setup();
    expect((await call('POST', base, { as, body: httpBuildQuery({ name: 'x', configuration: '{sdf}' }), headers: FORM })).expectStatus(400)).toMatchObject({
      code: 'validation.invalidConfigurationFormat',
      errors: [{ key: 'configuration', message: 'This value should be valid JSON.' }],
    });
    expect((await call('POST', base, { as, body: { name: 'x', state: '{x' } })).expectStatus(400)).toMatchObject({ code: 'validation.invalidStateFormat' });
    expect((await call('POST', base, { as, body: { name: 'x', configuration: 5 } })).expectStatus(400)).toMatchObject({ code: 'validation.invalidConfigurationFormat' });
    expect((await call('POST', base, { as, body: { name: 'x', isDisabled: 'maybe' } })).expectStatus(400)).toMatchObject({ errors: [{ key: 'isDisabled' }] });
    expect((await call('POST', base, { as, body: '{"name": ', headers: {} })).expectStatus(400)).toMatchObject({ status: 'error', code: 'validation' });
    expect((await call('POST', base, { as, body: 'name=x', headers: { 'content-type': 'text/plain' } })).expectStatus(415)).toMatchObject({ status: 'error' });
  });

  test('state alone: a JSON string or object, no new version; refusals worded as Keboola words them', async () => {
    const { as, base } = await setup();
    (await call('POST', base, { as, body: { name: 'Main', configurationId: 'main' } })).expectStatus(201);
    (await call('POST', `${base}/main/rows`, { as, body: { rowId: 'r' } })).expectStatus(201);

    const byForm = (await call('PUT', `${base}/main/state`, { as, body: httpBuildQuery({ state: '{"cursor":1}' }), headers: FORM })).expectStatus(200);
    expect(byForm).toMatchObject({ version: 2, state: { cursor: 1 } });
    expect((await call('GET', `${base}/main`, { as })).expectStatus(200)).toEqual(byForm);
    expect((await call('PUT', `${base}/main/state`, { as, body: { state: {} } })).expectStatus(200)).toMatchObject({ version: 2, state: {} });
    // A state in an update changes no version either.
    expect((await call('PUT', `${base}/main`, { as, body: { state: '{"cursor":2}' } })).expectStatus(200)).toMatchObject({ version: 2, state: { cursor: 2 } });

    const configurationState = [
      [{ state: '{sdf}' }, 'Invalid parameters - state: This value should be valid JSON.'],
      [{ description: 'Test', state: '{}' }, 'Invalid parameters - description: This field was not expected.'],
      [{ state: '' }, 'Invalid parameters - state: This value should not be blank.'],
      [{}, 'Invalid parameters - state: This field is missing.'],
    ] as const;
    for (const [body, error] of configurationState) {
      expect((await call('PUT', `${base}/main/state`, { as, body: httpBuildQuery(body), headers: FORM })).expectStatus(400)).toMatchObject({ error, code: 'storage.components.validation' });
    }

    const rowState = [
      [{ state: '{sdf}' }, 'Invalid state body format: This value should be valid JSON.', 'validation.invalidStateFormat'],
      [{ description: 'Test', state: '"{}"' }, 'Invalid parameters - description: This field was not expected.', 'storage.componentsRows.validation'],
      [{ state: '' }, 'Invalid state body format: This value should not be blank.', 'validation.invalidStateFormat'],
      [{}, 'Invalid state body format: This field is missing.', 'validation.invalidStateFormat'],
    ] as const;
    for (const [body, error, code] of rowState) {
      expect((await call('PUT', `${base}/main/rows/r/state`, { as, body: httpBuildQuery(body), headers: FORM })).expectStatus(400)).toMatchObject({ error, code });
    }
    const row = (await call('PUT', `${base}/main/rows/r/state`, { as, body: { state: '{"my":"test"}' } })).expectStatus(200);
    expect(row).toMatchObject({ version: 1, state: { my: 'test' } });
    expect((await call('GET', `${base}/main/rows/r`, { as })).expectStatus(200)).toEqual(row);
  });

  test('a form is read as PHP writes it', () => {
    expect(parseForm('name=a&rowsSortOrder%5B0%5D=b&rowsSortOrder%5B1%5D=a&metadata%5B0%5D%5Bkey%5D=k&metadata%5B0%5D%5Bvalue%5D=v&list%5B%5D=x&list%5B%5D=y')).toEqual({
      name: 'a',
      rowsSortOrder: ['b', 'a'],
      metadata: [{ key: 'k', value: 'v' }],
      list: ['x', 'y'],
    });
    expect(parseForm('a%5Bx%5D=1&a%5B1%5D=2&__proto__%5Bpolluted%5D=1&b%5Bc=3')).toEqual({ a: { x: '1', 1: '2' }, ['__proto__']: { polluted: '1' }, 'b[c': '3' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseForm('')).toEqual({});
  });
});

describe('paths, versions and errors', () => {
  test('/branch/default/ and /branch/{id}/ address the same configurations (every branch is the default branch)', async () => {
    const { slug, as, base } = await setup();
    (await call('POST', `/v2/storage/branch/default/components/${slug}/configs`, { as, body: { name: 'Main', configurationId: 'main' } })).expectStatus(201);
    const plain = (await call('GET', `${base}/main`, { as })).expectStatus(200);
    expect((await call('GET', `/v2/storage/branch/default/components/${slug}/configs/main`, { as })).expectStatus(200)).toEqual(plain);
    expect((await call('GET', `/v2/storage/branch/1234/components/${slug}/configs/main/`, { as })).expectStatus(200)).toEqual(plain);
    expect((await call('GET', `/v2/storage/branch/default/components`, { as })).expectStatus(200)).toHaveLength(1);
    expect((await call('POST', `/v2/storage/branch/default/components/${slug}/configs/main/reset-to-default`, { as })).expectStatus(501)).toMatchObject({
      error: 'Reset to default branch is not implemented for default branch',
      code: 'notImplemented',
    });
    expect((await call('POST', `${base}/missing/reset-to-default`, { as })).expectStatus(404)).toMatchObject({ code: 'notFound' });
  });

  test('If-Match: of two updates based on the same version exactly one wins, the other is 412; a trashed id renews; a purge needs canPurgeTrash', async () => {
    const { slug, tenant, project, as, base } = await setup();
    (await call('POST', base, { as, body: { name: 'Main', configurationId: 'main' } })).expectStatus(201);
    const updates = await Promise.all(
      ['first', 'second'].map((name) => call('PUT', `${base}/main`, { as, body: { name }, headers: { 'content-type': 'application/json', 'if-match': '"1"' } })),
    );
    expect(updates.map((update) => update.status).sort()).toEqual([200, 412]);
    const lost = updates.find((update) => update.status === 412)!.body;
    expect(lost).toMatchObject({ code: 'storage.components.configurations.versionMismatch', error: expect.stringContaining('version 2 is the latest') });
    expect((await call('GET', `${base}/main`, { as })).expectStatus(200)).toMatchObject({ version: 2, name: updates.find((update) => update.status === 200)!.body.name });
    expect((await call('PUT', `${base}/main`, { as, body: { name: 'third' }, headers: { 'content-type': 'application/json', 'if-match': '2' } })).expectStatus(200)).toMatchObject({ version: 3 });
    expect((await call('PUT', `${base}/main`, { as, body: { name: 'x' }, headers: { 'content-type': 'application/json', 'if-match': 'soon' } })).expectStatus(400)).toMatchObject({
      code: 'storage.components.validation',
    });

    (await call('POST', `${base}/main/rows`, { as, body: { rowId: 'r' } })).expectStatus(201);
    expect((await call('DELETE', `${base}/main`, { as })).status).toBe(204);
    const renewed = (await call('POST', base, { as, body: { name: 'Renewed', configurationId: 'main' } })).expectStatus(201);
    expect(renewed).toMatchObject({ id: 'main', name: 'Renewed', version: 6, isDeleted: false, rows: [], changeDescription: 'Configuration created' });

    expect((await call('DELETE', `${base}/main`, { as })).status).toBe(204);
    expect((await call('DELETE', `${base}/main`, { as })).expectStatus(403)).toMatchObject({ code: 'accessDenied', error: expect.stringContaining('canPurgeTrash') });
    const purger = await mintStorageToken(gateway, tenant, project.id, { componentAccess: [slug], canPurgeTrash: true });
    expect((await call('DELETE', `${base}/main`, { as: purger.as })).status).toBe(204);
    expect((await call('GET', `${base}?isDeleted=1`, { as })).expectStatus(200)).toEqual([]);
    expect((await call('POST', `${base}/main/restore`, { as })).expectStatus(404)).toMatchObject({ error: 'Configuration main not found' });
  });

  test("errors are Keboola's body: error, code, status and exceptionId", async () => {
    const { as, base } = await setup();
    const missingToken = (await call('GET', '/v2/storage/components')).expectStatus(401);
    expect(missingToken).toEqual({ error: expect.stringMatching(/^Invalid access token/), code: 'storage.tokenInvalid', status: 'error', exceptionId: expect.stringMatching(/^exception-[0-9a-f]{32}$/) });
    const tenant = await createTenant(database);
    expect((await call('GET', '/v2/storage/components', { headers: { 'x-storageapi-token': tenant.owner.token } })).expectStatus(401)).toMatchObject({ code: 'storage.tokenInvalid' });
    // Only X-StorageApi-Token counts here.
    expect((await call('GET', '/v2/storage/components', { as: tenant.owner.as })).expectStatus(401)).toMatchObject({ code: 'storage.tokenInvalid' });

    const route = (await call('GET', '/v2/storage/no-such-route', { as })).expectStatus(404);
    expect(route).toMatchObject({ code: 'notFound', status: 'error' });
    expect(route.error).toContain('/v2/storage/no-such-route');
    expect((await call('GET', `${base}/nothing`, { as })).expectStatus(404)).toMatchObject({ error: 'Configuration nothing not found', code: 'notFound', status: 'error', exceptionId: expect.any(String) });
    expect((await call('POST', `${base}/nothing/restore`, { as })).expectStatus(404)).toMatchObject({ error: 'Configuration nothing not found' });
    expect((await call('PUT', `${base}/nothing/rows/r`, { as, body: { name: 'x' } })).expectStatus(404)).toMatchObject({ error: 'Configuration nothing not found' });
    (await call('POST', base, { as, body: { name: 'Live', configurationId: 'live' } })).expectStatus(201);
    expect((await call('POST', `${base}/live/restore`, { as })).expectStatus(400)).toMatchObject({ error: 'Configuration live is not deleted' });
    expect((await call('PUT', `${base}/live/rows/none`, { as, body: { name: 'x' } })).expectStatus(404)).toMatchObject({ error: 'Row none not found' });
    expect((await call('POST', '/v2/storage/components/no-such-component/configs', { as, body: { name: 'x' } })).expectStatus(403)).toMatchObject({ code: 'accessDenied' });
  });

  test('the OpenAPI document describes every route, with the branch as a server variable', async () => {
    const response = await call('GET', '/v2/storage/openapi/keboola-storage.json');
    const document = response.expectStatus(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    await SwaggerParser.validate(structuredClone(document));
    expect(document.servers).toEqual([{ url: '/v2/storage/branch/{branchId}', variables: { branchId: { default: 'default' } } }, { url: '/v2/storage' }]);
    const operations = Object.values(document.paths as Record<string, Record<string, { operationId: string }>>).flatMap((path) => Object.values(path).map((operation) => operation.operationId));
    expect(operations).toEqual(expect.arrayContaining(['listComponents', 'addConfiguration', 'rollbackConfiguration', 'createConfigurationRowFromVersion', 'updateConfigurationRowState']));
    const create = document.paths['/components/{componentId}/configs'].post;
    expect(Object.keys(create.requestBody.content)).toEqual(['application/json', 'application/x-www-form-urlencoded']);
    expect(create.requestBody.required).toBe(true);
    expect(document.paths['/components/{componentId}/configs/{configurationId}'].delete.requestBody.required).toBe(false);
  });
});

describe('configuration metadata', () => {
  test('entries set by form or JSON (201, every entry), listed, deleted (204); another configuration’s entry is 404', async () => {
    const { as, base } = await setup();
    for (const configurationId of ['tagged', 'plain']) (await call('POST', base, { as, body: { name: configurationId, configurationId } })).expectStatus(201);
    const form = httpBuildQuery({ metadata: [{ key: 'KBC.owner', value: 'ana' }] });
    const first = (await call('POST', `${base}/tagged/metadata`, { as, body: form, headers: FORM })).expectStatus(201);
    expect(first).toEqual([{ id: expect.stringMatching(/^\d+$/), key: 'KBC.owner', value: 'ana', timestamp: expect.stringMatching(/\+0000$/) }]);
    const both = (await call('POST', `${base}/tagged/metadata`, { as, body: { metadata: [{ key: 'KBC.owner', value: 'bo' }, { key: 'KBC.team', value: 'data' }] } })).expectStatus(201);
    expect(both.map((entry: { key: string; value: string }) => [entry.key, entry.value])).toEqual([
      ['KBC.owner', 'bo'],
      ['KBC.team', 'data'],
    ]);
    expect((await call('GET', `${base}/tagged/metadata`, { as })).expectStatus(200)).toEqual(both);

    const entryId = both[0].id;
    const elsewhere = await call('DELETE', `${base}/plain/metadata/${entryId}`, { as });
    expect(elsewhere.expectStatus(404)).toMatchObject({ code: 'notFound', error: expect.stringContaining(`Metadata with id "${entryId}" not found`) });
    expect((await call('DELETE', `${base}/tagged/metadata/${entryId}`, { as })).status).toBe(204);
    expect((await call('GET', `${base}/tagged/metadata`, { as })).expectStatus(200).map((entry: { key: string }) => entry.key)).toEqual(['KBC.team']);
    const empty = await call('POST', `${base}/tagged/metadata`, { as, body: { metadata: [] } });
    expect(empty.expectStatus(400)).toMatchObject({ error: expect.stringContaining('at least one entry') });
    (await call('GET', `${base}/missing/metadata`, { as })).expectStatus(404);
  });
});
