import type { z } from 'zod';
import { RestFailure, type Denial, type Dialect, type RouteCall, type UserError } from '../route.js';
import { invitationRoutes } from './invitations.js';
import { maintainerRoutes } from './maintainers.js';
import { organizationRoutes } from './organizations.js';
import { platformDataRoutes } from './platform-data.js';
import { platformRoutes } from './platform.js';
import { projectRoutes } from './projects.js';
import { tokenRoutes } from './tokens.js';

/**
 * The Keboola Manage API (../shared/compat/keboola.md) on /manage, for requests that carry
 * `X-KBC-ManageApiToken`: Keboola's paths, verbs, status codes, bodies and error wording.
 */

const HEADER = 'x-kbc-manageapitoken';

/** What the path's `:id` names, by the GraphQL alias or input field that named the missing object. */
function inaccessible(name: string, call: RouteCall<unknown, unknown>): RestFailure {
  if (name === 'project' || name === 'projectId') return new RestFailure(403, `You don't have access to project ${call.params.id ?? ''}`.trim());
  if (name === 'organization' || name === 'organizationId') return new RestFailure(403, "You don't have access to the organization");
  return new RestFailure(403, "You don't have access to the resource.");
}

/** Keboola refuses most business rules with 400, and malformed e-mail addresses with 422. */
function refusedInput({ code, field, message }: UserError, call: RouteCall<unknown, unknown>, resource: string): RestFailure {
  if (code === 'NOT_FOUND') return inaccessible(field.length > 2 || field[1] !== 'id' ? (field.at(-1) ?? resource) : resource, call);
  // An address that cannot be read is Keboola's 422; who it names (already invited, a member) is a 400.
  if (field.at(-1) === 'email' && (code === 'INVALID' || code === 'TOO_LONG')) return new RestFailure(422, message);
  return new RestFailure(400, message);
}

function denial(denial: Denial, call: RouteCall<unknown, unknown>, resource: string): RestFailure {
  switch (denial.kind) {
    case 'not-found':
      return inaccessible(denial.name, call);
    case 'forbidden':
      return resource === 'project'
        ? new RestFailure(403, 'Action is restricted for your role')
        : new RestFailure(403, "You don't have access to the resource.");
    case 'user-error':
      return refusedInput(denial.error, call, resource);
  }
}

/** Keboola's error body (§6.1): the message in `error`, a string `code` where Keboola has one, field details in `errors`. */
function errorBody(failure: RestFailure) {
  const body: Record<string, unknown> = { error: failure.origin === 'body-parser' ? `Request body not valid: ${failure.message}` : failure.message };
  if (failure.code) body.code = failure.code;
  // The client reads the reason of a 503 as maintenance (MaintenanceException).
  if (failure.status === 503) body.reason = failure.message;
  return body;
}

function invalid(part: string, error: z.ZodError): RestFailure {
  const errors = error.issues.map((issue) => `${issue.path.map(String).join('.') || part}: ${issue.message}`);
  return new RestFailure(400, errors.join('; '));
}

export const keboola: Dialect = {
  name: 'keboola',
  title: 'Keboola Manage API (Steward)',
  bases: ['/manage'],
  accepts: (request) => request.headers.has(HEADER),
  openApiPath: '/openapi/keboola.json',
  // Keboola's PHP client compares the header to this very string; with a charset it hands back raw text.
  contentType: 'application/json',
  credentialHeaders: [HEADER],
  // A maintainer or CRM id the caller may not see is null in Keboola's objects.
  deniedFieldsAreNull: true,
  errorBody,
  denial,
  invalid,
  rateLimitMessage: 'Too many requests: the rate limit of this token is exhausted; retry after the time in Retry-After.',
  refusal: (refusal) => {
    switch (refusal.kind) {
      case 'too-large':
        return new RestFailure(413, `Request body is too large: at most ${refusal.maximum} bytes`);
      case 'unauthenticated':
        return new RestFailure(401, `Invalid access token: ${refusal.error.message}`);
    }
  },
  errorResponses: {
    400: 'A business rule refused the request (the message says which; `code` where Keboola has one)',
    401: 'Missing or refused token',
    403: "The token's user may not do this, or cannot reach the object (unknown ids answer alike)",
    404: 'Deleted',
    422: 'Invalid e-mail address; a feature that exists already, has the wrong type or cannot be assigned through the API',
    429: 'Rate limit exceeded; see Retry-After',
    503: 'The database is unavailable; retry after Retry-After',
  },
  errorSchema: {
    type: 'object',
    required: ['error'],
    properties: { error: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
  },
  headers: {},
  preflightHeaders: {},
  routes: [...tokenRoutes, ...maintainerRoutes, ...organizationRoutes, ...projectRoutes, ...invitationRoutes, ...platformRoutes, ...platformDataRoutes],
};
