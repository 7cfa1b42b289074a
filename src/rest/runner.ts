import type { z } from 'zod';
import type { Principal } from '../access/principal.js';
import type { Services } from '../context.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import { DATABASE_UNAVAILABLE } from '../errors.js';
import type { Gateway } from '../graphql/gateway.js';
import { admit } from '../guards/admission.js';
import { budgetHeaders, type Budget } from '../guards/rate-limit.js';
import { parseForm } from './form.js';
import { openApiDocument } from './openapi.js';
import { RestFailure, type Denial, type Dialect, type Operation, type RestRoute, type RouteCall, type UserError } from './route.js';

/** The largest page a connection gives (the builder's maxConnectionSize). */
const PAGE_SIZE = 100;

interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: GraphQLError[];
}

/** Turns a GraphQL result into a failure of the dialect, or null when it succeeded. */
function failureOf(result: GraphQLResult, route: RestRoute, dialect: Dialect, call: RouteCall<unknown, unknown>): RestFailure | null {
  const deny = (denial: Denial) => route.deny?.(denial, call) ?? dialect.denial(denial, call, route.resource);
  const deniedField = (candidate: GraphQLError) => candidate.extensions?.code === 'FORBIDDEN' && (candidate.path?.length ?? 0) > 1;
  const error = result.errors?.find((candidate) => !(dialect.deniedFieldsAreNull && deniedField(candidate)));
  if (error) {
    const code = error.extensions?.code;
    if (code === 'NOT_FOUND') return deny({ kind: 'not-found', name: String(error.path?.[0] ?? route.resource) });
    if (code === 'RATE_LIMITED') return new RestFailure(429, dialect.rateLimitMessage, Number(error.extensions?.retryAfter));
    if (code === 'FORBIDDEN') return deny({ kind: 'forbidden', message: error.message, requires: error.extensions?.requires as string | undefined });
    if (code === 'BAD_USER_INPUT') return new RestFailure(400, error.message);
    if (code === 'SERVICE_UNAVAILABLE') return databaseUnavailable();
    throw new Error(`GraphQL operation of ${route.method} ${route.path} failed: ${JSON.stringify(result.errors)}`);
  }
  for (const payload of Object.values(result.data ?? {})) {
    const userErrors = (payload as { userErrors?: UserError[] } | null)?.userErrors ?? [];
    if (userErrors[0]) return deny({ kind: 'user-error', error: userErrors[0], errors: userErrors });
  }
  return null;
}

function parsePart<T>(dialect: Dialect, schema: z.ZodType<T> | undefined, value: unknown, part: string): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw dialect.invalid(part, parsed.error);
  return parsed.data;
}

/** Query parameters; one given twice becomes an array, which the route's schema refuses. */
function queryObject(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const seen = query[name];
    query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

/** The body as JSON, or, where the dialect takes them, as a form; null when there is none. */
async function requestBody(request: Request, dialect: Dialect): Promise<unknown> {
  const text = await request.text();
  const type = request.headers.get('content-type') ?? '';
  const isJson = /^application\/([\w.+-]+\+)?json\b/i.test(type);
  if (dialect.formBodies && /^application\/x-www-form-urlencoded\b/i.test(type)) return parseForm(text);
  if (text === '') {
    if (isJson) throw new RestFailure(400, "Body cannot be empty when content-type is set to 'application/json'", undefined, 'body-parser');
    return null;
  }
  if (!isJson) throw new RestFailure(415, `Unsupported Media Type: ${type || 'none'}`, undefined, 'body-parser');
  try {
    return JSON.parse(text);
  } catch {
    throw new RestFailure(400, "Body is not valid JSON but content-type is set to 'application/json'", undefined, 'body-parser');
  }
}

/** A path segment decoded; one with broken percent-encoding stays as sent, an id that names nothing. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const expected = pattern.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of expected.entries()) {
    if (segment.startsWith(':')) {
      if (!actual[i]) return null;
      params[segment.slice(1)] = decodedSegment(actual[i]!);
    } else if (segment !== actual[i]) {
      return null;
    }
  }
  return params;
}

/** The first base the path lies below: its parameters, and the path below it; null for none. */
function matchBase(dialect: Dialect, pathname: string): { params: Record<string, string>; path: string } | null {
  const actual = pathname.split('/');
  for (const base of dialect.bases) {
    const depth = base.split('/').length;
    const params = actual.length >= depth ? matchPath(base, actual.slice(0, depth).join('/')) : null;
    if (params) return { params, path: `/${actual.slice(depth).join('/').replace(/\/$/, '')}` };
  }
  return null;
}

/** The route and its path parameters for a path below a base, or null. */
function findRoute(dialect: Dialect, method: string, path: string) {
  for (const candidate of dialect.routes) {
    if (candidate.method !== method) continue;
    const params = matchPath(candidate.path, path);
    if (params) return { route: candidate, params };
  }
  return null;
}

/**
 * Runs one GraphQL operation as the principal through the gateway's own pipeline (parse and
 * validation caches, guards, authorization, error masking), without a second HTTP round of
 * serialising and parsing JSON. A mutation runs atomically, its result included: a 5xx never
 * follows a committed change (src/graphql/atomic.ts).
 */
async function execute(gateway: Gateway, request: Request, principal: Principal, operation: Operation): Promise<GraphQLResult> {
  const params = { query: String(operation.document), variables: operation.variables };
  const result = await gateway.getResultForParams({ params, request }, { principal, atomic: true });
  return result as GraphQLResult;
}

async function runRoute(gateway: Gateway, dialect: Dialect, route: RestRoute, request: Request, call: RouteCall<unknown, unknown>): Promise<unknown> {
  if (dialect.before) {
    await dialect.before(route, call, async (operation) => {
      const result = await execute(gateway, request, call.principal, operation);
      const failure = failureOf(result, route, dialect, call);
      if (failure) throw failure;
      return result.data;
    });
  }
  const operation = route.operation(call);
  if (!route.connection) {
    const result = await execute(gateway, request, call.principal, operation);
    const failure = failureOf(result, route, dialect, call);
    if (failure) throw failure;
    return route.respond(result.data, call);
  }
  const nodes: unknown[] = [];
  let first: unknown;
  const wanted = route.take?.(call);
  for (let after: string | null = null; ; ) {
    const page = wanted === undefined ? {} : { first: Math.max(1, Math.min(PAGE_SIZE, wanted - nodes.length)) };
    const result = await execute(gateway, request, call.principal, { ...operation, variables: { ...operation.variables, ...page, after } });
    const failure = failureOf(result, route, dialect, call);
    if (failure) throw failure;
    first ??= result.data;
    const connection = route.connection(result.data ?? {}, call);
    if (!connection) throw dialect.denial({ kind: 'not-found', name: route.resource }, call, route.resource);
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || (wanted !== undefined && nodes.length >= wanted)) break;
    after = connection.pageInfo.endCursor;
  }
  return route.respond(nodes, call, first);
}

function jsonResponse(dialect: Dialect, status: number, body: unknown, headers: Record<string, string>): Response {
  if (status === 202 || status === 204) return new Response(null, { status, headers: { ...dialect.headers, ...headers } });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': dialect.contentType, ...dialect.headers, ...headers } });
}

/**
 * Serves a dialect: the route's guards (as /graphql), then the request parsed and validated, then
 * its GraphQL operation, then the dialect's JSON. Returns null for paths outside the dialect.
 */
export function dialectHandler(services: Services, gateway: Gateway, dialect: Dialect, maxBodyBytes: number) {
  let openApi: ReturnType<typeof openApiDocument> | undefined; // made on first request: a third of a second at startup otherwise
  return async (request: Request, address: string): Promise<Response | null> => {
    const url = new URL(request.url);
    const below = matchBase(dialect, url.pathname);
    if (!below) return null;
    const { path } = below;
    if (request.method === 'GET' && path === dialect.openApiPath) return jsonResponse(dialect, 200, (openApi ??= openApiDocument(dialect)), {});
    if (dialect.accepts && !dialect.accepts(request)) return null;
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...dialect.headers, ...dialect.preflightHeaders } });
    const found = findRoute(dialect, request.method, path);
    const fail = (failure: RestFailure, headers: Record<string, string> = {}) => {
      const retry: Record<string, string> = failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) };
      return jsonResponse(dialect, failure.status, dialect.errorBody(failure), { ...headers, ...retry });
    };
    if (!found) return fail(new RestFailure(404, `Route ${request.method}:${url.pathname} not found`, undefined, 'router'));

    const headersOf = (budget: Budget) => lowercase((dialect.budgetHeaders ?? budgetHeaders)(budget));
    const credential = new Headers(dialect.credentialHeaders.map((name): [string, string] => [name, request.headers.get(name) ?? '']));
    const admission = await admit(services, request, address, maxBodyBytes, credential);
    if ('refusal' in admission) {
      const refused = admission.refusal;
      if (refused.kind === 'database-unavailable') return fail(databaseUnavailable());
      if (refused.kind === 'auth-failures' || refused.kind === 'over-budget') {
        return fail(new RestFailure(429, dialect.rateLimitMessage, refused.budget.resetSeconds), headersOf(refused.budget));
      }
      return fail(dialect.refusal(refused), 'budget' in refused ? headersOf(refused.budget) : {});
    }
    const headers = headersOf(admission.budget);
    try {
      const { route: matched, params } = found;
      const call: RouteCall<unknown, unknown> = {
        params: { ...below.params, ...params },
        query: parsePart(dialect, matched.query, queryObject(url), 'querystring'),
        body: matched.body ? parsePart(dialect, matched.body, await requestBody(admission.request, dialect), 'body') : undefined,
        principal: admission.principal,
        headers: admission.request.headers,
        url,
      };
      return jsonResponse(dialect, matched.status ?? 200, await runRoute(gateway, dialect, matched, admission.request, call), headers);
    } catch (error) {
      if (error instanceof RestFailure) return fail(error, headers);
      if (isDatabaseUnavailable(error)) return fail(databaseUnavailable(), headers);
      services.logger.error({ err: error, dialect: dialect.name, path: url.pathname }, 'internal error while handling a request');
      return fail(new RestFailure(500, 'Internal server error'), headers);
    }
  };
}

/** The database could not answer: 503, retried shortly (Keboola's clients treat 503 as maintenance). */
function databaseUnavailable(): RestFailure {
  return new RestFailure(503, DATABASE_UNAVAILABLE.message, DATABASE_UNAVAILABLE.retryAfterSeconds);
}

/** Header names in one case, so that a dialect's own `retry-after` replaces the budget's rather than doubling it. */
function lowercase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
