import { createServer as createNodeServer, type IncomingMessage, type Server } from 'node:http';
import { createServerAdapter } from '@whatwg-node/server';
import { consoleAssets } from './console/assets.js';
import { CONSOLE_SESSION_PATH, consoleSessionHandler, DEFAULT_CONSOLE, type ConsoleOptions } from './console/session.js';
import type { Services } from './context.js';
import type { Database } from './db/database.js';
import { pendingMigrations } from './db/migrate.js';
import type { SharedRedis } from './db/redis.js';
import { graphqlHandler } from './graphql/endpoint.js';
import { createGateway, type GatewayOptions } from './graphql/gateway.js';
import { DEFAULT_HARDENING } from './guards/hardening.js';
import { schema } from './modules/index.js';
import { keboola } from './rest/keboola/dialect.js';
import { keboolaStorage } from './rest/keboola-storage/dialect.js';
import { openPanel } from './rest/openpanel/dialect.js';
import { voucherify } from './rest/voucherify/dialect.js';
import { dialectHandler } from './rest/runner.js';

export interface HttpServerOptions extends GatewayOptions {
  database: Database;
  /** Proxies of our own in front of Steward (a load balancer: 1); the client address comes from X-Forwarded-For. */
  trustedProxies?: number;
  /** The shared Redis, when configured: /readyz reports its outages. */
  redis?: SharedRedis | null;
  /** The admin console and its sessions; on, with 12-hour sessions, unless told otherwise. */
  console?: ConsoleOptions;
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The whole HTTP surface: /graphql, the REST dialects (/manage, /v2/storage), the console's sessions, /healthz, /readyz and /metrics. `address` is the client's network address. */
export function createRequestHandler(services: Services, options: HttpServerOptions) {
  const gateway = createGateway(schema, services, options);
  const maxBodyBytes = (options.hardening ?? DEFAULT_HARDENING).maxBodyBytes;
  const consoleOptions = options.console ?? DEFAULT_CONSOLE;
  const graphql = graphqlHandler(services, gateway, { ...options, maxBodyBytes, consoleSessions: consoleOptions.enabled });
  const consoleSession = consoleSessionHandler(services, { console: consoleOptions, maxBodyBytes, trustedProxies: options.trustedProxies ?? 0 });
  // Keboola's requests are told apart by their header; every other /manage request is OpenPanel's.
  const dialects = [keboola, openPanel, keboolaStorage, voucherify].map((dialect) => [dialect.name, dialectHandler(services, gateway, dialect, maxBodyBytes)] as const);
  const consolePage = consoleOptions.enabled ? consoleAssets() : null;
  const endpoints = ['/graphql', ...(consolePage ? ['/console'] : []), '/manage', '/api/manage', '/v2/storage', '/management/v1', '/healthz', '/readyz'];
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
    const page = await consolePage?.(request, pathname);
    if (page) return page;
    if (pathname === '/healthz') return json(200, { status: 'ok' });
    if (pathname === '/readyz') {
      try {
        const pending = await options.database.withSession((session) => pendingMigrations(session));
        if (pending.length > 0) return json(503, { status: 'migrations pending', pending });
        // Still serving without Redis, each instance on its own: ready, and saying so.
        return options.redis && !options.redis.available ? json(200, { status: 'degraded', redis: 'unavailable' }) : json(200, { status: 'ready' });
      } catch (error) {
        services.logger.warn({ err: error }, 'readiness check failed');
        return json(503, { status: 'database unreachable' });
      }
    }
    if (pathname === '/graphql') {
      options.metrics?.countRequest('graphql');
      return graphql(request, address);
    }
    if (pathname === CONSOLE_SESSION_PATH && consoleOptions.enabled) {
      options.metrics?.countRequest('console');
      return consoleSession(request, address);
    }
    return json(404, { error: 'not found', endpoints });
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

export interface StewardServer extends Server {
  /**
   * Stops gracefully: idle connections close at once and every later request, /readyz included, is
   * told 503 with Connection: close, while requests in flight finish (their connections close after
   * them). When none is left the server stops listening and resolves; at the deadline it cuts what
   * is still open.
   */
  drain(deadlineMs: number): Promise<void>;
}

function shuttingDown(): Response {
  return new Response(JSON.stringify({ status: 'shutting down' }), {
    status: 503,
    headers: { 'content-type': 'application/json', connection: 'close', 'retry-after': '1' },
  });
}

/** A node:http server for a handler. */
export function httpServerFor(handle: RequestHandler, trustedProxies = 0): StewardServer {
  let draining = false;
  let inFlight = 0;
  let lastOneDone = () => {};
  const server = createNodeServer(
    createServerAdapter<{ req: IncomingMessage }>(async (request, { req }) => {
      if (draining) return shuttingDown();
      inFlight++;
      try {
        const response = await handle(request, clientAddress(req.socket.remoteAddress, request.headers.get('x-forwarded-for') ?? undefined, trustedProxies));
        if (draining) response.headers.set('connection', 'close');
        return response;
      } finally {
        if (--inFlight === 0) lastOneDone();
      }
    }),
  );
  const drain = (deadlineMs: number) =>
    new Promise<void>((resolve) => {
      draining = true;
      server.closeIdleConnections();
      let closing = false;
      const close = () => {
        if (closing) return;
        closing = true;
        server.close(() => {
          clearTimeout(deadline);
          resolve();
        });
      };
      const deadline = setTimeout(() => {
        close();
        server.closeAllConnections();
      }, deadlineMs);
      if (inFlight === 0) close();
      else lastOneDone = close;
    });
  return Object.assign(server, { drain });
}

export function createHttpServer(services: Services, options: HttpServerOptions): StewardServer {
  return httpServerFor(createRequestHandler(services, options), options.trustedProxies);
}
