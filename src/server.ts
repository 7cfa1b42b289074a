import { createServer as createNodeServer, type Server } from 'node:http';
import { createServerAdapter } from '@whatwg-node/server';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { Access } from './auth/access.js';
import { AuthenticationError } from './auth/principal.js';
import type { Context, Services } from './context.js';
import type { Database } from './db/database.js';
import { pendingMigrations } from './db/migrate.js';
import { schema } from './schema/index.js';

export interface GatewayOptions {
  graphiql: boolean;
}

function authenticationError(error: AuthenticationError): GraphQLError {
  const code = error.status === 400 ? 'BAD_REQUEST' : 'UNAUTHENTICATED';
  const headers = error.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="steward"' } : undefined;
  return new GraphQLError(error.message, { extensions: { code, http: { status: error.status, headers } } });
}

/** The GraphQL endpoint: authentication before execution, internal errors masked and logged. */
export function createGateway(services: Services, options: GatewayOptions): YogaServerInstance<object, Context> {
  return createYoga<object, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ? { title: 'Steward', headers: JSON.stringify({ Authorization: 'Bearer <token>' }) } : false,
    landingPage: false,
    batching: false,
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
    context: async ({ request }) => {
      try {
        const principal = await services.credentials.authenticate(request.headers);
        return { ...services, access: new Access(principal, services.prisma) };
      } catch (error) {
        if (error instanceof AuthenticationError) throw authenticationError(error);
        throw error;
      }
    },
  });
}

export interface HttpServerOptions extends GatewayOptions {
  database: Database;
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The whole HTTP surface: /graphql, /healthz and /readyz. */
export function createRequestHandler(services: Services, options: HttpServerOptions) {
  const gateway = createGateway(services, options);
  return async (request: Request): Promise<Response> => {
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
    if (pathname === '/graphql') return gateway.fetch(request);
    return json(404, { error: 'not found', endpoints: ['/graphql', '/healthz', '/readyz'] });
  };
}

/** A node:http server for the handler; a connection's requests run through the same fetch handler as tests use. */
export function createHttpServer(services: Services, options: HttpServerOptions): Server {
  return createNodeServer(createServerAdapter(createRequestHandler(services, options)));
}
