import { describe, expect, test } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { testEnvironment } from '../support/environment.js';
import { createProject, createTenant, type Tenant } from '../support/tenant.js';
import { voucherifyClient } from '../support/voucherify.js';
import { CampaignTemplate, CampaignTemplateList, ErrorBody } from './voucherify-models.js';

const { database, gateway } = await testEnvironment({ http: true });

type CampaignType = 'DISCOUNT_COUPONS' | 'GIFT_VOUCHERS';

async function projectOfNewTenant() {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  return { tenant, project, call: voucherifyClient(gateway, tenant) };
}

/** Templates written directly, a second apart in creation, so that the default order is known. */
async function seed(tenant: Tenant, projectId: string, templates: [string, CampaignType, string?][]) {
  const start = Date.now() - 3600_000;
  const ids: string[] = [];
  for (const [index, [name, campaignType, description]] of templates.entries()) {
    const row = await database.prisma.campaignTemplate.create({
      data: { id: newId('CampaignTemplate'), organizationId: tenant.organizationId, projectId, name, campaignType, description, createdAt: new Date(start + index * 1000) },
    });
    ids.push(row.id);
  }
  return ids;
}

const names = (body: { data: { name: string }[] }) => body.data.map((template) => template.name);

describe('Voucherify Management API: campaign templates', () => {
  test('the list: oldest first, 10 by default, paged by starting_after_id, ordered by id, with total on request', async () => {
    const { tenant, project, call } = await projectOfNewTenant();
    const all = Array.from({ length: 12 }, (_, index): [string, CampaignType] => [`T${String(index).padStart(2, '0')}`, index % 3 === 0 ? 'GIFT_VOUCHERS' : 'DISCOUNT_COUPONS']);
    const ids = await seed(tenant, project.id, all);
    const base = `/projects/${project.id}/templates/campaigns`;

    const first = (await call('GET', base, { status: 200, model: CampaignTemplateList })).body;
    expect(names(first)).toEqual(all.slice(0, 10).map(([name]) => name));
    expect(first).toMatchObject({ object: 'list', data_ref: 'data', has_more: true, more_starting_after: ids[9] });
    expect(first.total).toBeUndefined();
    expect(Object.keys(first)).toEqual(['object', 'data_ref', 'data', 'has_more', 'more_starting_after']);
    expect(first.data[0]).toEqual({ id: ids[0], name: 'T00', campaign_type: 'GIFT_VOUCHERS', created_at: expect.any(String), object: 'campaign_template' });

    const rest = (await call('GET', `${base}?starting_after_id=${first.more_starting_after}&include_total=true`, { status: 200, model: CampaignTemplateList })).body;
    expect(rest).toMatchObject({ data: [{ id: ids[10] }, { id: ids[11] }], total: 12, has_more: false });
    expect(rest.more_starting_after).toBeUndefined();

    const small = (await call('GET', `${base}?limit=5&order=-id`, { status: 200, model: CampaignTemplateList })).body;
    expect(small.data.map((template: { id: string }) => template.id)).toEqual([...ids].sort().reverse().slice(0, 5));
    const byId = (await call('GET', `${base}?limit=100&order=id`, { status: 200, model: CampaignTemplateList })).body;
    expect(byId.data.map((template: { id: string }) => template.id)).toEqual([...ids].sort());

    // A cursor that names no template of the project gives an empty page.
    const nowhere = (await call('GET', `${base}?starting_after_id=ctpl_0000000000000000000000`, { status: 200, model: CampaignTemplateList })).body;
    expect(nowhere).toMatchObject({ data: [], has_more: false });
  });

  test('filters are deepObject parameters: conditions on id, name and campaign_type, joined by the junction; total ignores them', async () => {
    const { tenant, project, call } = await projectOfNewTenant();
    const ids = await seed(tenant, project.id, [
      ['Spring sale', 'DISCOUNT_COUPONS'],
      ['Summer sale', 'DISCOUNT_COUPONS'],
      ['Gift card', 'GIFT_VOUCHERS'],
      ['Spring gift', 'GIFT_VOUCHERS'],
    ]);
    const list = async (query: string) => (await call('GET', `/projects/${project.id}/templates/campaigns?${query}`, { status: 200, model: CampaignTemplateList })).body;
    const f = (field: string, condition: string, value: string, suffix = '') => `filters[${field}][conditions][${condition}]${suffix}=${encodeURIComponent(value)}`;

    expect(names(await list(f('name', '$in', 'Gift card')))).toEqual(['Gift card']);
    expect(names(await list(`${f('name', '$in', 'Gift card')}&${f('name', '$in', 'Summer sale')}`))).toEqual(['Summer sale', 'Gift card']);
    expect(names(await list(`${f('name', '$in', 'Gift card', '[0]')}&${f('name', '$in', 'Spring sale', '[1]')}`))).toEqual(['Spring sale', 'Gift card']);
    expect(names(await list(f('name', '$not_in', 'Gift card', '[]')))).toEqual(['Spring sale', 'Summer sale', 'Spring gift']);
    expect(names(await list(f('campaign_type', '$is', 'GIFT_VOUCHERS')))).toEqual(['Gift card', 'Spring gift']);
    expect(names(await list(`${f('name', '$starts_with', 'Spring')}&${f('campaign_type', '$is_not', 'GIFT_VOUCHERS')}`))).toEqual(['Spring sale']);
    expect(names(await list(`filters[junction]=or&${f('name', '$starts_with', 'Spring')}&${f('campaign_type', '$is', 'GIFT_VOUCHERS')}`))).toEqual([
      'Spring sale',
      'Gift card',
      'Spring gift',
    ]);
    expect(names(await list(`${f('name', '$contains', 'sale')}&${f('name', '$not_contain', 'Sum')}`))).toEqual(['Spring sale']);
    expect(names(await list(f('name', '$ends_with', 'gift')))).toEqual(['Spring gift']);
    expect(names(await list(f('id', '$is', ids[1]!)))).toEqual(['Summer sale']);
    expect(names(await list(f('name', '$has_value', '')))).toHaveLength(4);
    expect(names(await list(f('name', '$is_unknown', 'true')))).toEqual([]);
    const counted = await list(`include_total=true&${f('campaign_type', '$is', 'GIFT_VOUCHERS')}`);
    expect(counted).toMatchObject({ total: 4, has_more: false });
    expect(counted.data).toHaveLength(2);
  });

  test('bad query parameters are 400 invalid_payload; another organization’s or an unknown project is 404', async () => {
    const { project, call } = await projectOfNewTenant();
    const base = `/projects/${project.id}/templates/campaigns`;
    const details = async (query: string) => (await call('GET', `${base}?${query}`, { status: 400, model: ErrorBody })).body.details;
    expect(await details('limit=101')).toBe('Property .limit must be <= 100');
    expect(await details('limit=0')).toBe('Property .limit must be >= 1');
    expect(await details('limit=ten')).toBe('Property .limit must be integer');
    expect(await details('order=name')).toBe('Property .order must be equal to one of the allowed values');
    expect(await details('include_total=yes')).toBe('Property .include_total must be boolean');
    expect(await details('filters[description][conditions][$is]=x')).toBe('Property .filters.description.conditions.$is is not a filter');
    expect(await details('filters[name][conditions][$like]=x')).toBe('Property .filters.name.conditions.$like is not a filter');
    expect(await details('filters[junction]=xor')).toBe('Property .filters.junction must be equal to one of the allowed values');
    expect(await details('filters[name][conditions][$has_value]=maybe')).toBe('Property .filters.name.conditions.$has_value must be boolean');
    expect(await details(`filters[name][conditions][$is]=${'x'.repeat(201)}`)).toBe('Property .filters.name.conditions.$is must NOT have more than 200 characters');
    const many = Array.from({ length: 101 }, (_, index) => `filters[name][conditions][$in]=n${index}`).join('&');
    expect(await details(many)).toBe('Property .filters.name.conditions.$in must NOT have more than 100 items');

    const other = await projectOfNewTenant();
    for (const projectId of [other.project.id, 'prj_0000000000000000000000']) {
      const refused = (await call('GET', `/projects/${projectId}/templates/campaigns`, { status: 404, model: ErrorBody })).body;
      expect(refused).toMatchObject({ key: 'not_found', resource_type: 'project', resource_id: projectId, details: `Cannot find project with id ${projectId}` });
    }
  });

  test('copy into a project of the organization (200); a name taken there is 409; missing objects are 404; bad payloads 400', async () => {
    const { tenant, project, call } = await projectOfNewTenant();
    const { project: destination } = await createProject(gateway, tenant);
    const [source] = await seed(tenant, project.id, [['Black Friday', 'GIFT_VOUCHERS', 'Big sale']]);
    const copyPath = (projectId: string, templateId: string) => `/projects/${projectId}/templates/campaigns/${templateId}/copy`;

    const copy = (await call('POST', copyPath(project.id, source!), { status: 200, model: CampaignTemplate }, { name: 'Black Friday', destination_project_id: destination.id })).body;
    expect(copy).toEqual({ id: expect.stringMatching(/^ctpl_/), name: 'Black Friday', description: 'Big sale', campaign_type: 'GIFT_VOUCHERS', created_at: expect.any(String), object: 'campaign_template' });
    expect(Object.keys(copy)).toEqual(['id', 'name', 'description', 'campaign_type', 'created_at', 'object']);
    const listed = (await call('GET', `/projects/${destination.id}/templates/campaigns`, { status: 200, model: CampaignTemplateList })).body;
    expect(listed.data).toEqual([copy]);

    const renamed = (await call('POST', copyPath(project.id, source!), { status: 200, model: CampaignTemplate }, { name: 'BF 2', description: null, destination_project_id: project.id })).body;
    expect(renamed).toMatchObject({ name: 'BF 2', campaign_type: 'GIFT_VOUCHERS' });
    expect(renamed.description).toBeUndefined();

    const duplicate = (await call('POST', copyPath(project.id, source!), { status: 409, model: ErrorBody }, { name: 'Black Friday', destination_project_id: destination.id })).body;
    expect(duplicate).toMatchObject({
      code: 409,
      key: 'duplicate_found',
      message: 'Duplicated resource found',
      details: 'Duplicated campaign_template exists with name Black Friday',
      resource_type: 'campaign_template',
      resource_id: 'Black Friday',
    });

    const unknownTemplate = 'ctpl_0000000000000000000000';
    const missing = (await call('POST', copyPath(project.id, unknownTemplate), { status: 404, model: ErrorBody }, { name: 'x', destination_project_id: destination.id })).body;
    expect(missing).toMatchObject({ key: 'not_found', resource_type: 'campaign_template', resource_id: unknownTemplate, details: `Cannot find campaign_template with id ${unknownTemplate}` });
    // The template named under another project of the organization is not that project's.
    const elsewhere = (await call('POST', copyPath(destination.id, source!), { status: 404, model: ErrorBody }, { name: 'x', destination_project_id: destination.id })).body;
    expect(elsewhere).toMatchObject({ resource_type: 'campaign_template', resource_id: source });

    const other = await projectOfNewTenant();
    const [foreignTemplate] = await seed(other.tenant, other.project.id, [['Theirs', 'DISCOUNT_COUPONS']]);
    const intoForeign = (await call('POST', copyPath(project.id, source!), { status: 404, model: ErrorBody }, { name: 'x', destination_project_id: other.project.id })).body;
    expect(intoForeign).toMatchObject({ resource_type: 'project', resource_id: other.project.id, details: `Cannot find project with id ${other.project.id}` });
    const fromForeign = (await call('POST', copyPath(other.project.id, foreignTemplate!), { status: 404, model: ErrorBody }, { name: 'x', destination_project_id: project.id })).body;
    expect(fromForeign).toMatchObject({ resource_type: 'project', resource_id: other.project.id });

    const details = async (body: unknown) => (await call('POST', copyPath(project.id, source!), { status: 400, model: ErrorBody }, body)).body.details;
    expect(await details({ destination_project_id: destination.id })).toBe("Payload must have required property 'name'");
    expect(await details({ name: 'x' })).toBe("Payload must have required property 'destination_project_id'");
    expect(await details({ name: 5, destination_project_id: destination.id })).toBe('Property .name must be string');
    expect(await details({ name: ' ', destination_project_id: destination.id })).toBe('Property .name must not be empty');
    expect(await details({ name: 'x', description: 'd'.repeat(2001), destination_project_id: destination.id })).toBe('Property .description must be at most 2000 characters');
  });
});
