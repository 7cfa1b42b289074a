import { z } from 'zod';
import type { Context } from '../../context.js';
import { isUniqueViolation } from '../../db/errors.js';
import { isIdOf, newId } from '../../db/ids.js';
import { parseInput, userError, UserErrors, type UserError } from '../../errors.js';
import type { Prisma, StackingRules as StackingRulesRow } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { authorizedProject, existingProject } from '../project/service.js';

export interface CategoryLimit {
  categoryId: string;
  limit: number;
}

/** The rules as read: stored ones, or the defaults (no id, no timestamps) of a project without its own. */
export type StackingRulesView = Omit<StackingRulesRow, 'id' | 'createdAt' | 'applicableRedeemablesCategoryLimits'> & {
  id: string | null;
  createdAt: Date | null;
  applicableRedeemablesCategoryLimits: CategoryLimit[];
};

type Settings = Omit<StackingRulesView, 'id' | 'organizationId' | 'projectId' | 'createdAt' | 'updatedAt'>;

/**
 * Voucherify's documented defaults (its StackingRules schema: 30, 5, 1, 1, 1, empty categories,
 * REQUESTED_ORDER; WITH_ORDER "is a default setting"); the modes it documents no default for are
 * the behaviour before each setting existed (README, "Stacking rules").
 */
export const DEFAULT_STACKING_RULES: Settings = {
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
};

export function viewOf(row: StackingRulesRow): StackingRulesView {
  return { ...row, applicableRedeemablesCategoryLimits: row.applicableRedeemablesCategoryLimits as unknown as CategoryLimit[] };
}

export function defaultStackingRules(project: { id: string; organizationId: string }): StackingRulesView {
  return { ...DEFAULT_STACKING_RULES, id: null, organizationId: project.organizationId, projectId: project.id, createdAt: null, updatedAt: null };
}

// Messages worded as Voucherify's validator words them ("Property .redeemables_limit must be <= 30").
const between = (min: number, max: number) =>
  z.number().superRefine((value, issue) => {
    if (value < min) issue.addIssue({ code: 'custom', message: `must be >= ${min}` });
    else if (value > max) issue.addIssue({ code: 'custom', message: `must be <= ${max}` });
  });
const categoryId = z.string().trim().min(1, 'must NOT have fewer than 1 characters').max(100, 'must NOT have more than 100 characters');
const MAX_CATEGORIES = 100;
const categories = z
  .array(categoryId)
  .max(MAX_CATEGORIES, `must NOT have more than ${MAX_CATEGORIES} items`)
  .refine((list) => new Set(list).size === list.length, 'must NOT have duplicate items');
const categoryLimits = z
  .array(z.object({ categoryId, limit: between(1, 10) }))
  .max(MAX_CATEGORIES, `must NOT have more than ${MAX_CATEGORIES} items`)
  .refine((list) => new Set(list.map((entry) => entry.categoryId)).size === list.length, 'must NOT name a category twice');

/** Every setting, each optional; null is "not given" except for the two limits that may be null (no limit). */
const settings = {
  exclusiveCategories: categories.nullish(),
  jointCategories: categories.nullish(),
  redeemablesLimit: between(1, 30).nullish(),
  applicableRedeemablesLimit: between(1, 30).nullish(),
  applicableRedeemablesPerCategoryLimit: between(1, 30).nullish(),
  applicableRedeemablesCategoryLimits: categoryLimits.nullish(),
  applicableExclusiveRedeemablesLimit: between(1, 5).nullish(),
  applicableExclusiveRedeemablesPerCategoryLimit: between(1, 30).nullish(),
  discountCalculationMode: z.enum(['INITIAL_AMOUNT', 'DISCOUNTED_AMOUNT']).nullish(),
  initialAmountModeCategories: categories.nullish(),
  discountedAmountModeCategories: categories.nullish(),
  redeemablesApplicationMode: z.enum(['ALL', 'PARTIAL']).nullish(),
  redeemablesSortingRule: z.enum(['CATEGORY_HIERARCHY', 'REQUESTED_ORDER']).nullish(),
  redeemablesProductsApplicationMode: z.enum(['STACK', 'ONCE']).nullish(),
  redeemablesNoEffectRule: z.enum(['REDEEM_ANYWAY', 'SKIP']).nullish(),
  noEffectSkipCategories: categories.nullish(),
  noEffectRedeemAnywayCategories: categories.nullish(),
  redeemablesRollbackOrderMode: z.enum(['WITH_ORDER', 'WITHOUT_ORDER']).nullish(),
};
const NULLABLE_LIMITS = new Set(['applicableRedeemablesPerCategoryLimit', 'applicableExclusiveRedeemablesPerCategoryLimit']);

/** The settings the input sets: a given value, or null for a limit that may be cleared. Arrays replace the stored ones whole. */
function givenSettings(input: Record<string, unknown>, parsed: Record<string, unknown>): Partial<Settings> {
  const sets = (key: string) => key in input && (parsed[key] != null || (NULLABLE_LIMITS.has(key) && input[key] === null));
  return Object.fromEntries(Object.keys(settings).filter(sets).map((key) => [key, parsed[key] ?? null])) as Partial<Settings>;
}

/** Pairs whose first must not exceed the second. */
const AT_MOST: [keyof Settings, keyof Settings][] = [
  ['applicableRedeemablesLimit', 'redeemablesLimit'],
  ['applicableRedeemablesPerCategoryLimit', 'applicableRedeemablesLimit'],
  ['applicableExclusiveRedeemablesPerCategoryLimit', 'applicableExclusiveRedeemablesLimit'],
];

/**
 * The rules between settings, checked on the rules as they would be after the change; a violation is
 * reported at the field the input set (the lower one when it set both).
 */
function ruleViolations(rules: Settings, given: Partial<Settings>): UserError[] {
  const errors: UserError[] = [];
  for (const [lower, upper] of AT_MOST) {
    const low = rules[lower] as number | null;
    const high = rules[upper] as number;
    if (low === null || low <= high) continue;
    errors.push(
      lower in given || !(upper in given)
        ? { code: 'INVALID', field: ['input', lower], message: `must be <= ${upper} (${high})` }
        : { code: 'INVALID', field: ['input', upper], message: `must be >= ${lower} (${low})` },
    );
  }
  const skipped = new Set(rules.noEffectSkipCategories);
  const both = rules.noEffectRedeemAnywayCategories.filter((category) => skipped.has(category));
  if (both.length > 0) {
    const field = 'noEffectRedeemAnywayCategories' in given ? 'noEffectRedeemAnywayCategories' : 'noEffectSkipCategories';
    const other = field === 'noEffectSkipCategories' ? 'noEffectRedeemAnywayCategories' : 'noEffectSkipCategories';
    errors.push({ code: 'INVALID', field: ['input', field], message: `must NOT overlap ${other} (${both.join(', ')})` });
  }
  return errors;
}

function checked(rules: Settings, given: Partial<Settings>): Settings {
  const errors = ruleViolations(rules, given);
  if (errors.length > 0) throw new UserErrors(errors);
  return rules;
}

function asData<T extends Partial<Settings>>(rules: T) {
  const { applicableRedeemablesCategoryLimits: limits, ...rest } = rules;
  return { ...rest, ...(limits ? { applicableRedeemablesCategoryLimits: limits as unknown as Prisma.InputJsonValue[] } : {}) };
}

const newRules = z.object({ projectId: z.string(), ...settings });

/** Replaces a project's defaults with rules of its own; a project that has its own already is refused (ALREADY_EXISTS). */
export async function createStackingRules(context: Context, input: z.input<typeof newRules>) {
  const data = parseInput(newRules, input);
  const target = await authorizedProject(context, data.projectId, 'stacking-rules:read', 'projectId');
  await context.access.require('stacking-rules:write', target);
  const given = givenSettings(input, data);
  const rules = checked({ ...DEFAULT_STACKING_RULES, ...given }, given);
  const exists = () => userError('ALREADY_EXISTS', ['projectId'], 'the project has stacking rules already; update them instead');
  if (await context.prisma.stackingRules.findUnique({ where: { projectId: target.projectId }, select: { id: true } })) throw exists();
  try {
    const created = await audited(context, async (tx, audit) => {
      const row = await tx.stackingRules.create({ data: { id: newId('StackingRules'), ...target, ...asData(rules as Settings) } });
      await audit({ organizationId: target.organizationId, projectId: target.projectId, action: 'stacking_rules.create', target: { type: 'StackingRules', id: row.id }, changes: { projectId: target.projectId, ...given } });
      return row;
    });
    return { stackingRules: viewOf(created) };
  } catch (error) {
    if (isUniqueViolation(error, 'projectId')) throw exists();
    throw error;
  }
}

/** The stored rules with this id (of this project, when one is named), if the caller holds `permission` there; NOT_FOUND otherwise. */
async function authorizedRules(context: Context, id: string, projectId: string | null | undefined) {
  const project = projectId ? await authorizedProject(context, projectId, 'stacking-rules:read', 'projectId') : null;
  const row = isIdOf('StackingRules', id)
    ? await context.prisma.stackingRules.findFirst({ where: { id, project: existingProject(), ...(project ? { projectId: project.projectId } : {}) } })
    : null;
  await context.access.authorizeOrNotFound('stacking-rules:write', row && { organizationId: row.organizationId, projectId: row.projectId }, 'stacking rules');
  return row!;
}

const rulesChanges = z.object({ id: z.string(), projectId: z.string().nullish(), ...settings });

/** Changes the settings given; an array given replaces the stored one whole, and a null per-category limit removes it. */
export async function updateStackingRules(context: Context, input: z.input<typeof rulesChanges>) {
  const data = parseInput(rulesChanges, input);
  const stored = await authorizedRules(context, data.id, data.projectId);
  const given = givenSettings(input, data);
  checked({ ...viewOf(stored), ...given }, given);
  const updated = await audited(context, async (tx, audit) => {
    await audit({ organizationId: stored.organizationId, projectId: stored.projectId, action: 'stacking_rules.update', target: { type: 'StackingRules', id: stored.id }, changes: given });
    return tx.stackingRules.update({ where: { id: stored.id }, data: { ...asData(given), updatedAt: new Date() } });
  });
  return { stackingRules: viewOf(updated) };
}

/** Removes the project's own rules: the defaults apply again. */
export async function deleteStackingRules(context: Context, input: { id: string; projectId?: string | null }) {
  const stored = await authorizedRules(context, input.id, input.projectId);
  await audited(context, async (tx, audit) => {
    await tx.stackingRules.delete({ where: { id: stored.id } });
    await audit({ organizationId: stored.organizationId, projectId: stored.projectId, action: 'stacking_rules.delete', target: { type: 'StackingRules', id: stored.id }, changes: { projectId: stored.projectId } });
  });
  return { deletedStackingRulesId: stored.id };
}
