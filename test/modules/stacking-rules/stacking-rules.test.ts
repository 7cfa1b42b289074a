import { describe, expect, test } from 'vitest';
import {
  CreateStackingRulesDocument,
  DeleteStackingRulesDocument,
  ProjectStackingRulesDocument,
  UpdateStackingRulesDocument,
  type CreateStackingRulesInput,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createProject, createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

const DEFAULTS = {
  id: null,
  isDefault: true,
  exclusiveCategories: [],
  jointCategories: [],
  redeemablesLimit: 30,
  applicableRedeemablesLimit: 5,
  applicableRedeemablesPerCategoryLimit: 1,
  applicableRedeemablesCategoryLimits: [],
  applicableExclusiveRedeemablesLimit: 1,
  applicableExclusiveRedeemablesPerCategoryLimit: 1,
  discountCalculationMode: 'INITIAL_AMOUNT',
  initialAmountModeCategories: [],
  discountedAmountModeCategories: [],
  redeemablesApplicationMode: 'ALL',
  redeemablesSortingRule: 'REQUESTED_ORDER',
  redeemablesProductsApplicationMode: 'STACK',
  redeemablesNoEffectRule: 'REDEEM_ANYWAY',
  noEffectSkipCategories: [],
  noEffectRedeemAnywayCategories: [],
  redeemablesRollbackOrderMode: 'WITH_ORDER',
  createdAt: null,
  updatedAt: null,
};

async function projectOfNewTenant() {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  return { tenant, project };
}

async function rulesOf(projectId: string, as: { bearer: string }) {
  return (await gateway.execute(ProjectStackingRulesDocument, { id: projectId }, as)).expectData().project!.stackingRules!;
}

async function create(input: CreateStackingRulesInput, as: { bearer: string }) {
  return (await gateway.execute(CreateStackingRulesDocument, { input }, as)).expectData().createStackingRules!;
}

describe('stacking rules', () => {
  test('a project has the defaults until it creates its own; a second creation is ALREADY_EXISTS; deletion brings the defaults back', async () => {
    const { tenant, project } = await projectOfNewTenant();
    expect(await rulesOf(project.id, tenant.owner.as)).toEqual(DEFAULTS);

    const created = await create({ projectId: project.id, redeemablesLimit: 10, exclusiveCategories: ['cat_a'] }, tenant.owner.as);
    expect(created.userErrors).toEqual([]);
    expect(created.stackingRules).toEqual({
      ...DEFAULTS,
      id: expect.stringMatching(/^stk_/),
      isDefault: false,
      redeemablesLimit: 10,
      exclusiveCategories: ['cat_a'],
      createdAt: expect.any(String),
    });
    expect(await rulesOf(project.id, tenant.owner.as)).toEqual(created.stackingRules);

    const again = await create({ projectId: project.id }, tenant.owner.as);
    expect(again).toEqual({ stackingRules: null, userErrors: [{ code: 'ALREADY_EXISTS', field: ['input', 'projectId'], message: expect.stringContaining('has stacking rules already') }] });

    const id = created.stackingRules!.id!;
    const deleted = (await gateway.execute(DeleteStackingRulesDocument, { input: { id, projectId: project.id } }, tenant.owner.as)).expectData().deleteStackingRules!;
    expect(deleted).toEqual({ deletedStackingRulesId: id, userErrors: [] });
    expect(await rulesOf(project.id, tenant.owner.as)).toEqual(DEFAULTS);
    const gone = (await gateway.execute(UpdateStackingRulesDocument, { input: { id, redeemablesLimit: 3 } }, tenant.owner.as)).expectData().updateStackingRules!;
    expect(gone.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'stacking rules not found' }]);

    const actions = await database.prisma.auditEvent.findMany({ where: { organizationId: tenant.organizationId, targetId: id }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((event) => event.action)).toEqual(['stacking_rules.create', 'stacking_rules.delete']);
    expect(actions[0]!.changes).toEqual({ projectId: project.id, redeemablesLimit: 10, exclusiveCategories: ['cat_a'] });
  });

  test('two creations at once: one wins, the other is ALREADY_EXISTS', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const payloads = await Promise.all([1, 2, 3].map((limit) => create({ projectId: project.id, redeemablesLimit: 10 + limit }, tenant.owner.as)));
    expect(payloads.filter((payload) => payload.stackingRules).length).toBe(1);
    expect(payloads.flatMap((payload) => payload.userErrors.map((error) => error.code))).toEqual(['ALREADY_EXISTS', 'ALREADY_EXISTS']);
    expect(gateway.internalErrors.splice(0)).toEqual([]);
  });

  test('an update changes only what it sends; a list sent replaces the stored one whole; null removes a per-category limit', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const { stackingRules } = await create(
      {
        projectId: project.id,
        jointCategories: ['cat_j1', 'cat_j2'],
        applicableRedeemablesCategoryLimits: [{ categoryId: 'cat_b', limit: 2 }, { categoryId: 'cat_a', limit: 3 }],
        redeemablesSortingRule: 'CATEGORY_HIERARCHY',
      },
      tenant.owner.as,
    );
    const id = stackingRules!.id!;
    const update = (input: Record<string, unknown>) =>
      gateway.execute(UpdateStackingRulesDocument, { input: { id, ...input } }, tenant.owner.as).then((response) => response.expectData().updateStackingRules!);

    const first = await update({ jointCategories: ['cat_j3'], applicableRedeemablesPerCategoryLimit: null, redeemablesApplicationMode: 'PARTIAL' });
    expect(first.userErrors).toEqual([]);
    expect(first.stackingRules).toMatchObject({
      id,
      jointCategories: ['cat_j3'],
      applicableRedeemablesPerCategoryLimit: null,
      redeemablesApplicationMode: 'PARTIAL',
      redeemablesSortingRule: 'CATEGORY_HIERARCHY',
      applicableRedeemablesCategoryLimits: [{ categoryId: 'cat_b', limit: 2 }, { categoryId: 'cat_a', limit: 3 }],
      updatedAt: expect.any(String),
    });
    // Null for a setting that must have a value changes nothing.
    const second = await update({ redeemablesLimit: null, applicableRedeemablesCategoryLimits: [{ categoryId: 'cat_c', limit: 10 }] });
    expect(second.stackingRules).toMatchObject({ redeemablesLimit: 30, applicableRedeemablesCategoryLimits: [{ categoryId: 'cat_c', limit: 10 }], jointCategories: ['cat_j3'] });
    const emptied = await update({ jointCategories: [] });
    expect(emptied.stackingRules!.jointCategories).toEqual([]);
    expect(await rulesOf(project.id, tenant.owner.as)).toEqual(emptied.stackingRules);
    const audited = await database.prisma.auditEvent.findMany({ where: { targetId: id, action: 'stacking_rules.update' }, orderBy: { createdAt: 'asc' } });
    expect(audited.map((event) => event.changes)).toEqual([
      { jointCategories: ['cat_j3'], applicableRedeemablesPerCategoryLimit: null, redeemablesApplicationMode: 'PARTIAL' },
      { applicableRedeemablesCategoryLimits: [{ categoryId: 'cat_c', limit: 10 }] },
      { jointCategories: [] },
    ]);
  });

  test('every range, list and rule between settings is a userError naming the field, worded as Voucherify words it', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const refused = async (input: Partial<CreateStackingRulesInput>) => {
      const payload = await create({ projectId: project.id, ...input }, tenant.owner.as);
      expect(payload.stackingRules).toBeNull();
      return payload.userErrors.map((error) => [error.field.slice(1).join('.'), error.message]);
    };
    expect(await refused({ redeemablesLimit: 31, applicableRedeemablesLimit: 0, applicableRedeemablesPerCategoryLimit: 31 })).toEqual([
      ['redeemablesLimit', 'must be <= 30'],
      ['applicableRedeemablesLimit', 'must be >= 1'],
      ['applicableRedeemablesPerCategoryLimit', 'must be <= 30'],
    ]);
    expect(await refused({ applicableExclusiveRedeemablesLimit: 6, applicableExclusiveRedeemablesPerCategoryLimit: 0 })).toEqual([
      ['applicableExclusiveRedeemablesLimit', 'must be <= 5'],
      ['applicableExclusiveRedeemablesPerCategoryLimit', 'must be >= 1'],
    ]);
    expect(await refused({ applicableRedeemablesCategoryLimits: [{ categoryId: 'cat_a', limit: 11 }, { categoryId: '', limit: 1 }] })).toEqual([
      ['applicableRedeemablesCategoryLimits.0.limit', 'must be <= 10'],
      ['applicableRedeemablesCategoryLimits.1.categoryId', 'must NOT have fewer than 1 characters'],
    ]);
    expect(await refused({ applicableRedeemablesCategoryLimits: [{ categoryId: 'cat_a', limit: 1 }, { categoryId: 'cat_a', limit: 2 }] })).toEqual([
      ['applicableRedeemablesCategoryLimits', 'must NOT name a category twice'],
    ]);
    expect(await refused({ exclusiveCategories: ['cat_a', 'cat_a'], jointCategories: Array.from({ length: 101 }, (_, i) => `cat_${i}`) })).toEqual([
      ['exclusiveCategories', 'must NOT have duplicate items'],
      ['jointCategories', 'must NOT have more than 100 items'],
    ]);
    expect(await refused({ redeemablesLimit: 4 })).toEqual([['redeemablesLimit', 'must be >= applicableRedeemablesLimit (5)']]);
    expect(await refused({ redeemablesLimit: 4, applicableRedeemablesLimit: 5 })).toEqual([['applicableRedeemablesLimit', 'must be <= redeemablesLimit (4)']]);
    expect(await refused({ applicableRedeemablesLimit: 2, applicableRedeemablesPerCategoryLimit: 3 })).toEqual([
      ['applicableRedeemablesPerCategoryLimit', 'must be <= applicableRedeemablesLimit (2)'],
    ]);
    expect(await refused({ applicableExclusiveRedeemablesLimit: 2, applicableExclusiveRedeemablesPerCategoryLimit: 3 })).toEqual([
      ['applicableExclusiveRedeemablesPerCategoryLimit', 'must be <= applicableExclusiveRedeemablesLimit (2)'],
    ]);
    expect(await refused({ noEffectSkipCategories: ['cat_a', 'cat_b'], noEffectRedeemAnywayCategories: ['cat_b'] })).toEqual([
      ['noEffectRedeemAnywayCategories', 'must NOT overlap noEffectSkipCategories (cat_b)'],
    ]);
    // Enums are the schema's: another value is a GraphQL validation error, never an internal one.
    const badEnum = await gateway.execute(CreateStackingRulesDocument, { input: { projectId: project.id, redeemablesNoEffectRule: 'SOMETIMES' as never } }, tenant.owner.as);
    expect([badEnum.status, badEnum.body.errors?.[0]?.message]).toEqual([400, expect.stringContaining('SOMETIMES')]);
    expect(await database.prisma.stackingRules.count({ where: { projectId: project.id } })).toBe(0);

    // Rules between settings hold against what is stored too, and blame the field sent.
    const { stackingRules } = await create({ projectId: project.id, redeemablesLimit: 20, applicableRedeemablesLimit: 10, noEffectSkipCategories: ['cat_s'] }, tenant.owner.as);
    const update = async (input: Record<string, unknown>) =>
      (await gateway.execute(UpdateStackingRulesDocument, { input: { id: stackingRules!.id!, ...input } }, tenant.owner.as)).expectData().updateStackingRules!.userErrors
        .map((error) => [error.field.slice(1).join('.'), error.message]);
    expect(await update({ redeemablesLimit: 9 })).toEqual([['redeemablesLimit', 'must be >= applicableRedeemablesLimit (10)']]);
    expect(await update({ applicableRedeemablesLimit: 21 })).toEqual([['applicableRedeemablesLimit', 'must be <= redeemablesLimit (20)']]);
    expect(await update({ noEffectRedeemAnywayCategories: ['cat_s'] })).toEqual([['noEffectRedeemAnywayCategories', 'must NOT overlap noEffectSkipCategories (cat_s)']]);
    expect(await update({ noEffectRedeemAnywayCategories: ['cat_s'], noEffectSkipCategories: [] })).toEqual([]);
    expect(await update({ applicableRedeemablesPerCategoryLimit: 11 })).toEqual([['applicableRedeemablesPerCategoryLimit', 'must be <= applicableRedeemablesLimit (10)']]);
  });

  test('project members read the rules; ADMINs write them, EDITORs and VIEWERs do not; keys by scope; other tenants see nothing', async () => {
    const { tenant, project } = await projectOfNewTenant();
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const editor = await tenant.addProjectUser(project.id, 'EDITOR');
    const projectAdmin = await tenant.addProjectUser(project.id, 'ADMIN');
    expect((await rulesOf(project.id, viewer.as)).redeemablesLimit).toBe(30);
    for (const user of [viewer, editor]) {
      const response = await gateway.execute(CreateStackingRulesDocument, { input: { projectId: project.id } }, user.as);
      expect(response.expectError('FORBIDDEN').extensions?.requires).toBe('stacking-rules:write');
    }
    const { stackingRules } = await create({ projectId: project.id, redeemablesLimit: 12 }, projectAdmin.as);
    expect(stackingRules!.redeemablesLimit).toBe(12);

    const reader = await tenant.addKey(['project:read', 'stacking-rules:read']);
    const writer = await tenant.addKey(['stacking-rules:write']);
    const blind = await tenant.addKey(['project:read']);
    expect((await rulesOf(project.id, reader.as)).redeemablesLimit).toBe(12);
    const denied = await gateway.execute(ProjectStackingRulesDocument, { id: project.id }, blind.as);
    expect(denied.body.data?.project?.stackingRules).toBeNull();
    expect(denied.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requires: 'stacking-rules:read' });
    const updated = (await gateway.execute(UpdateStackingRulesDocument, { input: { id: stackingRules!.id!, redeemablesLimit: 13 } }, writer.as)).expectData().updateStackingRules!;
    expect(updated.userErrors).toEqual([]);

    const stranger = await createTenant(database);
    (await gateway.execute(ProjectStackingRulesDocument, { id: project.id }, stranger.owner.as)).expectError('NOT_FOUND');
    const hidden = (await gateway.execute(DeleteStackingRulesDocument, { input: { id: stackingRules!.id! } }, stranger.owner.as)).expectData().deleteStackingRules!;
    expect(hidden.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'stacking rules not found' }]);
    // Named with another project of the same organization, the rules are not found there.
    const { project: other } = await createProject(gateway, tenant);
    const elsewhere = (await gateway.execute(DeleteStackingRulesDocument, { input: { id: stackingRules!.id!, projectId: other.id } }, tenant.owner.as)).expectData();
    expect(elsewhere.deleteStackingRules!.userErrors[0]!.code).toBe('NOT_FOUND');
  });
});
