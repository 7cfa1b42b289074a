import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Budget } from '../../guards/rate-limit.js';
import type { Denial, Dialect, RestFailure, RouteCall } from '../route.js';
import { notFound, voucherifyError } from './dialect-errors.js';
import { brandingRoutes } from './branding.js';
import { campaignTemplateRoutes } from './campaign-templates.js';
import { customEventSchemaRoutes } from './custom-event-schemas.js';
import { metadataSchemaRoutes } from './metadata-schemas.js';
import { projectRoutes, refuseDeletedProject } from './projects.js';
import { stackingRulesRoutes } from './stacking-rules.js';
import { userRoutes } from './users.js';
import { webhookRoutes } from './webhooks.js';

/**
 * Voucherify's Management API (../shared/compat/voucherify.md): an organization's projects and their
 * users and settings, in Voucherify's paths, key-pair headers, error bodies and list wrapper.
 */

/** The `message` Voucherify sends with each error `key`. */
const MESSAGES: Record<string, string> = {
  invalid_payload: 'Invalid payload',
  user_not_assigned: 'User is not assigned',
  used_incorrect_role: 'Used incorrect role',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  not_found: 'Resource not found',
  duplicate_found: 'Duplicated resource found',
  stacking_rules_exist: 'Stacking rules exist',
  branding_exist: 'Branding exist',
  payload_too_large: 'Payload too large',
  too_many_requests: 'Too many requests hit the API too quickly.',
  service_unavailable: 'Service unavailable',
  internal_error: 'Internal server error',
};

const KEY_OF_STATUS: Record<number, string> = {
  400: 'invalid_payload',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'duplicate_found',
  413: 'payload_too_large',
  429: 'too_many_requests',
  500: 'internal_error',
  503: 'service_unavailable',
};

/** hapi's wording, which Voucherify's framework answers with before its own code runs (an unreadable body, no route). */
const HAPI_ERRORS: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 415: 'Unsupported Media Type' };

/** Voucherify's request ids: `v-` and 18 hex digits. */
function requestId(): string {
  return `v-${randomBytes(9).toString('hex')}`;
}

function errorBody(failure: RestFailure): unknown {
  const { status, message, origin } = failure;
  if (origin === 'router' || origin === 'body-parser') {
    const hapiMessage = status === 400 ? 'Invalid request payload JSON format' : (HAPI_ERRORS[status] ?? 'Error');
    return { statusCode: status, error: HAPI_ERRORS[status] ?? 'Error', message: hapiMessage };
  }
  const key = failure.code ?? KEY_OF_STATUS[status] ?? 'error';
  if (status === 401) return { code: 401, message: MESSAGES.unauthorized, key };
  const body: Record<string, unknown> = { code: status, key, message: MESSAGES[key] ?? MESSAGES[KEY_OF_STATUS[status] ?? ''] ?? 'Error' };
  if (message) body.details = message;
  body.request_id = requestId();
  return { ...body, ...failure.details };
}

/** What Voucherify calls the object a path names, in its 404s: `Cannot find <type> with id <id>`. */
const PARAM_RESOURCE: Record<string, string> = { projectId: 'project', userId: 'user' };

/** The innermost path parameter a refusal is about: the route's own object, else the project. */
function namedObject(call: RouteCall<unknown, unknown>, resource: string): { id: string; type: string } {
  const entries = Object.entries(call.params);
  const own = entries.find(([name]) => PARAM_RESOURCE[name] === resource) ?? entries.at(-1);
  return own ? { id: own[1], type: PARAM_RESOURCE[own[0]] ?? resource } : { id: '', type: resource };
}

function denial(denial: Denial, call: RouteCall<unknown, unknown>, resource: string): RestFailure {
  switch (denial.kind) {
    case 'not-found': {
      const named = denial.name === 'project' || denial.name === 'projectId' ? { id: call.params.projectId ?? '', type: 'project' } : namedObject(call, resource);
      return notFound(named.type, named.id);
    }
    case 'forbidden':
      return voucherifyError(403, 'forbidden', denial.message);
    case 'user-error': {
      const { error } = denial;
      if (error.code === 'NOT_FOUND') {
        const named = error.field[1] === 'projectId' ? { id: call.params.projectId ?? '', type: 'project' } : namedObject(call, resource);
        return notFound(named.type, named.id);
      }
      if (error.code === 'ALREADY_EXISTS') return voucherifyError(409, 'duplicate_found', error.message);
      return voucherifyError(400, 'invalid_payload', error.message);
    }
  }
}

/** Ajv's names of the types zod expects. */
const AJV_TYPES: Record<string, string> = { int: 'integer', record: 'object' };

/** Ajv's wording, which Voucherify's validation answers in: `Payload must have required property 'name'`, `Property .a.b must be …`. */
function invalid(_part: string, error: z.ZodError): RestFailure {
  const issue = error.issues[0]!;
  const path = issue.path.map(String);
  // zod leaves the input out of its issues: a missing property is the type check that received undefined.
  const wrongType = issue.code === 'invalid_type';
  const missing = wrongType && issue.message.endsWith('received undefined');
  const subject = (segments: string[]) => (segments.length === 0 ? 'Payload' : `Property .${segments.join('.')}`);
  // A route may word a type itself (property-errors.ts `wrongType`); zod's own words are replaced by Ajv's.
  const said = wrongType && !issue.message.startsWith('must') ? `must be ${AJV_TYPES[issue.expected] ?? issue.expected}` : issue.message;
  const details = missing ? `${subject(path.slice(0, -1))} must have required property '${path.at(-1)}'` : `${subject(path)} ${said}`;
  return voucherifyError(400, 'invalid_payload', details);
}

/** Voucherify's rate-limit headers (compat §7) beside Steward's own. */
function voucherifyBudgetHeaders(budget: Budget): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'X-Rate-Limit-Limit': String(budget.limit),
    'X-Rate-Limit-Remaining': String(budget.remaining),
    'X-Rate-Limit-Retry': String(budget.exceeded || budget.remaining === 0 ? now + budget.resetSeconds : now),
  };
  if (budget.exceeded) {
    headers['Retry-After'] = String(budget.resetSeconds);
    headers['X-Rate-Limit-Type'] = 'api_calls';
  }
  return headers;
}

export const voucherify: Dialect = {
  name: 'voucherify',
  title: 'Voucherify Management API (Steward)',
  bases: ['/management/v1'],
  credentialHeaders: ['x-management-id', 'x-management-token'],
  errorBody,
  rateLimitMessage: MESSAGES.too_many_requests!,
  refusal: (refusal) => {
    switch (refusal.kind) {
      case 'too-large':
        return voucherifyError(413, 'payload_too_large', `The request body is larger than ${refusal.maximum} bytes`);
      case 'unauthenticated':
        return voucherifyError(401, 'unauthorized');
    }
  },
  denial,
  invalid,
  budgetHeaders: voucherifyBudgetHeaders,
  before: refuseDeletedProject,
  openApiPath: '/openapi/voucherify-management.json',
  contentType: 'application/json; charset=utf-8',
  errorResponses: {
    400: 'Invalid payload (`details` says which property), or a rule of the resource refused it (`key` says which)',
    401: 'Missing or refused X-Management-Id / X-Management-Token',
    403: 'The key may not do this',
    404: 'No such object in the organization of the key (`resource_type`, `resource_id`)',
    409: 'A second object where one is allowed (`key`: duplicate_found, stacking_rules_exist, branding_exist)',
    413: 'Request body too large',
    429: 'Rate limit exceeded; see Retry-After and X-Rate-Limit-Retry',
    503: 'The database is unavailable; retry after Retry-After',
  },
  errorSchema: {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: { type: 'integer' },
      key: { type: 'string' },
      message: { type: 'string' },
      details: { type: 'string' },
      request_id: { type: 'string' },
      resource_id: { type: 'string' },
      resource_type: { type: 'string' },
    },
  },
  headers: {},
  preflightHeaders: {},
  // userRoutes first: its static `users/invite` goes before every `{projectId}` route, as Voucherify registers it.
  routes: [
    ...userRoutes,
    ...projectRoutes,
    ...metadataSchemaRoutes,
    ...customEventSchemaRoutes,
    ...stackingRulesRoutes,
    ...campaignTemplateRoutes,
    ...webhookRoutes,
    ...brandingRoutes,
  ],
};
