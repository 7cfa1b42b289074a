import { describe, expect, test } from 'vitest';
import { CreateBrandDocument, DeleteBrandDocument, ProjectBrandDocument, UpdateBrandDocument, type CreateBrandInput } from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

const REMINDER = 'You are receiving this email because you opted in at our website.';

async function projectOfNewTenant() {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  return { tenant, project };
}

const brandInput = (projectId: string): CreateBrandInput => ({
  projectId,
  name: ' Acme ',
  websiteUrl: 'https://acme.example',
  address: { street: 'Main Street 1', city: 'Springfield', postal: '12-345', country: 'Poland' },
  contact: { email: 'hello@acme.example' },
});

describe('brand', () => {
  test('a project has no brand until one is created; a second is ALREADY_EXISTS; deletion removes it', async () => {
    const { tenant, project } = await projectOfNewTenant();
    expect((await gateway.execute(ProjectBrandDocument, { id: project.id }, tenant.owner.as)).expectData().project!.brand).toBeNull();

    const created = (await gateway.execute(CreateBrandDocument, { input: brandInput(project.id) }, tenant.owner.as)).expectData().createBrand!;
    expect(created.userErrors).toEqual([]);
    expect(created.brand).toEqual({
      id: expect.stringMatching(/^brd_/),
      name: 'Acme',
      privacyPolicyUrl: null,
      termsOfUseUrl: null,
      permissionReminder: REMINDER,
      websiteUrl: 'https://acme.example',
      address: { street: 'Main Street 1', city: 'Springfield', postal: '12-345', state: null, country: 'Poland' },
      contact: { email: 'hello@acme.example', phone: null },
      createdAt: expect.any(String),
      updatedAt: null,
      project: { id: project.id },
    });
    expect((await gateway.execute(ProjectBrandDocument, { id: project.id }, tenant.owner.as)).expectData().project!.brand).toEqual(created.brand);

    const again = (await gateway.execute(CreateBrandDocument, { input: { ...brandInput(project.id), name: 'Other' } }, tenant.owner.as)).expectData().createBrand!;
    expect(again).toEqual({ brand: null, userErrors: [{ code: 'ALREADY_EXISTS', field: ['input', 'projectId'], message: expect.stringContaining('has a brand already') }] });

    const id = created.brand!.id;
    const deleted = (await gateway.execute(DeleteBrandDocument, { input: { id, projectId: project.id } }, tenant.owner.as)).expectData().deleteBrand!;
    expect(deleted).toEqual({ deletedBrandId: id, userErrors: [] });
    expect((await gateway.execute(ProjectBrandDocument, { id: project.id }, tenant.owner.as)).expectData().project!.brand).toBeNull();
    const twice = (await gateway.execute(DeleteBrandDocument, { input: { id } }, tenant.owner.as)).expectData().deleteBrand!;
    expect(twice.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'brand not found' }]);
    // A new brand may be made after the deletion.
    expect((await gateway.execute(CreateBrandDocument, { input: brandInput(project.id) }, tenant.owner.as)).expectData().createBrand!.userErrors).toEqual([]);

    const actions = await database.prisma.auditEvent.findMany({ where: { organizationId: tenant.organizationId, targetType: 'Brand' }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((event) => event.action)).toEqual(['brand.create', 'brand.delete', 'brand.create']);
  });

  test('an update changes the fields it sends, nested ones too; null clears what a brand may be without and leaves the rest', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const { brand } = (await gateway.execute(CreateBrandDocument, {
      input: { ...brandInput(project.id), permissionReminder: 'Opted in.', address: { ...brandInput(project.id).address, state: 'Silesia' }, contact: { email: 'a@acme.example', phone: '+48 1' } },
    }, tenant.owner.as)).expectData().createBrand!;
    const update = async (input: Record<string, unknown>) =>
      (await gateway.execute(UpdateBrandDocument, { input: { id: brand!.id, ...input } }, tenant.owner.as)).expectData().updateBrand!;

    const changed = await update({ termsOfUseUrl: 'https://acme.example/terms', address: { city: 'Katowice', state: null }, contact: { phone: null } });
    expect(changed.userErrors).toEqual([]);
    expect(changed.brand).toMatchObject({
      name: 'Acme',
      termsOfUseUrl: 'https://acme.example/terms',
      permissionReminder: 'Opted in.',
      address: { street: 'Main Street 1', city: 'Katowice', postal: '12-345', state: null, country: 'Poland' },
      contact: { email: 'a@acme.example', phone: null },
      updatedAt: expect.any(String),
    });
    const kept = await update({ name: null, websiteUrl: null, address: { street: null } });
    expect(kept.brand).toMatchObject({ name: 'Acme', websiteUrl: null, address: { street: 'Main Street 1' } });
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { targetId: brand!.id, action: 'brand.update' }, orderBy: { createdAt: 'asc' } });
    expect(event.changes).toEqual({ termsOfUseUrl: 'https://acme.example/terms', city: 'Katowice', state: null, phone: null });
  });

  test('URLs, the e-mail address and empty or long texts are userErrors at their path; required fields are the schema’s', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const input = {
      ...brandInput(project.id),
      name: '  ',
      privacyPolicyUrl: 'not a url',
      termsOfUseUrl: 'ftp://acme.example/terms',
      address: { street: 'x', city: 'y'.repeat(201), country: 'Poland' },
      contact: { email: 'nobody@', phone: '' },
    };
    const refused = (await gateway.execute(CreateBrandDocument, { input }, tenant.owner.as)).expectData().createBrand!;
    expect(refused.brand).toBeNull();
    expect(refused.userErrors.map((error) => [error.field.join('.'), error.message])).toEqual([
      ['input.name', 'must NOT have fewer than 1 characters'],
      ['input.privacyPolicyUrl', 'must match format "uri"'],
      ['input.termsOfUseUrl', 'must match format "uri"'],
      ['input.address.city', 'must NOT have more than 200 characters'],
      ['input.contact.email', 'must match format "email"'],
      ['input.contact.phone', 'must NOT have fewer than 1 characters'],
    ]);
    const missing = await gateway.execute(CreateBrandDocument, { input: { projectId: project.id, name: 'n', address: { street: 's', city: 'c', country: 'x' } } as never }, tenant.owner.as);
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0]?.message).toContain('contact');
    expect(await database.prisma.brand.count({ where: { projectId: project.id } })).toBe(0);

    const { brand } = (await gateway.execute(CreateBrandDocument, { input: brandInput(project.id) }, tenant.owner.as)).expectData().createBrand!;
    const update = (await gateway.execute(UpdateBrandDocument, { input: { id: brand!.id, websiteUrl: 'javascript:alert(1)', contact: { email: 'no at sign' } } }, tenant.owner.as))
      .expectData().updateBrand!;
    expect(update.userErrors.map((error) => error.field.join('.'))).toEqual(['input.websiteUrl', 'input.contact.email']);
  });

  test('project members read the brand, only ADMINs (and organization OWNERs and ADMINs) write it; keys by scope; other tenants see nothing', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const editor = await tenant.addProjectUser(project.id, 'EDITOR');
    const admin = await tenant.addUser('ADMIN');
    for (const user of [viewer, editor]) {
      const response = await gateway.execute(CreateBrandDocument, { input: brandInput(project.id) }, user.as);
      expect(response.expectError('FORBIDDEN').extensions?.requires).toBe('brand:write');
    }
    const { brand } = (await gateway.execute(CreateBrandDocument, { input: brandInput(project.id) }, admin.as)).expectData().createBrand!;
    expect((await gateway.execute(ProjectBrandDocument, { id: project.id }, viewer.as)).expectData().project!.brand!.id).toBe(brand!.id);
    const key = await tenant.addKey(['project:read', 'brand:write']);
    expect((await gateway.execute(UpdateBrandDocument, { input: { id: brand!.id, name: 'By key' } }, key.as)).expectData().updateBrand!.brand!.name).toBe('By key');
    const stranger = await createTenant(database);
    const hidden = (await gateway.execute(UpdateBrandDocument, { input: { id: brand!.id, name: 'x' } }, stranger.owner.as)).expectData().updateBrand!;
    expect(hidden.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'brand not found' }]);
    const foreignProject = (await gateway.execute(CreateBrandDocument, { input: brandInput(project.id) }, stranger.owner.as)).expectData().createBrand!;
    expect(foreignProject.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'projectId'], message: 'project not found' }]);
  });
});
