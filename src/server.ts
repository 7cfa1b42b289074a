import { createServer as createNodeServer, type IncomingMessage, type Server } from 'node:http';
import { createServerAdapter } from '@whatwg-node/server';
import type { Principal } from './access/principal.js';
import type { Services } from './context.js';
import type { Database } from './db/database.js';
import { pendingMigrations } from './db/migrate.js';
import { createGateway, type Gateway, type GatewayOptions } from './graphql/gateway.js';
import { admit, type Refusal } from './guards/admission.js';
import { DEFAULT_HARDENING } from './guards/hardening.js';
import { budgetHeaders, type Budget } from './guards/rate-limit.js';
import type { Metrics } from './metering/metrics.js';
import { schema } from './modules/index.js';
import { openPanel } from './rest/openpanel/dialect.js';
import { dialectHandler } from './rest/runner.js';

/** A GraphQL-shaped error response made before execution: refused credentials or an exhausted budget. */
function errorResponse(status: number, message: string, extensions: Record<string, unknown>, headers: Record<string, string>) {
  return new Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', ...headers },
  });
}

function rateLimited(budget: Budget, message: string): Response {
  return errorResponse(429, `${message}; retry in ${budget.resetSeconds} seconds`, { code: 'RATE_LIMITED', retryAfter: budget.resetSeconds }, budgetHeaders(budget));
}

/** A refusal made before Yoga, as a GraphQL-shaped error response. */
function graphQLRefusal(refusal: Refusal): Response {
  switch (refusal.kind) {
    case 'too-large':
      return errorResponse(413, `the request body is larger than ${refusal.maximum} bytes`, { code: 'PAYLOAD_TOO_LARGE', maximum: refusal.maximum }, {});
    case 'auth-failures':
      return rateLimited(refusal.budget, 'too many failed authentications from this address');
    case 'over-budget':
      return rateLimited(refusal.budget, 'request budget exhausted');
    case 'unauthenticated':
      if (refusal.error.status === 400) return errorResponse(400, refusal.error.message, { code: 'BAD_REQUEST' }, budgetHeaders(refusal.budget));
      return errorResponse(401, refusal.error.message, { code: 'UNAUTHENTICATED' }, {
        'WWW-Authenticate': 'Bearer realm="steward"',
        ...budgetHeaders(refusal.budget),
      });
  }
}

export interface HttpServerOptions extends GatewayOptions {
  database: Database;
  /** Served at /metrics when given. */
  metrics?: Metrics;
  /** Proxies of our own in front of Steward (a load balancer: 1); the client address comes from X-Forwarded-For. */
  trustedProxies?: number;
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function wantsGraphiQL(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
}

async function guardedGraphQL(services: Services, gateway: Gateway, received: Request, address: string, maxBodyBytes: number) {
  const admission = await admit(services, received, address, maxBodyBytes);
  if ('refusal' in admission) return graphQLRefusal(admission.refusal);
  const response = await gateway.fetch(admission.request, { principal: admission.principal });
  for (const [name, value] of Object.entries(budgetHeaders(admission.budget))) response.headers.set(name, value);
  return response;
}

/** The whole HTTP surface: /graphql, the REST dialects (/manage), /healthz, /readyz and /metrics. `address` is the client's network address. */
export function createRequestHandler(services: Services, options: HttpServerOptions) {
  const gateway = createGateway(schema, services, options);
  const maxBodyBytes = (options.hardening ?? DEFAULT_HARDENING).maxBodyBytes;
  const dialects = [openPanel].map((dialect) => [dialect.name, dialectHandler(services, gateway, dialect, maxBodyBytes)] as const);
  return async (request: Request, address = 'unknown'): Promise<Response> => {
    const { pathname } = new URL(request.url);
    for (const [name, dialect] of dialects) {
      const response = await dialect(request, address);
      if (!response) continue;
      options.metrics?.countRequest(name);
      return response;
    }
    if (pathname === '/metrics' && options.metrics) {
      return new Response(options.metrics.text(), { headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' } });
    }
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
      options.metrics?.countRequest('graphql');
      // Yoga answers CORS preflights and renders GraphiQL's page before it builds a context: no principal needed.
      if (request.method === 'OPTIONS' || (options.graphiql && wantsGraphiQL(request))) {
        return gateway.fetch(request, {} as { principal: Principal });
      }
      const response = await guardedGraphQL(services, gateway, request, address, maxBodyBytes);
      // Refusals made before Yoga (401, 413, 429) must be readable by an allowed browser origin too.
      const origin = request.headers.get('origin');
      if (origin && options.corsOrigins?.includes(origin) && !response.headers.has('access-control-allow-origin')) {
        response.headers.set('access-control-allow-origin', origin);
        response.headers.append('vary', 'Origin');
      }
      return response;
    }
    return json(404, { error: 'not found', endpoints: ['/graphql', '/manage', '/api/manage', '/healthz', '/readyz'] });
  };
}

export type RequestHandler = ReturnType<typeof createRequestHandler>;

/**
 * The client's address: the connection's, or, behind `trustedProxies` proxies of our own, the one
 * the outermost of them saw, which it appended to X-Forwarded-For (entries further left are the
 * client's to forge).
 */
export function clientAddress(remoteAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string {
  const connection = remoteAddress ?? 'unknown';
  if (trustedProxies === 0 || !forwardedFor) return connection;
  const hops = forwardedFor.split(',').map((entry) => entry.trim()).filter(Boolean);
  return hops[hops.length - trustedProxies] ?? hops[0] ?? connection;
}

/** A node:http server for a handler. */
export function httpServerFor(handle: RequestHandler, trustedProxies = 0): Server {
  return createNodeServer(
    createServerAdapter<{ req: IncomingMessage }>((request, { req }) =>
      handle(request, clientAddress(req.socket.remoteAddress, request.headers.get('x-forwarded-for') ?? undefined, trustedProxies)),
    ),
  );
}

export function createHttpServer(services: Services, options: HttpServerOptions): Server {
  return httpServerFor(createRequestHandler(services, options), options.trustedProxies);
}
