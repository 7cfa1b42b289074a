import { beforeAll, describe, expect, test } from 'vitest';
import { insertOperatorToken } from '../../../src/access/issue.js';
import { newId } from '../../../src/db/ids.js';
import {
  AddTemplateFeatureDocument,
  CreateKeboolaProjectDocument,
  KeboolaProjectDocument,
  ProjectTemplateDocument,
  ProjectTemplatesDocument,
  RemoveTemplateFeatureDocument,
  UpdateKeboolaProjectDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { rememberSecrets } from '../../support/secrets.js';
import { createProject, createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

let operator: { bearer: string };
let readOnlyOperator: { bearer: string };

beforeAll(async () => {
  const full = await insertOperatorToken(database.prisma, 'templates', ['*', 'feature:write', 'platform:write']);
  const reader = await insertOperatorToken(database.prisma, 'reader', ['project:read']);
  rememberSecrets(JSON.stringify([full, reader]));
  operator = { bearer: full.operatorToken.token };
  readOnlyOperator = { bearer: reader.operatorToken.token };
});

async function seedTemplate(data: { hidden?: boolean; expirationDays?: number | null; defaultBackend?: string } = {}) {
  return database.prisma.projectTemplate.create({ data: { id: unique('tpl'), name: 'Template', ...data } });
}

async function seedFeature(type: 'PROJECT' | 'USER' = 'PROJECT') {
  return database.prisma.feature.create({ data: { id: newId('Feature'), name: unique('feat'), type, title: 't', description: 'd', canBeManagedByAdmin: true } });
}

const codes = (errors: { code: string; field: string[] }[]) => errors.map((error) => [error.code, error.field.join('.')]);

describe('templates', () => {
  test('the migration seeds production and poc15Days; hidden templates are the operator’s alone', async () => {
    const tenant = await createTenant(database);
    const hidden = await seedTemplate({ hidden: true });
    const ids = async (as: { bearer: string }) => (await gateway.execute(ProjectTemplatesDocument, {}, as)).expectData().projectTemplates.map((template) => template.id);
    const forOwner = await ids(tenant.owner.as);
    expect(forOwner).toEqual(expect.arrayContaining(['production', 'poc15Days']));
    expect(forOwner).not.toContain(hidden.id);
    expect(await ids(tenant.managementKey.as)).not.toContain(hidden.id);
    expect(await ids(readOnlyOperator)).toContain(hidden.id);

    const poc = (await gateway.execute(ProjectTemplateDocument, { id: 'poc15Days' }, tenant.owner.as)).expectData().projectTemplate;
    expect(poc).toMatchObject({ id: 'poc15Days', expirationDays: 15, defaultBackend: 'snowflake', hasTryModeOn: false, hidden: false, features: [] });
    (await gateway.execute(ProjectTemplateDocument, { id: hidden.id }, tenant.owner.as)).expectError('NOT_FOUND');
    (await gateway.execute(ProjectTemplateDocument, { id: 'no-such-template' }, tenant.owner.as)).expectError('NOT_FOUND');
    (await gateway.execute(ProjectTemplateDocument, { id: '../etc' }, tenant.owner.as)).expectError('NOT_FOUND');
    expect((await gateway.execute(ProjectTemplateDocument, { id: hidden.id }, readOnlyOperator)).expectData().projectTemplate!.hidden).toBe(true);
  });

  test('the operator with feature:write adds and removes PROJECT features of a template', async () => {
    const tenant = await createTenant(database);
    const template = await seedTemplate();
    const feature = await seedFeature();
    const userFeature = await seedFeature('USER');
    const add = (featureName: string, as = operator) => gateway.execute(AddTemplateFeatureDocument, { input: { templateId: template.id, feature: featureName } }, as);

    expect((await add(feature.name)).expectData().addTemplateFeature).toEqual({ template: { id: template.id, features: [feature.name] }, userErrors: [] });
    expect(codes((await add(feature.name)).expectData().addTemplateFeature!.userErrors)).toEqual([['ALREADY_ENABLED', 'input.feature']]);
    expect(codes((await add(userFeature.name)).expectData().addTemplateFeature!.userErrors)).toEqual([['INVALID', 'input.feature']]);
    expect(codes((await add('no-such-feature')).expectData().addTemplateFeature!.userErrors)).toEqual([['NOT_FOUND', 'input.feature']]);
    const unknownTemplate = await gateway.execute(AddTemplateFeatureDocument, { input: { templateId: 'nope', feature: feature.name } }, operator);
    expect(codes(unknownTemplate.expectData().addTemplateFeature!.userErrors)).toEqual([['NOT_FOUND', 'input.templateId']]);
    (await add(feature.name, tenant.owner.as)).expectError('FORBIDDEN');
    (await add(feature.name, readOnlyOperator)).expectError('FORBIDDEN');

    const remove = () => gateway.execute(RemoveTemplateFeatureDocument, { input: { templateId: template.id, feature: feature.name } }, operator);
    expect((await remove()).expectData().removeTemplateFeature).toEqual({ template: { id: template.id, features: [] }, userErrors: [] });
    expect(codes((await remove()).expectData().removeTemplateFeature!.userErrors)).toEqual([['NOT_ENABLED', 'input.feature']]);
    (await gateway.execute(RemoveTemplateFeatureDocument, { input: { templateId: template.id, feature: feature.name } }, tenant.owner.as)).expectError('FORBIDDEN');
  });
});

describe('projects from templates', () => {
  test('a project starts with production: no expiry, no features, snowflake', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    expect((await gateway.execute(KeboolaProjectDocument, { id: project.id }, tenant.owner.as)).expectData().project).toMatchObject({
      template: { id: 'production' },
      description: null,
      expiresAt: null,
      dataRetentionTimeInDays: null,
      defaultBackend: 'snowflake',
      features: [],
    });
  });

  test("a template's features, backend and expiry are the new project's, in the creating transaction", async () => {
    const tenant = await createTenant(database);
    const template = await seedTemplate({ expirationDays: 15, defaultBackend: 'bigquery' });
    const [a, b] = [await seedFeature(), await seedFeature()];
    for (const feature of [a, b]) await gateway.execute(AddTemplateFeatureDocument, { input: { templateId: template.id, feature: feature.name } }, operator);

    const input = { organizationId: tenant.organizationId, name: unique('Trial'), templateId: template.id, description: 'A trial', dataRetentionTimeInDays: 7 };
    const before = Date.now();
    const payload = (await gateway.execute(CreateKeboolaProjectDocument, { input }, tenant.owner.as)).expectData().createProject!;
    expect(payload.userErrors).toEqual([]);
    expect(payload.project).toMatchObject({
      template: { id: template.id },
      description: 'A trial',
      dataRetentionTimeInDays: 7,
      defaultBackend: 'bigquery',
      features: [a.name, b.name].sort(),
    });
    const expires = new Date(payload.project!.expiresAt!).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 15 * 86_400_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 15 * 86_400_000);

    const withBackend = (
      await gateway.execute(CreateKeboolaProjectDocument, { input: { ...input, name: unique('p'), defaultBackend: 'redshift' } }, tenant.owner.as)
    ).expectData().createProject!;
    expect(withBackend.project!.defaultBackend).toBe('redshift');
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { targetId: payload.project!.id, action: 'project.create' } });
    expect(audit.changes).toMatchObject({ templateId: template.id, defaultBackend: 'bigquery' });
  });

  test('an unknown or hidden template, a bad backend or retention are userErrors and create nothing', async () => {
    const tenant = await createTenant(database);
    const hidden = await seedTemplate({ hidden: true });
    const create = (fields: Record<string, unknown>) =>
      gateway.execute(CreateKeboolaProjectDocument, { input: { organizationId: tenant.organizationId, name: unique('p'), ...fields } }, tenant.owner.as);
    expect(codes((await create({ templateId: 'nope' })).expectData().createProject!.userErrors)).toEqual([['NOT_FOUND', 'input.templateId']]);
    expect(codes((await create({ templateId: hidden.id })).expectData().createProject!.userErrors)).toEqual([['NOT_FOUND', 'input.templateId']]);
    expect(codes((await create({ defaultBackend: 'oracle', dataRetentionTimeInDays: 91, description: 'd'.repeat(1001) })).expectData().createProject!.userErrors)).toEqual([
      ['TOO_LONG', 'input.description'],
      ['INVALID', 'input.defaultBackend'],
      ['INVALID', 'input.dataRetentionTimeInDays'],
    ]);
    expect(await database.prisma.project.count({ where: { organizationId: tenant.organizationId } })).toBe(0);
  });

  test('admins change description and backend; template, expiry and retention need the operator with platform:write', async () => {
    const tenant = await createTenant(database);
    const other = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const update = (fields: Record<string, unknown>, as: { bearer: string } = tenant.owner.as) =>
      gateway.execute(UpdateKeboolaProjectDocument, { input: { id: project.id, ...fields } }, as);

    expect((await update({ description: 'Sales', defaultBackend: 'bigquery' })).expectData().updateProject!.project).toMatchObject({
      description: 'Sales',
      defaultBackend: 'bigquery',
    });
    for (const fields of [{ templateId: 'poc15Days' }, { expiresAt: new Date(Date.now() + 86_400_000).toISOString() }, { expiresAt: null }, { dataRetentionTimeInDays: 1 }]) {
      expect((await update(fields)).expectError('FORBIDDEN').extensions?.requires).toBe('an operator token with platform:write');
      (await update(fields, tenant.managementKey.as)).expectError('FORBIDDEN');
      (await update(fields, readOnlyOperator)).expectError('FORBIDDEN');
    }
    // Another tenant hears NOT_FOUND for ordinary fields, as before.
    expect(codes((await update({ description: 'x' }, other.owner.as)).expectData().updateProject!.userErrors)).toEqual([['NOT_FOUND', 'input.id']]);

    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const changed = (await update({ templateId: 'poc15Days', expiresAt, dataRetentionTimeInDays: 30 }, operator)).expectData().updateProject!;
    expect(changed.project).toMatchObject({ template: { id: 'poc15Days' }, expiresAt, dataRetentionTimeInDays: 30, description: 'Sales' });
    const cleared = (await update({ expiresAt: null, description: null }, operator)).expectData().updateProject!;
    expect(cleared.project).toMatchObject({ expiresAt: null, description: null, template: { id: 'poc15Days' }, dataRetentionTimeInDays: 30 });
    expect(codes((await update({ templateId: 'nope' }, operator)).expectData().updateProject!.userErrors)).toEqual([['NOT_FOUND', 'input.templateId']]);
  });
});
