import { carriesCsrfToken, sessionCredentialOf } from '../access/console-session.js';
import type { Principal } from '../access/principal.js';
import type { CredentialSource } from '../access/verifier.js';
import type { Services } from '../context.js';
import { DATABASE_UNAVAILABLE } from '../errors.js';
import { admit, type Refusal } from '../guards/admission.js';
import { budgetHeaders, type Budget } from '../guards/rate-limit.js';
import type { Gateway } from './gateway.js';

/** A GraphQL-shaped error response made before execution: refused credentials or an exhausted budget. */
function errorResponse(status: number, message: string, extensions: Record<string, unknown>, headers: Record<string, string>) {
  return new Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', ...headers },
  });
}

function rateLimitedResponse(budget: Budget, message: string): Response {
  return errorResponse(429, `${message}; retry in ${budget.resetSeconds} seconds`, { code: 'RATE_LIMITED', retryAfter: budget.resetSeconds }, budgetHeaders(budget));
}

/** A refusal made before Yoga, as a GraphQL-shaped error response. */
function refusalResponse(refusal: Refusal): Response {
  switch (refusal.kind) {
    case 'too-large':
      return errorResponse(413, `the request body is larger than ${refusal.maximum} bytes`, { code: 'PAYLOAD_TOO_LARGE', maximum: refusal.maximum }, {});
    case 'auth-failures':
      return rateLimitedResponse(refusal.budget, 'too many failed authentications from this address');
    case 'over-budget':
      return rateLimitedResponse(refusal.budget, 'request budget exhausted');
    case 'database-unavailable':
      return errorResponse(503, DATABASE_UNAVAILABLE.message, { code: 'SERVICE_UNAVAILABLE' }, { 'Retry-After': String(DATABASE_UNAVAILABLE.retryAfterSeconds) });
    case 'unauthenticated':
      if (refusal.error.status === 400) return errorResponse(400, refusal.error.message, { code: 'BAD_REQUEST' }, budgetHeaders(refusal.budget));
      return errorResponse(401, refusal.error.message, { code: 'UNAUTHENTICATED' }, {
        'WWW-Authenticate': 'Bearer realm="steward"',
        ...budgetHeaders(refusal.budget),
      });
  }
}

function csrfRefusal(): Response {
  return errorResponse(403, 'a request signed in by the console session cookie needs the session’s CSRF token in the X-Steward-CSRF header', { code: 'CSRF' }, {});
}

function wantsGraphiQL(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
}

async function admitted(services: Services, gateway: Gateway, received: Request, address: string, maxBodyBytes: number, source: CredentialSource) {
  const admission = await admit(services, received, address, maxBodyBytes, source);
  if ('refusal' in admission) return refusalResponse(admission.refusal);
  const response = await gateway.fetch(admission.request, { principal: admission.principal });
  for (const [name, value] of Object.entries(budgetHeaders(admission.budget))) response.headers.set(name, value);
  return response;
}

/**
 * Serves /graphql: admission (as every API), then the gateway; refusals in GraphQL's shape, the
 * budget's headers on every answer. A request without a credential header may be signed in by the
 * console's session cookie, and then must carry the session's CSRF token, checked before anything else.
 */
export function graphqlHandler(
  services: Services,
  gateway: Gateway,
  options: { graphiql: boolean; corsOrigins?: string[]; maxBodyBytes: number; consoleSessions: boolean },
) {
  return async (request: Request, address: string): Promise<Response> => {
    // Yoga answers CORS preflights and renders GraphiQL's page before it builds a context: no principal needed.
    if (request.method === 'OPTIONS' || (options.graphiql && wantsGraphiQL(request))) {
      return gateway.fetch(request, {} as { principal: Principal });
    }
    const session = options.consoleSessions ? sessionCredentialOf(request.headers) : null;
    const response =
      session && !carriesCsrfToken(request.headers, session.token)
        ? csrfRefusal()
        : await admitted(services, gateway, request, address, options.maxBodyBytes, session ?? request.headers);
    // Refusals made before Yoga (401, 403, 413, 429) must be readable by an allowed browser origin too.
    const origin = request.headers.get('origin');
    if (origin && options.corsOrigins?.includes(origin) && !response.headers.has('access-control-allow-origin')) {
      response.headers.set('access-control-allow-origin', origin);
      response.headers.append('vary', 'Origin');
    }
    return response;
  };
}
