import { describe, expect, test } from 'vitest';
import { newId } from '../../../src/db/ids.js';
import {
  CreateMetadataSchemaDocument,
  DeleteMetadataSchemaDocument,
  MetadataSchemaNodeDocument,
  OrganizationProjectsMetadataSchemasDocument,
  ProjectMetadataSchemasDocument,
  SetConfigurationMetadataDocument,
  SetMetadataDocument,
  UpdateMetadataSchemaDocument,
  type MetadataPropertyDefinitionInput,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import type { Credentials } from '../../support/gateway.js';
import { createOperator, createProject, createTenant, unique, type Tenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

const DEFAULTS = {
  optional: true, array: false, deleted: false, objectType: null, minLength: null, maxLength: null, exactLength: null,
  eq: null, ne: null, lt: null, lte: null, gt: null, gte: null,
};

async function projectOf(tenant?: Tenant) {
  const owner = tenant ?? (await createTenant(database));
  const { project } = await createProject(gateway, owner);
  return { tenant: owner, projectId: project.id };
}

async function create(projectId: string, relatedObject: string, properties: MetadataPropertyDefinitionInput[], as: Credentials, allowDefinedOnly?: boolean) {
  return (await gateway.execute(CreateMetadataSchemaDocument, { input: { projectId, relatedObject, properties, allowDefinedOnly } }, as)).expectData()
    .createMetadataSchema!;
}

async function update(id: string, properties: MetadataPropertyDefinitionInput[], as: Credentials, allowDefinedOnly?: boolean) {
  return (await gateway.execute(UpdateMetadataSchemaDocument, { input: { id, properties, allowDefinedOnly } }, as)).expectData().updateMetadataSchema!;
}

describe('metadata schemas', () => {
  test('a project admin creates, reads, updates and deletes a schema; every change is audited', async () => {
    const { tenant, projectId } = await projectOf();
    const admin = await tenant.addProjectUser(projectId, 'ADMIN');
    const created = await create(projectId, 'customer', [
      { name: 'size', type: 'NUMBER', optional: false, eq: [1, 2.5], lt: 10.25 },
      { name: 'color', type: 'STRING', minLength: 2, maxLength: 10 },
    ], admin.as);
    expect(created.userErrors).toEqual([]);
    const schema = created.metadataSchema!;
    expect(schema).toMatchObject({ relatedObject: 'customer', isCustom: false, allowDefinedOnly: false, updatedAt: null, project: { id: projectId } });
    expect(schema.id).toMatch(/^ms_/);
    expect(schema.properties).toEqual([
      { ...DEFAULTS, name: 'size', type: 'NUMBER', optional: false, eq: [1, 2.5], lt: 10.25 },
      { ...DEFAULTS, name: 'color', type: 'STRING', minLength: 2, maxLength: 10 },
    ]);

    const listed = (await gateway.execute(ProjectMetadataSchemasDocument, { id: projectId }, tenant.owner.as)).expectData().project!.metadataSchemas!;
    expect(listed.edges.map((edge) => edge.node)).toEqual([schema]);
    const byId = (await gateway.execute(ProjectMetadataSchemasDocument, { id: projectId, schemaId: schema.id }, tenant.owner.as)).expectData();
    expect(byId.project!.metadataSchemas!.edges).toHaveLength(1);
    const byKind = (await gateway.execute(ProjectMetadataSchemasDocument, { id: projectId, relatedObject: 'order' }, tenant.owner.as)).expectData();
    expect(byKind.project!.metadataSchemas!.edges).toEqual([]);
    expect((await gateway.execute(MetadataSchemaNodeDocument, { id: schema.id }, admin.as)).expectData().node).toEqual({ id: schema.id, relatedObject: 'customer' });

    const updated = await update(schema.id, [{ name: 'active', type: 'BOOLEAN' }], admin.as, true);
    expect(updated.metadataSchema!.allowDefinedOnly).toBe(true);
    expect(updated.metadataSchema!.updatedAt).not.toBeNull();
    expect(updated.metadataSchema!.createdAt).toBe(schema.createdAt);
    expect(updated.metadataSchema!.properties.map((p) => p.name)).toEqual(['size', 'color', 'active']);

    const deleted = (await gateway.execute(DeleteMetadataSchemaDocument, { input: { id: schema.id } }, admin.as)).expectData().deleteMetadataSchema!;
    expect(deleted).toEqual({ deletedMetadataSchemaId: schema.id, userErrors: [] });
    expect(await database.prisma.metadataSchema.count({ where: { id: schema.id } })).toBe(0);
    (await gateway.execute(MetadataSchemaNodeDocument, { id: schema.id }, admin.as)).expectError('NOT_FOUND');
    const actions = await database.prisma.auditEvent.findMany({ where: { targetId: schema.id }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } });
    expect(actions).toEqual(['create', 'update', 'delete'].map((verb) => ({ action: `metadata_schema.${verb}`, actorId: admin.userId })));
  });

  test('an update merges by name: a definition sent replaces the stored one whole, the others stay in their place; a type never changes', async () => {
    const { tenant, projectId } = await projectOf();
    const { metadataSchema } = await create(projectId, 'product', [
      { name: 'code', type: 'STRING', minLength: 3, eq: ['abc', 'abcd'] },
      { name: 'price', type: 'NUMBER', gte: 0 },
      { name: 'tags', type: 'STRING', array: true },
    ], tenant.owner.as);
    const id = metadataSchema!.id;

    const merged = await update(id, [{ name: 'code', type: 'STRING', maxLength: 8 }, { name: 'launch', type: 'DATE' }], tenant.owner.as);
    expect(merged.userErrors).toEqual([]);
    expect(merged.metadataSchema!.allowDefinedOnly).toBe(false);
    expect(merged.metadataSchema!.properties).toEqual([
      { ...DEFAULTS, name: 'code', type: 'STRING', maxLength: 8 },
      { ...DEFAULTS, name: 'price', type: 'NUMBER', gte: 0 },
      { ...DEFAULTS, name: 'tags', type: 'STRING', array: true },
      { ...DEFAULTS, name: 'launch', type: 'DATE' },
    ]);

    const retyped = await update(id, [{ name: 'price', type: 'STRING' }, { name: 'launch', type: 'DATETIME' }], tenant.owner.as);
    expect(retyped).toEqual({
      metadataSchema: null,
      userErrors: [
        { code: 'INVALID', field: ['input', 'properties', '0', 'type'], message: 'Property .properties.price.type cannot change from number to string' },
        { code: 'INVALID', field: ['input', 'properties', '1', 'type'], message: 'Property .properties.launch.type cannot change from date to datetime' },
      ],
    });

    const removed = await update(id, [{ name: 'tags', type: 'STRING', deleted: true }], tenant.owner.as);
    expect(removed.metadataSchema!.properties.find((p) => p.name === 'tags')).toEqual({ ...DEFAULTS, name: 'tags', type: 'STRING', deleted: true });
    expect(removed.metadataSchema!.properties).toHaveLength(4);
    const back = await update(id, [{ name: 'tags', type: 'STRING', array: true }], tenant.owner.as);
    expect(back.metadataSchema!.properties.find((p) => p.name === 'tags')).toEqual({ ...DEFAULTS, name: 'tags', type: 'STRING', array: true });
  });

  test('one schema per related object in a project: a second is ALREADY_EXISTS; another project may have its own', async () => {
    const { tenant, projectId } = await projectOf();
    expect((await create(projectId, 'voucher', [], tenant.owner.as)).userErrors).toEqual([]);
    expect(await create(projectId, 'voucher', [{ name: 'x', type: 'STRING' }], tenant.owner.as)).toEqual({
      metadataSchema: null,
      userErrors: [{ code: 'ALREADY_EXISTS', field: ['input', 'relatedObject'], message: 'Duplicated metadata schema exists with related_object voucher' }],
    });
    const other = await projectOf(tenant);
    expect((await create(other.projectId, 'voucher', [], tenant.owner.as)).userErrors).toEqual([]);
    const both = await Promise.all([create(other.projectId, 'order', [], tenant.owner.as), create(other.projectId, 'order', [], tenant.owner.as)]);
    expect(both.flatMap((payload) => payload.userErrors.map((error) => error.code))).toEqual(['ALREADY_EXISTS']);
  });

  test('every definition constraint of Voucherify is checked, all problems at once, worded as Voucherify words them', async () => {
    const { tenant, projectId } = await projectOf();
    await create(projectId, 'payment', [{ name: 'method', type: 'STRING' }], tenant.owner.as);
    const refused = await create(projectId, 'order', [
      { name: 'Size', type: 'NUMBER', eq: ['M', 2] },
      { name: 'title', type: 'STRING', eq: [3], ne: [1], lt: 2, minLength: 5, maxLength: 4 },
      { name: 'count', type: 'NUMBER', minLength: 1, exactLength: 2, lte: 1.005, ne: ['x'] },
      { name: 'flag', type: 'BOOLEAN', eq: [true], objectType: 'payment' },
      { name: 'length', type: 'STRING', exactLength: -1 },
      { name: 'payment', type: 'OBJECT' },
      { name: 'shipping', type: 'OBJECT', objectType: 'shipping' },
      { name: 'customer', type: 'OBJECT', objectType: 'customer' },
      { name: 'Size', type: 'STRING' },
      { name: '', type: 'STRING' },
    ], tenant.owner.as);
    const at = (index: number, ...path: string[]) => ['input', 'properties', String(index), ...path];
    expect(refused.metadataSchema).toBeNull();
    expect(refused.userErrors).toEqual([
      { code: 'INVALID', field: at(0, 'eq', '0'), message: 'Property .properties.Size.eq.0 must be number' },
      { code: 'INVALID', field: at(1, 'minLength', ), message: 'Property .properties.title.minLength must be <= maxLength' },
      { code: 'INVALID', field: at(1, 'eq', '0'), message: 'Property .properties.title.eq.0 must be string' },
      { code: 'INVALID', field: at(1, 'ne'), message: 'Property .properties.title.ne applies to type number only' },
      { code: 'INVALID', field: at(1, 'lt'), message: 'Property .properties.title.lt applies to type number only' },
      { code: 'INVALID', field: at(2, 'minLength'), message: 'Property .properties.count.minLength applies to type string only' },
      { code: 'INVALID', field: at(2, 'exactLength'), message: 'Property .properties.count.exactLength applies to type string only' },
      { code: 'INVALID', field: at(2, 'ne', '0'), message: 'Property .properties.count.ne.0 must be number' },
      { code: 'INVALID', field: at(2, 'lte'), message: 'Property .properties.count.lte must have at most 2 decimal places' },
      { code: 'INVALID', field: at(3, 'objectType'), message: 'Property .properties.flag.objectType must be null unless type is object' },
      { code: 'INVALID', field: at(3, 'eq'), message: 'Property .properties.flag.eq applies to types string and number only' },
      { code: 'INVALID', field: at(4, 'exactLength'), message: 'Property .properties.length.exactLength must be >= 0' },
      { code: 'INVALID', field: at(5, 'objectType'), message: 'Property .properties.payment.objectType must name a custom metadata schema of the project' },
      { code: 'INVALID', field: at(6, 'objectType'), message: 'Property .properties.shipping.objectType must name a custom metadata schema of the project' },
      { code: 'INVALID', field: at(7, 'objectType'), message: 'Property .properties.customer.objectType must name a custom metadata schema of the project' },
      { code: 'INVALID', field: at(8), message: 'Property .properties.Size is given twice' },
      { code: 'INVALID', field: at(9, 'name'), message: 'a property name must be 1 to 255 characters' },
    ]);

    const nested = await create(projectId, 'shipping', [{ name: 'payment', type: 'OBJECT', objectType: 'payment' }], tenant.owner.as);
    expect(nested.userErrors).toEqual([
      { code: 'INVALID', field: at(0, 'type'), message: 'Property .properties.payment.type must not be object: a nested object cannot contain another nested object' },
    ]);
    const tooMany = await create(projectId, 'campaign', Array.from({ length: 101 }, (_, i) => ({ name: `p${i}`, type: 'STRING' as const })), tenant.owner.as);
    expect(tooMany.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'properties'], message: 'a schema holds at most 100 definitions, removed ones included' }]);
    const blank = await create(projectId, '  ', [], tenant.owner.as);
    expect(blank.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'relatedObject'], message: 'relatedObject must not be empty' }]);
    const valid = await create(projectId, 'order', [{ name: 'payment', type: 'OBJECT', objectType: 'payment', array: true }, { name: 'n', type: 'NUMBER', lt: 1.25, ne: [0.001] }], tenant.owner.as);
    expect(valid.userErrors).toEqual([]);
    expect(valid.metadataSchema!.properties[0]).toMatchObject({ type: 'OBJECT', objectType: 'payment', array: true });
    const custom = (await gateway.execute(ProjectMetadataSchemasDocument, { id: projectId, relatedObject: 'payment' }, tenant.owner.as)).expectData();
    expect(custom.project!.metadataSchemas!.edges[0]!.node.isCustom).toBe(true);
  });

  test('project members read schemas; only project ADMINs and organization OWNERs and ADMINs change them; other tenants see nothing', async () => {
    const { tenant, projectId } = await projectOf();
    const { metadataSchema } = await create(projectId, 'customer', [], tenant.owner.as);
    const viewer = await tenant.addProjectUser(projectId, 'VIEWER');
    const editor = await tenant.addProjectUser(projectId, 'EDITOR');
    const orgAdmin = await tenant.addUser('ADMIN');
    const listed = (await gateway.execute(ProjectMetadataSchemasDocument, { id: projectId }, viewer.as)).expectData().project!.metadataSchemas!;
    expect(listed.edges.map((edge) => edge.node.id)).toEqual([metadataSchema!.id]);
    for (const who of [viewer, editor]) {
      const refused = await gateway.execute(UpdateMetadataSchemaDocument, { input: { id: metadataSchema!.id, properties: [] } }, who.as);
      expect(refused.expectError('FORBIDDEN').extensions?.requires).toBe('metadata-schema:write');
    }
    expect((await update(metadataSchema!.id, [{ name: 'a', type: 'STRING' }], orgAdmin.as)).userErrors).toEqual([]);

    const reader = await tenant.addKey(['metadata-schema:read']);
    (await gateway.execute(ProjectMetadataSchemasDocument, { id: projectId }, reader.as)).expectError('NOT_FOUND');
    expect((await gateway.execute(MetadataSchemaNodeDocument, { id: metadataSchema!.id }, reader.as)).expectData().node!.id).toBe(metadataSchema!.id);
    const writer = await tenant.addKey(['metadata-schema:write', 'project:read']);
    expect((await create(projectId, 'order', [], writer.as)).userErrors).toEqual([]);
    const projectOnly = await tenant.addKey(['project:read']);
    const hidden = (await gateway.execute(ProjectMetadataSchemasDocument, { id: projectId }, projectOnly.as));
    expect(hidden.body.data?.project?.metadataSchemas).toBeNull();
    expect(hidden.expectError('FORBIDDEN').path).toEqual(['project', 'metadataSchemas']);

    const stranger = await createTenant(database);
    const missing = await gateway.execute(DeleteMetadataSchemaDocument, { input: { id: metadataSchema!.id } }, stranger.owner.as);
    expect(missing.expectData().deleteMetadataSchema!.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'metadata schema not found' }]);
    (await gateway.execute(MetadataSchemaNodeDocument, { id: metadataSchema!.id }, stranger.owner.as)).expectError('NOT_FOUND');
    expect((await create(projectId, 'x', [], stranger.owner.as)).userErrors[0]!.code).toBe('NOT_FOUND');
  });

  test('update and delete given a projectId touch only a schema of that project', async () => {
    const { tenant, projectId } = await projectOf();
    const { projectId: otherProjectId } = await projectOf(tenant);
    const { metadataSchema } = await create(projectId, 'customer', [], tenant.owner.as);
    const id = metadataSchema!.id;
    const elsewhere = await gateway.execute(UpdateMetadataSchemaDocument, { input: { id, projectId: otherProjectId, properties: [] } }, tenant.owner.as);
    expect(elsewhere.expectData().updateMetadataSchema!.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'metadata schema not found' }]);
    const { projectId: foreignProjectId } = await projectOf();
    const foreign = await gateway.execute(DeleteMetadataSchemaDocument, { input: { id, projectId: foreignProjectId } }, tenant.owner.as);
    expect(foreign.expectData().deleteMetadataSchema!.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'projectId'], message: 'project not found' }]);
    const updated = await gateway.execute(UpdateMetadataSchemaDocument, { input: { id, projectId, properties: [{ name: 'size', type: 'NUMBER' }] } }, tenant.owner.as);
    expect(updated.expectData().updateMetadataSchema!.metadataSchema!.properties).toEqual([{ name: 'size', type: 'NUMBER', ...DEFAULTS }]);
    const deleted = await gateway.execute(DeleteMetadataSchemaDocument, { input: { id, projectId } }, tenant.owner.as);
    expect(deleted.expectData().deleteMetadataSchema).toEqual({ deletedMetadataSchemaId: id, userErrors: [] });
  });

  test('lists of schemas across projects take one statement per level, however many projects', async () => {
    const statements = async (count: number) => {
      const tenant = await createTenant(database);
      for (let i = 0; i < count; i++) {
        const { projectId } = await projectOf(tenant);
        await create(projectId, 'customer', [{ name: 'a', type: 'STRING' }], tenant.owner.as);
        await create(projectId, 'order', [], tenant.owner.as);
      }
      await gateway.execute(OrganizationProjectsMetadataSchemasDocument, { id: tenant.organizationId }, tenant.owner.as);
      await gateway.services.credentials.flush();
      const before = database.statements.length;
      const data = (await gateway.execute(OrganizationProjectsMetadataSchemasDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
      expect(data.organization!.projects.edges.flatMap((edge) => edge.node.metadataSchemas!.edges)).toHaveLength(2 * count);
      return database.statements.length - before;
    };
    expect(await statements(6)).toBe(await statements(2));
  });
});

describe('metadata checked against the schema of its kind', () => {
  async function projectWithSchema(allowDefinedOnly = false) {
    const { tenant, projectId } = await projectOf();
    await create(projectId, 'payment', [
      { name: 'method', type: 'STRING', optional: false, eq: ['card', 'wire'] },
      { name: 'tax', type: 'NUMBER' },
    ], tenant.owner.as, true);
    const { metadataSchema } = await create(projectId, 'project', [
      { name: 'size', type: 'NUMBER', gt: 0, lte: 10, ne: [5] },
      { name: 'code', type: 'STRING', exactLength: 4 },
      { name: 'tier', type: 'STRING', eq: ['gold', 'silver'] },
      { name: 'name', type: 'STRING', minLength: 2, maxLength: 5 },
      { name: 'active', type: 'BOOLEAN' },
      { name: 'since', type: 'DATE' },
      { name: 'at', type: 'DATETIME' },
      { name: 'logo', type: 'IMAGE_URL' },
      { name: 'place', type: 'GEOPOINT' },
      { name: 'scores', type: 'NUMBER', array: true, gte: 0 },
      { name: 'payment', type: 'OBJECT', objectType: 'payment' },
      { name: 'old', type: 'NUMBER', deleted: true },
    ], tenant.owner.as, allowDefinedOnly);
    return { tenant, projectId, schemaId: metadataSchema!.id };
  }

  const set = (projectId: string, entries: { key: string; value: string }[], as: Credentials) =>
    gateway.execute(SetMetadataDocument, { input: { projectId, provider: 'USER', entries } }, as);

  test('values that fit are stored; every value that does not is a userError at its entry naming the key', async () => {
    const { tenant, projectId } = await projectWithSchema();
    const good = [
      { key: 'size', value: '2.5' }, { key: 'code', value: 'ABCD' }, { key: 'tier', value: 'gold' }, { key: 'name', value: 'Ann' },
      { key: 'active', value: 'true' }, { key: 'since', value: '2024-02-29' }, { key: 'at', value: '2020-03-11T09:00:00.000Z' },
      { key: 'logo', value: 'https://example.com/logo.png' }, { key: 'place', value: '37.786971, -122.399677' }, { key: 'scores', value: '[1, 2.5]' },
      { key: 'payment', value: '{"method": "card", "tax": 0.2}' }, { key: 'old', value: 'anything' }, { key: 'free', value: 'anything' },
    ];
    const stored = (await set(projectId, good, tenant.owner.as)).expectData().setMetadata!;
    expect(stored.userErrors).toEqual([]);
    expect(stored.metadata).toHaveLength(good.length);

    const bad = [
      { key: 'size', value: 'abc' }, { key: 'size', value: '0' }, { key: 'size', value: '10.5' }, { key: 'size', value: '5' },
      { key: 'code', value: 'ABC' }, { key: 'tier', value: 'bronze' }, { key: 'name', value: 'A' }, { key: 'name', value: 'Abcdef' },
      { key: 'active', value: 'yes' }, { key: 'since', value: '2023-02-29' }, { key: 'at', value: '2020-03-11' },
      { key: 'logo', value: 'ftp://example.com/a.png' }, { key: 'place', value: '91, 0' }, { key: 'scores', value: '1' },
      { key: 'scores', value: '[1, -1, "2"]' }, { key: 'payment', value: '{"method": "cash", "extra": 1}' }, { key: 'payment', value: '{"tax": "x"}' },
    ];
    const results = await Promise.all(bad.map((entry) => set(projectId, [entry], tenant.owner.as)));
    const messages = results.map((result) => result.expectData().setMetadata!.userErrors.map((error) => error.message));
    expect(messages).toEqual([
      ['Property .metadata.size must be number'],
      ['Property .metadata.size must be > 0'],
      ['Property .metadata.size must be <= 10'],
      ['Property .metadata.size must NOT be equal to 5'],
      ['Property .metadata.code must have exactly 4 characters'],
      ['Property .metadata.tier must be equal to one of the allowed values: gold, silver'],
      ['Property .metadata.name must NOT have fewer than 2 characters'],
      ['Property .metadata.name must NOT have more than 5 characters'],
      ['Property .metadata.active must be boolean'],
      ['Property .metadata.since must be a date (YYYY-MM-DD)'],
      ['Property .metadata.at must be a date-time (ISO 8601, such as 2020-03-11T09:00:00.000Z)'],
      ['Property .metadata.logo must be an image URL (http or https)'],
      ['Property .metadata.place must be a geopoint (latitude, longitude, such as 37.786971, -122.399677)'],
      ['Property .metadata.scores must be array'],
      ['Property .metadata.scores.1 must be >= 0', 'Property .metadata.scores.2 must be number'],
      [
        'Property .metadata.payment.method must be equal to one of the allowed values: card, wire',
        'Property .metadata.payment.extra is not defined in the payment metadata schema, which allows defined properties only',
      ],
      ['Property .metadata.payment.tax must be number', 'Property .metadata.payment.method is required'],
    ]);
    expect(results[0]!.expectData().setMetadata!.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'entries', '0', 'value'] });
    const kept = await database.prisma.metadata.findFirstOrThrow({ where: { projectId, key: 'size' } });
    expect(kept.value).toBe('2.5');
  });

  test('allowDefinedOnly refuses unknown keys, soft-deleted definitions included; a deleted schema checks nothing', async () => {
    const { tenant, projectId, schemaId } = await projectWithSchema(true);
    const refused = (await set(projectId, [{ key: 'size', value: '1' }, { key: 'free', value: 'x' }, { key: 'old', value: '1' }], tenant.owner.as)).expectData();
    expect(refused.setMetadata!.userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'entries', '1', 'key'], message: 'Property .metadata.free is not defined in the project metadata schema, which allows defined properties only' },
      { code: 'INVALID', field: ['input', 'entries', '2', 'key'], message: 'Property .metadata.old is not defined in the project metadata schema, which allows defined properties only' },
    ]);
    expect(await database.prisma.metadata.count({ where: { projectId } })).toBe(0);
    await gateway.execute(DeleteMetadataSchemaDocument, { input: { id: schemaId } }, tenant.owner.as);
    expect((await set(projectId, [{ key: 'free', value: 'x' }, { key: 'size', value: 'big' }], tenant.owner.as)).expectData().setMetadata!.userErrors).toEqual([]);
  });

  test("a configuration's metadata is checked against the configuration schema; SYSTEM entries and organizations are not checked", async () => {
    const { tenant, projectId } = await projectWithSchema();
    await create(projectId, 'configuration', [{ name: 'owner', type: 'STRING', maxLength: 3 }], tenant.owner.as, true);
    const component = await database.prisma.component.create({ data: { id: newId('Component'), slug: unique('keboola.ex'), type: 'EXTRACTOR', name: 'c', flags: [] } });
    const configuration = await database.prisma.configuration.create({
      data: { id: newId('Configuration'), organizationId: tenant.organizationId, projectId, componentId: component.id, key: 'main', name: 'main', rowsSortOrder: [] },
    });
    const setOnConfiguration = (entries: { key: string; value: string }[]) =>
      gateway.execute(SetConfigurationMetadataDocument, { input: { configurationId: configuration.id, entries } }, tenant.owner.as);
    expect((await setOnConfiguration([{ key: 'owner', value: 'ann' }])).expectData().setConfigurationMetadata!.userErrors).toEqual([]);
    expect((await setOnConfiguration([{ key: 'owner', value: 'anne' }, { key: 'size', value: 'x' }])).expectData().setConfigurationMetadata!.userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'entries', '0', 'value'], message: 'Property .metadata.owner must NOT have more than 3 characters' },
      { code: 'INVALID', field: ['input', 'entries', '1', 'key'], message: 'Property .metadata.size is not defined in the configuration metadata schema, which allows defined properties only' },
    ]);

    const operator = await createOperator(database, ['project:write']);
    const system = await gateway.execute(SetMetadataDocument, { input: { projectId, provider: 'SYSTEM', entries: [{ key: 'size', value: 'huge' }] } }, operator);
    expect(system.expectData().setMetadata!.userErrors).toEqual([]);
    const organization = await gateway.execute(SetMetadataDocument, { input: { organizationId: tenant.organizationId, provider: 'USER', entries: [{ key: 'size', value: 'huge' }] } }, tenant.owner.as);
    expect(organization.expectData().setMetadata!.userErrors).toEqual([]);
  });
});
