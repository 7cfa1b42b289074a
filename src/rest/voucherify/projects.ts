import { z } from 'zod';
import { listRoute, operation, route, type Operation, type RestRoute, type RouteCall } from '../route.js';
import { notFound, voucherifyError } from './dialect-errors.js';
import {
  VoucherifyCreateProjectDocument,
  VoucherifyDeleteProjectDocument,
  VoucherifyProjectByIdDocument,
  VoucherifyProjectsDocument,
  VoucherifyProjectStateDocument,
  VoucherifyUpdateProjectDocument,
  type VoucherifyProjectStateQuery,
  type VoucherifyProjectFragment,
} from './operations.generated.js';
import { list, listResponse, organizationOf, returned, role, stewardRole } from './shared.js';

const API_VERSION = 'v2018-08-01';

/** The charset of new codes when the project sets none: letters of both cases only where codes are case-sensitive. */
const DEFAULT_CHARSET = { sensitive: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', insensitive: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ' };

/** Voucherify's client_*_enabled flags and Steward's names for them. */
const CLIENT_FLAGS = {
  client_redeem_enabled: 'redeem',
  client_publish_enabled: 'publish',
  client_list_vouchers_enabled: 'listVouchers',
  client_create_customer_enabled: 'createCustomer',
  client_loyalty_events_enabled: 'loyaltyEvents',
  client_set_voucher_expiration_date_enabled: 'setVoucherExpirationDate',
} as const;

const USAGE_KINDS = {
  api_calls: 'apiCalls',
  bulk_api_calls: 'bulkApiCalls',
  webhook_calls: 'webhookCalls',
  cycle_calls: 'cycleCalls',
  messages: 'messages',
  redemptions: 'redemptions',
} as const;

// Request bodies

const usageNotification = z.object({ enabled: z.boolean(), value: z.number().int(), in_app: z.boolean(), emails: z.array(z.string()) });
const calloutNotification = z.object({ email: z.boolean(), in_app: z.boolean(), emails: z.array(z.string()) });
const clientFlags = Object.fromEntries(Object.keys(CLIENT_FLAGS).map((flag) => [flag, z.boolean().optional()])) as Record<keyof typeof CLIENT_FLAGS, z.ZodOptional<z.ZodBoolean>>;

const settings = {
  name: z.string(),
  description: z.string().nullish(),
  timezone: z.string(),
  currency: z.string(),
  dial_code: z.string().nullish(),
  webhook_version: z.string().optional(),
  client_trusted_domains: z.array(z.string()).optional(),
  ...clientFlags,
  api_usage_notifications: z.partialRecord(z.enum(Object.keys(USAGE_KINDS) as [keyof typeof USAGE_KINDS]), usageNotification).optional(),
  webhooks_callout_notifications: z.object({ distributions: calloutNotification.optional(), webhooks: calloutNotification.optional() }).optional(),
};

const userGrant = z.object({ id: z.string().optional(), login: z.string().optional(), role });

const createBody = z.object({
  ...settings,
  case_sensitive_codes: z.boolean(),
  cluster_id: z.string().optional(),
  api_version: z.literal(API_VERSION).optional(),
  users: z.array(userGrant).optional(),
});
type CreateBody = z.infer<typeof createBody>;

const updateBody = z.object({
  ...settings,
  name: settings.name.optional(),
  timezone: settings.timezone.optional(),
  currency: settings.currency.optional(),
  default_code_config: z.object({ charset: z.string().nullable() }).optional(),
});
type UpdateBody = z.infer<typeof updateBody>;

/** Steward's settings input from Voucherify's body: only what was sent. */
function settingsInput(body: Partial<z.infer<z.ZodObject<typeof settings>>>) {
  const clientSideAccess = Object.fromEntries(
    Object.entries(CLIENT_FLAGS)
      .filter(([flag]) => body[flag as keyof typeof CLIENT_FLAGS] !== undefined)
      .map(([flag, name]) => [name, body[flag as keyof typeof CLIENT_FLAGS]]),
  );
  const usage = body.api_usage_notifications;
  const callouts = body.webhooks_callout_notifications;
  const callout = (notification: z.infer<typeof calloutNotification> | undefined) =>
    notification && { email: notification.email, inApp: notification.in_app, emails: notification.emails };
  return {
    name: body.name,
    description: body.description,
    timezone: body.timezone,
    currency: body.currency,
    dialCode: body.dial_code,
    webhookVersion: body.webhook_version,
    cors: body.client_trusted_domains,
    clientSideAccess: Object.keys(clientSideAccess).length > 0 ? clientSideAccess : undefined,
    usageNotifications: usage
      ? Object.fromEntries(
          Object.entries(usage).map(([kind, notification]) => [
            USAGE_KINDS[kind as keyof typeof USAGE_KINDS],
            { enabled: notification.enabled, threshold: notification.value, inApp: notification.in_app, emails: notification.emails },
          ]),
        )
      : undefined,
    calloutNotifications: callouts ? { webhooks: callout(callouts.webhooks), distributions: callout(callouts.distributions) } : undefined,
  };
}

// Responses

const usageNotificationResponse = z.object({ enabled: z.boolean(), value: z.number().int(), in_app: z.boolean(), emails: z.array(z.string()) });
const calloutResponse = z.object({ email: z.boolean(), in_app: z.boolean(), emails: z.array(z.string()) });

const projectResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  timezone: z.string(),
  currency: z.string(),
  dial_code: z.string().nullable(),
  cluster_id: z.string(),
  api_version: z.literal(API_VERSION),
  case_sensitive_codes: z.boolean(),
  client_trusted_domains: z.array(z.string()),
  ...Object.fromEntries(Object.keys(CLIENT_FLAGS).map((flag) => [flag, z.boolean()])),
  api_usage_notifications: z.object(Object.fromEntries(Object.keys(USAGE_KINDS).map((kind) => [kind, usageNotificationResponse]))),
  webhooks_callout_notifications: z.object({ distributions: calloutResponse, webhooks: calloutResponse }),
  is_sandbox: z.boolean(),
  webhook_version: z.string(),
  default_code_config: z.object({ charset: z.string() }),
});

const keyPair = z.object({ app_id: z.string(), app_token: z.string() });
const createdResponse = projectResponse.extend({ server_side_key: keyPair, client_side_key: keyPair });

type Usage = VoucherifyProjectFragment['usageNotifications']['apiCalls'];
type Callout = VoucherifyProjectFragment['calloutNotifications']['webhooks'];
const usageShape = (notification: Usage) => ({ enabled: notification.enabled, value: notification.threshold, in_app: notification.inApp, emails: notification.emails });
const calloutShape = (notification: Callout) => ({ email: notification.email, in_app: notification.inApp, emails: notification.emails });

export function projectShape(project: VoucherifyProjectFragment) {
  return {
    id: project.id,
    name: project.name,
    description: project.description,
    timezone: project.timezone,
    currency: project.currency,
    dial_code: project.dialCode,
    cluster_id: project.clusterId,
    api_version: API_VERSION,
    case_sensitive_codes: project.caseSensitiveCodes,
    client_trusted_domains: project.cors,
    ...Object.fromEntries(Object.entries(CLIENT_FLAGS).map(([flag, name]) => [flag, project.clientSideAccess[name]])),
    api_usage_notifications: Object.fromEntries(Object.entries(USAGE_KINDS).map(([kind, name]) => [kind, usageShape(project.usageNotifications[name])])),
    webhooks_callout_notifications: {
      distributions: calloutShape(project.calloutNotifications.distributions),
      webhooks: calloutShape(project.calloutNotifications.webhooks),
    },
    is_sandbox: project.isSandbox,
    webhook_version: project.webhookVersion,
    default_code_config: { charset: project.codeCharset ?? (project.caseSensitiveCodes ? DEFAULT_CHARSET.sensitive : DEFAULT_CHARSET.insensitive) },
  };
}

/** A project the key reaches, not deleted: Voucherify forgets a deleted project at once. */
export function liveProject<T extends { deleteAt: string | null }>(project: T | null | undefined, id: string): T {
  if (!project || project.deleteAt) throw notFound('project', id);
  return project;
}

/**
 * Voucherify forgets a deleted project at once: a change below its path is 404, though Steward keeps
 * the project restorable (through GraphQL) until its purge.
 */
export async function refuseDeletedProject(route: RestRoute, call: RouteCall<unknown, unknown>, run: (operation: Operation) => Promise<unknown>) {
  const projectId = call.params.projectId;
  if (!projectId || route.method === 'GET') return;
  const { project } = (await run(operation(VoucherifyProjectStateDocument, { id: projectId }))) as VoucherifyProjectStateQuery;
  liveProject(project, projectId);
}

/** The users named on creation, each by id or login, never both (compat §3.2). */
function members(users: CreateBody['users']) {
  return (users ?? []).map((user, index) => {
    if (!user.id === !user.login) throw voucherifyError(400, 'invalid_payload', `Property .users.${index} must have either property 'id' or 'login'`);
    return { user: (user.id ?? user.login)!, ...stewardRole(user.role) };
  });
}

const projectRef = (params: Record<string, string>) => params.projectId!;

export const projectRoutes: RestRoute[] = [
  route<CreateBody>({
    method: 'POST',
    path: '/projects',
    operationId: 'create-project',
    summary: 'Create a project with its server-side and client-side keys; every owner of the organization joins it',
    resource: 'project',
    body: createBody,
    response: createdResponse,
    operation: ({ body, principal }) =>
      operation(VoucherifyCreateProjectDocument, {
        input: {
          organizationId: organizationOf(principal),
          ...settingsInput(body),
          name: body.name,
          caseSensitiveCodes: body.case_sensitive_codes,
          clusterId: body.cluster_id,
          clientSideClient: true,
          ownersAsMembers: true,
          members: members(body.users),
        },
      }),
    deny: (denial) => (denial.kind === 'user-error' && denial.error.field[1] === 'clusterId' ? voucherifyError(403, 'forbidden', 'Project is bound to different region') : undefined),
    respond: ({ createProject }) => ({
      ...projectShape(returned(createProject?.project)),
      server_side_key: { app_id: returned(createProject?.client).id, app_token: returned(createProject?.clientSecret) },
      client_side_key: { app_id: returned(createProject?.clientSideClient).id, app_token: returned(createProject?.clientSideSecret) },
    }),
  }),
  listRoute({
    method: 'GET',
    path: '/projects',
    operationId: 'list-projects',
    summary: 'List the projects of the organization',
    resource: 'project',
    response: listResponse(projectResponse),
    operation: ({ principal }) => operation(VoucherifyProjectsDocument, { organizationId: organizationOf(principal) }),
    connection: (data) => data.organization?.projects,
    respond: (nodes: VoucherifyProjectFragment[]) => list(nodes.map(projectShape)),
  }),
  route({
    method: 'GET',
    path: '/projects/:projectId',
    operationId: 'get-project',
    summary: 'Get a project',
    resource: 'project',
    response: projectResponse,
    operation: ({ params }) => operation(VoucherifyProjectByIdDocument, { id: projectRef(params) }),
    respond: ({ project }, { params }) => projectShape(liveProject(project, projectRef(params))),
  }),
  route<UpdateBody>({
    method: 'PUT',
    path: '/projects/:projectId',
    operationId: 'update-project',
    summary: 'Update a project: only the fields sent change',
    resource: 'project',
    body: updateBody,
    response: projectResponse,
    operation: ({ params, body }) =>
      operation(VoucherifyUpdateProjectDocument, {
        input: { id: projectRef(params), ...settingsInput(body), ...(body.default_code_config ? { codeCharset: body.default_code_config.charset } : {}) },
      }),
    respond: ({ updateProject }) => projectShape(returned(updateProject?.project)),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:projectId',
    operationId: 'delete-project',
    summary: 'Delete a project (the sandbox project cannot be deleted)',
    resource: 'project',
    status: 204,
    operation: ({ params }) => operation(VoucherifyDeleteProjectDocument, { input: { id: projectRef(params) } }),
    deny: (denial) => (denial.kind === 'user-error' && denial.error.code === 'SANDBOX' ? voucherifyError(403, 'forbidden', 'The sandbox project cannot be deleted') : undefined),
    respond: () => null,
  }),
];
