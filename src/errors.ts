import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/**
 * Every error Steward reports, in one place. Requests refused before execution carry an HTTP status;
 * errors inside a GraphQL result carry `extensions.code`; expected business failures of a mutation
 * are `userErrors` in its payload.
 */

/** Why a credential was refused, for dialects that word each case their own way. */
export type ClientRefusal = 'malformed-client-id' | 'unknown-client' | 'wrong-secret' | 'not-root';

/** Missing, malformed, unknown, expired or revoked credentials (401), or two of them (400). */
export class AuthenticationError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 = 401,
    readonly clientRefusal?: ClientRefusal,
  ) {
    super(message);
  }
}

/** An object that does not exist and one the caller may not even read look the same. */
export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

/** `requires` names what would have allowed it: a permission, a role or a credential. */
export function forbidden(message: string, requires: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', requires } });
}

export function forbiddenWithout(permission: string): GraphQLError {
  return forbidden(`this needs the ${permission} permission (a role or key scope that grants it)`, permission);
}

export const DATABASE_UNAVAILABLE = { message: 'the database is unavailable; retry shortly', retryAfterSeconds: 5 } as const;

/** HTTP 503 with Retry-After: the database could not answer; the request may be sent again shortly. */
export function databaseUnavailable(path?: readonly (string | number)[]): GraphQLError {
  const { message, retryAfterSeconds } = DATABASE_UNAVAILABLE;
  return new GraphQLError(message, {
    path,
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } } },
  });
}

/** HTTP 400 for a request Steward cannot read at all. */
export function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/** Input that cannot be used; refused before execution, it is an HTTP 400. */
export function badUserInput(message: string, { beforeExecution = false } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(beforeExecution ? { http: { status: 400 } } : {}) } });
}

/** HTTP 429 with Retry-After; `extensions` may say which limit (a field's own). */
export function rateLimited(message: string, retryAfter: number, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'RATE_LIMITED', ...extensions, retryAfter, http: { status: 429, headers: { 'Retry-After': String(retryAfter) } } },
  });
}

/** HTTP 400 with the figures of the limit the document exceeds. */
export function queryTooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, ...extensions } });
}

export const USER_ERROR_CODES = [
  'INVALID',
  'TOO_LONG',
  'NOT_FOUND',
  'ALREADY_MEMBER',
  'NOT_A_MEMBER',
  'LAST_OWNER',
  'INVALID_SCOPE',
  'KEY_LIMIT_REACHED',
  'NOT_DELETED',
  'REVEAL_EXPIRED',
  'PURGED',
  'DELETED',
  'LAST_MEMBER',
  'HAS_PROJECTS',
  'ALREADY_EXISTS',
  'ALREADY_ENABLED',
  'NOT_ENABLED',
  'NOT_MANAGEABLE',
  'ALREADY_INVITED',
  'ALREADY_REQUESTED',
  'HAS_JOIN_REQUEST',
  'CANNOT_INVITE_SELF',
  'SHARE_NEEDS_ORGANIZATION_ADMIN',
  'EXPIRED',
  'JOIN_DIRECTLY',
  'STALE_VERSION',
  'SANDBOX',
  'LAST_PROJECT',
] as const;

export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** An expected failure of a mutation: the input was understood but cannot be carried out. */
export interface UserError {
  code: UserErrorCode;
  /** Path to the input field at fault, starting with "input". */
  field: string[];
  message: string;
}

/**
 * Thrown by a service to refuse an operation with userErrors; inside a transaction it rolls the
 * transaction back. The mutation's payload reports it.
 */
export class UserErrors extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((error) => error.message).join('; '));
  }
}

export function userError(code: UserErrorCode, field: string[], message: string): UserErrors {
  return new UserErrors([{ code, field: ['input', ...field], message }]);
}

/** The input parsed by a zod schema; every issue becomes a userError whose path starts at `input`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new UserErrors(
    parsed.error.issues.map((issue) => ({
      code: issue.code === 'too_big' ? 'TOO_LONG' : 'INVALID',
      field: ['input', ...issue.path.map(String)],
      message: issue.message,
    })),
  );
}
