import type { z } from 'zod';
import { RestFailure, type Denial, type Dialect } from '../route.js';
import { clientRoutes } from './clients.js';
import { dashboardRoutes } from './dashboards.js';
import { projectRoutes } from './projects.js';
import { referenceRoutes } from './references.js';
import { notFoundMessage } from './shared.js';

/**
 * The OpenPanel Manage API (../shared/compat/openpanel.md): projects, clients and references of
 * the root client's organization, in OpenPanel's paths, headers, errors and wording.
 */

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const CLIENT_REFUSALS = {
  'malformed-client-id': 'Client ID must be a valid UUIDv4',
  'unknown-client': 'Invalid client id',
  'not-root': 'Only root clients are allowed to manage resources',
  'wrong-secret': 'Invalid client secret',
} as const;

/**
 * OpenPanel's bodies differ by where an error arose (compat/openpanel.md, "Errors"): Fastify's router
 * and body parser, its own authentication (no `status`), its handlers' not-found (no `error`) and
 * validation (`error: "Error"`).
 */
function errorBody({ status, message, origin }: RestFailure) {
  if (origin === 'router') return { message, error: STATUS_TEXT[status], statusCode: status };
  if (origin === 'body-parser') return { status, error: 'FastifyError', message };
  switch (status) {
    case 400:
      return { status, error: 'Error', message };
    case 401:
    case 403:
      return { error: STATUS_TEXT[status], message };
    case 404:
      return { status, message };
    default:
      return { status, error: STATUS_TEXT[status] ?? 'Error', message };
  }
}

/** The validation message of OpenPanel's framework: `<part>/<path> <message>`, issues joined by ", ". */
function validationMessage(part: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${part}/${issue.path.map(String).join('/')} ${issue.message}`).join(', ');
}

function denial(denial: Denial, _call: unknown, resource: string): RestFailure {
  switch (denial.kind) {
    case 'not-found':
      return new RestFailure(404, notFoundMessage(denial.name));
    case 'forbidden':
      return new RestFailure(403, denial.message);
    case 'user-error': {
      const field = denial.error.field.slice(1);
      if (denial.error.code === 'NOT_FOUND') return new RestFailure(404, notFoundMessage(field[0] === 'id' ? resource : (field[0] ?? resource)));
      return new RestFailure(400, `body/${field.join('/')} ${denial.error.message}`);
    }
  }
}

export const openPanel: Dialect = {
  name: 'openpanel',
  title: 'OpenPanel Manage API (Steward)',
  bases: ['/manage', '/api/manage'],
  credentialHeaders: ['openpanel-client-id', 'openpanel-client-secret'],
  errorBody,
  rateLimitMessage: 'You have exceeded the rate limit for this endpoint.',
  refusal: (refusal) => {
    switch (refusal.kind) {
      case 'too-large':
        return new RestFailure(413, `Request body is too large: at most ${refusal.maximum} bytes`, undefined, 'body-parser');
      case 'unauthenticated':
        return new RestFailure(401, `Manage: ${CLIENT_REFUSALS[refusal.error.clientRefusal ?? 'wrong-secret']}`);
    }
  },
  openApiPath: '/openapi.json',
  contentType: 'application/json; charset=utf-8',
  denial,
  invalid: (part, error) => new RestFailure(400, validationMessage(part, error)),
  errorResponses: {
    400: 'Invalid request; the message names the field',
    401: 'Missing or refused credentials',
    403: 'The project is not of the caller’s organization (the dashboard routes)',
    404: 'Not found in the caller’s organization',
    429: 'Rate limit exceeded; see retry-after',
  },
  // Which of the other keys come with the message depends on where the error arose (errorBody).
  errorSchema: {
    type: 'object',
    required: ['message'],
    properties: { message: { type: 'string' }, status: { type: 'integer' }, error: { type: 'string' }, statusCode: { type: 'integer' } },
  },
  headers: { 'access-control-allow-origin': '*' },
  preflightHeaders: {
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
    'access-control-allow-headers': 'content-type, openpanel-client-id, openpanel-client-secret',
    'access-control-max-age': String(7 * 24 * 3600),
  },
  routes: [...projectRoutes, ...clientRoutes, ...referenceRoutes, ...dashboardRoutes],
};
