import { beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../../../src/db/ids.js';
import {
  ConfigurationDiffDocument,
  ConfigurationDocument,
  ConfigurationMetadataDocument,
  DeleteConfigurationMetadataDocument,
  SetConfigurationMetadataDocument,
  ConfigurationRowVersionsDocument,
  ConfigurationUsageDocument,
  ConfigurationVersionAtDocument,
  ConfigurationVersionsDocument,
  CopyConfigurationRowVersionDocument,
  CreateComponentDocument,
  CreateConfigurationDocument,
  CreateConfigurationFromVersionDocument,
  CreateConfigurationRowDocument,
  CreateStorageTokenDocument,
  DeleteConfigurationDocument,
  DeleteConfigurationRowDocument,
  ProjectConfigurationsDocument,
  ReleaseComponentVersionDocument,
  RestoreConfigurationDocument,
  RollbackConfigurationDocument,
  RollbackConfigurationRowDocument,
  UpdateConfigurationDocument,
  UpdateConfigurationRowDocument,
  UpdateConfigurationRowStateDocument,
  UpdateConfigurationStateDocument,
  type CreateConfigurationInput,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import type { Credentials } from '../../support/gateway.js';
import { createOperator, createProject, createTenant, unique, type Tenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

let operator: { bearer: string };
beforeAll(async () => {
  operator = await createOperator(database, ['component:write']);
});

const codes = (errors: { code: string; field: string[] }[]) => errors.map((error) => [error.code, error.field.join('.')]);

/** A component in the catalogue, with a release whose schema asks for a host, when `schema`. */
async function component(options: { schema?: boolean } = {}) {
  const slug = unique('keboola.ex-db');
  (await gateway.execute(CreateComponentDocument, { input: { slug, type: 'EXTRACTOR', name: 'DB' } }, operator)).expectData();
  if (options.schema) {
    const configurationSchema = { type: 'object', required: ['host'], properties: { host: { type: 'string' }, port: { type: 'integer', minimum: 1 } } };
    const rowConfigurationSchema = { type: 'object', properties: { table: { type: 'string' } } };
    (await gateway.execute(ReleaseComponentVersionDocument, { input: { componentId: slug, version: '1.0.0', configurationSchema, rowConfigurationSchema } }, operator)).expectData();
  }
  return slug;
}

/** A tenant with a project and a component; writes as the tenant's owner unless told otherwise. */
async function place(options: { schema?: boolean } = {}) {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  return { tenant, projectId: project.id, componentId: await component(options) };
}

async function create(where: { tenant: Tenant; projectId: string; componentId: string }, input: Partial<CreateConfigurationInput> = {}, as?: Credentials) {
  const payload = (
    await gateway.execute(CreateConfigurationDocument, { input: { projectId: where.projectId, componentId: where.componentId, name: 'Main', ...input } }, as ?? where.tenant.owner.as)
  ).expectData().createConfiguration!;
  expect(payload.userErrors).toEqual([]);
  return payload.configuration!;
}

describe('versions', () => {
  test('every change writes a version; a rollback writes a new one with old content; a copy starts at version 1', async () => {
    const where = await place();
    const { tenant } = where;
    const as = tenant.owner.as;
    const created = await create(where, { configuration: { host: 'a' }, state: { cursor: 1 } });
    expect(created).toMatchObject({ version: 1, key: String(created.databaseId), configuration: { host: 'a' }, state: { cursor: 1 }, isDeleted: false, release: null });
    expect(created.currentVersion).toEqual({ version: 1, changeDescription: 'Configuration created', creator: { kind: 'USER', id: tenant.owner.userId } });

    const update = async (input: Record<string, unknown>) =>
      (await gateway.execute(UpdateConfigurationDocument, { input: { configurationId: created.id, ...input } }, as)).expectData().updateConfiguration!;
    expect((await update({ configuration: { host: 'b' }, changeDescription: 'to b' })).configuration).toMatchObject({ version: 2, currentVersion: { changeDescription: 'to b' } });
    expect((await update({ name: 'Renamed', baseVersion: 2 })).configuration).toMatchObject({ version: 3, name: 'Renamed', currentVersion: { changeDescription: 'Configuration updated' } });
    // Nothing changed, or only the state: no version.
    expect((await update({ name: 'Renamed', configuration: { host: 'b' } })).configuration!.version).toBe(3);
    expect((await update({ state: { cursor: 2 } })).configuration).toMatchObject({ version: 3, state: { cursor: 2 } });
    const state = (await gateway.execute(UpdateConfigurationStateDocument, { input: { configurationId: created.id, state: { cursor: 3 } } }, as)).expectData();
    expect(state.updateConfigurationState!.configuration).toEqual({ version: 3, state: { cursor: 3 } });

    const versions = (await gateway.execute(ConfigurationVersionsDocument, { id: created.id, first: 10 }, as)).expectData().configuration!.versions.edges;
    expect(versions.map((edge) => [edge.node.version, edge.node.changeDescription])).toEqual([
      [3, 'Configuration updated'],
      [2, 'to b'],
      [1, 'Configuration created'],
    ]);

    const rolledBack = (await gateway.execute(RollbackConfigurationDocument, { input: { configurationId: created.id, version: 1 } }, as)).expectData().rollbackConfiguration!;
    expect(rolledBack.configuration).toMatchObject({ version: 4, name: 'Main', configuration: { host: 'a' }, state: { cursor: 3 }, currentVersion: { changeDescription: 'Rollback to version 1' } });
    const four = (await gateway.execute(ConfigurationVersionAtDocument, { id: created.id, version: 4 }, as)).expectData().configuration!.versionAt!;
    const one = (await gateway.execute(ConfigurationVersionAtDocument, { id: created.id, version: 1 }, as)).expectData().configuration!.versionAt!;
    expect({ ...four, version: 1 }).toEqual(one);

    const copy = (
      await gateway.execute(CreateConfigurationFromVersionDocument, { input: { configurationId: created.id, version: 2, name: 'Copy', newKey: 'copy-of-2' } }, as)
    ).expectData().createConfigurationFromVersion!;
    expect(copy.configuration).toMatchObject({ key: 'copy-of-2', version: 1, name: 'Copy', configuration: { host: 'b' }, state: {} });
    expect(copy.configuration!.currentVersion.changeDescription).toBe(`Copied from configuration "Main" (${created.key}) version 2`);

    const diff = (await gateway.execute(ConfigurationDiffDocument, { id: created.id, from: 2, to: 3 }, as)).expectData().configuration!.diff;
    expect(diff).toEqual([{ op: 'replace', path: '/name', value: 'Renamed', previous: 'Main' }]);
    (await gateway.execute(ConfigurationDiffDocument, { id: created.id, from: 1, to: 99 }, as)).expectError('NOT_FOUND');

    const events = await database.prisma.auditEvent.findMany({ where: { targetId: created.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => event.action)).toEqual([
      'configuration.create',
      'configuration.update',
      'configuration.update',
      'configuration.state',
      'configuration.state',
      'configuration.rollback',
    ]);
  });

  test('two updates based on the same version: exactly one wins, the other is told the latest', async () => {
    const where = await place();
    const created = await create(where);
    const as = where.tenant.owner.as;
    const attempt = (host: string) => gateway.execute(UpdateConfigurationDocument, { input: { configurationId: created.id, baseVersion: 1, configuration: { host } } }, as);
    const results = (await Promise.all([attempt('x'), attempt('y')])).map((result) => result.expectData().updateConfiguration!);
    const won = results.filter((result) => result.userErrors.length === 0);
    const lost = results.filter((result) => result.userErrors.length > 0);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(codes(lost[0]!.userErrors)).toEqual([['STALE_VERSION', 'input.baseVersion']]);
    expect(lost[0]!.userErrors[0]!.message).toMatch(/version 2 is the latest/);
    const read = (await gateway.execute(ConfigurationDocument, { id: created.id }, as)).expectData().configuration!;
    expect(read.version).toBe(2);
    expect(read.configuration).toEqual(won[0]!.configuration!.configuration);
  });

  test('versions are immutable: nothing in the API changes one, and the database refuses to', async () => {
    const where = await place();
    const created = await create(where, { configuration: { host: 'a' } });
    const row = (await gateway.execute(CreateConfigurationRowDocument, { input: { configurationId: created.id } }, where.tenant.owner.as)).expectData().createConfigurationRow!.row!;
    await expect(database.prisma.configurationVersion.updateMany({ where: { configurationId: created.id }, data: { name: 'rewritten' } })).rejects.toThrow(/immutable/);
    await expect(database.prisma.configurationRowVersion.updateMany({ where: { rowId: row.id }, data: { name: 'rewritten' } })).rejects.toThrow(/immutable/);
    const mutations = Object.keys((await import('../../../src/modules/index.js')).schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => /version/i.test(name))).toEqual(['copyConfigurationRowVersion', 'createConfigurationFromVersion', 'releaseComponentVersion']);
  });

  test('a history of 1,000 versions lists by page, reading no version’s content', async () => {
    const where = await place();
    const created = await create(where);
    const configuration = await database.prisma.configuration.findUniqueOrThrow({ where: { id: created.id } });
    await database.prisma.configurationVersion.createMany({
      data: Array.from({ length: 999 }, (_, index) => ({
        id: newId('ConfigurationVersion'),
        organizationId: configuration.organizationId,
        configurationId: configuration.id,
        version: index + 2,
        name: 'Main',
        description: '',
        configuration: { blob: 'x'.repeat(1000) },
        isDisabled: false,
        changeDescription: `change ${index + 2}`,
        createdByKind: 'USER',
        createdById: where.tenant.owner.userId,
      })),
    });
    const before = database.statements.length;
    const page = (await gateway.execute(ConfigurationVersionsDocument, { id: created.id, first: 20 }, where.tenant.owner.as)).expectData().configuration!.versions;
    expect(page.edges.map((edge) => edge.node.version)).toEqual(Array.from({ length: 20 }, (_, index) => 1000 - index));
    const next = (await gateway.execute(ConfigurationVersionsDocument, { id: created.id, first: 20, after: page.pageInfo.endCursor }, where.tenant.owner.as)).expectData()
      .configuration!.versions;
    expect(next.edges[0]!.node.version).toBe(980);
    const versionReads = database.statements.slice(before).filter((sql) => sql.includes('FROM "public"."ConfigurationVersion"'));
    // Two pages and the cursor's version: none reads content, each page is LIMITed.
    expect(versionReads).toHaveLength(3);
    for (const sql of versionReads) expect(sql).not.toMatch(/"ConfigurationVersion"\."configuration"/);
    expect(versionReads.filter((sql) => sql.includes('ORDER BY')).map((sql) => /LIMIT/.test(sql))).toEqual([true, true]);
  });
});

describe('content', () => {
  test('a configuration that violates its release’s schema is refused with the path of every violation', async () => {
    const where = await place({ schema: true });
    const bad = (
      await gateway.execute(CreateConfigurationDocument, { input: { projectId: where.projectId, componentId: where.componentId, name: 'x', configuration: { port: 0 } } }, where.tenant.owner.as)
    ).expectData().createConfiguration!;
    expect(codes(bad.userErrors)).toEqual([
      ['INVALID', 'input.configuration.host'],
      ['INVALID', 'input.configuration.port'],
    ]);
    expect(bad.userErrors[0]!.message).toBe('host is required (release 1.0.0)');
    const good = await create(where, { configuration: { host: 'db', port: 5432 } });
    const row = (
      await gateway.execute(CreateConfigurationRowDocument, { input: { configurationId: good.id, configuration: { table: 7 } } }, where.tenant.owner.as)
    ).expectData().createConfigurationRow!;
    expect(codes(row.userErrors)).toEqual([['INVALID', 'input.configuration.table']]);
    expect(await database.prisma.configuration.count({ where: { projectId: where.projectId } })).toBe(1);
  });

  test('bad input is a userError field by field', async () => {
    const where = await place();
    const bad = (
      await gateway.execute(
        CreateConfigurationDocument,
        { input: { projectId: where.projectId, componentId: where.componentId, name: '', key: 'has space', configuration: 'text', release: '9.9.9' } },
        where.tenant.owner.as,
      )
    ).expectData().createConfiguration!;
    expect(codes(bad.userErrors)).toEqual([
      ['INVALID', 'input.key'],
      ['INVALID', 'input.name'],
      ['INVALID', 'input.configuration'],
    ]);
    const missing = (
      await gateway.execute(CreateConfigurationDocument, { input: { projectId: where.projectId, componentId: 'no-such', name: 'x' } }, where.tenant.owner.as)
    ).expectData().createConfiguration!;
    expect(codes(missing.userErrors)).toEqual([['NOT_FOUND', 'input.componentId']]);
    const release = (
      await gateway.execute(CreateConfigurationDocument, { input: { projectId: where.projectId, componentId: where.componentId, name: 'x', release: '9.9.9' } }, where.tenant.owner.as)
    ).expectData().createConfiguration!;
    expect(codes(release.userErrors)).toEqual([['NOT_FOUND', 'input.release']]);
    const taken = await create(where, { key: 'main' });
    const again = (
      await gateway.execute(CreateConfigurationDocument, { input: { projectId: where.projectId, componentId: where.componentId, name: 'x', key: taken.key } }, where.tenant.owner.as)
    ).expectData().createConfiguration!;
    expect(codes(again.userErrors)).toEqual([['ALREADY_EXISTS', 'input.key']]);
  });
});

describe('rows', () => {
  test('rows have versions of their own, each also a version of the configuration; reorder, delete and roll back', async () => {
    const where = await place();
    const as = where.tenant.owner.as;
    const created = await create(where, { key: 'extractor' });
    const addRow = async (rowKey: string) =>
      (await gateway.execute(CreateConfigurationRowDocument, { input: { componentId: where.componentId, projectId: where.projectId, key: 'extractor', rowKey, name: rowKey, configuration: { table: rowKey } } }, as)).expectData()
        .createConfigurationRow!;
    const first = await addRow('orders');
    expect(first.row).toMatchObject({ key: 'orders', version: 1, currentVersion: { version: 1, changeDescription: 'Row orders added' } });
    expect(first.configuration).toEqual({ version: 2, rowsSortOrder: [], currentVersion: { changeDescription: 'Row orders added' } });
    await addRow('customers');
    expect((await gateway.execute(ConfigurationDocument, { id: created.id }, as)).expectData().configuration!.rows.map((row) => row.key)).toEqual(['customers', 'orders']);

    const reordered = (await gateway.execute(UpdateConfigurationDocument, { input: { configurationId: created.id, rowsSortOrder: ['orders', 'customers'] } }, as)).expectData()
      .updateConfiguration!;
    expect(reordered.configuration).toMatchObject({ version: 4, rowsSortOrder: ['orders', 'customers'] });
    expect(reordered.configuration!.rows.map((row) => row.key)).toEqual(['orders', 'customers']);
    const wrongOrder = (await gateway.execute(UpdateConfigurationDocument, { input: { configurationId: created.id, rowsSortOrder: ['orders'] } }, as)).expectData().updateConfiguration!;
    expect(codes(wrongOrder.userErrors)).toEqual([['INVALID', 'input.rowsSortOrder']]);

    const changed = (
      await gateway.execute(UpdateConfigurationRowDocument, { input: { rowId: first.row!.id, configuration: { table: 'orders_v2' }, baseVersion: 1 } }, as)
    ).expectData().updateConfigurationRow!;
    expect(changed.row).toMatchObject({ version: 2, configuration: { table: 'orders_v2' }, currentVersion: { changeDescription: 'Row orders changed' } });
    expect(changed.configuration!.version).toBe(5);
    const stale = (await gateway.execute(UpdateConfigurationRowDocument, { input: { rowId: first.row!.id, name: 'x', baseVersion: 1 } }, as)).expectData().updateConfigurationRow!;
    expect(codes(stale.userErrors)).toEqual([['STALE_VERSION', 'input.baseVersion']]);
    const rowState = (await gateway.execute(UpdateConfigurationRowStateDocument, { input: { rowId: first.row!.id, state: { last: 9 } } }, as)).expectData().updateConfigurationRowState!;
    expect(rowState.row).toMatchObject({ version: 2, state: { last: 9 } });

    const rowBack = (await gateway.execute(RollbackConfigurationRowDocument, { input: { rowId: first.row!.id, version: 1 } }, as)).expectData().rollbackConfigurationRow!;
    expect(rowBack.row).toMatchObject({ version: 3, configuration: { table: 'orders' }, state: { last: 9 } });
    const rowVersions = (await gateway.execute(ConfigurationRowVersionsDocument, { id: first.row!.id }, as)).expectData().node;
    expect(rowVersions && 'versions' in rowVersions && rowVersions.versions.edges.map((edge) => edge.node.version)).toEqual([3, 2, 1]);

    const deleted = (await gateway.execute(DeleteConfigurationRowDocument, { input: { rowId: first.row!.id } }, as)).expectData().deleteConfigurationRow!;
    expect(deleted.configuration).toEqual({ version: 7, rows: [{ key: 'customers' }] });
    // Version 4 had both rows in its order: the rollback brings the deleted one back.
    const restored = (await gateway.execute(RollbackConfigurationDocument, { input: { configurationId: created.id, version: 4 } }, as)).expectData().rollbackConfiguration!;
    expect(restored.configuration!.rows.map((row) => [row.key, row.configuration])).toEqual([
      ['orders', { table: 'orders' }],
      ['customers', { table: 'customers' }],
    ]);
    const atFour = (await gateway.execute(ConfigurationVersionAtDocument, { id: created.id, version: 4 }, as)).expectData().configuration!.versionAt!;
    expect(atFour.rows.map((row) => [row.row.key, row.version])).toEqual([
      ['orders', 1],
      ['customers', 1],
    ]);

    const other = await create(where, { key: 'second' });
    const copied = (
      await gateway.execute(CopyConfigurationRowVersionDocument, { input: { rowId: first.row!.id, version: 2, targetConfigurationId: other.id } }, as)
    ).expectData().copyConfigurationRowVersion!;
    expect(copied.row).toMatchObject({ version: 1, configuration: { table: 'orders_v2' }, state: {} });
    expect(copied.configuration).toMatchObject({ key: 'second', version: 2, rows: [{ key: copied.row!.key }] });
  });
});

describe('trash', () => {
  test('delete moves to the trash, restore brings back, a second delete removes for good; a trashed key renews its configuration', async () => {
    const where = await place();
    const as = where.tenant.owner.as;
    const created = await create(where, { key: 'daily' });
    await gateway.execute(CreateConfigurationRowDocument, { input: { configurationId: created.id, rowKey: 'r1' } }, as);
    const trashed = (await gateway.execute(DeleteConfigurationDocument, { input: { configurationId: created.id } }, as)).expectData().deleteConfiguration!;
    expect(trashed.configuration).toEqual({ isDeleted: true, version: 3, currentVersion: { changeDescription: 'Configuration deleted' } });
    const live = async () => (await gateway.execute(ProjectConfigurationsDocument, { id: where.projectId }, as)).expectData().project!.configurations!.edges.map((edge) => edge.node.key);
    const bin = async () =>
      (await gateway.execute(ProjectConfigurationsDocument, { id: where.projectId, deleted: true }, as)).expectData().project!.configurations!.edges.map((edge) => edge.node.key);
    expect(await live()).toEqual([]);
    expect(await bin()).toEqual(['daily']);
    const update = (await gateway.execute(UpdateConfigurationDocument, { input: { configurationId: created.id, name: 'x' } }, as)).expectData().updateConfiguration!;
    expect(codes(update.userErrors)).toEqual([['NOT_FOUND', 'input.configurationId']]);

    const restored = (await gateway.execute(RestoreConfigurationDocument, { input: { configurationId: created.id } }, as)).expectData().restoreConfiguration!;
    expect(restored.configuration).toMatchObject({ isDeleted: false, version: 4, rows: [{ key: 'r1' }], currentVersion: { changeDescription: 'Configuration restored' } });
    const notTrashed = (await gateway.execute(RestoreConfigurationDocument, { input: { configurationId: created.id } }, as)).expectData().restoreConfiguration!;
    expect(codes(notTrashed.userErrors)).toEqual([['NOT_DELETED', 'input.configurationId']]);

    await gateway.execute(DeleteConfigurationDocument, { input: { configurationId: created.id } }, as);
    const renewed = await create(where, { key: 'daily', name: 'Renewed' });
    expect(renewed).toMatchObject({ id: created.id, version: 6, name: 'Renewed', isDeleted: false, rows: [], currentVersion: { changeDescription: 'Configuration created' } });

    await gateway.execute(DeleteConfigurationDocument, { input: { configurationId: created.id } }, as);
    const purged = (await gateway.execute(DeleteConfigurationDocument, { input: { configurationId: created.id } }, as)).expectData().deleteConfiguration!;
    expect(purged).toEqual({ deletedConfigurationId: created.id, configuration: null, userErrors: [] });
    expect(await bin()).toEqual([]);
    expect(await database.prisma.configurationVersion.count({ where: { configurationId: created.id } })).toBe(0);
  });
});

describe('who may', () => {
  async function storageToken(tenant: Tenant, projectId: string, input: Record<string, unknown>): Promise<Credentials> {
    const payload = (await gateway.execute(CreateStorageTokenDocument, { input: { projectId, description: 'tool', ...input } }, tenant.owner.as)).expectData().createStorageToken!;
    return { headers: { 'x-storageapi-token': payload.token! } };
  }

  test('storage tokens reach the components of their componentAccess (all with canManageBuckets) in their own project; purging needs canPurgeTrash', async () => {
    const where = await place();
    const otherComponent = await component();
    const mine = await storageToken(where.tenant, where.projectId, { componentAccess: [where.componentId] });
    const all = await storageToken(where.tenant, where.projectId, { canManageBuckets: true, canPurgeTrash: true });
    const none = await storageToken(where.tenant, where.projectId, {});

    const made = (await gateway.execute(CreateConfigurationDocument, { input: { componentId: where.componentId, key: 'via-token', name: 'Token' } }, mine)).expectData()
      .createConfiguration!.configuration!;
    expect(made.currentVersion.creator.kind).toBe('STORAGE_TOKEN');
    await create({ ...where, componentId: otherComponent }, { key: 'elsewhere' });
    const forbidden = await gateway.execute(CreateConfigurationDocument, { input: { componentId: otherComponent, name: 'x' } }, mine);
    expect(forbidden.expectError('FORBIDDEN').extensions?.requires).toBe('configuration:write');

    const seen = async (as: Credentials) =>
      (await gateway.execute(ProjectConfigurationsDocument, { id: where.projectId }, as)).expectData().project!.configurations!.edges.map((edge) => edge.node.key).sort();
    expect(await seen(mine)).toEqual(['via-token']);
    expect(await seen(all)).toEqual(['elsewhere', 'via-token']);
    (await gateway.execute(ProjectConfigurationsDocument, { id: where.projectId }, none)).expectError('FORBIDDEN');
    (await gateway.execute(ConfigurationDocument, { id: made.id }, none)).expectError('NOT_FOUND');

    const byKey = { componentId: where.componentId, key: 'via-token' };
    await gateway.execute(DeleteConfigurationDocument, { input: byKey }, mine);
    const noPurge = await gateway.execute(DeleteConfigurationDocument, { input: byKey }, mine);
    expect(noPurge.expectError('FORBIDDEN').extensions?.requires).toBe('a storage token with canPurgeTrash');
    expect((await gateway.execute(DeleteConfigurationDocument, { input: byKey }, all)).expectData().deleteConfiguration!.configuration).toBeNull();
  });

  test('a project VIEWER reads but does not write; another tenant finds nothing; usage counts what is kept', async () => {
    const where = await place();
    const created = await create(where);
    const viewer = await where.tenant.addProjectUser(where.projectId, 'VIEWER');
    expect((await gateway.execute(ConfigurationDocument, { id: created.id }, viewer.as)).expectData().configuration!.key).toBe(created.key);
    (await gateway.execute(UpdateConfigurationDocument, { input: { configurationId: created.id, name: 'x' } }, viewer.as)).expectError('FORBIDDEN');
    const stranger = await createTenant(database);
    (await gateway.execute(ConfigurationDocument, { id: created.id }, stranger.owner.as)).expectError('NOT_FOUND');
    const update = (await gateway.execute(UpdateConfigurationDocument, { input: { configurationId: created.id, name: 'x' } }, stranger.owner.as)).expectData().updateConfiguration!;
    expect(codes(update.userErrors)).toEqual([['NOT_FOUND', 'input.configurationId']]);

    await gateway.execute(CreateConfigurationRowDocument, { input: { configurationId: created.id } }, where.tenant.owner.as);
    const usage = (await gateway.execute(ConfigurationUsageDocument, { id: where.tenant.organizationId }, where.tenant.owner.as)).expectData().organization!.configurationUsage;
    expect(usage).toEqual({ configurations: 1, rows: 1, versions: 3 });
  });
});

describe('metadata', () => {
  test('whoever writes a configuration sets and deletes its entries; readers read them; another configuration’s entry is not found', async () => {
    const where = await place();
    const as = where.tenant.owner.as;
    const created = await create(where, { key: 'with-metadata' });
    const other = await create(where, { key: 'other' });
    const byKey = { componentId: where.componentId, projectId: where.projectId, key: 'with-metadata' };
    const set = async (entries: { key: string; value: string }[]) =>
      (await gateway.execute(SetConfigurationMetadataDocument, { input: { ...byKey, entries } }, as)).expectData().setConfigurationMetadata!;
    await set([{ key: 'KBC.owner', value: 'ana' }]);
    const both = await set([{ key: 'KBC.owner', value: 'bo' }, { key: 'KBC.team', value: 'data' }]);
    expect(both.metadata!.map((entry) => [entry.provider, entry.key, entry.value])).toEqual([
      ['USER', 'KBC.owner', 'bo'],
      ['USER', 'KBC.team', 'data'],
    ]);
    const viewer = await where.tenant.addProjectUser(where.projectId, 'VIEWER');
    expect((await gateway.execute(ConfigurationMetadataDocument, { id: created.id }, viewer.as)).expectData().configuration!.metadata).toHaveLength(2);
    (await gateway.execute(SetConfigurationMetadataDocument, { input: { ...byKey, entries: [{ key: 'k', value: 'v' }] } }, viewer.as)).expectError('FORBIDDEN');

    const entry = both.metadata![0]!;
    const elsewhere = (
      await gateway.execute(DeleteConfigurationMetadataDocument, { input: { configurationId: other.id, id: String(entry.databaseId) } }, as)
    ).expectData().deleteConfigurationMetadata!;
    expect(codes(elsewhere.userErrors)).toEqual([['NOT_FOUND', 'input.id']]);
    const deleted = (await gateway.execute(DeleteConfigurationMetadataDocument, { input: { ...byKey, id: entry.id } }, as)).expectData().deleteConfigurationMetadata!;
    expect(deleted).toEqual({ deletedMetadataId: entry.id, userErrors: [] });
    expect((await gateway.execute(ConfigurationMetadataDocument, { id: created.id }, as)).expectData().configuration!.metadata.map((m) => m.key)).toEqual(['KBC.team']);
  });
});
