import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import { CredentialVerifier, RedisCredentialVersions } from '../../src/access/verifier.js';
import { SharedRedis } from '../../src/db/redis.js';
import { TokenSealer } from '../../src/access/reveal.js';
import { RateLimits, type RateLimitOptions } from '../../src/guards/rate-limit.js';
import { UsageMeter } from '../../src/metering/usage-meter.js';
import { createRequestHandler, httpServerFor, type HttpServerOptions, type RequestHandler } from '../../src/server.js';
import type { TestDatabase } from './database.js';
import { rememberSecrets } from './secrets.js';

export type Credentials =
  | { bearer: string }
  | { clientId: string; clientSecret: string }
  | { headers: Record<string, string> }
  | null;

export class GraphQLResponse<T> {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly body: FormattedExecutionResult<T>,
    private readonly request: string,
  ) {}

  private fail(expectation: string): never {
    throw new Error(`${expectation}\n--- request\n${this.request}\n--- response (HTTP ${this.status})\n${JSON.stringify(this.body, null, 2)}`);
  }

  /** The data of a response without errors. */
  expectData(): T {
    if (this.status !== 200 || this.body.errors?.length || !this.body.data) this.fail('expected data without errors');
    return this.body.data;
  }

  /** The one error of a response, which must carry this code. */
  expectError(code: string): GraphQLFormattedError {
    const errors = this.body.errors ?? [];
    if (errors.length !== 1 || errors[0]!.extensions?.code !== code) this.fail(`expected exactly one error with code ${code}`);
    return errors[0]!;
  }
}

/**
 * A response as two gateways over one database must agree on it: status and body, keys in order,
 * but the rate-limit budget left and its reset, which each gateway counts on its own, and the order
 * of errors, which the executor gives in the order fields running at once happened to fail.
 */
export function comparableResponse(response: GraphQLResponse<unknown>): string {
  const path = (error: GraphQLFormattedError) => JSON.stringify(error.path ?? []);
  const errors = response.body.errors && [...response.body.errors].sort((a, b) => path(a).localeCompare(path(b)));
  const body = { ...response.body, ...(errors ? { errors } : {}) };
  return `${response.status} ${JSON.stringify(body, (key, value) => (key === 'remaining' || key === 'resetSeconds' ? undefined : value))}`;
}

export function credentialHeaders(credentials: Credentials): Record<string, string> {
  if (!credentials) return {};
  if ('bearer' in credentials) return { authorization: `Bearer ${credentials.bearer}` };
  if ('clientId' in credentials) {
    return { 'openpanel-client-id': credentials.clientId, 'openpanel-client-secret': credentials.clientSecret };
  }
  return credentials.headers;
}

/** The gateway over a test database, called through its fetch handler exactly as the HTTP server calls it. */
export interface TestGatewayOptions {
  managementKeyLimit?: number;
  /** Limits; by default high enough that no test but the guards' own meets them. With redisUrl, credential versions are shared too. */
  limits?: Partial<RateLimitOptions> & { redisUrl?: string };
  gateway?: Partial<HttpServerOptions>;
  /** Serve the handler on a port of its own and send every request over real HTTP (from 127.0.0.1, whatever address is given). */
  http?: boolean;
}

export function testGateway(database: TestDatabase, options: TestGatewayOptions = {}) {
  const internalErrors: unknown[] = [];
  const logger = pino(
    { level: 'error' },
    new Writable({
      write(chunk, _encoding, done) {
        internalErrors.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  const { redisUrl, ...limitOptions } = options.limits ?? {};
  const redis = redisUrl ? new SharedRedis(redisUrl, logger) : null;
  const credentials = new CredentialVerifier(database.prisma, logger, redis && new RedisCredentialVersions(redis));
  const sealer = new TokenSealer('a server secret that only the tests know');
  const limits = new RateLimits({ requests: 1e6, cost: 1e9, windowSeconds: 10, authFailures: 1e6, authFailureWindowSeconds: 60, ...limitOptions }, redis);
  const usage = new UsageMeter(database.prisma, logger);
  const services = { prisma: database.prisma, logger, credentials, sealer, limits, usage, managementKeyLimit: options.managementKeyLimit ?? 5 };
  const handle = createRequestHandler(services, { database, graphiql: true, redis, compiledReads: 'verify', ...options.gateway });
  const server = options.http ? listen(handle, options.gateway?.trustedProxies) : null;

  async function send(path: string, init: RequestInit, address: string): Promise<Response> {
    if (!server) return handle(new Request(`http://steward.test${path}`, init), address);
    return fetch(`${await server.origin}${path}`, init);
  }

  async function execute<T, V>(
    document: TypedDocumentNode<T, V> | string,
    variables: V | Record<string, unknown> = {},
    credentials: Credentials = null,
    address = '192.0.2.1',
  ): Promise<GraphQLResponse<T>> {
    const query = typeof document === 'string' ? document : print(document);
    const headers = { 'content-type': 'application/json', accept: 'application/json', ...credentialHeaders(credentials) };
    const response = await send('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }, address);
    const shownHeaders = Object.keys(credentialHeaders(credentials)).join(', ') || 'none';
    const request = `${query.trim()}\nvariables: ${JSON.stringify(variables)}\ncredential headers: ${shownHeaders}`;
    const text = await response.text();
    rememberSecrets(text);
    return new GraphQLResponse<T>(response.status, response.headers, JSON.parse(text) as FormattedExecutionResult<T>, request);
  }

  async function close() {
    await server?.close();
    await Promise.all([credentials.close(), usage.close()]);
    await redis?.close();
  }

  /** Where the gateway listens, with `http`; a browser is pointed here. */
  async function origin(): Promise<string> {
    if (!server) throw new Error('the gateway has no HTTP server: create it with { http: true }');
    return server.origin;
  }

  return { execute, handle, send, origin, internalErrors, services, close };
}

export type TestGateway = ReturnType<typeof testGateway>;

/** A gateway of the test's own, with other limits or settings than its file's; closed however the test ends. */
export async function withTestGateway<T>(database: TestDatabase, options: TestGatewayOptions, work: (gateway: TestGateway) => Promise<T>): Promise<T> {
  const gateway = testGateway(database, options);
  try {
    return await work(gateway);
  } finally {
    await gateway.close();
  }
}

/** The handler behind a node:http server on a free local port, as `steward serve` runs it. */
function listen(handle: RequestHandler, trustedProxies?: number) {
  const server = httpServerFor(handle, trustedProxies);
  const origin = new Promise<string>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
