import { createServer as createNodeServer, type IncomingMessage, type Server } from 'node:http';
import { createServerAdapter } from '@whatwg-node/server';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { Access } from './auth/access.js';
import { AuthenticationError, type Principal } from './auth/principal.js';
import type { Context, Services } from './context.js';
import type { Database } from './db/database.js';
import { pendingMigrations } from './db/migrate.js';
import { DEFAULT_DOCUMENT_LIMITS, useDocumentLimits, type DocumentLimits } from './guards/document-limits.js';
import { useFieldRateLimits } from './guards/field-limits.js';
import { DEFAULT_HARDENING, hardeningPlugins, withinBodyLimit, type Hardening } from './guards/hardening.js';
import { budgetHeaders, type Budget } from './guards/rate-limit.js';
import { schema } from './schema/index.js';

export interface GatewayOptions {
  graphiql: boolean;
  documentLimits?: DocumentLimits;
  hardening?: Hardening;
  /** Origins allowed to call from a browser; none by default. */
  corsOrigins?: string[];
}

/** A GraphQL-shaped error response made before execution: refused credentials or an exhausted budget. */
function errorResponse(status: number, message: string, extensions: Record<string, unknown>, headers: Record<string, string>) {
  return new Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', ...headers },
  });
}

function authenticationFailed(error: AuthenticationError, budget: Budget): Response {
  if (error.status === 400) return errorResponse(400, error.message, { code: 'BAD_REQUEST' }, budgetHeaders(budget));
  return errorResponse(401, error.message, { code: 'UNAUTHENTICATED' }, {
    'WWW-Authenticate': 'Bearer realm="steward"',
    ...budgetHeaders(budget),
  });
}

function rateLimited(budget: Budget, message: string): Response {
  return errorResponse(429, `${message}; retry in ${budget.resetSeconds} seconds`, { code: 'RATE_LIMITED', retryAfter: budget.resetSeconds }, budgetHeaders(budget));
}

/** The GraphQL endpoint for an authenticated principal; internal errors are masked and logged. */
export function createGateway(services: Services, options: GatewayOptions): YogaServerInstance<{ principal: Principal }, Context> {
  return createYoga<{ principal: Principal }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ? { title: 'Steward', headers: JSON.stringify({ Authorization: 'Bearer <token>' }) } : false,
    landingPage: false,
    batching: false,
    cors: options.corsOrigins?.length ? { origin: options.corsOrigins, credentials: false, maxAge: 3600 } : false,
    plugins: [
      ...hardeningPlugins(options.hardening ?? DEFAULT_HARDENING),
      useDocumentLimits(options.documentLimits ?? DEFAULT_DOCUMENT_LIMITS),
      useFieldRateLimits(),
    ],
    logging: {
      debug: (...args) => services.logger.debug({ args }, 'graphql-yoga'),
      info: (...args) => services.logger.info({ args }, 'graphql-yoga'),
      warn: (...args) => services.logger.warn({ args }, 'graphql-yoga'),
      // Yoga logs here each error it masks: the internal errors that clients see only as INTERNAL_SERVER_ERROR.
      error: (error, ...args) => services.logger.error({ err: error, args }, 'internal error while handling a request'),
    },
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = error instanceof GraphQLError ? error.originalError : undefined;
        if (error instanceof GraphQLError && original instanceof PothosValidationError) {
          // Pothos rejects bad connection arguments without a code. The located error shares the
          // original's extensions object, so the code is set in place and the error is not masked.
          (error.extensions as Record<string, unknown>).code = 'BAD_USER_INPUT';
          return error;
        }
        return maskError(error, message, isDev);
      },
    },
    context: ({ principal }) => ({ ...services, access: new Access(principal, services.prisma) }),
  });
}

export interface HttpServerOptions extends GatewayOptions {
  database: Database;
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function wantsGraphiQL(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
}

/**
 * Guards a GraphQL request: a client address with too many failed authentications is refused
 * before any database read; a credential is then verified and charged one request of its budget.
 */
async function guardedGraphQL(
  services: Services,
  gateway: ReturnType<typeof createGateway>,
  received: Request,
  address: string,
  maxBodyBytes: number,
) {
  const request = await withinBodyLimit(received, maxBodyBytes);
  if (!request) return errorResponse(413, `the request body is larger than ${maxBodyBytes} bytes`, { code: 'PAYLOAD_TOO_LARGE', maximum: maxBodyBytes }, {});
  const failures = await services.limits.authFailureBudget(address);
  if (failures.exceeded) return rateLimited(failures, 'too many failed authentications from this address');
  let principal: Principal;
  try {
    principal = await services.credentials.authenticate(request.headers);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    return authenticationFailed(error, await services.limits.recordAuthFailure(address));
  }
  const budget = await services.limits.consumeRequest(principal);
  services.usage.record(principal, { requests: 1, throttled: budget.exceeded ? 1 : 0 });
  if (budget.exceeded) return rateLimited(budget, 'request budget exhausted');
  const response = await gateway.fetch(request, { principal });
  for (const [name, value] of Object.entries(budgetHeaders(budget))) response.headers.set(name, value);
  return response;
}

/** The whole HTTP surface: /graphql, /healthz and /readyz. `address` is the client's network address. */
export function createRequestHandler(services: Services, options: HttpServerOptions) {
  const gateway = createGateway(services, options);
  return async (request: Request, address = 'unknown'): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === '/healthz') return json(200, { status: 'ok' });
    if (pathname === '/readyz') {
      try {
        const pending = await options.database.withSession((session) => pendingMigrations(session));
        return pending.length === 0 ? json(200, { status: 'ready' }) : json(503, { status: 'migrations pending', pending });
      } catch (error) {
        services.logger.warn({ err: error }, 'readiness check failed');
        return json(503, { status: 'database unreachable' });
      }
    }
    if (pathname === '/graphql') {
      // Yoga answers CORS preflights and renders GraphiQL's page before it builds a context: no principal needed.
      if (request.method === 'OPTIONS' || (options.graphiql && wantsGraphiQL(request))) {
        return gateway.fetch(request, {} as { principal: Principal });
      }
      const response = await guardedGraphQL(services, gateway, request, address, (options.hardening ?? DEFAULT_HARDENING).maxBodyBytes);
      // Refusals made before Yoga (401, 413, 429) must be readable by an allowed browser origin too.
      const origin = request.headers.get('origin');
      if (origin && options.corsOrigins?.includes(origin) && !response.headers.has('access-control-allow-origin')) {
        response.headers.set('access-control-allow-origin', origin);
        response.headers.append('vary', 'Origin');
      }
      return response;
    }
    return json(404, { error: 'not found', endpoints: ['/graphql', '/healthz', '/readyz'] });
  };
}

export type RequestHandler = ReturnType<typeof createRequestHandler>;

/** A node:http server for a handler; `address` is the connection's remote address. */
export function httpServerFor(handle: RequestHandler): Server {
  return createNodeServer(
    createServerAdapter<{ req: IncomingMessage }>((request, { req }) => handle(request, req.socket.remoteAddress ?? 'unknown')),
  );
}

export function createHttpServer(services: Services, options: HttpServerOptions): Server {
  return httpServerFor(createRequestHandler(services, options));
}
