import { describe, expect, test } from 'vitest';
import {
  CreateCustomEventSchemaDocument,
  DeleteCustomEventSchemaDocument,
  MetadataSchemaNodeDocument,
  OrganizationProjectsCustomEventSchemasDocument,
  ProjectCustomEventSchemasDocument,
  UpdateCustomEventSchemaDocument,
  type CustomEventPropertyInput,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import type { Credentials } from '../../support/gateway.js';
import { createProject, createTenant, type Tenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

async function projectOf(tenant?: Tenant) {
  const owner = tenant ?? (await createTenant(database));
  const { project } = await createProject(gateway, owner);
  return { tenant: owner, projectId: project.id };
}

async function create(projectId: string, name: string, properties: CustomEventPropertyInput[], as: Credentials) {
  return (await gateway.execute(CreateCustomEventSchemaDocument, { input: { projectId, name, properties } }, as)).expectData().createCustomEventSchema!;
}

async function update(id: string, properties: CustomEventPropertyInput[], as: Credentials) {
  return (await gateway.execute(UpdateCustomEventSchemaDocument, { input: { id, properties } }, as)).expectData().updateCustomEventSchema!;
}

describe('custom event schemas', () => {
  test('a project admin creates, reads, updates and deletes an event schema; every change is audited', async () => {
    const { tenant, projectId } = await projectOf();
    const admin = await tenant.addProjectUser(projectId, 'ADMIN');
    const created = await create(projectId, ' review ', [{ name: 'published', type: 'BOOLEAN' }, { name: 'stars', type: 'NUMBER', optional: false }], admin.as);
    expect(created.userErrors).toEqual([]);
    const schema = created.customEventSchema!;
    expect(schema).toMatchObject({
      name: 'review',
      updatedAt: null,
      project: { id: projectId },
      properties: [
        { name: 'published', type: 'BOOLEAN', optional: true, deleted: false },
        { name: 'stars', type: 'NUMBER', optional: false, deleted: false },
      ],
    });
    expect(schema.id).toMatch(/^ces_/);
    const empty = await create(projectId, 'sign-up', [], admin.as);
    expect(empty.customEventSchema!.properties).toEqual([]);

    const listed = (await gateway.execute(ProjectCustomEventSchemasDocument, { id: projectId }, tenant.owner.as)).expectData().project!.customEventSchemas!;
    expect(listed.edges.map((edge) => edge.node.name)).toEqual(['review', 'sign-up']);
    const byName = (await gateway.execute(ProjectCustomEventSchemasDocument, { id: projectId, name: 'review' }, tenant.owner.as)).expectData();
    expect(byName.project!.customEventSchemas!.edges.map((edge) => edge.node)).toEqual([schema]);
    expect((await gateway.execute(MetadataSchemaNodeDocument, { id: schema.id }, admin.as)).expectData().node).toEqual({ id: schema.id, name: 'review' });

    const updated = await update(schema.id, [{ name: 'text', type: 'STRING' }], admin.as);
    expect(updated.customEventSchema!.updatedAt).not.toBeNull();
    expect(updated.customEventSchema!.properties.map((p) => p.name)).toEqual(['published', 'stars', 'text']);

    const deleted = (await gateway.execute(DeleteCustomEventSchemaDocument, { input: { id: schema.id } }, admin.as)).expectData().deleteCustomEventSchema!;
    expect(deleted).toEqual({ deletedCustomEventSchemaId: schema.id, userErrors: [] });
    expect(await database.prisma.customEventSchema.count({ where: { id: schema.id } })).toBe(0);
    const actions = await database.prisma.auditEvent.findMany({ where: { targetId: schema.id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(['create', 'update', 'delete'].map((verb) => `custom_event_schema.${verb}`));
  });

  test('an update merges by name: a property sent replaces the stored one whole and may change its type; deleted: true soft-deletes', async () => {
    const { tenant, projectId } = await projectOf();
    const { customEventSchema } = await create(projectId, 'purchase', [
      { name: 'amount', type: 'NUMBER', optional: false },
      { name: 'at', type: 'DATETIME' },
      { name: 'coupon', type: 'STRING' },
    ], tenant.owner.as);
    const id = customEventSchema!.id;
    const merged = await update(id, [{ name: 'amount', type: 'STRING' }, { name: 'coupon', type: 'STRING', deleted: true }, { name: 'day', type: 'DATE' }], tenant.owner.as);
    expect(merged.userErrors).toEqual([]);
    expect(merged.customEventSchema!.properties).toEqual([
      { name: 'amount', type: 'STRING', optional: true, deleted: false },
      { name: 'at', type: 'DATETIME', optional: true, deleted: false },
      { name: 'coupon', type: 'STRING', optional: true, deleted: true },
      { name: 'day', type: 'DATE', optional: true, deleted: false },
    ]);
  });

  test('names are unique per project; bad input is a userError', async () => {
    const { tenant, projectId } = await projectOf();
    await create(projectId, 'sign-up', [], tenant.owner.as);
    expect(await create(projectId, 'sign-up', [], tenant.owner.as)).toEqual({
      customEventSchema: null,
      userErrors: [{ code: 'ALREADY_EXISTS', field: ['input', 'name'], message: 'Duplicated custom_event_schema exists with name sign-up' }],
    });
    const other = await projectOf(tenant);
    expect((await create(other.projectId, 'sign-up', [], tenant.owner.as)).userErrors).toEqual([]);

    expect((await create(projectId, '', [], tenant.owner.as)).userErrors).toEqual([{ code: 'INVALID', field: ['input', 'name'], message: 'name must not be empty' }]);
    expect((await create(projectId, 'x'.repeat(256), [], tenant.owner.as)).userErrors[0]!.code).toBe('TOO_LONG');
    const twice = await create(projectId, 'twice', [{ name: 'a', type: 'STRING' }, { name: 'a', type: 'NUMBER' }, { name: '', type: 'STRING' }], tenant.owner.as);
    expect(twice.userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'properties', '1', 'name'], message: 'Property .schema.properties.a is given twice' },
      { code: 'INVALID', field: ['input', 'properties', '2', 'name'], message: 'a property name must be 1 to 255 characters' },
    ]);
    const many = await create(projectId, 'many', Array.from({ length: 101 }, (_, i) => ({ name: `p${i}`, type: 'STRING' as const })), tenant.owner.as);
    expect(many.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'properties'], message: 'a schema holds at most 100 properties, removed ones included' }]);
  });

  test('project members read; only admins write; other tenants see nothing', async () => {
    const { tenant, projectId } = await projectOf();
    const { customEventSchema } = await create(projectId, 'login', [], tenant.owner.as);
    const viewer = await tenant.addProjectUser(projectId, 'VIEWER');
    const editor = await tenant.addProjectUser(projectId, 'EDITOR');
    expect((await gateway.execute(ProjectCustomEventSchemasDocument, { id: projectId }, viewer.as)).expectData().project!.customEventSchemas!.edges).toHaveLength(1);
    for (const who of [viewer, editor]) {
      const refused = await gateway.execute(CreateCustomEventSchemaDocument, { input: { projectId, name: 'x', properties: [] } }, who.as);
      expect(refused.expectError('FORBIDDEN').extensions?.requires).toBe('metadata-schema:write');
    }
    const stranger = await createTenant(database);
    const hidden = await gateway.execute(UpdateCustomEventSchemaDocument, { input: { id: customEventSchema!.id, properties: [] } }, stranger.owner.as);
    expect(hidden.expectData().updateCustomEventSchema!.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'custom event schema not found' }]);
    (await gateway.execute(MetadataSchemaNodeDocument, { id: customEventSchema!.id }, stranger.owner.as)).expectError('NOT_FOUND');
  });

  test('update and delete given a projectId touch only a schema of that project', async () => {
    const { tenant, projectId } = await projectOf();
    const { projectId: otherProjectId } = await projectOf(tenant);
    const { customEventSchema } = await create(projectId, 'login', [], tenant.owner.as);
    const id = customEventSchema!.id;
    const elsewhere = await gateway.execute(UpdateCustomEventSchemaDocument, { input: { id, projectId: otherProjectId, properties: [] } }, tenant.owner.as);
    expect(elsewhere.expectData().updateCustomEventSchema!.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'custom event schema not found' }]);
    const { projectId: foreignProjectId } = await projectOf();
    const foreign = await gateway.execute(DeleteCustomEventSchemaDocument, { input: { id, projectId: foreignProjectId } }, tenant.owner.as);
    expect(foreign.expectData().deleteCustomEventSchema!.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'projectId'], message: 'project not found' }]);
    const updated = await gateway.execute(UpdateCustomEventSchemaDocument, { input: { id, projectId, properties: [{ name: 'via', type: 'STRING' }] } }, tenant.owner.as);
    expect(updated.expectData().updateCustomEventSchema!.customEventSchema!.properties).toEqual([{ name: 'via', type: 'STRING', optional: true, deleted: false }]);
    const deleted = await gateway.execute(DeleteCustomEventSchemaDocument, { input: { id, projectId } }, tenant.owner.as);
    expect(deleted.expectData().deleteCustomEventSchema).toEqual({ deletedCustomEventSchemaId: id, userErrors: [] });
  });

  test('lists of event schemas across projects take one statement per level, however many projects', async () => {
    const statements = async (count: number) => {
      const tenant = await createTenant(database);
      for (let i = 0; i < count; i++) {
        const { projectId } = await projectOf(tenant);
        await create(projectId, 'a', [{ name: 'x', type: 'STRING' }], tenant.owner.as);
        await create(projectId, 'b', [], tenant.owner.as);
      }
      await gateway.execute(OrganizationProjectsCustomEventSchemasDocument, { id: tenant.organizationId }, tenant.owner.as);
      await gateway.services.credentials.flush();
      const before = database.statements.length;
      const data = (await gateway.execute(OrganizationProjectsCustomEventSchemasDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
      expect(data.organization!.projects.edges.flatMap((edge) => edge.node.customEventSchemas!.edges)).toHaveLength(2 * count);
      return database.statements.length - before;
    };
    expect(await statements(6)).toBe(await statements(2));
  });
});
