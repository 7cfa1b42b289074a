import { beforeAll, describe, expect, test } from 'vitest';
import type { Credentials } from '../support/gateway.js';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { catalogueComponent, mintStorageToken } from '../support/storage.js';
import { createOperator, createProject, createTenant } from '../support/tenant.js';

const { database, gateway } = await testEnvironment({ http: true });
const call = restClient(gateway);

const KEBOOLA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;

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
