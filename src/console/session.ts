import { carriesCsrfToken, clearedSessionCookie, csrfTokenFor, sessionCookie, sessionCookieOf } from '../access/console-session.js';
import { tokenKind } from '../access/tokens.js';
import type { Services } from '../context.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import { AuthenticationError, DATABASE_UNAVAILABLE } from '../errors.js';
import { admit, type Refusal } from '../guards/admission.js';
import { withinBodyLimit } from '../guards/hardening.js';
import { budgetHeaders } from '../guards/rate-limit.js';
import { describeConsoleSession, endConsoleSession, startConsoleSession } from '../modules/console-session/service.js';

export interface ConsoleOptions {
  /** Serve /console and /console/session; off, both are 404 and /graphql ignores session cookies. */
  enabled: boolean;
  /** A session's absolute lifetime. */
  sessionHours: number;
}

export const DEFAULT_CONSOLE: ConsoleOptions = { enabled: true, sessionHours: 12 };

export const CONSOLE_SESSION_PATH = '/console/session';

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (body === null) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers } });
}

function problem(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return answer(status, { error: { code, message } }, headers);
}

function refusalResponse(refusal: Refusal, headers: Record<string, string> = {}): Response {
  switch (refusal.kind) {
    case 'too-large':
      return problem(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${refusal.maximum} bytes`);
    case 'auth-failures':
      return problem(429, 'RATE_LIMITED', `too many failed authentications from this address; retry in ${refusal.budget.resetSeconds} seconds`, budgetHeaders(refusal.budget));
    case 'over-budget':
      return problem(429, 'RATE_LIMITED', `request budget exhausted; retry in ${refusal.budget.resetSeconds} seconds`, budgetHeaders(refusal.budget));
    case 'database-unavailable':
      return problem(503, 'SERVICE_UNAVAILABLE', DATABASE_UNAVAILABLE.message, { 'Retry-After': String(DATABASE_UNAVAILABLE.retryAfterSeconds) });
    case 'unauthenticated':
      if (refusal.error.status === 400) return problem(400, 'BAD_REQUEST', refusal.error.message);
      return problem(401, 'UNAUTHENTICATED', refusal.error.message, headers);
  }
}

/** Whether the browser reached Steward over TLS: the request's own URL, or the scheme our own proxies report. */
function overTls(request: Request, trustedProxies: number): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  if (trustedProxies === 0) return false;
  const hops = (request.headers.get('x-forwarded-proto') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return (hops[hops.length - trustedProxies] ?? hops[0]) === 'https';
}

/** The personal access token of a sign-in body, or null when the body is not `{"token": "…"}` in JSON. */
function signInToken(request: Request, text: string): string | null {
  // A form cannot send JSON: refusing other types keeps another site from signing a browser in (login CSRF).
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return null;
  try {
    const body: unknown = JSON.parse(text);
    const token = body !== null && typeof body === 'object' ? (body as { token?: unknown }).token : undefined;
    return typeof token === 'string' && token.length > 0 ? token.trim() : null;
  } catch {
    return null;
  }
}

/**
 * Serves /console/session: POST exchanges a personal access token for a session (the cookie), GET
 * describes the session of the cookie, DELETE signs it out. Every credential passes admission as on
 * /graphql: the failed-authentication limit, the budget, metering.
 */
export function consoleSessionHandler(services: Services, options: { console: ConsoleOptions; maxBodyBytes: number; trustedProxies: number }) {
  const { maxBodyBytes } = options;

  /** A token that is not a personal access token is a failed authentication like any other. */
  async function notAPersonalAccessToken(address: string): Promise<Response> {
    const failures = await services.limits.authFailureBudget(address);
    if (failures.exceeded) return refusalResponse({ kind: 'auth-failures', budget: failures });
    const error = new AuthenticationError('only a personal access token (stw_pat_…) signs in to the console');
    return refusalResponse({ kind: 'unauthenticated', error, budget: await services.limits.recordAuthFailure(address) });
  }

  async function signIn(request: Request, address: string): Promise<Response> {
    const limited = await withinBodyLimit(request, maxBodyBytes);
    if (!limited) return refusalResponse({ kind: 'too-large', maximum: maxBodyBytes });
    const token = signInToken(limited, await limited.clone().text());
    if (token === null) return problem(400, 'BAD_REQUEST', 'send Content-Type: application/json and the body {"token": "<personal access token>"}');
    if (tokenKind(token) !== 'personalAccessToken') return notAPersonalAccessToken(address);
    const admission = await admit(services, limited, address, maxBodyBytes, { dialect: 'token', token });
    if ('refusal' in admission) return refusalResponse(admission.refusal);
    const { principal } = admission;
    if (principal.kind !== 'USER') throw new Error(`a personal access token made a ${principal.kind} principal`);
    const started = await startConsoleSession(services, principal, { hours: options.console.sessionHours, userAgent: request.headers.get('user-agent'), ip: address });
    const cookie = sessionCookie(started.token, started.expiresAt, overTls(request, options.trustedProxies));
    return answer(201, { user: started.user, csrfToken: csrfTokenFor(started.token), expiresAt: started.expiresAt }, { 'set-cookie': cookie });
  }

  /** The session of the request's cookie, or the response that refuses it (the browser is told to forget a dead cookie). */
  async function session(request: Request, address: string, token: string, secure: boolean) {
    const admission = await admit(services, request, address, maxBodyBytes, { dialect: 'session', token });
    if ('refusal' in admission) return refusalResponse(admission.refusal, { 'set-cookie': clearedSessionCookie(secure) });
    const { principal } = admission;
    if (principal.kind !== 'CONSOLE_SESSION') throw new Error(`a session cookie made a ${principal.kind} principal`);
    return principal;
  }

  async function serve(request: Request, address: string): Promise<Response> {
    if (request.method === 'POST') return signIn(request, address);
    if (request.method !== 'GET' && request.method !== 'DELETE') {
      return problem(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here: POST signs in, GET reads the session, DELETE signs out`, { allow: 'GET, POST, DELETE' });
    }
    const token = sessionCookieOf(request.headers);
    if (!token) return problem(401, 'UNAUTHENTICATED', 'not signed in: POST a personal access token to /console/session');
    const secure = overTls(request, options.trustedProxies);
    if (request.method === 'DELETE' && !carriesCsrfToken(request.headers, token)) {
      return problem(403, 'CSRF', 'signing out needs the session’s CSRF token in the X-Steward-CSRF header');
    }
    const found = await session(request, address, token, secure);
    if (found instanceof Response) return found;
    if (request.method === 'GET') return answer(200, { ...(await describeConsoleSession(services, found)), csrfToken: csrfTokenFor(token) });
    await endConsoleSession(services, found);
    return answer(204, null, { 'set-cookie': clearedSessionCookie(secure) });
  }

  return async (request: Request, address: string): Promise<Response> => {
    try {
      return await serve(request, address);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return refusalResponse({ kind: 'database-unavailable' });
      services.logger.error({ err: error, path: CONSOLE_SESSION_PATH }, 'internal error while handling a request');
      return problem(500, 'INTERNAL_SERVER_ERROR', 'internal server error');
    }
  };
}
