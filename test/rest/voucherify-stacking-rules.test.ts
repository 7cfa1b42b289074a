import { describe, expect, test } from 'vitest';
import { testEnvironment } from '../support/environment.js';
import { createProject, createTenant } from '../support/tenant.js';
import { voucherifyClient } from '../support/voucherify.js';
import { ErrorBody, StackingRules, StackingRulesList, UpdatedStackingRules } from './voucherify-models.js';

const { database, gateway } = await testEnvironment({ http: true });

async function projectOfNewTenant() {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  return { tenant, project, call: voucherifyClient(gateway, tenant) };
}

const DEFAULTS = {
  id: 'stk_default',
  exclusive_categories: [],
  joint_categories: [],
  redeemables_limit: 30,
  applicable_redeemables_limit: 5,
  applicable_redeemables_per_category_limit: 1,
  applicable_redeemables_category_limits: {},
  applicable_exclusive_redeemables_limit: 1,
  applicable_exclusive_redeemables_per_category_limit: 1,
  discount_calculation_mode: 'INITIAL_AMOUNT',
  initial_amount_mode_categories: [],
  discounted_amount_mode_categories: [],
  redeemables_application_mode: 'ALL',
  redeemables_sorting_rule: 'REQUESTED_ORDER',
  redeemables_products_application_mode: 'STACK',
  redeemables_no_effect_rule: 'REDEEM_ANYWAY',
  no_effect_skip_categories: [],
  no_effect_redeem_anyway_categories: [],
  redeemables_rollback_order_mode: 'WITH_ORDER',
};

describe('Voucherify Management API: stacking rules', () => {
  test('a project lists the defaults, under an id that get, update and delete do not know', async () => {
    const { project, call } = await projectOfNewTenant();
    const listed = (await call('GET', `/projects/${project.id}/stacking-rules`, { status: 200, model: StackingRulesList })).body;
    expect(listed).toEqual({ object: 'list', data_ref: 'data', data: [{ ...DEFAULTS, created_at: expect.any(String) }], total: 1 });
    expect(Object.keys(listed.data[0])).toEqual([...Object.keys(DEFAULTS), 'created_at']);

    const missing = { resource_type: 'stacking_rules', resource_id: 'stk_default', details: 'Cannot find stacking_rules with id stk_default', key: 'not_found' };
    expect((await call('GET', `/projects/${project.id}/stacking-rules/stk_default`, { status: 404, model: ErrorBody })).body).toMatchObject(missing);
    expect((await call('PUT', `/projects/${project.id}/stacking-rules/stk_default`, { status: 404, model: ErrorBody }, { redeemables_limit: 3 })).body).toMatchObject(missing);
    expect((await call('DELETE', `/projects/${project.id}/stacking-rules/stk_default`, { status: 404, model: ErrorBody })).body).toMatchObject(missing);
  });

  test('create (200, the rest defaults), a second create is 409, partial update, get, delete brings the defaults back', async () => {
    const { project, call } = await projectOfNewTenant();
    const base = `/projects/${project.id}/stacking-rules`;
    const created = (
      await call('POST', base, { status: 200, model: StackingRules }, {
        exclusive_categories: ['cat_exclusive'],
        redeemables_limit: 10,
        applicable_redeemables_limit: 4,
        applicable_redeemables_category_limits: { cat_a: 2, cat_b: 3 },
        redeemables_application_mode: 'PARTIAL',
        no_effect_skip_categories: ['cat_skip'],
        grouped_redeemables_sorting_rule: 'JOINT_ALWAYS_LAST',
      })
    ).body;
    expect(created).toEqual({
      ...DEFAULTS,
      id: expect.stringMatching(/^stk_[0-9A-Za-z]{22}$/),
      exclusive_categories: ['cat_exclusive'],
      redeemables_limit: 10,
      applicable_redeemables_limit: 4,
      applicable_redeemables_category_limits: { cat_a: 2, cat_b: 3 },
      redeemables_application_mode: 'PARTIAL',
      no_effect_skip_categories: ['cat_skip'],
      created_at: expect.any(String),
    });
    expect(created.updated_at).toBeUndefined();
    const listed = (await call('GET', base, { status: 200, model: StackingRulesList })).body;
    expect(listed.data).toEqual([created]);

    const again = (await call('POST', base, { status: 409, model: ErrorBody }, { redeemables_limit: 5 })).body;
    expect(again).toMatchObject({ code: 409, key: 'stacking_rules_exist', message: 'Stacking rules exist', details: 'Cannot exist more stacking rules for given project' });

    const updated = (
      await call('PUT', `${base}/${created.id}`, { status: 200, model: UpdatedStackingRules }, {
        exclusive_categories: ['cat_x', 'cat_y'],
        applicable_redeemables_per_category_limit: null,
        applicable_redeemables_category_limits: { cat_c: 1 },
        redeemables_sorting_rule: 'CATEGORY_HIERARCHY',
      })
    ).body;
    expect(updated).toEqual({
      ...created,
      exclusive_categories: ['cat_x', 'cat_y'],
      applicable_redeemables_per_category_limit: null,
      applicable_redeemables_category_limits: { cat_c: 1 },
      redeemables_sorting_rule: 'CATEGORY_HIERARCHY',
      updated_at: expect.any(String),
    });
    expect((await call('GET', `${base}/${created.id}`, { status: 200, model: StackingRules })).body).toEqual(updated);

    await call('DELETE', `${base}/${created.id}`, { status: 204 });
    expect((await call('GET', base, { status: 200, model: StackingRulesList })).body.data[0]).toMatchObject(DEFAULTS);
    const gone = (await call('GET', `${base}/${created.id}`, { status: 404, model: ErrorBody })).body;
    expect(gone).toMatchObject({ resource_type: 'stacking_rules', resource_id: created.id });
    await call('DELETE', `${base}/${created.id}`, { status: 404, model: ErrorBody });
    // The defaults are back, so rules can be created again.
    await call('POST', base, { status: 200, model: StackingRules }, {});
  });

  test('invalid payloads are 400 invalid_payload, worded with Voucherify’s property names', async () => {
    const { project, call } = await projectOfNewTenant();
    const base = `/projects/${project.id}/stacking-rules`;
    const details = async (method: string, path: string, body: unknown) => (await call(method, path, { status: 400, model: ErrorBody }, body)).body.details;

    expect(await details('POST', base, { redeemables_limit: 31 })).toBe('Property .redeemables_limit must be <= 30');
    expect(await details('POST', base, { applicable_exclusive_redeemables_limit: 6 })).toBe('Property .applicable_exclusive_redeemables_limit must be <= 5');
    expect(await details('POST', base, { redeemables_limit: 0 })).toBe('Property .redeemables_limit must be >= 1');
    expect(await details('POST', base, { redeemables_limit: 5, applicable_redeemables_limit: 6 })).toBe('Property .applicable_redeemables_limit must be <= redeemables_limit (5)');
    expect(await details('POST', base, { applicable_redeemables_category_limits: { cat_a: 2, cat_b: 11 } })).toBe('Property .applicable_redeemables_category_limits.cat_b must be <= 10');
    expect(await details('POST', base, { no_effect_skip_categories: ['a'], no_effect_redeem_anyway_categories: ['a'] })).toBe(
      'Property .no_effect_redeem_anyway_categories must NOT overlap no_effect_skip_categories (a)',
    );
    expect(await details('POST', base, { redeemables_limit: '5' })).toBe('Property .redeemables_limit must be integer');
    expect(await details('POST', base, { redeemables_limit: 2.5 })).toBe('Property .redeemables_limit must be integer');
    expect(await details('POST', base, { redeemables_application_mode: 'SOME' })).toBe('Property .redeemables_application_mode must be equal to one of the allowed values');
    expect(await details('POST', base, { joint_categories: 'cat_a' })).toBe('Property .joint_categories must be array');
    expect(await details('POST', base, { exclusive_categories: ['a', 'a'] })).toBe('Property .exclusive_categories must NOT have duplicate items');
    const error = (await call('POST', base, { status: 400, model: ErrorBody }, { redeemables_limit: 31 })).body;
    expect(error).toMatchObject({ code: 400, key: 'invalid_payload', message: 'Invalid payload' });

    // An update is checked against what is stored: 6 applicable of 5 sendable.
    const created = (await call('POST', base, { status: 200, model: StackingRules }, { redeemables_limit: 5 })).body;
    expect(await details('PUT', `${base}/${created.id}`, { applicable_redeemables_limit: 6 })).toBe('Property .applicable_redeemables_limit must be <= redeemables_limit (5)');
    expect(await details('PUT', `${base}/${created.id}`, { redeemables_limit: 31 })).toBe('Property .redeemables_limit must be <= 30');
    expect(await details('PUT', `${base}/${created.id}`, { redeemables_limit: null })).toBe('Property .redeemables_limit must be integer');
    expect((await call('GET', `${base}/${created.id}`, { status: 200, model: StackingRules })).body).toEqual(created);
  });

  test('another organization’s project, an unknown project and another project’s rules are 404', async () => {
    const { tenant, project, call } = await projectOfNewTenant();
    const { project: sibling } = await createProject(gateway, tenant);
    const rules = (await call('POST', `/projects/${project.id}/stacking-rules`, { status: 200, model: StackingRules }, {})).body;

    // Rules of one project named under another of the same organization.
    for (const [method, body] of [['GET'], ['PUT', { redeemables_limit: 2 }], ['DELETE']] as const) {
      const refused = (await call(method, `/projects/${sibling.id}/stacking-rules/${rules.id}`, { status: 404, model: ErrorBody }, body)).body;
      expect(refused).toMatchObject({ resource_type: 'stacking_rules', resource_id: rules.id, details: `Cannot find stacking_rules with id ${rules.id}` });
    }

    const other = await projectOfNewTenant();
    const foreign = (await other.call('POST', `/projects/${other.project.id}/stacking-rules`, { status: 200, model: StackingRules }, {})).body;
    const unknown = 'prj_0000000000000000000000';
    for (const projectId of [other.project.id, unknown]) {
      const base = `/projects/${projectId}/stacking-rules`;
      const cases: [string, string, unknown?][] = [
        ['GET', base],
        ['POST', base, {}],
        ['GET', `${base}/${foreign.id}`],
        ['PUT', `${base}/${foreign.id}`, { redeemables_limit: 2 }],
        ['DELETE', `${base}/${foreign.id}`],
      ];
      for (const [method, path, body] of cases) {
        const refused = (await call(method, path, { status: 404, model: ErrorBody }, body)).body;
        expect(refused, `${method} ${path}`).toMatchObject({ key: 'not_found', resource_type: 'project', resource_id: projectId, details: `Cannot find project with id ${projectId}` });
      }
    }
    // The other organization's rules are untouched.
    expect((await other.call('GET', `/projects/${other.project.id}/stacking-rules/${foreign.id}`, { status: 200, model: StackingRules })).body).toEqual(foreign);
  });
});
