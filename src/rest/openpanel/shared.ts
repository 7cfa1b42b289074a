import { z } from 'zod';
import type { Principal } from '../../access/principal.js';
import { listRoute, operation, RestFailure, returned, route, type Connection, type Operation, type RestRoute, type RouteCall, type TypedDocument } from '../route.js';

/** What the routes of every resource share: wording, schema pieces and the routes that differ only by resource. */

const NOT_FOUND: Record<string, string> = {
  project: 'Project not found',
  projectId: 'Project not found',
  client: 'Client not found',
  reference: 'Reference not found',
};

/** The message for an object the caller cannot see, by the GraphQL alias or input field that named it. */
export function notFoundMessage(name: string): string {
  return NOT_FOUND[name] ?? 'Not found';
}

export function organizationOf(principal: Principal): string {
  if (principal.kind !== 'CLIENT') throw new Error('the OpenPanel dialect admits only clients');
  return principal.organizationId;
}

/** OpenPanel writes enum values in lower case, GraphQL in upper case. */
export const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;
export const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

/** Lists are ordered by creation, newest first, as OpenPanel orders them. */
function newestFirst<T extends { createdAt: string }>(nodes: T[]): T[] {
  return [...nodes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export { returned };

// Request schema pieces.

export const name = z.string().min(1);
export const optionalId = z
  .string()
  .optional()
  .transform((value) => value || undefined);
const projectFilter = z.object({ projectId: optionalId });

// Response schema pieces, for the OpenAPI document.

export const timestamps = { createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() };
export const data = <T extends z.ZodType>(schema: T) => z.object({ data: schema });
const success = z.object({ success: z.literal(true) });

/** `list` + `project` → `listProjects`; `get` + `project` → `getProject`. */
function operationId(verb: string, resource: { name: string }): string {
  const noun = resource.name[0]!.toUpperCase() + resource.name.slice(1);
  return verb === 'list' ? `${verb}${noun}s` : `${verb}${noun}`;
}

/** The `:id` of a path `<resource>/:id`, always there: the runner matches a route only with every parameter given. */
function idIn(params: Record<string, string>): string {
  return params.id!;
}

/** A resource as OpenPanel shows it: where its routes are, its JSON and how a GraphQL node becomes that JSON. */
export interface Resource<Node> {
  /** What its `:id` names, for the not-found message. */
  name: string;
  /** Of the list; one object is at `<path>/:id`. */
  path: string;
  response: z.ZodType;
  shape(node: Node, principal: Principal): unknown;
}

/** The success body of a list: every node as OpenPanel shows it. */
function listed<Node extends { createdAt: string }>(resource: Resource<Node>) {
  return (nodes: Node[], { principal }: { principal: Principal }) => ({ data: newestFirst(nodes).map((node) => resource.shape(node, principal)) });
}

/** GET of the organization's whole list. */
export function organizationListRoute<Data, Node extends { createdAt: string }>(
  resource: Resource<Node>,
  summary: string,
  list: { document: TypedDocument<Data, { organizationId: string; after?: string | null }>; connection(data: Data): Connection<Node> | null | undefined },
): RestRoute {
  return listRoute({
    method: 'GET',
    path: resource.path,
    operationId: operationId('list', resource),
    summary,
    resource: resource.name,
    response: data(z.array(resource.response)),
    operation: ({ principal }) => operation(list.document, { organizationId: organizationOf(principal) }),
    connection: list.connection,
    respond: listed(resource),
  });
}

/** GET of the organization's whole list, or of one project's when the query names it. */
export function organizationOrProjectListRoute<Parent, Node extends { createdAt: string }>(
  resource: Resource<Node>,
  summary: string,
  list: {
    inOrganization: TypedDocument<{ organization: Parent | null }, { organizationId: string; after?: string | null }>;
    inProject: TypedDocument<{ project: Parent | null }, { projectId: string; after?: string | null }>;
    connection(parent: Parent): Connection<Node> | null;
  },
): RestRoute {
  type Data = { organization?: Parent | null; project?: Parent | null };
  return listRoute({
    method: 'GET',
    path: resource.path,
    operationId: operationId('list', resource),
    summary,
    resource: resource.name,
    query: projectFilter,
    response: data(z.array(resource.response)),
    operation: ({ query, principal }): Operation<Data> =>
      query.projectId
        ? operation(list.inProject, { projectId: query.projectId })
        : operation(list.inOrganization, { organizationId: organizationOf(principal) }),
    connection: (result) => {
      const parent = result.project ?? result.organization;
      return parent && list.connection(parent);
    },
    respond: listed(resource),
  });
}

/** GET of one object; a result without it (a node of another type) is not found. */
export function getRoute<Data, Node>(
  resource: Resource<Node>,
  summary: string,
  get: { document: TypedDocument<Data, { id: string }>; found(data: Data): Node | null | undefined },
): RestRoute {
  return route({
    method: 'GET',
    path: `${resource.path}/:id`,
    operationId: operationId('get', resource),
    summary,
    resource: resource.name,
    response: data(resource.response),
    operation: ({ params }) => operation(get.document, { id: idIn(params) }),
    respond: (result, { principal }) => {
      const node = get.found(result);
      if (!node) throw new RestFailure(404, notFoundMessage(resource.name));
      return { data: resource.shape(node, principal) };
    },
  });
}

/** POST of one object: its create mutation, answered with what creation shows of it (a secret, only here). */
export function createRoute<Body, Data, Node>(
  resource: Resource<Node>,
  summary: string,
  create: {
    body: z.ZodType<Body>;
    /** When creation shows more than the object. */
    response?: z.ZodType;
    operation(call: RouteCall<Body, undefined>): Operation<Data>;
    created(data: Data, call: RouteCall<Body, undefined>): unknown;
  },
): RestRoute {
  return route({
    method: 'POST',
    path: resource.path,
    operationId: operationId('create', resource),
    summary,
    resource: resource.name,
    body: create.body,
    response: create.response ?? data(resource.response),
    operation: create.operation,
    respond: (result, call) => ({ data: create.created(result, call) }),
  });
}

/** PATCH of one object: its update mutation with the fields given, the body's schema making them its input. */
export function updateRoute<Body, Data, Node>(
  resource: Resource<Node>,
  summary: string,
  update: {
    body: z.ZodType<Body>;
    document: TypedDocument<Data, { input: Body & { id: string } }>;
    updated(data: Data): Node | null | undefined;
  },
): RestRoute {
  return route({
    method: 'PATCH',
    path: `${resource.path}/:id`,
    operationId: operationId('update', resource),
    summary,
    resource: resource.name,
    body: update.body,
    response: data(resource.response),
    operation: ({ params, body }) => operation(update.document, { input: { ...body, id: idIn(params) } }),
    respond: (result, { principal }) => ({ data: resource.shape(returned(update.updated(result)), principal) }),
  });
}

/** DELETE of one object: its GraphQL delete mutation, answered `{"success": true}` as OpenPanel does. */
export function deleteRoute<Node>(resource: Resource<Node>, summary: string, document: TypedDocument<unknown, { input: { id: string } }>): RestRoute {
  return route({
    method: 'DELETE',
    path: `${resource.path}/:id`,
    operationId: operationId('delete', resource),
    summary,
    resource: resource.name,
    response: success,
    operation: ({ params }) => operation(document, { input: { id: idIn(params) } }),
    respond: () => ({ success: true }),
  });
}
