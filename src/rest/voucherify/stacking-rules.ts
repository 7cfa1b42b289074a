import { z } from 'zod';
import { operation, route, type RestRoute } from '../route.js';
import { notFound, voucherifyError } from './dialect-errors.js';
import {
  VoucherifyCreateStackingRulesDocument,
  VoucherifyDeleteStackingRulesDocument,
  VoucherifyProjectStackingRulesDocument,
  VoucherifyUpdateStackingRulesDocument,
  type VoucherifyStackingRulesFragment,
} from './operations.generated.js';
import { liveProject } from './projects.js';
import { propertyError, wrongType } from './property-errors.js';
import { list, listResponse, returned } from './shared.js';

// A project's stacking rules (compat §3.5, §4.5): a singleton that is always in effect. A project
// without rules of its own lists the defaults, under an id that get, update and delete do not know.

/** The id the defaults are listed under: not an id Steward makes, so get/update/delete answer 404 for it. */
export const DEFAULT_STACKING_RULES_ID = 'stk_default';

const RESOURCE = 'stacking_rules';

// Request body, typed as Voucherify's schema types it (the ranges and the rules between settings are the service's).

const integer = z.int(wrongType('must be integer'));
const categories = z.array(z.string(wrongType('must be string')), wrongType('must be array'));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, wrongType('must be equal to one of the allowed values'));

const rulesBody = z.object(
  {
    exclusive_categories: categories.optional(),
    joint_categories: categories.optional(),
    redeemables_limit: integer.optional(),
    applicable_redeemables_limit: integer.optional(),
    applicable_redeemables_per_category_limit: integer.nullable().optional(),
    applicable_redeemables_category_limits: z.record(z.string(), integer, wrongType('must be object')).optional(),
    applicable_exclusive_redeemables_limit: integer.optional(),
    applicable_exclusive_redeemables_per_category_limit: integer.nullable().optional(),
    discount_calculation_mode: oneOf(['INITIAL_AMOUNT', 'DISCOUNTED_AMOUNT']).optional(),
    initial_amount_mode_categories: categories.optional(),
    discounted_amount_mode_categories: categories.optional(),
    redeemables_application_mode: oneOf(['ALL', 'PARTIAL']).optional(),
    redeemables_sorting_rule: oneOf(['CATEGORY_HIERARCHY', 'REQUESTED_ORDER']).optional(),
    redeemables_products_application_mode: oneOf(['STACK', 'ONCE']).optional(),
    redeemables_no_effect_rule: oneOf(['REDEEM_ANYWAY', 'SKIP']).optional(),
    no_effect_skip_categories: categories.optional(),
    no_effect_redeem_anyway_categories: categories.optional(),
    redeemables_rollback_order_mode: oneOf(['WITH_ORDER', 'WITHOUT_ORDER']).optional(),
  },
  wrongType('must be object'),
);
type RulesBody = z.infer<typeof rulesBody>;

/** Steward's settings from the body: only what was sent (null sent for a per-category limit removes it). */
function settingsInput(body: RulesBody) {
  const limits = body.applicable_redeemables_category_limits;
  return {
    exclusiveCategories: body.exclusive_categories,
    jointCategories: body.joint_categories,
    redeemablesLimit: body.redeemables_limit,
    applicableRedeemablesLimit: body.applicable_redeemables_limit,
    applicableRedeemablesPerCategoryLimit: body.applicable_redeemables_per_category_limit,
    applicableRedeemablesCategoryLimits: limits && Object.entries(limits).map(([categoryId, limit]) => ({ categoryId, limit })),
    applicableExclusiveRedeemablesLimit: body.applicable_exclusive_redeemables_limit,
    applicableExclusiveRedeemablesPerCategoryLimit: body.applicable_exclusive_redeemables_per_category_limit,
    discountCalculationMode: body.discount_calculation_mode,
    initialAmountModeCategories: body.initial_amount_mode_categories,
    discountedAmountModeCategories: body.discounted_amount_mode_categories,
    redeemablesApplicationMode: body.redeemables_application_mode,
    redeemablesSortingRule: body.redeemables_sorting_rule,
    redeemablesProductsApplicationMode: body.redeemables_products_application_mode,
    redeemablesNoEffectRule: body.redeemables_no_effect_rule,
    noEffectSkipCategories: body.no_effect_skip_categories,
    noEffectRedeemAnywayCategories: body.no_effect_redeem_anyway_categories,
    redeemablesRollbackOrderMode: body.redeemables_rollback_order_mode,
  };
}

/** A refused setting at Voucherify's property: a category limit is `.applicable_redeemables_category_limits.<category id>`. */
function settingError(body: RulesBody) {
  return (error: Parameters<typeof propertyError>[0]) =>
    propertyError(error, ([field, index, ...rest]) => {
      if (field !== 'applicableRedeemablesCategoryLimits' || index === undefined) return [field!, ...(index === undefined ? [] : [index]), ...rest];
      const categoryId = Object.keys(body.applicable_redeemables_category_limits ?? {})[Number(index)];
      return categoryId === undefined ? [field, index, ...rest] : [field, categoryId];
    });
}

// Response

const rulesResponse = z.object({
  id: z.string(),
  exclusive_categories: z.array(z.string()),
  joint_categories: z.array(z.string()),
  redeemables_limit: z.number().int(),
  applicable_redeemables_limit: z.number().int(),
  applicable_redeemables_per_category_limit: z.number().int().nullable(),
  applicable_redeemables_category_limits: z.record(z.string(), z.number().int()),
  applicable_exclusive_redeemables_limit: z.number().int(),
  applicable_exclusive_redeemables_per_category_limit: z.number().int().nullable(),
  discount_calculation_mode: z.string(),
  initial_amount_mode_categories: z.array(z.string()),
  discounted_amount_mode_categories: z.array(z.string()),
  redeemables_application_mode: z.string(),
  redeemables_sorting_rule: z.string(),
  redeemables_products_application_mode: z.string(),
  redeemables_no_effect_rule: z.string(),
  no_effect_skip_categories: z.array(z.string()),
  no_effect_redeem_anyway_categories: z.array(z.string()),
  redeemables_rollback_order_mode: z.string(),
  created_at: z.string(),
  updated_at: z.string().optional(),
});

/** The rules in Voucherify's shape; the defaults show the project's creation as theirs. */
function rulesShape(rules: VoucherifyStackingRulesFragment, projectCreatedAt?: string) {
  const createdAt = rules.createdAt ?? projectCreatedAt;
  if (!createdAt) throw new Error('stacking rules without a creation time');
  return {
    id: rules.id ?? DEFAULT_STACKING_RULES_ID,
    exclusive_categories: rules.exclusiveCategories,
    joint_categories: rules.jointCategories,
    redeemables_limit: rules.redeemablesLimit,
    applicable_redeemables_limit: rules.applicableRedeemablesLimit,
    applicable_redeemables_per_category_limit: rules.applicableRedeemablesPerCategoryLimit,
    applicable_redeemables_category_limits: Object.fromEntries(rules.applicableRedeemablesCategoryLimits.map((entry) => [entry.categoryId, entry.limit])),
    applicable_exclusive_redeemables_limit: rules.applicableExclusiveRedeemablesLimit,
    applicable_exclusive_redeemables_per_category_limit: rules.applicableExclusiveRedeemablesPerCategoryLimit,
    discount_calculation_mode: rules.discountCalculationMode,
    initial_amount_mode_categories: rules.initialAmountModeCategories,
    discounted_amount_mode_categories: rules.discountedAmountModeCategories,
    redeemables_application_mode: rules.redeemablesApplicationMode,
    redeemables_sorting_rule: rules.redeemablesSortingRule,
    redeemables_products_application_mode: rules.redeemablesProductsApplicationMode,
    redeemables_no_effect_rule: rules.redeemablesNoEffectRule,
    no_effect_skip_categories: rules.noEffectSkipCategories,
    no_effect_redeem_anyway_categories: rules.noEffectRedeemAnywayCategories,
    redeemables_rollback_order_mode: rules.redeemablesRollbackOrderMode,
    created_at: createdAt,
    ...(rules.updatedAt ? { updated_at: rules.updatedAt } : {}),
  };
}

const projectRef = (params: Record<string, string>) => params.projectId!;
const rulesRef = (params: Record<string, string>) => params.stackingRulesId!;

const projectRules = (params: Record<string, string>) => operation(VoucherifyProjectStackingRulesDocument, { projectId: projectRef(params) });

export const stackingRulesRoutes: RestRoute[] = [
  route<RulesBody>({
    method: 'POST',
    path: '/projects/:projectId/stacking-rules',
    operationId: 'create-stacking-rules',
    summary: 'Give the project stacking rules of its own in place of the defaults (what is left out takes the default)',
    resource: RESOURCE,
    body: rulesBody,
    response: rulesResponse,
    operation: ({ params, body }) => operation(VoucherifyCreateStackingRulesDocument, { input: { projectId: projectRef(params), ...settingsInput(body) } }),
    deny: (denial, { body }) => {
      if (denial.kind !== 'user-error' || denial.error.code === 'NOT_FOUND') return undefined;
      if (denial.error.code === 'ALREADY_EXISTS') return voucherifyError(409, 'stacking_rules_exist', 'Cannot exist more stacking rules for given project');
      return settingError(body as RulesBody)(denial.error);
    },
    respond: ({ createStackingRules }) => rulesShape(returned(createStackingRules?.stackingRules)),
  }),
  route({
    method: 'GET',
    path: '/projects/:projectId/stacking-rules',
    operationId: 'list-stacking-rules',
    summary: `List the project's stacking rules: always one, its own or the defaults (id ${DEFAULT_STACKING_RULES_ID})`,
    resource: RESOURCE,
    response: listResponse(rulesResponse),
    operation: ({ params }) => projectRules(params),
    respond: ({ project }, { params }) => {
      const live = liveProject(project, projectRef(params));
      return list([rulesShape(returned(live.stackingRules), live.createdAt)]);
    },
  }),
  route({
    method: 'GET',
    path: '/projects/:projectId/stacking-rules/:stackingRulesId',
    operationId: 'get-stacking-rules',
    summary: "Get the project's own stacking rules",
    resource: RESOURCE,
    response: rulesResponse,
    operation: ({ params }) => projectRules(params),
    respond: ({ project }, { params }) => {
      const rules = liveProject(project, projectRef(params)).stackingRules;
      if (!rules?.id || rules.id !== rulesRef(params)) throw notFound(RESOURCE, rulesRef(params));
      return rulesShape(rules);
    },
  }),
  route<RulesBody>({
    method: 'PUT',
    path: '/projects/:projectId/stacking-rules/:stackingRulesId',
    operationId: 'update-stacking-rules',
    summary: 'Update the stacking rules: only the fields sent change, and an array sent replaces the stored one whole',
    resource: RESOURCE,
    body: rulesBody,
    response: rulesResponse,
    operation: ({ params, body }) =>
      operation(VoucherifyUpdateStackingRulesDocument, { input: { id: rulesRef(params), projectId: projectRef(params), ...settingsInput(body) } }),
    deny: (denial, { body }) => (denial.kind === 'user-error' && denial.error.code !== 'NOT_FOUND' ? settingError(body as RulesBody)(denial.error) : undefined),
    respond: ({ updateStackingRules }) => rulesShape(returned(updateStackingRules?.stackingRules)),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:projectId/stacking-rules/:stackingRulesId',
    operationId: 'delete-stacking-rules',
    summary: "Delete the project's own stacking rules: the defaults apply again",
    resource: RESOURCE,
    status: 204,
    operation: ({ params }) => operation(VoucherifyDeleteStackingRulesDocument, { input: { id: rulesRef(params), projectId: projectRef(params) } }),
    respond: () => null,
  }),
];
