import { z } from 'zod';
import { listRoute, operation, RestFailure, route, type Denial, type RestRoute, type RouteCall } from '../route.js';
import {
  KeboolaAddTemplateFeatureDocument,
  KeboolaCreateFeatureDocument,
  KeboolaDeletedProjectDocument,
  KeboolaDeletedProjectsDocument,
  KeboolaDeleteFeatureDocument,
  KeboolaFeatureAdminsDocument,
  KeboolaFeatureProjectsDocument,
  KeboolaDisableProjectFeatureDocument,
  KeboolaDisableUserFeatureDocument,
  KeboolaEnableProjectFeatureDocument,
  KeboolaEnableUserFeatureDocument,
  KeboolaFeatureDocument,
  KeboolaFeaturesDocument,
  KeboolaProjectTemplateDocument,
  KeboolaProjectTemplateFeaturesDocument,
  KeboolaProjectTemplatesDocument,
  KeboolaPurgeProjectDocument,
  KeboolaRemoveProjectLimitDocument,
  KeboolaRemoveTemplateFeatureDocument,
  KeboolaSetProjectDisabledDocument,
  KeboolaSetProjectLimitsDocument,
  KeboolaUndeleteProjectDocument,
  KeboolaUpdateFeatureDocument,
  type FeatureType,
  type KeboolaFeatureFragment,
  type KeboolaProjectTemplateFragment,
} from './operations.generated.js';
import { allowedList, deletedProject, keboolaTime, pathId, project, projectResponse, returned, user, userResponse } from './shared.js';

/**
 * The platform operator's (Keboola's super admin's) routes: the feature catalogue and its
 * assignments, project templates, limits, disabling and deleted projects (compat/keboola.md
 * §3.4, §3.9–3.11).
 */

// Keboola calls USER features `admin` features.
const FEATURE_TYPES = { admin: 'USER', project: 'PROJECT' } as const satisfies Record<string, FeatureType>;

function feature(node: KeboolaFeatureFragment) {
  return {
    id: node.databaseId,
    name: node.name,
    type: node.type === 'USER' ? 'admin' : 'project',
    title: node.title,
    description: node.description,
    canBeManageByAdmin: node.canBeManagedByAdmin,
    canBeManagedViaAPI: node.canBeManagedViaApi,
    created: keboolaTime(node.createdAt),
  };
}

/** `hasTryModeOn` is a boolean on templates (a string on projects), as Keboola types them. */
function template(node: KeboolaProjectTemplateFragment) {
  return {
    id: node.id,
    name: node.name,
    description: node.description,
    expirationDays: node.expirationDays,
    billedMonthlyPrice: node.billedMonthlyPrice,
    hasTryModeOn: node.hasTryModeOn,
    defaultBackend: node.defaultBackend,
  };
}

/**
 * The project a mutation answers. It is null beside no userErrors only when the caller may not read a
 * part of it that cannot be null (an operator token without organization:read): the change is made,
 * so the answer is a 403 that says what to add rather than a 500 that Keboola's client would retry.
 */
function changedProject(node: Parameters<typeof project>[0] | null | undefined) {
  if (!node) throw new RestFailure(403, "The change was made, but the token may not read the project's organization (organization:read)");
  return project(node);
}

const featureResponse = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(['admin', 'project']),
  title: z.string(),
  description: z.string(),
  canBeManageByAdmin: z.boolean(),
  canBeManagedViaAPI: z.boolean(),
  created: z.string(),
});

const templateResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  expirationDays: z.number().int().nullable(),
  billedMonthlyPrice: z.number().int().nullable(),
  hasTryModeOn: z.boolean(),
  defaultBackend: z.string(),
});

const deletedProjectResponse = projectResponse
  .extend({ isDeleted: z.boolean(), isPurged: z.boolean(), deletedTime: z.string().nullable(), purgedTime: z.string().nullable() })
  .loose();

/** Keboola validates the catalogue and its assignments with 422 (duplicate, bad type, not assignable via the API). */
const UNPROCESSABLE = new Set(['ALREADY_EXISTS', 'ALREADY_ENABLED', 'NOT_ENABLED', 'INVALID', 'TOO_LONG', 'NOT_MANAGEABLE']);

/** An unknown feature is 404 in Keboola (the token's user may still reach the project or user). */
function featureDenial(denial: Denial, call: RouteCall<unknown, unknown>): RestFailure | undefined {
  const name = call.params.feature ?? (call.body as { feature?: string } | undefined)?.feature ?? call.params.id ?? '';
  if (denial.kind === 'not-found' && denial.name === 'feature') return new RestFailure(404, `Feature ${name} not found`);
  if (denial.kind !== 'user-error') return undefined;
  const { code, field, message } = denial.error;
  const key = field.at(-1);
  if (code === 'NOT_FOUND' && (key === 'feature' || (key === 'id' && call.params.feature === undefined && !call.params.user && !call.params.templateId))) {
    return new RestFailure(404, `Feature ${name} not found`);
  }
  if (code === 'NOT_FOUND' && key === 'templateId') return new RestFailure(404, `Project template ${call.params.templateId ?? ''} not found`.trim());
  if (code === 'NOT_FOUND' && key === 'userId') return new RestFailure(404, `Admin ${call.params.user ?? ''} not found`.trim());
  if (UNPROCESSABLE.has(code)) return new RestFailure(422, message);
  return undefined;
}

function templateDenial(denial: Denial, call: RouteCall<unknown, unknown>): RestFailure | undefined {
  if (denial.kind === 'not-found' && denial.name === 'projectTemplate') return new RestFailure(404, `Project template ${call.params.templateId} not found`);
  return featureDenial(denial, call);
}

/** Keboola: unknown deleted project → 404; an active one → 400 (the dialect's default for NOT_DELETED, PURGED). */
function deletedDenial(denial: Denial, call: RouteCall<unknown, unknown>): RestFailure | undefined {
  const notFound = new RestFailure(404, `Deleted project ${call.params.id ?? ''} not found`.trim());
  if (denial.kind === 'not-found' && denial.name === 'deletedProject') return notFound;
  if (denial.kind === 'not-found' && denial.name === 'deletedProjects') return new RestFailure(400, `Organization "${(call.query as { organizationId?: string }).organizationId}" not found`);
  if (denial.kind === 'user-error' && denial.error.code === 'NOT_FOUND') return notFound;
  if (denial.kind === 'forbidden') return new RestFailure(403, 'Token must belong to the super admin');
  return undefined;
}

const flag = z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((value) => value === true || value === 1);
const required = (what: string) => z.string({ error: `${what} must be set` }).trim().min(1, `${what} must be set`);

const UNITS: Record<string, number> = { sec: 1, second: 1, min: 60, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_592_000, year: 31_536_000 };

/** `estimatedEndTime` as Keboola takes it (PHP's strtotime): `+1 hour`, `+2 days`, or a time such as an ISO 8601 one. */
export function estimatedEnd(text: string, now = Date.now()): string {
  const relative = /^([+-])?\s*(\d+)\s*(sec|second|min|minute|hour|day|week|month|year)s?$/i.exec(text.trim());
  if (relative) {
    const seconds = Number(relative[2]) * UNITS[relative[3]!.toLowerCase()]!;
    return new Date(now + (relative[1] === '-' ? -seconds : seconds) * 1000).toISOString();
  }
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new RestFailure(400, `Invalid estimatedEndTime "${text}": give a time such as "+1 hour" or an ISO 8601 date`);
  return new Date(time).toISOString();
}

const featuresQuery = z.object({ type: z.enum(['admin', 'project']).optional() });
const newFeature = z.object({
  name: required('name'),
  type: z.string({ error: 'type must be set' }),
  title: required('title'),
  description: z.string({ error: 'description must be set' }),
  canBeManageByAdmin: flag.optional(),
  canBeManagedViaAPI: flag.optional(),
});
const featureChanges = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  canBeManageByAdmin: flag.optional(),
  canBeManagedViaAPI: flag.optional(),
});
const featureBody = z.object({ feature: required('feature') }).loose();

const featureRoutes: RestRoute[] = [
  listRoute({
    method: 'GET',
    path: '/features',
    operationId: 'listFeatures',
    summary: 'The feature catalogue: all of it for the super admin, else the features project admins manage via the API (`type`: admin = user features, project)',
    resource: 'feature',
    query: featuresQuery,
    response: z.array(featureResponse),
    operation: ({ query }) => operation(KeboolaFeaturesDocument, { type: query.type ? FEATURE_TYPES[query.type] : undefined }),
    connection: (data) => data.features,
    respond: (nodes) => nodes.map(feature),
  }),
  route({
    method: 'GET',
    path: '/features/:id',
    operationId: 'getFeature',
    summary: 'A feature by its id or name (404 for one the caller may not see)',
    resource: 'feature',
    response: featureResponse,
    operation: ({ params }) => operation(KeboolaFeatureDocument, { id: pathId(params) }),
    respond: (data) => feature(returned(data.feature)),
    deny: featureDenial,
  }),
  listRoute({
    method: 'GET',
    path: '/features/:id/projects',
    operationId: 'getFeatureProjects',
    summary: 'The projects a feature is switched on for, `{id, name}` (super admin: an operator token with project:read)',
    resource: 'feature',
    response: z.array(z.object({ id: z.number().int(), name: z.string() })),
    operation: ({ params }) => operation(KeboolaFeatureProjectsDocument, { id: pathId(params) }),
    connection: (data) => allowedList(data.feature?.projects, "You don't have access to the resource."),
    respond: (nodes) => nodes.map((node) => ({ id: node.databaseId, name: node.name })),
    deny: featureDenial,
  }),
  listRoute({
    method: 'GET',
    path: '/features/:id/admins',
    operationId: 'getFeatureAdmins',
    summary: 'The users (admins) a feature is switched on for, `{id, name, email}` (super admin: an operator token with member:read)',
    resource: 'feature',
    response: z.array(z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable() })),
    operation: ({ params }) => operation(KeboolaFeatureAdminsDocument, { id: pathId(params) }),
    connection: (data) => allowedList(data.feature?.users, "You don't have access to the resource."),
    respond: (nodes) => nodes.map((node) => ({ id: node.databaseId, name: node.name, email: node.email })),
    deny: featureDenial,
  }),
  route({
    method: 'POST',
    path: '/features',
    operationId: 'createFeature',
    summary: 'Adds a feature to the catalogue (super admin: an operator token with feature:write); duplicate or bad type → 422',
    resource: 'feature',
    status: 201,
    body: newFeature,
    response: featureResponse,
    operation: ({ body }) => {
      const type = FEATURE_TYPES[body.type as keyof typeof FEATURE_TYPES];
      if (!Object.hasOwn(FEATURE_TYPES, body.type)) throw new RestFailure(422, `Invalid feature type "${body.type}": admin or project`);
      return operation(KeboolaCreateFeatureDocument, {
        input: {
          name: body.name,
          type,
          title: body.title,
          description: body.description,
          canBeManagedByAdmin: body.canBeManageByAdmin,
          canBeManagedViaApi: body.canBeManagedViaAPI,
        },
      });
    },
    respond: (data) => feature(returned(data.createFeature?.feature)),
    deny: featureDenial,
  }),
  route({
    method: 'PATCH',
    path: '/features/:id',
    operationId: 'updateFeature',
    summary: 'Changes the title, description or flags of a feature (super admin); its name and type stay',
    resource: 'feature',
    body: featureChanges,
    response: featureResponse,
    operation: ({ params, body }) =>
      operation(KeboolaUpdateFeatureDocument, {
        input: {
          id: pathId(params),
          title: body.title,
          description: body.description,
          canBeManagedByAdmin: body.canBeManageByAdmin,
          canBeManagedViaApi: body.canBeManagedViaAPI,
        },
      }),
    respond: (data) => feature(returned(data.updateFeature?.feature)),
    deny: featureDenial,
  }),
  route({
    method: 'DELETE',
    path: '/features/:id',
    operationId: 'removeFeature',
    summary: 'Removes a feature from the catalogue and from every project, user and template (super admin)',
    resource: 'feature',
    status: 204,
    operation: ({ params }) => operation(KeboolaDeleteFeatureDocument, { input: { id: pathId(params) } }),
    respond: () => undefined,
    deny: featureDenial,
  }),
  route({
    method: 'POST',
    path: '/projects/:id/features',
    operationId: 'addProjectFeature',
    summary: "Switches a project feature on: the super admin any feature assignable via the API, the project's admins those admins may manage",
    resource: 'project',
    body: featureBody,
    response: projectResponse,
    operation: ({ params, body }) => operation(KeboolaEnableProjectFeatureDocument, { input: { projectId: pathId(params), feature: body.feature } }),
    respond: (data) => changedProject(data.enableProjectFeature?.project),
    deny: featureDenial,
  }),
  route({
    method: 'DELETE',
    path: '/projects/:id/features/:feature',
    operationId: 'removeProjectFeature',
    summary: 'Switches a project feature off; who may: as addProjectFeature',
    resource: 'project',
    status: 204,
    operation: ({ params }) => operation(KeboolaDisableProjectFeatureDocument, { input: { projectId: pathId(params), feature: pathId(params, 'feature') } }),
    respond: () => undefined,
    deny: featureDenial,
  }),
  route({
    method: 'POST',
    path: '/users/:user/features',
    operationId: 'addUserFeature',
    summary: 'Switches a user (admin) feature on for a user by id or e-mail: the super admin for anyone, a user for itself (features admins may manage)',
    resource: 'user',
    body: featureBody,
    response: userResponse.extend({ features: z.array(z.string()) }).loose(),
    operation: ({ params, body }) => operation(KeboolaEnableUserFeatureDocument, { input: { userId: pathId(params, 'user'), feature: body.feature } }),
    respond: (data) => {
      const { id, name, email, features } = user(returned(data.enableUserFeature?.user));
      return { id, name, email, features };
    },
    deny: featureDenial,
  }),
  route({
    method: 'DELETE',
    path: '/users/:user/features/:feature',
    operationId: 'removeUserFeature',
    summary: 'Switches a user (admin) feature off; who may: as addUserFeature',
    resource: 'user',
    status: 204,
    operation: ({ params }) => operation(KeboolaDisableUserFeatureDocument, { input: { userId: pathId(params, 'user'), feature: pathId(params, 'feature') } }),
    respond: () => undefined,
    deny: featureDenial,
  }),
];

const templateRoutes: RestRoute[] = [
  route({
    method: 'GET',
    path: '/project-templates',
    operationId: 'getProjectTemplates',
    summary: 'The project templates: all of them for the super admin, the public ones for everyone else',
    resource: 'project template',
    response: z.array(templateResponse),
    operation: () => operation(KeboolaProjectTemplatesDocument, {}),
    respond: (data) => data.projectTemplates.map(template),
  }),
  route({
    method: 'GET',
    path: '/project-templates/:templateId',
    operationId: 'getProjectTemplate',
    summary: 'A project template (hidden or unknown → 404)',
    resource: 'project template',
    response: templateResponse,
    operation: ({ params }) => operation(KeboolaProjectTemplateDocument, { id: pathId(params, 'templateId') }),
    respond: (data) => template(returned(data.projectTemplate)),
    deny: templateDenial,
  }),
  listRoute({
    method: 'GET',
    path: '/project-templates/:templateId/features',
    operationId: 'getProjectTemplateFeatures',
    summary: 'The project features copied to every project made from the template',
    resource: 'project template',
    response: z.array(featureResponse),
    operation: ({ params }) => operation(KeboolaProjectTemplateFeaturesDocument, { id: pathId(params, 'templateId') }),
    connection: (data) => data.features,
    respond: (nodes, _call, data) => {
      const names = new Set(returned(data.projectTemplate).features);
      return nodes.filter((node) => names.has(node.name)).map(feature);
    },
    deny: templateDenial,
  }),
  route({
    method: 'POST',
    path: '/project-templates/:templateId/features',
    operationId: 'addProjectTemplateFeature',
    summary: 'Adds a project feature to the template (super admin: an operator token with feature:write); 201 without a body',
    resource: 'project template',
    status: 201,
    body: featureBody,
    operation: ({ params, body }) => operation(KeboolaAddTemplateFeatureDocument, { input: { templateId: pathId(params, 'templateId'), feature: body.feature } }),
    respond: () => undefined,
    deny: templateDenial,
  }),
  route({
    method: 'DELETE',
    path: '/project-templates/:templateId/features/:feature',
    operationId: 'removeProjectTemplateFeature',
    summary: 'Removes a feature from the template; projects already made keep it (super admin)',
    resource: 'project template',
    status: 204,
    operation: ({ params }) =>
      operation(KeboolaRemoveTemplateFeatureDocument, { input: { templateId: pathId(params, 'templateId'), feature: pathId(params, 'feature') } }),
    respond: () => undefined,
    deny: templateDenial,
  }),
];

const limitsBody = z.object({
  limits: z.array(z.object({ name: required('name'), value: z.number({ error: 'value must be a number' }) }).loose()).min(1, 'give at least one limit'),
});
const disabledBody = z.object({
  isDisabled: flag,
  disableReason: z.string().nullish(),
  estimatedEndTime: z.string().nullish(),
});

const projectPlatformRoutes: RestRoute[] = [
  route({
    method: 'POST',
    path: '/projects/:id/limits',
    operationId: 'setProjectLimits',
    summary: 'Sets limits of a project by name; others stay (super admin: an operator token with platform:write)',
    resource: 'project',
    body: limitsBody,
    response: projectResponse,
    operation: ({ params, body }) =>
      operation(KeboolaSetProjectLimitsDocument, {
        input: { projectId: pathId(params), limits: body.limits.map(({ name, value }) => ({ name, value })) },
      }),
    respond: (data) => changedProject(data.setProjectLimits?.project),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:id/limits/:limitName',
    operationId: 'removeProjectLimit',
    summary: 'Removes one limit of a project (super admin)',
    resource: 'project',
    status: 204,
    operation: ({ params }) => operation(KeboolaRemoveProjectLimitDocument, { input: { projectId: pathId(params), name: pathId(params, 'limitName') } }),
    respond: () => undefined,
    deny: (denial) =>
      denial.kind === 'user-error' && denial.error.code === 'NOT_FOUND' && denial.error.field.at(-1) === 'name'
        ? new RestFailure(404, denial.error.message)
        : undefined,
  }),
  route({
    method: 'POST',
    path: '/projects/:id/disabled',
    operationId: 'setProjectDisabled',
    summary: 'Disables a project with a reason and an estimated end (`+1 hour` or a time), or enables it (super admin: platform:write)',
    resource: 'project',
    body: disabledBody,
    response: projectResponse,
    operation: ({ params, body }) =>
      operation(KeboolaSetProjectDisabledDocument, {
        input: {
          id: pathId(params),
          disabled: body.isDisabled,
          reason: body.isDisabled ? (body.disableReason ?? null) : null,
          estimatedEndTime: body.isDisabled && body.estimatedEndTime ? estimatedEnd(body.estimatedEndTime) : null,
        },
      }),
    respond: (data) => changedProject(data.setProjectDisabled?.project),
  }),
];

const count = (what: string) =>
  z
    .string()
    .regex(/^\d+$/, `${what} must be a whole number`)
    .transform(Number)
    .optional();
const deletedQuery = z.object({ organizationId: z.string().optional(), name: z.string().optional(), limit: count('limit'), offset: count('offset') });

const deletedProjectRoutes: RestRoute[] = [
  listRoute({
    method: 'GET',
    path: '/deleted-projects',
    operationId: 'listDeletedProjects',
    summary: 'Deleted projects, purged ones included, newest deletion first (super admin: an operator token with project:read); `limit` 100 unless given',
    resource: 'deleted project',
    query: deletedQuery,
    response: z.array(deletedProjectResponse),
    operation: ({ query }) => operation(KeboolaDeletedProjectsDocument, { organizationId: query.organizationId, name: query.name || undefined }),
    connection: (data) => data.deletedProjects,
    respond: (nodes, { query }) => {
      const offset = query.offset ?? 0;
      return nodes.slice(offset, offset + (query.limit ?? 100)).map(deletedProject);
    },
    deny: deletedDenial,
  }),
  route({
    method: 'GET',
    path: '/deleted-projects/:id',
    operationId: 'getDeletedProject',
    summary: 'A deleted project; poll it after a purge until `isPurged` (super admin: project:read)',
    resource: 'deleted project',
    response: deletedProjectResponse,
    operation: ({ params }) => operation(KeboolaDeletedProjectDocument, { id: pathId(params) }),
    respond: (data) => deletedProject(returned(data.deletedProject)),
    deny: deletedDenial,
  }),
  route({
    method: 'DELETE',
    path: '/deleted-projects/:id',
    operationId: 'undeleteProject',
    summary: 'Brings a deleted project back (super admin: platform:write); its expiry is cleared, or set `expirationDays` from now; an active project → 400',
    resource: 'deleted project',
    status: 204,
    query: z.object({ expirationDays: count('expirationDays') }),
    operation: ({ params, query }) => operation(KeboolaUndeleteProjectDocument, { input: { id: pathId(params), expirationDays: query.expirationDays } }),
    respond: () => undefined,
    deny: deletedDenial,
  }),
  route({
    method: 'POST',
    path: '/deleted-projects/:id/purge',
    operationId: 'purgeDeletedProject',
    summary: 'Purges a deleted project in the background (super admin: platform:write); poll getDeletedProject until `isPurged`. `ignoreBackendErrors` is accepted and ignored',
    resource: 'deleted project',
    response: z.object({ commandExecutionId: z.string() }),
    operation: ({ params }) => operation(KeboolaPurgeProjectDocument, { input: { id: pathId(params) } }),
    respond: (data) => ({ commandExecutionId: returned(data.purgeProject?.job).id }),
    deny: deletedDenial,
  }),
];

export const platformRoutes: RestRoute[] = [...featureRoutes, ...templateRoutes, ...projectPlatformRoutes, ...deletedProjectRoutes];
