import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Denial, Dialect, RestFailure, RouteCall, UserError } from '../route.js';
import { componentRoutes } from './components.js';
import { configurationRoutes } from './configurations.js';
import { rowRoutes } from './rows.js';
import { componentDenied, configurationNotFound, notFound, reaches, storageError, type IssueWording } from './shared.js';
import { metadataRoutes } from './metadata.js';
import { versionRoutes } from './versions.js';

/**
 * Keboola's Storage API (components and configurations) on /v2/storage, for requests that carry a
 * storage token in `X-StorageApi-Token`: the calls of Keboola's PHP client `Components.php`, in its
 * paths (with or without `/branch/{id}`), encodings, status codes, bodies and error codes.
 */

const HEADER = 'x-storageapi-token';

/** What GraphQL's input fields are called in Keboola's bodies and paths. */
const KEBOOLA_FIELDS: Record<string, string> = { key: 'configurationId', rowKey: 'rowId', targetKey: 'targetConfigId', baseVersion: 'If-Match' };

/** A missing object, named by the GraphQL alias or input field that asked for it, in Keboola's words; a component beyond the token's reach first. */
function missing(name: string, call: RouteCall<unknown, unknown>): RestFailure {
  const { componentId, rowId, version } = call.params;
  if (componentId && !reaches(call, componentId)) return componentDenied(componentId);
  switch (name) {
    case 'component':
    case 'componentId':
      return notFound(`Component ${componentId} not found`);
    case 'row':
    case 'rowKey':
      return notFound(`Row ${rowId} not found`);
    case 'version':
      return notFound(`Version ${version} not found`);
    case 'targetKey':
      return configurationNotFound(call, String((call.body as { targetConfigId?: unknown } | undefined)?.targetConfigId ?? ''));
    default:
      return configurationNotFound(call);
  }
}

/** A userError's field as Keboola names it: `configuration.parameters.host`, `configurationId`, `rowsSortOrder`. */
function keboolaKey(field: string[]): string {
  const [first = '', ...rest] = field.slice(1);
  // A version rolled back or copied is refused for its configuration's content.
  const head = first === 'version' && rest.length > 0 ? 'configuration' : (KEBOOLA_FIELDS[first] ?? first);
  return [head, ...rest].join('.');
}

/** The string code of an invalid field: the format of a configuration or state, the row order, or a validation. */
function validationCode(error: UserError): string {
  const field = error.field.slice(1);
  if (field.length === 1 && field[0] === 'configuration') return 'validation.invalidConfigurationFormat';
  if (field.length === 1 && field[0] === 'state') return 'validation.invalidStateFormat';
  // Keboola tells an unknown row in the order from a missing one.
  if (field[0] === 'rowsSortOrder') return /has no row/.test(error.message) ? 'storage.components.validation' : 'validation.invalidRowSortOrder';
  return 'storage.components.validation';
}

function validation(errors: { key: string; message: string }[], code: string): RestFailure {
  const message = `Invalid parameters - ${errors.map((error) => `${error.key}: ${error.message}`).join('; ')}`;
  return storageError(400, message, code, errors);
}

function refusedInput({ error, errors }: Extract<Denial, { kind: 'user-error' }>, call: RouteCall<unknown, unknown>): RestFailure {
  const field = error.field.slice(1);
  switch (error.code) {
    case 'NOT_FOUND':
      return missing(field[0] ?? 'configuration', call);
    case 'ALREADY_EXISTS':
      return field[0] === 'rowKey'
        ? storageError(400, `Row ${String((call.body as { rowId?: unknown }).rowId)} already exists`, 'configurationRowAlreadyExists')
        : storageError(400, `Configuration ${String((call.body as { configurationId?: unknown }).configurationId)} already exists`, 'configurationAlreadyExists');
    case 'STALE_VERSION':
      return storageError(412, error.message, 'storage.components.configurations.versionMismatch');
    case 'NOT_DELETED':
      return storageError(400, `Configuration ${call.params.configurationId} is not deleted`, 'storage.components.validation');
    default:
      return validation(
        errors.map((each) => ({ key: keboolaKey(each.field), message: each.message })),
        validationCode(error),
      );
  }
}

function denial(denial: Denial, call: RouteCall<unknown, unknown>): RestFailure {
  switch (denial.kind) {
    case 'not-found':
      return missing(denial.name, call);
    case 'forbidden': {
      const { componentId } = call.params;
      if (componentId && !reaches(call, componentId)) return componentDenied(componentId);
      return storageError(403, denial.message, 'accessDenied');
    }
    case 'user-error':
      return refusedInput(denial, call);
  }
}

/** A request part refused by its route's schema: the first issue's Keboola code and wording, every field in `errors`. */
function invalid(part: string, error: z.ZodError): RestFailure {
  const errors = error.issues.map((issue) => ({ key: issue.path.map(String).join('.') || part, message: issue.message }));
  const custom = error.issues.find((issue) => issue.code === 'custom' && issue.params?.code);
  const wording = (custom?.code === 'custom' ? custom.params : {}) as IssueWording;
  const first = errors[0]!;
  const message =
    wording.error ?? (wording.prefix === undefined ? `Invalid parameters - ${errors.map((each) => `${each.key}: ${each.message}`).join('; ')}` : `${wording.prefix}${first.message}`);
  return storageError(400, message, wording.code ?? 'storage.components.validation', errors);
}

/** Keboola's codes where a failure names none of its own. */
const DEFAULT_CODES: Record<number, string> = {
  400: 'validation',
  401: 'storage.tokenInvalid',
  403: 'accessDenied',
  404: 'notFound',
  413: 'requestTooLarge',
  415: 'unsupportedMediaType',
  429: 'tooManyRequests',
  500: 'APPLICATION_ERROR',
  501: 'notImplemented',
  503: 'MAINTENANCE',
};

/** Keboola's error body: `error`, a string `code`, `status: "error"` and an `exceptionId`; `errors` of a validation. */
function errorBody(failure: RestFailure) {
  return {
    error: failure.message,
    code: failure.code ?? DEFAULT_CODES[failure.status] ?? 'APPLICATION_ERROR',
    status: 'error',
    exceptionId: `exception-${randomBytes(16).toString('hex')}`,
    ...failure.details,
    // The client reads the reason of a 503 as maintenance (MaintenanceException).
    ...(failure.status === 503 ? { reason: failure.message } : {}),
  };
}

export const keboolaStorage: Dialect = {
  name: 'keboola-storage',
  title: 'Keboola Storage API: components and configurations (Steward)',
  // Every branch is the default branch: Steward has no development branches.
  bases: ['/v2/storage/branch/:branchId', '/v2/storage'],
  formBodies: true,
  openApiPath: '/openapi/keboola-storage.json',
  // Keboola's PHP client decodes a body only when the header is exactly this.
  contentType: 'application/json',
  credentialHeaders: [HEADER],
  errorBody,
  denial,
  invalid,
  rateLimitMessage: 'Too many requests: the rate limit of this token is exhausted; retry after the time in Retry-After.',
  refusal: (refusal) => {
    switch (refusal.kind) {
      case 'too-large':
        return storageError(413, `Request body is too large: at most ${refusal.maximum} bytes`, 'requestTooLarge');
      case 'unauthenticated':
        return storageError(401, `Invalid access token: ${refusal.error.message}`, 'storage.tokenInvalid');
    }
  },
  errorResponses: {
    400: 'Invalid input (`code` says which rule; `errors` lists each field at fault, such as `configuration.parameters.host`)',
    401: 'Missing or refused storage token (`storage.tokenInvalid`)',
    403: 'The token does not reach the component, or may not do this (`accessDenied`)',
    404: 'No such component, configuration, row or version, or one in the trash (`notFound`)',
    412: 'The configuration is no longer at the version If-Match names',
    413: 'Request body too large',
    415: 'A body neither JSON nor a form',
    429: 'Rate limit exceeded; see Retry-After',
    501: 'Reset to default: every branch is the default branch here',
    503: 'The database is unavailable; retry after Retry-After',
  },
  errorSchema: {
    type: 'object',
    required: ['error', 'code', 'status'],
    properties: {
      error: { type: 'string' },
      code: { type: 'string' },
      status: { type: 'string', const: 'error' },
      exceptionId: { type: 'string' },
      errors: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, message: { type: 'string' } } } },
      reason: { type: 'string' },
    },
  },
  headers: {},
  preflightHeaders: {},
  routes: [...componentRoutes, ...configurationRoutes, ...versionRoutes, ...rowRoutes, ...metadataRoutes],
};
