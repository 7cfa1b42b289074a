import { describe, expect, test } from 'vitest';
import { newId } from '../../../src/db/ids.js';
import {
  CopyCampaignTemplateDocument,
  CreateCampaignTemplateDocument,
  DeleteCampaignTemplateDocument,
  OrganizationCampaignTemplatesDocument,
  ProjectCampaignTemplatesDocument,
  UpdateCampaignTemplateDocument,
  type CampaignTemplateFilter,
  type CampaignTemplateOrder,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant, type Tenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

async function projectOfNewTenant() {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  return { tenant, project };
}

async function createTemplate(projectId: string, as: { bearer: string }, name: string, campaignType: 'DISCOUNT_COUPONS' | 'GIFT_VOUCHERS' = 'DISCOUNT_COUPONS', description?: string) {
  return (await gateway.execute(CreateCampaignTemplateDocument, { input: { projectId, name, campaignType, description } }, as)).expectData().createCampaignTemplate!;
}

/** Templates written directly, a second apart in creation, so that the default order is known. */
async function seed(tenant: Tenant, projectId: string, templates: [string, 'DISCOUNT_COUPONS' | 'GIFT_VOUCHERS'][]) {
  const start = Date.now() - 3600_000;
  const ids: string[] = [];
  for (const [index, [name, campaignType]] of templates.entries()) {
    const row = await database.prisma.campaignTemplate.create({
      data: { id: newId('CampaignTemplate'), organizationId: tenant.organizationId, projectId, name, campaignType, createdAt: new Date(start + index * 1000) },
    });
    ids.push(row.id);
  }
  return ids;
}

describe('campaign templates', () => {
  test('created, renamed, described and deleted by a project EDITOR, audited; names are unique in a project; VIEWERs only read', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const editor = await tenant.addProjectUser(project.id, 'EDITOR');
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const created = await createTemplate(project.id, editor.as, ' Summer ', 'GIFT_VOUCHERS', 'Gift cards');
    expect(created).toEqual({
      campaignTemplate: {
        id: expect.stringMatching(/^ctpl_/),
        name: 'Summer',
        description: 'Gift cards',
        campaignType: 'GIFT_VOUCHERS',
        createdAt: expect.any(String),
        updatedAt: null,
        project: { id: project.id },
      },
      userErrors: [],
    });
    const id = created.campaignTemplate!.id;
    expect((await createTemplate(project.id, editor.as, 'Summer')).userErrors).toEqual([
      { code: 'ALREADY_EXISTS', field: ['input', 'name'], message: 'a campaign template named "Summer" exists in the project already' },
    ]);
    await createTemplate(project.id, editor.as, 'Winter');
    const renamed = (await gateway.execute(UpdateCampaignTemplateDocument, { input: { id, name: 'Winter' } }, editor.as)).expectData().updateCampaignTemplate!;
    expect(renamed.userErrors[0]!.code).toBe('ALREADY_EXISTS');
    const updated = (await gateway.execute(UpdateCampaignTemplateDocument, { input: { id, projectId: project.id, name: 'Autumn', description: null } }, editor.as))
      .expectData().updateCampaignTemplate!;
    expect(updated.campaignTemplate).toMatchObject({ name: 'Autumn', description: null, campaignType: 'GIFT_VOUCHERS', updatedAt: expect.any(String) });
    // Its own name again is no clash.
    expect((await gateway.execute(UpdateCampaignTemplateDocument, { input: { id, name: 'Autumn' } }, editor.as)).expectData().updateCampaignTemplate!.userErrors).toEqual([]);

    const refused = await gateway.execute(CreateCampaignTemplateDocument, { input: { projectId: project.id, name: 'x', campaignType: 'GIFT_VOUCHERS' } }, viewer.as);
    expect(refused.expectError('FORBIDDEN').extensions?.requires).toBe('campaign-template:write');
    const invalid = (await gateway.execute(CreateCampaignTemplateDocument, { input: { projectId: project.id, name: ' ', campaignType: 'GIFT_VOUCHERS', description: 'd'.repeat(2001) } }, editor.as))
      .expectData().createCampaignTemplate!;
    expect(invalid.userErrors.map((error) => error.field.join('.'))).toEqual(['input.name', 'input.description']);

    const deleted = (await gateway.execute(DeleteCampaignTemplateDocument, { input: { id } }, editor.as)).expectData().deleteCampaignTemplate!;
    expect(deleted).toEqual({ deletedCampaignTemplateId: id, userErrors: [] });
    const events = await database.prisma.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['campaign_template.create', 'campaign_template.update', 'campaign_template.update', 'campaign_template.delete']);
  });

  test('two templates of one name at once: one is made, the other is ALREADY_EXISTS', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const payloads = await Promise.all([1, 2, 3].map(() => createTemplate(project.id, tenant.owner.as, 'Same')));
    expect(payloads.filter((payload) => payload.campaignTemplate).length).toBe(1);
    expect(payloads.flatMap((payload) => payload.userErrors.map((error) => error.code))).toEqual(['ALREADY_EXISTS', 'ALREADY_EXISTS']);
    expect(gateway.internalErrors.splice(0)).toEqual([]);
  });

  test('lists oldest first by default, by id either way on request, pages with first and startingAfterId, and counts on request', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const ids = await seed(tenant, project.id, [['b', 'GIFT_VOUCHERS'], ['a', 'DISCOUNT_COUPONS'], ['d', 'DISCOUNT_COUPONS'], ['c', 'GIFT_VOUCHERS'], ['e', 'DISCOUNT_COUPONS']]);
    const list = async (variables: { first?: number; startingAfterId?: string; order?: CampaignTemplateOrder; filter?: CampaignTemplateFilter; after?: string }) =>
      (await gateway.execute(ProjectCampaignTemplatesDocument, { id: project.id, ...variables }, tenant.owner.as)).expectData().project!;
    const names = (page: Awaited<ReturnType<typeof list>>) => page.campaignTemplates!.edges.map((edge) => edge.node.name);

    const all = await list({});
    expect(names(all)).toEqual(['b', 'a', 'd', 'c', 'e']);
    expect(all.campaignTemplates!.totalCount).toBe(5);
    expect(all.all!.totalCount).toBe(5);

    const first = await list({ first: 2 });
    expect([names(first), first.campaignTemplates!.pageInfo.hasNextPage]).toEqual([['b', 'a'], true]);
    const second = await list({ first: 2, startingAfterId: ids[1] });
    expect([names(second), second.campaignTemplates!.pageInfo.hasNextPage]).toEqual([['d', 'c'], true]);
    const last = await list({ first: 2, startingAfterId: ids[3] });
    expect([names(last), last.campaignTemplates!.pageInfo.hasNextPage]).toEqual([['e'], false]);
    expect(names(await list({ startingAfterId: ids[4] }))).toEqual([]);

    const byId = [...ids].sort();
    const nameOf = new Map(ids.map((id, index) => [id, ['b', 'a', 'd', 'c', 'e'][index]]));
    expect(names(await list({ order: 'ID_ASC' }))).toEqual(byId.map((id) => nameOf.get(id)));
    expect(names(await list({ order: 'ID_DESC' }))).toEqual([...byId].reverse().map((id) => nameOf.get(id)));
    expect(names(await list({ order: 'ID_DESC', startingAfterId: byId[3], first: 10 }))).toEqual(byId.slice(0, 3).reverse().map((id) => nameOf.get(id)));

    // A template of another tenant, or an id of none, places the page nowhere.
    const stranger = await projectOfNewTenant();
    const [foreign] = await seed(stranger.tenant, stranger.project.id, [['x', 'GIFT_VOUCHERS']]);
    expect(names(await list({ startingAfterId: foreign }))).toEqual([]);
    expect(names(await list({ startingAfterId: 'ctpl_0000000000000000000000' }))).toEqual([]);
    const both = await gateway.execute(ProjectCampaignTemplatesDocument, { id: project.id, startingAfterId: ids[0], after: first.campaignTemplates!.pageInfo.endCursor }, tenant.owner.as);
    expect(both.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gateway.internalErrors.splice(0)).toEqual([]);
  });

  test('filters: every condition on id, name and campaign type, joined by AND or OR; totalCount counts what the filter keeps, all of them without one', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const ids = await seed(tenant, project.id, [['spring_sale', 'DISCOUNT_COUPONS'], ['summer_sale', 'GIFT_VOUCHERS'], ['winter_gift', 'GIFT_VOUCHERS'], ['100%_off', 'DISCOUNT_COUPONS']]);
    const kept = async (filter: CampaignTemplateFilter) => {
      const page = (await gateway.execute(ProjectCampaignTemplatesDocument, { id: project.id, filter }, tenant.owner.as)).expectData().project!;
      expect(page.all!.totalCount).toBe(4);
      expect(page.campaignTemplates!.totalCount).toBe(page.campaignTemplates!.edges.length);
      return page.campaignTemplates!.edges.map((edge) => edge.node.name);
    };
    expect(await kept({ name: { in: ['summer_sale', 'nothing'] } })).toEqual(['summer_sale']);
    expect(await kept({ name: { notIn: ['summer_sale'] } })).toEqual(['spring_sale', 'winter_gift', '100%_off']);
    expect(await kept({ name: { is: 'winter_gift' } })).toEqual(['winter_gift']);
    expect(await kept({ name: { isNot: 'winter_gift' } })).toEqual(['spring_sale', 'summer_sale', '100%_off']);
    expect(await kept({ name: { startsWith: 's' } })).toEqual(['spring_sale', 'summer_sale']);
    expect(await kept({ name: { endsWith: '_sale' } })).toEqual(['spring_sale', 'summer_sale']);
    expect(await kept({ name: { contains: 'er' } })).toEqual(['summer_sale', 'winter_gift']);
    expect(await kept({ name: { contains: '%' } })).toEqual(['100%_off']);
    expect(await kept({ name: { startsWith: '_' } })).toEqual([]);
    expect(await kept({ name: { notContain: 'sale' } })).toEqual(['winter_gift', '100%_off']);
    expect(await kept({ name: { contains: 'SALE' } })).toEqual([]);
    expect(await kept({ name: { hasValue: true } })).toHaveLength(4);
    expect(await kept({ name: { isUnknown: true } })).toEqual([]);
    expect(await kept({ id: { is: ids[2] } })).toEqual(['winter_gift']);
    expect(await kept({ id: { in: [ids[0]!, ids[3]!] } })).toEqual(['spring_sale', '100%_off']);
    expect(await kept({ campaignType: { is: 'GIFT_VOUCHERS' } })).toEqual(['summer_sale', 'winter_gift']);
    expect(await kept({ campaignType: { in: ['DISCOUNT_COUPONS'] } })).toEqual(['spring_sale', '100%_off']);
    expect(await kept({ campaignType: { isNot: 'GIFT_VOUCHERS' } })).toEqual(['spring_sale', '100%_off']);
    expect(await kept({ campaignType: { startsWith: 'GIFT' } })).toEqual(['summer_sale', 'winter_gift']);
    expect(await kept({ campaignType: { is: 'NO_SUCH_TYPE' } })).toEqual([]);
    expect(await kept({ campaignType: { is: 'GIFT_VOUCHERS' }, name: { startsWith: 's' } })).toEqual(['summer_sale']);
    expect(await kept({ junction: 'OR', campaignType: { is: 'GIFT_VOUCHERS' }, name: { startsWith: 's' } })).toEqual(['spring_sale', 'summer_sale', 'winter_gift']);
    expect(await kept({ junction: 'OR', name: { isUnknown: true } })).toEqual([]);
    expect(await kept({ junction: 'OR' })).toHaveLength(4);

    const tooMany = await gateway.execute(ProjectCampaignTemplatesDocument, { id: project.id, filter: { name: { in: Array.from({ length: 101 }, (_, i) => `n${i}`) } } }, tenant.owner.as);
    expect(tooMany.body.errors?.[0]).toMatchObject({ message: 'filter.name.in takes at most 100 values', extensions: { code: 'BAD_USER_INPUT' } });
    expect(gateway.internalErrors.splice(0)).toEqual([]);
  });

  test('lists across projects with the same SQL, however many projects there are', async () => {
    const statements = async (count: number) => {
      const tenant = await createTenant(database);
      for (let i = 0; i < count; i++) {
        const { project } = await createProject(gateway, tenant);
        await seed(tenant, project.id, [['a', 'GIFT_VOUCHERS'], ['b', 'DISCOUNT_COUPONS'], ['c', 'GIFT_VOUCHERS']]);
      }
      await gateway.execute(OrganizationCampaignTemplatesDocument, { id: tenant.organizationId }, tenant.owner.as);
      await gateway.services.credentials.flush();
      const before = database.statements.length;
      const data = (await gateway.execute(OrganizationCampaignTemplatesDocument, { id: tenant.organizationId }, tenant.owner.as)).expectData();
      const projects = data.organization!.projects!.edges.map((edge) => edge.node.campaignTemplates!);
      expect(projects.map((list) => [list.totalCount, list.edges.map((edge) => edge.node.name)])).toEqual(Array(count).fill([2, ['a', 'c']]));
      return database.statements.length - before;
    };
    expect(await statements(5)).toBe(await statements(2));
  });

  test('copies into a project of the same organization under a free name, needing write rights there; another organization’s project is missing', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const { project: destination } = await createProject(gateway, tenant);
    const { campaignTemplate: source } = await createTemplate(project.id, tenant.owner.as, 'Loyalty', 'GIFT_VOUCHERS', 'Points for gifts');
    const copy = (input: Record<string, unknown>, as = tenant.owner.as) =>
      gateway.execute(CopyCampaignTemplateDocument, { input: { id: source!.id, destinationProjectId: destination.id, name: 'Loyalty copy', ...input } }, as);

    const copied = (await copy({ projectId: project.id })).expectData().copyCampaignTemplate!;
    expect(copied.userErrors).toEqual([]);
    expect(copied.campaignTemplate).toMatchObject({ name: 'Loyalty copy', description: 'Points for gifts', campaignType: 'GIFT_VOUCHERS', project: { id: destination.id }, updatedAt: null });
    expect(copied.campaignTemplate!.id).not.toBe(source!.id);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { targetId: copied.campaignTemplate!.id } });
    expect(event).toMatchObject({ action: 'campaign_template.copy', organizationId: tenant.organizationId, changes: expect.objectContaining({ sourceId: source!.id, projectId: destination.id }) });

    expect((await copy({})).expectData().copyCampaignTemplate!.userErrors).toEqual([
      { code: 'ALREADY_EXISTS', field: ['input', 'name'], message: 'a campaign template named "Loyalty copy" exists in the project already' },
    ]);
    const described = (await copy({ name: 'Second', description: null })).expectData().copyCampaignTemplate!;
    expect(described.campaignTemplate).toMatchObject({ name: 'Second', description: null });
    // The same name in the source project's own list is no clash in the destination, and the reverse.
    expect((await copy({ name: 'Loyalty' })).expectData().copyCampaignTemplate!.userErrors).toEqual([]);

    // Another organization's project answers as missing, even to a user who may write there.
    const other = await projectOfNewTenant();
    await database.prisma.organizationMember.create({ data: { id: newId('OrganizationMember'), organizationId: other.tenant.organizationId, userId: tenant.owner.userId, role: 'OWNER' } });
    const foreign = (await copy({ destinationProjectId: other.project.id, name: 'Elsewhere' })).expectData().copyCampaignTemplate!;
    expect(foreign.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'destinationProjectId'], message: 'project not found' }]);
    expect(await database.prisma.campaignTemplate.count({ where: { projectId: other.project.id } })).toBe(0);

    // Rights on the destination: none there is missing, reading only is forbidden.
    const editor = await tenant.addProjectUser(project.id, 'EDITOR');
    const noRole = (await copy({ name: 'By editor' }, editor.as)).expectData().copyCampaignTemplate!;
    expect(noRole.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'destinationProjectId'], message: 'project not found' }]);
    await database.prisma.projectMember.create({ data: { id: newId('ProjectMember'), organizationId: tenant.organizationId, projectId: destination.id, userId: editor.userId, role: 'VIEWER' } });
    expect((await copy({ name: 'By editor' }, editor.as)).expectError('FORBIDDEN').extensions?.requires).toBe('campaign-template:write');
    await database.prisma.projectMember.updateMany({ where: { projectId: destination.id, userId: editor.userId }, data: { role: 'EDITOR' } });
    expect((await copy({ name: 'By editor' }, editor.as)).expectData().copyCampaignTemplate!.userErrors).toEqual([]);

    // A source the caller cannot read, or named with the wrong project, is missing.
    const stranger = await createTenant(database);
    expect((await copy({}, stranger.owner.as)).expectData().copyCampaignTemplate!.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'campaign template not found' },
    ]);
    expect((await copy({ projectId: destination.id, name: 'Wrong place' })).expectData().copyCampaignTemplate!.userErrors[0]!.field).toEqual(['input', 'id']);
  });
});
