import { z } from 'zod';
import { scopesGrant, type OperatorPermission } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber, newId } from '../../db/ids.js';
import { isUniqueViolation } from '../../db/errors.js';
import { forbidden, notFound, parseInput, userError } from '../../errors.js';
import type { Feature, FeatureType, Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { authorizedProject, findProjectTarget } from '../project/service.js';
import { userKey } from '../user/service.js';

/** Whether the principal is the platform operator holding this operator-only permission. */
export function isOperatorWith(context: Context, permission: OperatorPermission): boolean {
  const { principal } = context.access;
  return principal.kind === 'OPERATOR' && scopesGrant(principal.scopes, permission);
}

export function requireOperator(context: Context, permission: OperatorPermission, what: string): void {
  if (!isOperatorWith(context, permission)) throw forbidden(`only the platform operator may ${what}`, `an operator token with ${permission}`);
}

/**
 * The catalogue as the caller sees it: the operator, all of it; everyone else only the features
 * that project admins may manage through the API (Keboola lists exactly those to non-super-admins).
 */
export function featureVisibility(context: Context): Prisma.FeatureWhereInput {
  return context.access.principal.kind === 'OPERATOR' ? {} : { canBeManagedByAdmin: true, canBeManagedViaApi: true };
}

export function canSeeFeature(context: Context, feature: Pick<Feature, 'canBeManagedByAdmin' | 'canBeManagedViaApi'>): boolean {
  return context.access.principal.kind === 'OPERATOR' || (feature.canBeManagedByAdmin && feature.canBeManagedViaApi);
}

const FEATURE_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

/** A feature is named by its id, its number or its name. */
function featureKey(text: string): Prisma.FeatureWhereUniqueInput | null {
  const key = idOrNumber('Feature', text);
  if (key) return key;
  return FEATURE_NAME.test(text) ? { name: text } : null;
}

/** The feature, if it exists and the caller may see it; null otherwise. */
export async function visibleFeature(context: Context, text: string, query: object = {}): Promise<Feature | null> {
  const key = featureKey(text);
  const feature = key ? await context.prisma.feature.findUnique({ ...query, where: key }) : null;
  return feature && canSeeFeature(context, feature) ? feature : null;
}

/** For a root field: the feature, or NOT_FOUND for one that does not exist or that the caller may not see. */
export async function readFeature<Query extends object>(context: Context, idOrName: string, query: Query = {} as Query): Promise<Feature> {
  const feature = await visibleFeature(context, idOrName, query);
  if (!feature) throw notFound('feature');
  return feature;
}

const title = z.string().trim().min(1, 'title must not be empty').max(200, 'title must be at most 200 characters');
const description = z.string().trim().max(2000, 'description must be at most 2000 characters');

const newFeature = z.object({
  name: z.string().trim().regex(FEATURE_NAME, 'name must be 1–100 letters, digits, dots, dashes or underscores, starting with a letter or digit'),
  type: z.enum(['PROJECT', 'USER']),
  title,
  description,
  canBeManagedByAdmin: z.boolean().nullish().transform((value) => value ?? false),
  canBeManagedViaApi: z.boolean().nullish().transform((value) => value ?? true),
});

export async function createFeature(context: Context, input: z.input<typeof newFeature>) {
  requireOperator(context, 'feature:write', 'change the feature catalogue');
  const data = parseInput(newFeature, input);
  try {
    const feature = await audited(context, async (tx, audit) => {
      const created = await tx.feature.create({ data: { id: newId('Feature'), ...data } });
      await audit({ organizationId: null, action: 'feature.create', target: { type: 'Feature', id: created.id }, changes: data });
      return created;
    });
    return { feature };
  } catch (error) {
    if (isUniqueViolation(error, 'name')) throw userError('ALREADY_EXISTS', ['name'], 'a feature with this name exists');
    throw error;
  }
}

const featureChanges = z.object({
  id: z.string(),
  title: title.nullish(),
  description: description.nullish(),
  canBeManagedByAdmin: z.boolean().nullish(),
  canBeManagedViaApi: z.boolean().nullish(),
});

/** The feature an operator changes, by id, number or name; NOT_FOUND at `field` when there is none. */
async function existingFeature(context: Context, text: string, field: string): Promise<Feature> {
  const key = featureKey(text);
  const feature = key ? await context.prisma.feature.findUnique({ where: key }) : null;
  if (!feature) throw userError('NOT_FOUND', [field], 'feature not found');
  return feature;
}

export async function updateFeature(context: Context, input: z.input<typeof featureChanges>) {
  requireOperator(context, 'feature:write', 'change the feature catalogue');
  const { id, ...changes } = parseInput(featureChanges, input);
  const { id: featureId } = await existingFeature(context, id, 'id');
  // A field left out or null keeps its value.
  const update = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null));
  const feature = await audited(context, async (tx, audit) => {
    await audit({ organizationId: null, action: 'feature.update', target: { type: 'Feature', id: featureId }, changes: update });
    return tx.feature.update({ where: { id: featureId }, data: update });
  });
  return { feature };
}

/** Removes the feature from the catalogue and from every project, user and template that had it. */
export async function deleteFeature(context: Context, id: string) {
  requireOperator(context, 'feature:write', 'change the feature catalogue');
  const feature = await existingFeature(context, id, 'id');
  await audited(context, async (tx, audit) => {
    await audit({ organizationId: null, action: 'feature.delete', target: { type: 'Feature', id: feature.id }, changes: { name: feature.name } });
    await tx.feature.delete({ where: { id: feature.id } });
  });
  return { deletedFeatureId: feature.id };
}

const assignment = (holder: 'projectId' | 'userId' | 'templateId') =>
  z.object({ [holder]: z.string(), feature: z.string().trim().min(1, 'feature must not be empty') }) as z.ZodObject<
    Record<typeof holder, z.ZodString> & { feature: z.ZodString }
  >;

/**
 * The feature to switch on or off for a holder, as Keboola decides it: unknown (or not visible to a
 * non-operator) → NOT_FOUND; of the other type → INVALID; not assignable through the API → NOT_MANAGEABLE.
 */
async function assignableFeature(context: Context, name: string, type: FeatureType): Promise<Feature> {
  const feature = await visibleFeature(context, name);
  if (!feature) throw userError('NOT_FOUND', ['feature'], 'feature not found');
  if (feature.type !== type) throw userError('INVALID', ['feature'], `a ${feature.type} feature cannot be assigned to a ${type === 'PROJECT' ? 'project' : 'user'}`);
  if (!feature.canBeManagedViaApi) throw userError('NOT_MANAGEABLE', ['feature'], 'this feature cannot be assigned via the API');
  return feature;
}

/**
 * Project features: the operator with platform:write assigns any feature manageable via the API;
 * whoever may change the project (its ADMINs, the organization's OWNER and ADMINs, keys with
 * project:write) assigns those its admins may manage.
 */
async function projectFeatureTarget(context: Context, input: { projectId: string; feature: string }) {
  const data = parseInput(assignment('projectId'), input);
  const operator = isOperatorWith(context, 'platform:write');
  // The operator reaches every project, whatever its read scopes.
  const found = operator ? await findProjectTarget(context, data.projectId) : null;
  if (operator && !found) throw userError('NOT_FOUND', ['projectId'], 'project not found');
  const target = found ?? (await authorizedProject(context, data.projectId, 'project:write', 'projectId'));
  const feature = await assignableFeature(context, data.feature, 'PROJECT');
  if (!operator && !feature.canBeManagedByAdmin) {
    throw forbidden('only the platform operator may switch this feature', 'an operator token with platform:write');
  }
  return { ...target, feature };
}

export async function enableProjectFeature(context: Context, input: { projectId: string; feature: string }) {
  const { organizationId, projectId, feature } = await projectFeatureTarget(context, input);
  return audited(context, async (tx, audit) => {
    const { count } = await tx.projectFeature.createMany({ data: [{ projectId, featureId: feature.id }], skipDuplicates: true });
    if (count === 0) throw userError('ALREADY_ENABLED', ['feature'], 'the project already has this feature');
    await audit({ organizationId, action: 'project.enable_feature', target: { type: 'Project', id: projectId }, changes: { feature: feature.name } });
    return { project: await tx.project.findUniqueOrThrow({ where: { id: projectId } }) };
  });
}

export async function disableProjectFeature(context: Context, input: { projectId: string; feature: string }) {
  const { organizationId, projectId, feature } = await projectFeatureTarget(context, input);
  return audited(context, async (tx, audit) => {
    const { count } = await tx.projectFeature.deleteMany({ where: { projectId, featureId: feature.id } });
    if (count === 0) throw userError('NOT_ENABLED', ['feature'], 'the project does not have this feature');
    await audit({ organizationId, action: 'project.disable_feature', target: { type: 'Project', id: projectId }, changes: { feature: feature.name } });
    return { project: await tx.project.findUniqueOrThrow({ where: { id: projectId } }) };
  });
}


/**
 * User features: the operator with platform:write for anyone; a user for itself, for features its
 * admins may manage. The user is named by id, number or e-mail address (as Keboola's paths do).
 */
async function userFeatureTarget(context: Context, input: { userId: string; feature: string }) {
  const data = parseInput(assignment('userId'), input);
  const operator = isOperatorWith(context, 'platform:write');
  const key = userKey(data.userId);
  const user = key ? await context.prisma.user.findUnique({ where: key, select: { id: true } }) : null;
  const self = user !== null && user.id === context.access.userId;
  if (!user || (!operator && !self && !(await context.access.canSeeUser(user.id, 'profile')))) {
    throw userError('NOT_FOUND', ['userId'], 'user not found');
  }
  if (!operator && !self) throw forbidden('only the user itself or the platform operator may switch its features', 'an operator token with platform:write');
  const feature = await assignableFeature(context, data.feature, 'USER');
  if (!operator && !feature.canBeManagedByAdmin) {
    throw forbidden('only the platform operator may switch this feature', 'an operator token with platform:write');
  }
  return { userId: user.id, feature };
}

export async function enableUserFeature(context: Context, input: { userId: string; feature: string }) {
  const { userId, feature } = await userFeatureTarget(context, input);
  return audited(context, async (tx, audit) => {
    const { count } = await tx.userFeature.createMany({ data: [{ userId, featureId: feature.id }], skipDuplicates: true });
    if (count === 0) throw userError('ALREADY_ENABLED', ['feature'], 'the user already has this feature');
    await audit({ organizationId: null, action: 'user.enable_feature', target: { type: 'User', id: userId }, changes: { feature: feature.name } });
    return { user: await tx.user.findUniqueOrThrow({ where: { id: userId } }) };
  });
}

export async function disableUserFeature(context: Context, input: { userId: string; feature: string }) {
  const { userId, feature } = await userFeatureTarget(context, input);
  return audited(context, async (tx, audit) => {
    const { count } = await tx.userFeature.deleteMany({ where: { userId, featureId: feature.id } });
    if (count === 0) throw userError('NOT_ENABLED', ['feature'], 'the user does not have this feature');
    await audit({ organizationId: null, action: 'user.disable_feature', target: { type: 'User', id: userId }, changes: { feature: feature.name } });
    return { user: await tx.user.findUniqueOrThrow({ where: { id: userId } }) };
  });
}

/** Template features (copied to every project made from the template): the operator with feature:write; PROJECT features only. */
async function templateFeatureTarget(context: Context, input: { templateId: string; feature: string }) {
  requireOperator(context, 'feature:write', 'change the features of a project template');
  const data = parseInput(assignment('templateId'), input);
  const template = await context.prisma.projectTemplate.findUnique({ where: { id: data.templateId }, select: { id: true } });
  if (!template) throw userError('NOT_FOUND', ['templateId'], 'project template not found');
  const feature = await existingFeature(context, data.feature, 'feature');
  if (feature.type !== 'PROJECT') throw userError('INVALID', ['feature'], 'only PROJECT features can be added to a project template');
  return { templateId: template.id, feature };
}

export async function addTemplateFeature(context: Context, input: { templateId: string; feature: string }) {
  const { templateId, feature } = await templateFeatureTarget(context, input);
  return audited(context, async (tx, audit) => {
    const { count } = await tx.templateFeature.createMany({ data: [{ templateId, featureId: feature.id }], skipDuplicates: true });
    if (count === 0) throw userError('ALREADY_ENABLED', ['feature'], 'the template already has this feature');
    await audit({ organizationId: null, action: 'project_template.add_feature', target: { type: 'Feature', id: feature.id }, changes: { templateId } });
    return { template: await tx.projectTemplate.findUniqueOrThrow({ where: { id: templateId } }) };
  });
}

export async function removeTemplateFeature(context: Context, input: { templateId: string; feature: string }) {
  const { templateId, feature } = await templateFeatureTarget(context, input);
  return audited(context, async (tx, audit) => {
    const { count } = await tx.templateFeature.deleteMany({ where: { templateId, featureId: feature.id } });
    if (count === 0) throw userError('NOT_ENABLED', ['feature'], 'the template does not have this feature');
    await audit({ organizationId: null, action: 'project_template.remove_feature', target: { type: 'Feature', id: feature.id }, changes: { templateId } });
    return { template: await tx.projectTemplate.findUniqueOrThrow({ where: { id: templateId } }) };
  });
}
