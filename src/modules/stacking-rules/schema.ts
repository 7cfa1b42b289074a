import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type InputFieldBuilder, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import {
  createStackingRules,
  defaultStackingRules,
  deleteStackingRules,
  updateStackingRules,
  viewOf,
  type CategoryLimit,
  type StackingRulesView,
} from './service.js';

const DiscountCalculationMode = builder.enumType('DiscountCalculationMode', { values: ['INITIAL_AMOUNT', 'DISCOUNTED_AMOUNT'] as const });
const RedeemablesApplicationMode = builder.enumType('RedeemablesApplicationMode', {
  values: ['ALL', 'PARTIAL'] as const,
  description: 'ALL: every redeemable must validate or none is redeemed; PARTIAL: those that fail are skipped.',
});
const RedeemablesSortingRule = builder.enumType('RedeemablesSortingRule', { values: ['CATEGORY_HIERARCHY', 'REQUESTED_ORDER'] as const });
const RedeemablesProductsApplicationMode = builder.enumType('RedeemablesProductsApplicationMode', {
  values: ['STACK', 'ONCE'] as const,
  description: 'STACK: several discounts may apply to one product; ONCE: one at most.',
});
const RedeemablesNoEffectRule = builder.enumType('RedeemablesNoEffectRule', { values: ['REDEEM_ANYWAY', 'SKIP'] as const });
const RedeemablesRollbackOrderMode = builder.enumType('RedeemablesRollbackOrderMode', { values: ['WITH_ORDER', 'WITHOUT_ORDER'] as const });

const CategoryLimitRef = builder.objectRef<CategoryLimit>('StackingRulesCategoryLimit').implement({
  description: 'How many redeemables of campaigns with this category may be applied.',
  fields: (t) => ({ categoryId: t.exposeString('categoryId'), limit: t.exposeInt('limit') }),
});

const CategoryLimitInput = builder.inputType('StackingRulesCategoryLimitInput', {
  fields: (t) => ({ categoryId: t.string(), limit: t.int({ description: '1 to 10.' }) }),
});

export const StackingRules = builder.objectRef<StackingRulesView>('StackingRules').implement({
  description: "A project's stacking rules (Voucherify's): how several redeemables in one request are validated and applied.",
  authScopes: (rules) => ({ permission: { permission: 'stacking-rules:read', organizationId: rules.organizationId, projectId: rules.projectId } }),
  fields: (t) => ({
    id: t.id({ nullable: true, description: "Null for the defaults, which a project has until it creates rules of its own.", resolve: (rules) => rules.id }),
    isDefault: t.boolean({ resolve: (rules) => rules.id === null }),
    exclusiveCategories: t.exposeStringList('exclusiveCategories', { description: 'Category ids whose redeemables are applied alone.' }),
    jointCategories: t.exposeStringList('jointCategories', { description: 'Category ids whose redeemables are always applied.' }),
    redeemablesLimit: t.exposeInt('redeemablesLimit', { description: 'How many redeemables one request may send (1–30).' }),
    applicableRedeemablesLimit: t.exposeInt('applicableRedeemablesLimit', { description: 'How many are applied (1–30, at most redeemablesLimit); the rest are SKIPPED.' }),
    applicableRedeemablesPerCategoryLimit: t.exposeInt('applicableRedeemablesPerCategoryLimit', {
      nullable: true,
      description: 'How many of one category are applied (1–30, at most applicableRedeemablesLimit); null: no limit.',
    }),
    applicableRedeemablesCategoryLimits: t.field({
      type: [CategoryLimitRef],
      description: 'Limits of single categories (1–10 each).',
      resolve: (rules) => rules.applicableRedeemablesCategoryLimits,
    }),
    applicableExclusiveRedeemablesLimit: t.exposeInt('applicableExclusiveRedeemablesLimit', { description: 'How many redeemables of exclusive categories are applied (1–5).' }),
    applicableExclusiveRedeemablesPerCategoryLimit: t.exposeInt('applicableExclusiveRedeemablesPerCategoryLimit', {
      nullable: true,
      description: 'How many of one exclusive category are applied (1–30, at most applicableExclusiveRedeemablesLimit); null: no limit.',
    }),
    discountCalculationMode: t.field({ type: DiscountCalculationMode, resolve: (rules) => rules.discountCalculationMode }),
    initialAmountModeCategories: t.exposeStringList('initialAmountModeCategories'),
    discountedAmountModeCategories: t.exposeStringList('discountedAmountModeCategories'),
    redeemablesApplicationMode: t.field({ type: RedeemablesApplicationMode, resolve: (rules) => rules.redeemablesApplicationMode }),
    redeemablesSortingRule: t.field({ type: RedeemablesSortingRule, resolve: (rules) => rules.redeemablesSortingRule }),
    redeemablesProductsApplicationMode: t.field({ type: RedeemablesProductsApplicationMode, resolve: (rules) => rules.redeemablesProductsApplicationMode }),
    redeemablesNoEffectRule: t.field({ type: RedeemablesNoEffectRule, resolve: (rules) => rules.redeemablesNoEffectRule }),
    noEffectSkipCategories: t.exposeStringList('noEffectSkipCategories', { description: 'Skipped without effect even under REDEEM_ANYWAY.' }),
    noEffectRedeemAnywayCategories: t.exposeStringList('noEffectRedeemAnywayCategories', { description: 'Redeemed without effect even under SKIP.' }),
    redeemablesRollbackOrderMode: t.field({ type: RedeemablesRollbackOrderMode, resolve: (rules) => rules.redeemablesRollbackOrderMode }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'Null for the defaults.', resolve: (rules) => rules.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'Null until first updated.', resolve: (rules) => rules.updatedAt }),
  }),
});

builder.prismaObjectField(Project, 'stackingRules', (t) =>
  t.field({
    type: StackingRules,
    nullable: true,
    description: 'The rules in effect: its own, or the defaults.',
    authScopes: (project) => ({ permission: { permission: 'stacking-rules:read', organizationId: project.organizationId, projectId: project.id } }),
    select: { stackingRules: true },
    resolve: (project) => (project.stackingRules ? viewOf(project.stackingRules) : defaultStackingRules(project)),
  }),
);

/** Every setting as an optional input field; the same fields create and update. */
function settingFields(t: InputFieldBuilder) {
  const list = (description?: string) => t.stringList({ required: false, description });
  const int = (description: string) => t.int({ required: false, description });
  return {
    exclusiveCategories: list(),
    jointCategories: list(),
    redeemablesLimit: int('1 to 30.'),
    applicableRedeemablesLimit: int('1 to 30, at most redeemablesLimit.'),
    applicableRedeemablesPerCategoryLimit: int('1 to 30, at most applicableRedeemablesLimit; null: no limit.'),
    applicableRedeemablesCategoryLimits: t.field({ type: [CategoryLimitInput], required: false }),
    applicableExclusiveRedeemablesLimit: int('1 to 5.'),
    applicableExclusiveRedeemablesPerCategoryLimit: int('1 to 30, at most applicableExclusiveRedeemablesLimit; null: no limit.'),
    discountCalculationMode: t.field({ type: DiscountCalculationMode, required: false }),
    initialAmountModeCategories: list(),
    discountedAmountModeCategories: list(),
    redeemablesApplicationMode: t.field({ type: RedeemablesApplicationMode, required: false }),
    redeemablesSortingRule: t.field({ type: RedeemablesSortingRule, required: false }),
    redeemablesProductsApplicationMode: t.field({ type: RedeemablesProductsApplicationMode, required: false }),
    redeemablesNoEffectRule: t.field({ type: RedeemablesNoEffectRule, required: false }),
    noEffectSkipCategories: list('Must not overlap noEffectRedeemAnywayCategories.'),
    noEffectRedeemAnywayCategories: list('Must not overlap noEffectSkipCategories.'),
    redeemablesRollbackOrderMode: t.field({ type: RedeemablesRollbackOrderMode, required: false }),
  };
}

const rulesResult = (t: PayloadFieldBuilder<{ stackingRules: StackingRulesView }>) => ({
  stackingRules: t.field({ type: StackingRules, nullable: true, resolve: (payload) => payload.stackingRules }),
});

defineMutation('createStackingRules', {
  description: "Gives a project rules of its own in place of the defaults (what is left out takes the default); ALREADY_EXISTS when it has them.",
  input: (t) => ({ projectId: t.id(), ...settingFields(t) }),
  payload: rulesResult,
  resolve: (input, context) => createStackingRules(context, input),
});

defineMutation('updateStackingRules', {
  description: 'Changes the settings given; a list given replaces the stored one whole.',
  input: (t) => ({
    id: t.id(),
    projectId: t.id({ required: false, description: 'When given, the rules must be this project’s.' }),
    ...settingFields(t),
  }),
  payload: rulesResult,
  resolve: (input, context) => updateStackingRules(context, input),
});

defineMutation('deleteStackingRules', {
  description: 'Deletes the project’s own rules: the defaults apply again.',
  input: (t) => ({ id: t.id(), projectId: t.id({ required: false, description: 'When given, the rules must be this project’s.' }) }),
  payload: removedId('deletedStackingRulesId'),
  resolve: (input, context) => deleteStackingRules(context, input),
});
