import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { z } from 'zod';
import type { Principal } from '../access/principal.js';
import type { Refusal } from '../guards/admission.js';
import type { Budget } from '../guards/rate-limit.js';

// What a REST dialect is made of: its routes (each a GraphQL operation and the shaping of its result)
// and its wording. runner.ts serves a dialect; openapi.ts describes it.

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route's GraphQL operation is built from: the request, parsed and validated. */
export interface RouteCall<Body, Query> {
  /** The path's parameters, the base's (`/branch/:branchId`) included. */
  params: Record<string, string>;
  query: Query;
  body: Body;
  principal: Principal;
  /** The request's headers and URL, for what a vendor reads from them (`If-Match`, its own URIs). */
  headers: Headers;
  url: URL;
}

/** A document's text typed by its data and variables, as GraphQL Code Generator's TypedDocumentString is. */
export type TypedDocument<Data, Variables> = String & DocumentTypeDecoration<Data, Variables>;

/** A GraphQL document and its variables; a typed document types the data it answers. */
export interface Operation<Data = unknown> {
  /** Variables `never`: any typed document fits here, its variables checked where `operation()` made it. */
  document: string | TypedDocument<Data, never>;
  variables: Record<string, unknown>;
}

/** The operation of a typed document, with the variables its type asks for. */
export function operation<Data, Variables extends Record<string, unknown>>(document: TypedDocument<Data, Variables>, variables: NoInfer<Variables>): Operation<Data> {
  return { document, variables };
}

/** The object a mutation returned: the schema leaves it null only beside userErrors, which the runner has answered. */
export function returned<T>(object: T | null | undefined): T {
  if (object === null || object === undefined) throw new Error('a mutation without userErrors returned no object');
  return object;
}

export interface Connection<Node = unknown> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Node }[];
}

/**
 * One legacy endpoint: a GraphQL operation, how its variables come from the request, and how its
 * result becomes the dialect's JSON. Routes own no rules: the operation runs through the same
 * Yoga instance, guards and authorization as /graphql.
 */
interface RouteDefinition<Body, Query, Data> {
  method: Method;
  /** Below the dialect's base, with `:name` parameters. */
  path: string;
  /** Unique in the dialect: SDK generators name their methods from it (the vendor's client's names where it publishes them). */
  operationId: string;
  summary: string;
  /** What the path's `:id` names, for the dialect's not-found message. */
  resource: string;
  query?: z.ZodType<Query>;
  body?: z.ZodType<Body>;
  /** The success status; 200 unless the vendor answers 201, 202 or 204 (no body). */
  status?: 200 | 201 | 202 | 204;
  /** The success body, for the OpenAPI document; none for 202 and 204. */
  response?: z.ZodType;
  operation(call: RouteCall<Body, Query>): Operation<Data>;
}

interface SingleRoute<Body, Query, Data> extends RouteDefinition<Body, Query, Data> {
  connection?: undefined;
  /** The dialect's success body, from the data. */
  respond(data: Data, call: RouteCall<Body, Query>): unknown;
}

/** A route that lists everything: its connection is paged through with `$after`, then answered whole. */
interface ListRoute<Body, Query, Data, Node> extends RouteDefinition<Body, Query, Data> {
  /** Where the connection is in the data (it may throw the dialect's failure for what is missing). */
  connection(data: Data, call: RouteCall<Body, Query>): Connection<Node> | null | undefined;
  /** The dialect's success body, from every node (and the first page's data, for what surrounds the list). */
  respond(nodes: Node[], call: RouteCall<Body, Query>, data: Data): unknown;
  /**
   * How many nodes the response needs at most (a vendor's offset + limit): paging stops there, and
   * each page asks for no more than is missing in `$first` (so the document declares `$first`).
   */
  take?(call: RouteCall<Body, Query>): number;
}

/** A route may word GraphQL's refusals its own way (undefined: as its dialect does). */
export interface RouteDenials {
  deny?(denial: Denial, call: RouteCall<unknown, unknown>): RestFailure | undefined;
}

export type RestRoute = (SingleRoute<unknown, unknown, unknown> | ListRoute<unknown, unknown, unknown, unknown>) & RouteDenials;

/** Declares a route typed by its body, query and GraphQL data; the table holds routes of every type. */
export function route<Body = undefined, Query = undefined, Data = unknown>(definition: SingleRoute<Body, Query, Data> & RouteDenials): RestRoute {
  return definition as unknown as RestRoute;
}

/** Declares a list route typed by its body, query, GraphQL data and the nodes of its connection. */
export function listRoute<Body = undefined, Query = undefined, Data = unknown, Node = unknown>(
  definition: ListRoute<Body, Query, Data, Node> & RouteDenials,
): RestRoute {
  return definition as unknown as RestRoute;
}

/**
 * A failure the dialect words: the status, a message, and where it arose, as a vendor's framework
 * shapes its own refusals (no route, a body it cannot read) unlike the application's.
 */
export class RestFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter?: number,
    readonly origin: 'application' | 'router' | 'body-parser' = 'application',
    /** The vendor's string code, where it has one (Keboola's `manage.mfaRequired`). */
    readonly code?: string,
    /** More fields of the error body, where the vendor adds some (Keboola's `errors` of a validation). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** A mutation's expected failure, as GraphQL returned it in the payload. */
export interface UserError {
  code: string;
  /** From `input`: ['input', 'email']. */
  field: string[];
  message: string;
}

/** Why GraphQL refused an operation, for the dialect to word. */
export type Denial =
  /** An object the caller cannot see, named by the GraphQL alias or input field that asked for it. */
  | { kind: 'not-found'; name: string }
  | { kind: 'forbidden'; message: string; requires?: string }
  /** The first userError, and all of them (a validation reports each field at fault). */
  | { kind: 'user-error'; error: UserError; errors: UserError[] };

export interface Dialect {
  name: string;
  /** The title of its OpenAPI document. */
  title: string;
  /**
   * Where the routes are mounted; every route answers under each. A base may hold `:name` segments
   * (`/v2/storage/branch/:branchId`), which the call's params get; the first base that fits is used.
   */
  bases: string[];
  /** Bodies may also be `application/x-www-form-urlencoded`, read as PHP reads them (form.ts); else JSON only. */
  formBodies?: boolean;
  routes: RestRoute[];
  /** The headers that carry this dialect's credential; others are ignored, and a missing one counts as empty. */
  credentialHeaders: string[];
  errorBody(failure: RestFailure): unknown;
  /** Every throttled request, by a budget or a field's own limit, gets 429 with this message and retry-after. */
  rateLimitMessage: string;
  /** Refusals other than throttling: a body too large, a credential refused. */
  refusal(refusal: Exclude<Refusal, { kind: 'auth-failures' | 'over-budget' | 'database-unavailable' }>): RestFailure;
  /** Only requests it accepts reach it (dialects sharing a base tell theirs apart by headers); by default all. */
  accepts?(request: Request): boolean;
  /** Where its OpenAPI document is served, below each base. */
  openApiPath: string;
  /** The Content-Type of every response (a vendor's client may compare it as a string). */
  contentType: string;
  /** A field denied inside an object the caller reaches is null in its shapes, as in GraphQL (else the request is refused). */
  deniedFieldsAreNull?: boolean;
  /** A refusal of GraphQL, in the dialect's words; `resource` is what the route's path names. */
  denial(denial: Denial, call: RouteCall<unknown, unknown>, resource: string): RestFailure;
  /** A request part (`body`, `querystring`) its route's schema refused. */
  invalid(part: string, error: z.ZodError): RestFailure;
  /** The error statuses its routes answer, described for the OpenAPI document, and the JSON Schema of its error body. */
  errorResponses: Record<number, string>;
  errorSchema: object;
  /**
   * Runs before a route's operation, with a way to run another (its refusals are the route's): a
   * dialect checks there what its vendor checks before every call of a kind. It throws to refuse.
   */
  before?(route: RestRoute, call: RouteCall<unknown, unknown>, run: (operation: Operation) => Promise<unknown>): Promise<void>;
  /** The budget's headers in the vendor's names, on every answer after admission; Steward's own by default. */
  budgetHeaders?(budget: Budget): Record<string, string>;
  /** Extra headers on every response of the dialect (CORS). */
  headers: Record<string, string>;
  /** The answer to a CORS preflight. */
  preflightHeaders: Record<string, string>;
}
