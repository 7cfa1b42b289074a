import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { Access } from '../access/access.js';
import type { Context, Services } from '../context.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import { databaseUnavailable } from '../errors.js';
import { DEFAULT_DOCUMENT_LIMITS, useDocumentLimits, type DocumentLimits } from '../guards/document-limits.js';
import { useFieldRateLimits } from '../guards/field-limits.js';
import { DEFAULT_HARDENING, hardeningPlugins, type Hardening } from '../guards/hardening.js';
import type { Metrics } from '../metering/metrics.js';
import { useAtomicMutations, type AtomicRequest } from './atomic.js';
import { builder } from './builder.js';
import { useCompiledReads } from './compiled-reads/plugin.js';

export interface GatewayOptions {
  graphiql: boolean;
  documentLimits?: DocumentLimits;
  hardening?: Hardening;
  /** Origins allowed to call from a browser; none by default. */
  corsOrigins?: string[];
  /** Queries through their compiled plans (compiled-reads/); on unless turned off. `verify` (tests): each Prisma query a plan builds is compared with plugin-prisma's. */
  compiledReads?: boolean | 'verify';
  /** Served at /metrics when given. */
  metrics?: Metrics;
}

function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/** True at most once per interval: a lasting condition is logged, not every request that meets it. */
function throttledLog(intervalMs: number) {
  let last = 0;
  return {
    due(): boolean {
      const now = Date.now();
      if (now - last < intervalMs) return false;
      last = now;
      return true;
    },
  };
}

export type Gateway = YogaServerInstance<AtomicRequest, Context>;

/** The GraphQL endpoint for an authenticated principal; internal errors are masked and logged. */
export function createGateway(schema: GraphQLSchema, services: Services, options: GatewayOptions): Gateway {
  const unavailabilityLog = throttledLog(10_000);
  return createYoga<AtomicRequest, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ? { title: 'Steward', headers: JSON.stringify({ Authorization: 'Bearer <token>' }) } : false,
    // GraphiQL's scripts and styles come from the package, never from a CDN; the 9 MB page loads on first use.
    renderGraphiQL: async (graphiql) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiql),
    landingPage: false,
    batching: false,
    // Every route into Yoga has passed admission, which holds the body to MAX_BODY_BYTES; Yoga's own
    // limit would pipe each body once more through a web TransformStream (2 % of a nested read's CPU).
    maxRequestBodySize: false,
    cors: options.corsOrigins?.length ? { origin: options.corsOrigins, credentials: false, maxAge: 3600 } : false,
    plugins: [
      ...hardeningPlugins(options.hardening ?? DEFAULT_HARDENING),
      useDocumentLimits(options.documentLimits ?? DEFAULT_DOCUMENT_LIMITS),
      useFieldRateLimits(),
      useAtomicMutations(services),
      ...(options.compiledReads === false
        ? []
        : [
            useCompiledReads(schema, builder, (path, bail) => {
              options.metrics?.countOperation(path);
              if (bail) services.logger.debug({ err: bail }, 'a compiled read fell back to the executor');
            }, options.compiledReads === 'verify'),
          ]),
    ],
    logging: {
      debug: (...args) => services.logger.debug({ args }, 'graphql-yoga'),
      info: (...args) => services.logger.info({ args }, 'graphql-yoga'),
      warn: (...args) => services.logger.warn({ args }, 'graphql-yoga'),
      // Yoga logs here each error it masks: the internal errors that clients see only as INTERNAL_SERVER_ERROR,
      // and the database's unavailability, which clients see as SERVICE_UNAVAILABLE and the log at most every ten seconds.
      error: (error, ...args) => {
        if (!isDatabaseUnavailable(originalOf(error))) services.logger.error({ err: error, args }, 'internal error while handling a request');
        else if (unavailabilityLog.due()) services.logger.warn({ err: error }, 'the database is unavailable: answering 503');
      },
    },
    maskedErrors: {
      maskError(error, message, isDev) {
        if (isDatabaseUnavailable(originalOf(error))) return databaseUnavailable(error instanceof GraphQLError ? error.path : undefined);
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
