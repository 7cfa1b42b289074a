import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Credentials } from '../support/gateway.js';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { catalogueComponent, mintStorageToken } from '../support/storage.js';
import { createOperator, createProject, createTenant } from '../support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });
const call = restClient(gateway);

const KEBOOLA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;

afterEach(() => {
  expect(gateway.internalErrors).toEqual([]);
});

let operator: Credentials;
beforeAll(async () => {
  operator = await createOperator(database, ['component:write']);
});

/** A project with a storage token that reaches `components` (every component with canManageBuckets when none are named). */
async function storageProject(components: string[] = []) {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  const token = await mintStorageToken(gateway, tenant, project.id, components.length > 0 ? { componentAccess: components } : { canManageBuckets: true });
  return { tenant, project, token };
}

describe('configurations through Keboola’s Storage API paths', () => {
  test('create, update twice, three versions, roll back to 1, copy version 2, two rows reordered, trash and restore', async () => {
    const slug = await catalogueComponent(gateway, operator);
    const { token } = await storageProject([slug]);
    const { as } = token;
    const base = `/v2/storage/components/${slug}/configs`;
    const creatorToken = { id: token.databaseId, description: token.description };

    const created = await call('POST', base, { as, body: { name: 'Main', configurationId: 'main-1', configuration: { parameters: { host: 'db.example.com' } } } });
    expect(created.headers.get('content-type')).toBe('application/json');
    expect(created.expectStatus(201)).toEqual({
      id: 'main-1',
      name: 'Main',
      description: '',
      created: expect.stringMatching(KEBOOLA_TIME),
      creatorToken,
      version: 1,
      changeDescription: 'Configuration created',
      isDisabled: false,
      isDeleted: false,
      configuration: { parameters: { host: 'db.example.com' } },
      rowsSortOrder: [],
      rows: [],
      state: {},
      currentVersion: { created: expect.stringMatching(KEBOOLA_TIME), creatorToken, changeDescription: 'Configuration created', versionIdentifier: expect.any(String) },
    });

    const second = (await call('PUT', `${base}/main-1`, { as, body: { configuration: { parameters: { host: 'db2.example.com' } }, changeDescription: 'Second host' } })).expectStatus(200);
    expect(second).toMatchObject({ version: 2, changeDescription: 'Second host', configuration: { parameters: { host: 'db2.example.com' } } });
    const third = (await call('PUT', `${base}/main-1`, { as, body: { name: 'Renamed' } })).expectStatus(200);
    expect(third).toMatchObject({ version: 3, name: 'Renamed', changeDescription: 'Configuration updated' });
    // Nothing changed: no version.
    expect((await call('PUT', `${base}/main-1`, { as, body: { name: 'Renamed' } })).expectStatus(200)).toMatchObject({ version: 3 });

    const versions = (await call('GET', `${base}/main-1/versions?include=name,configuration`, { as })).expectStatus(200);
    expect(versions.map((version: { version: number }) => version.version)).toEqual([3, 2, 1]);
    expect(versions[2]).toEqual({
      version: 1,
      created: expect.stringMatching(KEBOOLA_TIME),
      creatorToken,
      changeDescription: 'Configuration created',
      versionIdentifier: expect.any(String),
      isDeleted: false,
      name: 'Main',
      configuration: { parameters: { host: 'db.example.com' } },
    });
    expect(versions[0]).toMatchObject({ name: 'Renamed', changeDescription: 'Configuration updated', versionIdentifier: third.currentVersion.versionIdentifier });
    expect(new Set(versions.map((version: { versionIdentifier: string }) => version.versionIdentifier)).size).toBe(3);
    const paged = (await call('GET', `${base}/main-1/versions?offset=1&limit=1`, { as })).expectStatus(200);
    expect(paged).toEqual([expect.objectContaining({ version: 2, changeDescription: 'Second host' })]);
    expect(paged[0]).not.toHaveProperty('configuration');

    const rolledBack = (await call('POST', `${base}/main-1/versions/1/rollback`, { as })).expectStatus(201);
    expect(rolledBack).toMatchObject({ id: 'main-1', version: 4, name: 'Main', changeDescription: 'Rollback to version 1', configuration: { parameters: { host: 'db.example.com' } } });
    const four = (await call('GET', `${base}/main-1/versions/4`, { as })).expectStatus(200);
    const one = (await call('GET', `${base}/main-1/versions/1`, { as })).expectStatus(200);
    expect(four).toMatchObject({ version: 4, name: one.name, description: one.description, configuration: one.configuration, rows: [], rowsSortOrder: [] });
    expect(one).toMatchObject({ version: 1, name: 'Main', configuration: { parameters: { host: 'db.example.com' } }, creatorToken });

    const copy = (await call('POST', `${base}/main-1/versions/2/create`, { as, body: { name: 'Copy of 2' } })).expectStatus(201);
    expect(copy).toMatchObject({
      name: 'Copy of 2',
      version: 1,
      configuration: { parameters: { host: 'db2.example.com' } },
      changeDescription: 'Copied from configuration "Main" (main-1) version 2',
      state: {},
    });
    expect(copy.id).not.toBe('main-1');
    expect((await call('GET', `${base}/${copy.id}`, { as })).expectStatus(200)).toEqual(copy);

    const rowA = (await call('POST', `${base}/main-1/rows`, { as, body: { rowId: 'a', name: 'Table A', configuration: { table: 'a' } } })).expectStatus(201);
    expect(rowA).toEqual({
      id: 'a',
      name: 'Table A',
      description: '',
      configuration: { table: 'a' },
      isDisabled: false,
      version: 1,
      created: expect.stringMatching(KEBOOLA_TIME),
      creatorToken,
      changeDescription: 'Row a added',
      state: {},
    });
    (await call('POST', `${base}/main-1/rows`, { as, body: { rowId: 'b', configuration: { table: 'b' } } })).expectStatus(201);
    const withRows = (await call('GET', `${base}/main-1`, { as })).expectStatus(200);
    expect(withRows).toMatchObject({ version: 6, changeDescription: 'Row b added', rowsSortOrder: [] });
    expect(withRows.rows.map((row: { id: string }) => row.id)).toEqual(['a', 'b']);

    const reordered = (await call('PUT', `${base}/main-1`, { as, body: { rowsSortOrder: ['b', 'a'] } })).expectStatus(200);
    expect(reordered).toMatchObject({ version: 7, rowsSortOrder: ['b', 'a'] });
    expect(reordered.rows.map((row: { id: string; version: number }) => [row.id, row.version])).toEqual([
      ['b', 1],
      ['a', 1],
    ]);
    expect((await call('GET', `${base}/main-1/rows`, { as })).expectStatus(200).map((row: { id: string }) => row.id)).toEqual(['b', 'a']);

    const trashed = await call('DELETE', `${base}/main-1`, { as });
    expect(trashed.status).toBe(204);
    expect(trashed.body).toBeNull();
    expect((await call('GET', `${base}/main-1`, { as })).expectStatus(404)).toMatchObject({ error: 'Configuration main-1 not found', code: 'notFound', status: 'error' });
    expect((await call('GET', base, { as })).expectStatus(200).map((configuration: { id: string }) => configuration.id)).toEqual([copy.id]);
    const trash = (await call('GET', `${base}?isDeleted=true`, { as })).expectStatus(200);
    expect(trash).toEqual([expect.objectContaining({ id: 'main-1', isDeleted: true, version: 8, changeDescription: 'Configuration deleted' })]);

    const restored = (await call('POST', `${base}/main-1/restore`, { as })).expectStatus(200);
    expect(restored).toMatchObject({ id: 'main-1', isDeleted: false, version: 9, changeDescription: 'Configuration restored', rowsSortOrder: ['b', 'a'] });
    expect(restored.rows.map((row: { id: string }) => row.id)).toEqual(['b', 'a']);
    expect((await call('GET', `${base}/main-1`, { as })).expectStatus(200)).toEqual(restored);
  });
});

describe('rows and their versions', () => {
  test('update, state, versions, rollback, copy into another configuration, delete', async () => {
    const slug = await catalogueComponent(gateway, operator);
    const { token } = await storageProject([slug]);
    const { as } = token;
    const base = `/v2/storage/components/${slug}/configs`;
    (await call('POST', base, { as, body: { name: 'Main', configurationId: 'main' } })).expectStatus(201);
    (await call('POST', base, { as, body: { name: 'Other', configurationId: 'other' } })).expectStatus(201);
    const rows = `${base}/main/rows`;
    (await call('POST', rows, { as, body: { rowId: 'r1', configuration: { table: 'one' } } })).expectStatus(201);

    const changed = (await call('PUT', `${rows}/r1`, { as, body: { configuration: { table: 'two' }, name: 'Row one' } })).expectStatus(200);
    expect(changed).toMatchObject({ id: 'r1', version: 2, name: 'Row one', configuration: { table: 'two' }, changeDescription: 'Row r1 changed' });
    expect((await call('GET', `${base}/main`, { as })).expectStatus(200)).toMatchObject({ version: 3, changeDescription: 'Row r1 changed' });
    // Nothing changed: neither the row nor its configuration gets a version.
    expect((await call('PUT', `${rows}/r1`, { as, body: { name: 'Row one' } })).expectStatus(200)).toMatchObject({ version: 2 });

    const stated = (await call('PUT', `${rows}/r1/state`, { as, body: { state: { cursor: 42 } } })).expectStatus(200);
    expect(stated).toMatchObject({ version: 2, state: { cursor: 42 } });
    expect((await call('GET', `${rows}/r1`, { as })).expectStatus(200)).toEqual(stated);

    const versions = (await call('GET', `${rows}/r1/versions`, { as })).expectStatus(200);
    expect(versions.map((version: { version: number; changeDescription: string }) => [version.version, version.changeDescription])).toEqual([
      [2, 'Row r1 changed'],
      [1, 'Row r1 added'],
    ]);
    expect(versions[0]).not.toHaveProperty('configuration');
    expect(versions[0]).not.toHaveProperty('id');
    const withContent = (await call('GET', `${rows}/r1/versions?include=configuration,state&limit=1`, { as })).expectStatus(200);
    expect(withContent).toEqual([expect.objectContaining({ version: 2, configuration: { table: 'two' } })]);
    expect(withContent[0]).not.toHaveProperty('state');
    const first = (await call('GET', `${rows}/r1/versions/1`, { as })).expectStatus(200);
    expect(first).toMatchObject({ version: 1, name: '', configuration: { table: 'one' }, creatorToken: { id: token.databaseId } });

    const rolledBack = (await call('POST', `${rows}/r1/versions/1/rollback`, { as, body: { changeDescription: 'Back to one' } })).expectStatus(201);
    expect(rolledBack).toMatchObject({ id: 'r1', version: 3, name: '', configuration: { table: 'one' }, changeDescription: 'Back to one', state: { cursor: 42 } });

    const copied = (await call('POST', `${rows}/r1/versions/2/create`, { as, body: { targetConfigId: 'other' } })).expectStatus(201);
    expect(copied).toMatchObject({ version: 1, configuration: { table: 'two' }, state: {}, changeDescription: 'Copied from configuration "Main" (main) row r1 version 2' });
    const other = (await call('GET', `${base}/other`, { as })).expectStatus(200);
    expect(other).toMatchObject({ version: 2, changeDescription: `Row ${copied.id} copied from configuration "Main" (main) row r1 version 2` });
    expect(other.rows.map((row: { id: string }) => row.id)).toEqual([copied.id]);
    expect((await call('POST', `${rows}/r1/versions/2/create`, { as, body: { targetConfigId: 'missing' } })).expectStatus(404)).toMatchObject({
      error: 'Configuration missing not found',
      code: 'notFound',
    });

    const deleted = await call('DELETE', `${rows}/r1`, { as, body: { changeDescription: 'No longer needed' } });
    expect(deleted.status).toBe(204);
    expect((await call('GET', `${rows}/r1`, { as })).expectStatus(404)).toMatchObject({ error: 'Row r1 not found', code: 'notFound' });
    expect((await call('GET', `${base}/main`, { as })).expectStatus(200)).toMatchObject({ rows: [], changeDescription: 'No longer needed' });
    expect((await call('GET', rows, { as })).expectStatus(200)).toEqual([]);
  });
});

describe('access', () => {
  test('a token without the component is refused with 403 accessDenied; one without any component cannot list components', async () => {
    const slug = await catalogueComponent(gateway, operator);
    const elsewhere = await catalogueComponent(gateway, operator);
    const { tenant, project, token } = await storageProject([slug]);
    const base = `/v2/storage/components/${slug}/configs`;
    (await call('POST', base, { as: token.as, body: { name: 'Main', configurationId: 'main' } })).expectStatus(201);
    (await call('POST', `${base}/main/rows`, { as: token.as, body: { rowId: 'r' } })).expectStatus(201);

    const stranger = await mintStorageToken(gateway, tenant, project.id, { componentAccess: [elsewhere] });
    const as = stranger.as;
    const denied = { error: `You don't have access to the component "${slug}".`, code: 'accessDenied', status: 'error' };
    expect((await call('GET', `${base}/main`, { as })).expectStatus(403)).toMatchObject(denied);
    expect((await call('GET', base, { as })).expectStatus(403)).toMatchObject(denied);
    expect((await call('PUT', `${base}/main`, { as, body: { name: 'x' } })).expectStatus(403)).toMatchObject(denied);
    expect((await call('POST', base, { as, body: { name: 'x' } })).expectStatus(403)).toMatchObject(denied);
    expect((await call('DELETE', `${base}/main`, { as })).expectStatus(403)).toMatchObject(denied);
    expect((await call('GET', `${base}/main/rows/r`, { as })).expectStatus(403)).toMatchObject(denied);
    expect((await call('GET', `${base}/main/versions`, { as })).expectStatus(403)).toMatchObject(denied);
    expect((await call('GET', '/v2/storage/components', { as })).expectStatus(200)).toEqual([]);
    // Nothing changed.
    expect((await call('GET', `${base}/main`, { as: token.as })).expectStatus(200)).toMatchObject({ name: 'Main', version: 2 });

    const none = await mintStorageToken(gateway, tenant, project.id);
    expect((await call('GET', '/v2/storage/components', { as: none.as })).expectStatus(403)).toMatchObject({ code: 'accessDenied' });

    // Another project's token does not see this project's configurations, whatever it reaches.
    const outsider = await storageProject([slug]);
    expect((await call('GET', `${base}/main`, { as: outsider.token.as })).expectStatus(404)).toMatchObject({ error: 'Configuration main not found', code: 'notFound' });
  });

  test('the component list: components with configurations, each with them; include, componentType, isDeleted; the detail without them', async () => {
    const extractor = await catalogueComponent(gateway, operator, { configurationSchema: { type: 'object' } });
    const writer = await catalogueComponent(gateway, operator, { type: 'WRITER' });
    const unused = await catalogueComponent(gateway, operator);
    const { token } = await storageProject();
    const { as } = token;
    expect((await call('GET', '/v2/storage/components', { as })).expectStatus(200)).toEqual([]);
    (await call('POST', `/v2/storage/components/${extractor}/configs`, { as, body: { name: 'E', configurationId: 'e', configuration: { a: 1 }, state: { s: 1 } } })).expectStatus(201);
    (await call('POST', `/v2/storage/components/${extractor}/configs/e/rows`, { as, body: { rowId: 'r', configuration: { b: 2 } } })).expectStatus(201);
    (await call('POST', `/v2/storage/components/${writer}/configs`, { as, body: { name: 'W', configurationId: 'w' } })).expectStatus(201);
    (await call('POST', `/v2/storage/components/${writer}/configs`, { as, body: { name: 'Gone', configurationId: 'gone' } })).expectStatus(201);
    expect((await call('DELETE', `/v2/storage/components/${writer}/configs/gone`, { as })).status).toBe(204);

    const listed = (await call('GET', '/v2/storage/components', { as })).expectStatus(200);
    expect(listed.map((component: { id: string }) => component.id)).toEqual([extractor, writer].sort());
    const listedExtractor = listed.find((component: { id: string }) => component.id === extractor);
    expect(listedExtractor).toMatchObject({ id: extractor, type: 'extractor', name: `Component ${extractor}`, flags: ['genericUI'], version: 1, configurationSchema: { type: 'object' } });
    expect(listedExtractor.uri).toMatch(new RegExp(`/v2/storage/components/${extractor}$`));
    expect(listedExtractor.configurations).toEqual([expect.objectContaining({ id: 'e', name: 'E', version: 2 })]);
    expect(listedExtractor.configurations[0]).not.toHaveProperty('configuration');
    expect(listedExtractor.configurations[0]).not.toHaveProperty('rows');
    expect(listedExtractor.configurations[0]).not.toHaveProperty('state');

    const withRows = (await call('GET', '/v2/storage/components?include=rows', { as })).expectStatus(200);
    const rowsOnly = withRows.find((component: { id: string }) => component.id === extractor).configurations[0];
    expect(rowsOnly.rows).toEqual([expect.objectContaining({ id: 'r', version: 1 })]);
    expect(rowsOnly.rows[0]).not.toHaveProperty('configuration');
    const everything = (await call('GET', '/v2/storage/components?include=configuration,rows,state&componentType=extractor', { as })).expectStatus(200);
    expect(everything).toHaveLength(1);
    expect(everything[0].configurations[0]).toMatchObject({ configuration: { a: 1 }, state: { s: 1 }, rows: [{ id: 'r', configuration: { b: 2 }, state: {} }] });
    expect((await call('GET', '/v2/storage/components?componentType=writer&isDeleted=1', { as })).expectStatus(200)).toEqual([
      expect.objectContaining({ id: writer, configurations: [expect.objectContaining({ id: 'gone', isDeleted: true })] }),
    ]);
    expect((await call('GET', '/v2/storage/components?isDeleted=false', { as })).expectStatus(200)).toHaveLength(2);
    const badInclude = (await call('GET', '/v2/storage/components?include=invalid', { as })).expectStatus(400);
    expect(badInclude).toMatchObject({
      error: 'Invalid request',
      errors: [{ key: 'include', message: 'Invalid include parameters: "invalid". Only following are allowed: configuration, rows, state.' }],
    });

    const detail = (await call('GET', `/v2/storage/components/${unused}`, { as })).expectStatus(200);
    expect(detail).toMatchObject({ id: unused, type: 'extractor', description: 'Reads a database', uri: expect.any(String) });
    expect(detail).not.toHaveProperty('configurations');
    expect((await call('GET', '/v2/storage/components/no-such-component', { as })).expectStatus(404)).toMatchObject({
      error: 'Component no-such-component not found',
      code: 'notFound',
    });
    expect((await call('GET', '/v2/storage/components/no-such-component/configs', { as })).expectStatus(404)).toMatchObject({ code: 'notFound' });
  });
});

describe('validation', () => {
  const SCHEMA = {
    type: 'object',
    required: ['host'],
    properties: { host: { type: 'string' }, port: { type: 'integer', minimum: 1 } },
  };

  test("a configuration that violates its component's schema is refused with the path of every violation", async () => {
    const slug = await catalogueComponent(gateway, operator, { configurationSchema: SCHEMA, rowConfigurationSchema: { type: 'object', required: ['table'] } });
    const { token } = await storageProject([slug]);
    const { as } = token;
    const base = `/v2/storage/components/${slug}/configs`;

    const refused = (await call('POST', base, { as, body: { name: 'Bad', configurationId: 'bad', configuration: { port: 'x' } } })).expectStatus(400);
    expect(refused).toMatchObject({ code: 'storage.components.validation', status: 'error' });
    expect(refused.errors.map((error: { key: string }) => error.key).sort()).toEqual(['configuration.host', 'configuration.port']);
    expect(refused.error).toContain('configuration.host');
    expect((await call('GET', `${base}/bad`, { as })).expectStatus(404)).toMatchObject({ code: 'notFound' });

    (await call('POST', base, { as, body: { name: 'Good', configurationId: 'good', configuration: { host: 'db' } } })).expectStatus(201);
    const update = (await call('PUT', `${base}/good`, { as, body: { configuration: { host: 'db', port: 0 } } })).expectStatus(400);
    expect(update.errors).toEqual([{ key: 'configuration.port', message: expect.stringContaining('port') }]);
    expect((await call('GET', `${base}/good`, { as })).expectStatus(200)).toMatchObject({ version: 1, configuration: { host: 'db' } });

    const row = (await call('POST', `${base}/good/rows`, { as, body: { configuration: { other: 1 } } })).expectStatus(400);
    expect(row.errors).toEqual([{ key: 'configuration.table', message: expect.any(String) }]);
  });

  test('names, ids and the row order are checked as Keboola checks them', async () => {
    const slug = await catalogueComponent(gateway, operator);
    const { token } = await storageProject([slug]);
    const { as } = token;
    const base = `/v2/storage/components/${slug}/configs`;
    expect((await call('POST', base, { as, body: { configurationId: 'x' } })).expectStatus(400)).toMatchObject({
      error: 'Invalid parameters - name: This field is missing.',
      code: 'storage.components.validation',
      errors: [{ key: 'name', message: 'This field is missing.' }],
    });
    (await call('POST', base, { as, body: { name: 'Main', configurationId: 'main' } })).expectStatus(201);
    expect((await call('POST', base, { as, body: { name: 'Again', configurationId: 'main' } })).expectStatus(400)).toMatchObject({
      error: 'Configuration main already exists',
      code: 'configurationAlreadyExists',
    });
    (await call('POST', `${base}/main/rows`, { as, body: { rowId: 'a' } })).expectStatus(201);
    (await call('POST', `${base}/main/rows`, { as, body: { rowId: 'b' } })).expectStatus(201);
    expect((await call('POST', `${base}/main/rows`, { as, body: { rowId: 'a' } })).expectStatus(400)).toMatchObject({ code: 'configurationRowAlreadyExists' });
    expect((await call('PUT', `${base}/main`, { as, body: { rowsSortOrder: ['a', 'nope'] } })).expectStatus(400)).toMatchObject({
      code: 'storage.components.validation',
      errors: [{ key: 'rowsSortOrder', message: expect.stringContaining('nope') }],
    });
    expect((await call('PUT', `${base}/main`, { as, body: { rowsSortOrder: ['a'] } })).expectStatus(400)).toMatchObject({ code: 'validation.invalidRowSortOrder' });
    expect((await call('PUT', `${base}/main`, { as, body: { name: '' } })).expectStatus(400)).toMatchObject({
      code: 'storage.components.validation',
      errors: [{ key: 'name', message: expect.any(String) }],
    });
    expect((await call('POST', base, { as, body: { name: 'Bad id', configurationId: 'has space' } })).expectStatus(400)).toMatchObject({
      errors: [{ key: 'configurationId', message: expect.any(String) }],
    });
    expect((await call('GET', `${base}/main/versions/99`, { as })).expectStatus(404)).toMatchObject({ error: 'Version 99 not found', code: 'notFound' });
    expect((await call('GET', `${base}/main/versions/x`, { as })).expectStatus(404)).toMatchObject({ error: 'Version x not found' });
    expect((await call('POST', `${base}/main/versions/99/rollback`, { as })).expectStatus(404)).toMatchObject({ error: 'Version 99 not found' });
    expect((await call('GET', `${base}/main/rows/zz/versions/1`, { as })).expectStatus(404)).toMatchObject({ error: 'Row zz not found' });
    expect((await call('GET', `${base}/main/versions?limit=x`, { as })).expectStatus(400)).toMatchObject({ errors: [{ key: 'limit', message: expect.any(String) }] });
  });
});

describe('reading', () => {
  /** The SQL of one request, after a first one has verified and cached the token. */
  async function statementsOf(path: string, as: Credentials) {
    (await call('GET', path, { as })).expectStatus(200);
    await gateway.services.credentials.flush();
    const before = database.statements.length;
    const body = (await call('GET', path, { as })).expectStatus(200);
    return { body, statements: database.statements.slice(before) };
  }

  test('versions, their makers and the component list cost the same SQL for a few and for many', async () => {
    const slug = await catalogueComponent(gateway, operator);
    const { tenant, project, token } = await storageProject([slug]);
    const other = await mintStorageToken(gateway, tenant, project.id, { componentAccess: [slug] });
    const base = `/v2/storage/components/${slug}/configs`;
    for (const [key, updates] of [['few', 2], ['many', 24]] as const) {
      (await call('POST', base, { as: token.as, body: { name: key, configurationId: key } })).expectStatus(201);
      for (let i = 0; i < updates; i++) {
        const as = i % 2 === 0 ? other.as : token.as;
        (await call('PUT', `${base}/${key}`, { as, body: { configuration: { i } } })).expectStatus(200);
      }
    }
    const few = await statementsOf(`${base}/few/versions?include=configuration`, token.as);
    const many = await statementsOf(`${base}/many/versions?include=configuration`, token.as);
    expect(few.body).toHaveLength(3);
    expect(many.body).toHaveLength(25);
    expect(many.body.map((version: { creatorToken: { id: number } }) => version.creatorToken.id).slice(0, 3)).toEqual([token.databaseId, other.databaseId, token.databaseId]);
    expect(many.statements.length).toBe(few.statements.length);

    const one = await statementsOf('/v2/storage/components?include=rows', token.as);
    for (let i = 0; i < 10; i++) (await call('POST', base, { as: other.as, body: { name: `more ${i}` } })).expectStatus(201);
    const eleven = await statementsOf('/v2/storage/components?include=rows', token.as);
    expect(eleven.body[0].configurations).toHaveLength(12);
    expect(eleven.statements.length).toBe(one.statements.length);
  });
});
