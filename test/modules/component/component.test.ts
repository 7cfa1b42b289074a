import { beforeAll, describe, expect, test } from 'vitest';
import { violations } from '../../../src/modules/component/json-schema.js';
import {
  ComponentDocument,
  ComponentNodeDocument,
  ComponentsDocument,
  CreateComponentDocument,
  ReleaseComponentVersionDocument,
  UpdateComponentDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createOperator, createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

let operator: { bearer: string };
let readOnlyOperator: { bearer: string };

beforeAll(async () => {
  operator = await createOperator(database, ['component:write']);
  readOnlyOperator = await createOperator(database, ['project:read', 'feature:write']);
});

const codes = (errors: { code: string; field: string[] }[]) => errors.map((error) => [error.code, error.field.join('.')]);

const HOST_SCHEMA = {
  type: 'object',
  required: ['host'],
  properties: { host: { type: 'string' }, port: { type: 'integer', minimum: 1 } },
};

async function createComponent(slug = unique('keboola.ex-db')) {
  const payload = (
    await gateway.execute(CreateComponentDocument, { input: { slug, type: 'EXTRACTOR', name: 'Database', flags: ['genericUI', 'genericUI'] } }, operator)
  ).expectData().createComponent!;
  expect(payload.userErrors).toEqual([]);
  return payload.component!;
}

describe('the catalogue', () => {
  test('the operator adds, changes and releases components; the latest release is what configurations follow', async () => {
    const slug = unique('keboola.ex-db-mysql');
    const component = await createComponent(slug);
    expect(component).toMatchObject({ slug, type: 'EXTRACTOR', name: 'Database', description: '', flags: ['genericUI'], documentationUrl: null, latestRelease: null });

    const updated = (
      await gateway.execute(
        UpdateComponentDocument,
        { input: { id: slug, name: 'MySQL', description: 'Reads MySQL', documentationUrl: 'https://help.example.com/mysql' } },
        operator,
      )
    ).expectData().updateComponent!;
    expect(updated.component).toMatchObject({ id: component.id, slug, name: 'MySQL', description: 'Reads MySQL', documentationUrl: 'https://help.example.com/mysql' });

    const first = (
      await gateway.execute(ReleaseComponentVersionDocument, { input: { componentId: component.id, version: '1.0.0', configurationSchema: HOST_SCHEMA } }, operator)
    ).expectData().releaseComponentVersion!;
    expect(first.userErrors).toEqual([]);
    expect(first.release).toMatchObject({ number: 1, version: '1.0.0', configurationSchema: HOST_SCHEMA, rowConfigurationSchema: {}, releaseNotes: '' });
    const second = (
      await gateway.execute(ReleaseComponentVersionDocument, { input: { componentId: slug, version: '1.1.0', releaseNotes: 'Ports' } }, operator)
    ).expectData().releaseComponentVersion!;
    expect(second.release).toMatchObject({ number: 2, version: '1.1.0', releaseNotes: 'Ports' });
    expect(second.component).toEqual({ slug, latestRelease: { version: '1.1.0' } });

    const again = (await gateway.execute(ReleaseComponentVersionDocument, { input: { componentId: slug, version: '1.0.0' } }, operator)).expectData()
      .releaseComponentVersion!;
    expect(codes(again.userErrors)).toEqual([['ALREADY_EXISTS', 'input.version']]);

    const read = (await gateway.execute(ComponentDocument, { id: slug }, operator)).expectData().component!;
    expect(read.releases.edges.map((edge) => [edge.node.number, edge.node.version])).toEqual([
      [2, '1.1.0'],
      [1, '1.0.0'],
    ]);
    // Past a cursor, one page: a sort without a unique last key would make Prisma drop the LIMIT.
    const page = 'query ($id: ID!, $after: String) { component(id: $id) { releases(first: 1, after: $after) { edges { node { number } } pageInfo { endCursor } } } }';
    type Page = { component: { releases: { edges: { node: { number: number } }[]; pageInfo: { endCursor: string } } } };
    const firstPage = (await gateway.execute<Page, object>(page, { id: slug }, operator)).expectData().component.releases;
    const before = database.statements.length;
    const next = (await gateway.execute<Page, object>(page, { id: slug, after: firstPage.pageInfo.endCursor }, operator)).expectData().component.releases;
    expect(next.edges.map((edge) => edge.node.number)).toEqual([1]);
    expect(database.statements.slice(before).find((sql) => sql.includes('FROM "public"."ComponentRelease"'))).toMatch(/LIMIT (\$\d+|\d+)/);

    const events = await database.prisma.auditEvent.findMany({ where: { targetId: component.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['component.create', 'component.update', 'component.release', 'component.release']);
  });

  test('bad input is a userError field by field; a slug is taken once', async () => {
    const slug = unique('dup');
    await createComponent(slug);
    const duplicate = (await gateway.execute(CreateComponentDocument, { input: { slug, type: 'WRITER', name: 'x' } }, operator)).expectData().createComponent!;
    expect(codes(duplicate.userErrors)).toEqual([['ALREADY_EXISTS', 'input.slug']]);

    const bad = (
      await gateway.execute(
        CreateComponentDocument,
        { input: { slug: 'has space', type: 'WRITER', name: '', documentationUrl: 'ftp://example.com', flags: ['ok', 'not ok'] } },
        operator,
      )
    ).expectData().createComponent!;
    expect(codes(bad.userErrors)).toEqual([
      ['INVALID', 'input.slug'],
      ['INVALID', 'input.name'],
      ['INVALID', 'input.flags.1'],
      ['INVALID', 'input.documentationUrl'],
    ]);

    const badSchema = (
      await gateway.execute(
        ReleaseComponentVersionDocument,
        { input: { componentId: slug, version: '1.0.0', configurationSchema: { type: 'no-such-type' }, rowConfigurationSchema: [1] } },
        operator,
      )
    ).expectData().releaseComponentVersion!;
    expect(codes(badSchema.userErrors)).toEqual([
      ['INVALID', 'input.configurationSchema'],
      ['INVALID', 'input.rowConfigurationSchema'],
    ]);
    expect(badSchema.userErrors[0]!.message).toMatch(/not a usable JSON Schema/);
    const missing = (await gateway.execute(ReleaseComponentVersionDocument, { input: { componentId: 'no-such-component', version: '1' } }, operator)).expectData()
      .releaseComponentVersion!;
    expect(codes(missing.userErrors)).toEqual([['NOT_FOUND', 'input.componentId']]);
  });

  test('only the operator with component:write changes the catalogue; everyone else is FORBIDDEN', async () => {
    const tenant = await createTenant(database);
    const component = await createComponent();
    for (const as of [tenant.owner.as, tenant.managementKey.as, readOnlyOperator]) {
      const create = await gateway.execute(CreateComponentDocument, { input: { slug: unique('c'), type: 'OTHER', name: 'n' } }, as);
      expect(create.expectError('FORBIDDEN').extensions?.requires).toBe('an operator token with component:write');
      (await gateway.execute(UpdateComponentDocument, { input: { id: component.id, name: 'x' } }, as)).expectError('FORBIDDEN');
      (await gateway.execute(ReleaseComponentVersionDocument, { input: { componentId: component.id, version: '9' } }, as)).expectError('FORBIDDEN');
    }
    expect(await database.prisma.component.findUniqueOrThrow({ where: { id: component.id }, include: { releases: true } })).toMatchObject({ name: 'Database', releases: [] });
  });

  test('every principal reads the catalogue, by id or slug, of one type if asked', async () => {
    const tenant = await createTenant(database);
    const component = await createComponent();
    for (const as of [tenant.owner.as, tenant.managementKey.as, operator]) {
      expect((await gateway.execute(ComponentDocument, { id: component.slug }, as)).expectData().component).toMatchObject({ id: component.id });
      expect((await gateway.execute(ComponentNodeDocument, { id: component.id }, as)).expectData().node).toEqual({ id: component.id, slug: component.slug });
    }
    const extractors = (await gateway.execute(ComponentsDocument, { type: 'EXTRACTOR', first: 100 }, tenant.owner.as)).expectData().components;
    expect(extractors.edges.every((edge) => edge.node.type === 'EXTRACTOR')).toBe(true);
    expect(extractors.edges.map((edge) => edge.node.slug)).toContain(component.slug);
    const writers = (await gateway.execute(ComponentsDocument, { type: 'WRITER', first: 100 }, tenant.owner.as)).expectData().components;
    expect(writers.edges.map((edge) => edge.node.slug)).not.toContain(component.slug);
    (await gateway.execute(ComponentDocument, { id: 'no-such-component' }, tenant.owner.as)).expectError('NOT_FOUND');
  });

  test('a release is history: the database refuses to rewrite one', async () => {
    const component = await createComponent();
    await gateway.execute(ReleaseComponentVersionDocument, { input: { componentId: component.id, version: '1.0.0' } }, operator);
    await expect(
      database.prisma.componentRelease.updateMany({ where: { componentId: component.id }, data: { releaseNotes: 'rewritten' } }),
    ).rejects.toThrow(/immutable/);
    expect((await database.prisma.componentRelease.findFirstOrThrow({ where: { componentId: component.id } })).releaseNotes).toBe('');
  });
});

describe('validation against a release', () => {
  test('every violation is reported by its path in the document', () => {
    const schema = { ...HOST_SCHEMA, properties: { ...HOST_SCHEMA.properties, tables: { type: 'array', items: { type: 'object', required: ['name'] } } } };
    expect(violations('test-host-schema', schema, { host: 'db', port: 5432, tables: [{ name: 't' }] })).toEqual([]);
    expect(violations('test-host-schema', schema, { port: 0, tables: [{ name: 't' }, {}] })).toEqual([
      { path: ['host'], message: 'host is required' },
      { path: ['port'], message: 'port must be >= 1' },
      { path: ['tables', '1', 'name'], message: 'tables.1.name is required' },
    ]);
  });
});
