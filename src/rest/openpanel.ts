import { z } from 'zod';
import type { Principal } from '../access/principal.js';
import { DATE_TIME_FORMAT, parseDateTime } from '../graphql/date-time.js';
import { RestFailure, route, type Dialect, type RouteCall } from './runner.js';

/**
 * The OpenPanel Manage API (../shared/compat/openpanel.md): projects, clients and references of
 * the root client's organization. Projects are known by their slug, as OpenPanel's ids are.
 */

const PAGE = 100;

const PROJECT = 'id slug name types domain cors crossDomain allowUnsafeRevenueTracking deleteAt createdAt updatedAt';
const CLIENT = 'id name type project { slug } createdAt updatedAt';
const REFERENCE = 'id title description date project { slug } createdAt updatedAt';
const USER_ERRORS = 'userErrors { code field message }';
const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

interface ProjectNode {
  slug: string;
  name: string;
  types: string[];
  domain: string | null;
  cors: string[];
  crossDomain: boolean;
  allowUnsafeRevenueTracking: boolean;
  deleteAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface ClientNode {
  id: string;
  name: string;
  type: string;
  project: { slug: string } | null;
  createdAt: string;
  updatedAt: string;
}

interface ReferenceNode {
  id: string;
  title: string;
  description: string | null;
  date: string;
  project: { slug: string };
  createdAt: string;
  updatedAt: string;
}

function organizationOf(principal: Principal): string {
  if (principal.kind !== 'CLIENT') throw new Error('the OpenPanel dialect admits only clients');
  return principal.organizationId;
}

const lower = (value: string) => value.toLowerCase();

/** Steward models neither events nor event filters: a project has counted none and has none. */
function project(node: ProjectNode, principal: Principal) {
  return {
    id: node.slug,
    name: node.name,
    organizationId: organizationOf(principal),
    eventsCount: 0,
    types: node.types.map(lower),
    domain: node.domain,
    cors: node.cors,
    crossDomain: node.crossDomain,
    allowUnsafeRevenueTracking: node.allowUnsafeRevenueTracking,
    filters: [],
    deleteAt: node.deleteAt,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
  };
}

/** A client as OpenPanel shows it, without its secret (OpenPanel leaks the hash here; its docs promise it does not). */
function client(node: ClientNode, principal: Principal, secret?: string) {
  return {
    id: node.id,
    name: node.name,
    ...(secret === undefined ? {} : { secret }),
    type: lower(node.type),
    projectId: node.project?.slug ?? null,
    organizationId: organizationOf(principal),
    ignoreCorsAndSecret: false,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
  };
}

function reference(node: ReferenceNode) {
  return {
    id: node.id,
    title: node.title,
    description: node.description,
    date: node.date,
    projectId: node.project.slug,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
  };
}

/** A connection of the organization, or of one project when the query names it; paged with `$after`. */
function listed(connection: 'clients' | 'references', fields: string) {
  const selection = `${connection}(first: ${PAGE}, after: $after) { ${PAGE_INFO} edges { node { ${fields} } } }`;
  return ({ query, principal }: RouteCall<undefined, z.infer<typeof projectFilter>>) =>
    query.projectId
      ? { document: `query ($projectId: ID!, $after: String) { project(id: $projectId) { ${selection} } }`, variables: { projectId: query.projectId } }
      : {
          document: `query ($organizationId: ID!, $after: String) { organization(id: $organizationId) { ${selection} } }`,
          variables: { organizationId: organizationOf(principal) },
        };
}

/** A list route's connection: under the project when the query named one, else under the organization. */
function connectionIn(result: Record<string, unknown>, connection: string) {
  return ((result.project ?? result.organization) as Record<string, never> | null)?.[connection];
}

/** DELETE of one object: its GraphQL delete mutation, answered `{"success": true}` as OpenPanel does. */
function deletion(resource: string, path: string, mutation: string, selection: string, summary: string) {
  const input = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  return route({
    method: 'DELETE',
    path,
    summary,
    resource,
    response: success,
    operation: ({ params }) => ({
      document: `mutation ($input: ${input}!) { ${mutation}(input: $input) { ${selection} ${USER_ERRORS} } }`,
      variables: { input: { id: params.id } },
    }),
    respond: () => ({ success: true }),
  });
}

/** Lists are ordered by creation, newest first, as OpenPanel orders them. */
function newestFirst<T extends { createdAt: string }>(nodes: T[]): T[] {
  return [...nodes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

// Request schemas, with OpenPanel's fields, defaults and normalisation.

const withoutTrailingSlashes = (value: string) => value.trim().replace(/\/+$/, '');
const domain = z
  .string()
  .refine((value) => value.trim() === '' || URL.canParse(value.trim()), 'Invalid URL')
  .nullish()
  .transform((value) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : withoutTrailingSlashes(value)));
const cors = z.array(z.string()).transform((origins) => origins.map(withoutTrailingSlashes));
const name = z.string().min(1);
const dateTime = z.string().refine((value) => parseDateTime(value) !== null, `Invalid date: use ${DATE_TIME_FORMAT}`);
const optionalId = z
  .string()
  .optional()
  .transform((value) => value || undefined);

const createProjectBody = z.object({
  name,
  domain,
  cors: cors.default([]),
  crossDomain: z.boolean().default(false),
  types: z.array(z.enum(['website', 'app', 'backend'])).default([]),
});
const updateProjectBody = z.object({
  name: name.optional(),
  domain,
  cors: cors.optional(),
  crossDomain: z.boolean().optional(),
  allowUnsafeRevenueTracking: z.boolean().optional(),
});
const createClientBody = z.object({ name, projectId: optionalId, type: z.enum(['read', 'write', 'root']).default('write') });
const updateClientBody = z.object({ name: name.optional() });
const createReferenceBody = z.object({
  projectId: z.string(),
  title: name,
  description: z
    .string()
    .optional()
    .transform((value) => value || null),
  datetime: dateTime,
});
const updateReferenceBody = z.object({ title: name.optional(), description: z.string().optional(), datetime: dateTime.optional() });
const projectFilter = z.object({ projectId: optionalId });

// Response schemas, for the OpenAPI document.

const timestamps = { createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() };
const projectResponse = z.object({
  id: z.string().describe('The project slug'),
  name: z.string(),
  organizationId: z.string(),
  eventsCount: z.number().int(),
  types: z.array(z.enum(['website', 'app', 'backend'])),
  domain: z.string().nullable(),
  cors: z.array(z.string()),
  crossDomain: z.boolean(),
  allowUnsafeRevenueTracking: z.boolean(),
  filters: z.array(z.unknown()),
  deleteAt: z.iso.datetime().nullable(),
  ...timestamps,
});
const clientResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(['read', 'write', 'root']),
  projectId: z.string().nullable(),
  organizationId: z.string(),
  ignoreCorsAndSecret: z.boolean(),
  ...timestamps,
});
const referenceResponse = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  date: z.iso.datetime(),
  projectId: z.string(),
  ...timestamps,
});
const data = <T extends z.ZodType>(schema: T) => z.object({ data: schema });
const success = z.object({ success: z.literal(true) });

export const openPanel: Dialect = {
  name: 'openpanel',
  title: 'OpenPanel Manage API (Steward)',
  bases: ['/manage', '/api/manage'],
  credentialHeaders: ['openpanel-client-id', 'openpanel-client-secret'],
  errorBody: (status, message) => ({ status, error: STATUS_TEXT[status] ?? 'Error', message }),
  rateLimitMessage: 'You have exceeded the rate limit for this endpoint.',
  refusal: (refusal) => {
    switch (refusal.kind) {
      case 'too-large':
        return new RestFailure(413, `Request body is too large: at most ${refusal.maximum} bytes`);
      case 'unauthenticated':
        return new RestFailure(401, `Manage: ${CLIENT_REFUSALS[refusal.error.clientRefusal ?? 'wrong-secret']}`);
    }
  },
  notFound: (name) => NOT_FOUND[name] ?? 'Not found',
  headers: { 'access-control-allow-origin': '*' },
  preflightHeaders: {
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
    'access-control-allow-headers': 'content-type, openpanel-client-id, openpanel-client-secret',
    'access-control-max-age': String(7 * 24 * 3600),
  },
  routes: [
    route<undefined, undefined, ProjectNode[]>({
      method: 'GET',
      path: '/projects',
      summary: 'List projects (deleted ones are left out)',
      resource: 'project',
      response: data(z.array(projectResponse)),
      operation: ({ principal }) => ({
        document: `query ($organizationId: ID!, $after: String) { organization(id: $organizationId) { projects(first: ${PAGE}, after: $after) { ${PAGE_INFO} edges { node { ${PROJECT} } } } } }`,
        variables: { organizationId: organizationOf(principal) },
      }),
      connection: (result) => connectionIn(result, 'projects'),
      respond: (nodes, { principal }) => ({ data: newestFirst(nodes).map((node) => project(node, principal)) }),
    }),
    route<undefined, undefined, { project: ProjectNode }>({
      method: 'GET',
      path: '/projects/:id',
      summary: 'Get a project, deleted or not',
      resource: 'project',
      response: data(projectResponse),
      operation: ({ params }) => ({ document: `query ($id: ID!) { project(id: $id) { ${PROJECT} } }`, variables: { id: params.id } }),
      respond: (result, { principal }) => ({ data: project(result.project, principal) }),
    }),
    route<z.infer<typeof createProjectBody>, undefined, { createProject: { project: ProjectNode; client: { id: string }; clientSecret: string } }>({
      method: 'POST',
      path: '/projects',
      summary: 'Create a project with its default write client; the client secret is shown only here',
      resource: 'project',
      body: createProjectBody,
      response: data(
        projectResponse.extend({ clients: z.array(z.object({ id: z.uuid() })), client: z.object({ id: z.uuid(), secret: z.string() }) }),
      ),
      operation: ({ body, principal }) => ({
        document: `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { ${PROJECT} } client { id } clientSecret ${USER_ERRORS} } }`,
        variables: { input: { ...body, organizationId: organizationOf(principal), types: body.types.map((type) => type.toUpperCase()) } },
      }),
      respond: ({ createProject: created }, { principal }) => ({
        data: { ...project(created.project, principal), clients: [{ id: created.client.id }], client: { id: created.client.id, secret: created.clientSecret } },
      }),
    }),
    route<z.infer<typeof updateProjectBody>, undefined, { updateProject: { project: ProjectNode } }>({
      method: 'PATCH',
      path: '/projects/:id',
      summary: 'Update a project; only the fields given change (types cannot)',
      resource: 'project',
      body: updateProjectBody,
      response: data(projectResponse),
      operation: ({ params, body }) => ({
        document: `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { project { ${PROJECT} } ${USER_ERRORS} } }`,
        variables: { input: { ...body, id: params.id } },
      }),
      respond: (result, { principal }) => ({ data: project(result.updateProject.project, principal) }),
    }),
    deletion('project', '/projects/:id', 'deleteProject', 'project { id }', 'Delete a project: it leaves the list now and is purged after 24 hours (restoreProject in GraphQL undoes it)'),
    route<undefined, z.infer<typeof projectFilter>, ClientNode[]>({
      method: 'GET',
      path: '/clients',
      summary: "List the organization's clients, or one project's",
      resource: 'client',
      query: projectFilter,
      response: data(z.array(clientResponse)),
      operation: listed('clients', CLIENT),
      connection: (result) => connectionIn(result, 'clients'),
      respond: (nodes, { principal }) => ({ data: newestFirst(nodes).map((node) => client(node, principal)) }),
    }),
    route<undefined, undefined, { client: ClientNode & { __typename: string } }>({
      method: 'GET',
      path: '/clients/:id',
      summary: 'Get a client (never its secret)',
      resource: 'client',
      response: data(clientResponse),
      operation: ({ params }) => ({
        document: `query ($id: ID!) { client: node(id: $id) { __typename ... on Client { ${CLIENT} } } }`,
        variables: { id: params.id },
      }),
      respond: (result, { principal }) => {
        if (result.client.__typename !== 'Client') throw new RestFailure(404, NOT_FOUND.client!);
        return { data: client(result.client, principal) };
      },
    }),
    route<z.infer<typeof createClientBody>, undefined, { createClient: { client: ClientNode; clientSecret: string } }>({
      method: 'POST',
      path: '/clients',
      summary: 'Create a client; its secret is shown only here',
      resource: 'client',
      body: createClientBody,
      response: data(clientResponse.extend({ secret: z.string() })),
      operation: ({ body, principal }) => ({
        document: `mutation ($input: CreateClientInput!) { createClient(input: $input) { client { ${CLIENT} } clientSecret ${USER_ERRORS} } }`,
        variables: { input: { ...body, organizationId: organizationOf(principal), type: body.type.toUpperCase() } },
      }),
      respond: ({ createClient: created }, { principal }) => ({ data: client(created.client, principal, created.clientSecret) }),
    }),
    route<z.infer<typeof updateClientBody>, undefined, { updateClient: { client: ClientNode } }>({
      method: 'PATCH',
      path: '/clients/:id',
      summary: "Rename a client (its type, project and secret stay)",
      resource: 'client',
      body: updateClientBody,
      response: data(clientResponse),
      operation: ({ params, body }) => ({
        document: `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { client { ${CLIENT} } ${USER_ERRORS} } }`,
        variables: { input: { ...body, id: params.id } },
      }),
      respond: (result, { principal }) => ({ data: client(result.updateClient.client, principal) }),
    }),
    deletion('client', '/clients/:id', 'deleteClient', 'deletedClientId', 'Delete a client'),
    route<undefined, z.infer<typeof projectFilter>, ReferenceNode[]>({
      method: 'GET',
      path: '/references',
      summary: "List the references of the organization's projects, or of one project",
      resource: 'reference',
      query: projectFilter,
      response: data(z.array(referenceResponse)),
      operation: listed('references', REFERENCE),
      connection: (result) => connectionIn(result, 'references'),
      respond: (nodes) => ({ data: newestFirst(nodes).map(reference) }),
    }),
    route<undefined, undefined, { reference: ReferenceNode & { __typename: string } }>({
      method: 'GET',
      path: '/references/:id',
      summary: 'Get a reference',
      resource: 'reference',
      response: data(referenceResponse),
      operation: ({ params }) => ({
        document: `query ($id: ID!) { reference: node(id: $id) { __typename ... on Reference { ${REFERENCE} } } }`,
        variables: { id: params.id },
      }),
      respond: (result) => {
        if (result.reference.__typename !== 'Reference') throw new RestFailure(404, NOT_FOUND.reference!);
        return { data: reference(result.reference) };
      },
    }),
    route<z.infer<typeof createReferenceBody>, undefined, { createReference: { reference: ReferenceNode } }>({
      method: 'POST',
      path: '/references',
      summary: 'Create a reference; `datetime` in, `date` out',
      resource: 'reference',
      body: createReferenceBody,
      response: data(referenceResponse),
      operation: ({ body: { datetime, ...body } }) => ({
        document: `mutation ($input: CreateReferenceInput!) { createReference(input: $input) { reference { ${REFERENCE} } ${USER_ERRORS} } }`,
        variables: { input: { ...body, date: datetime } },
      }),
      respond: (result) => ({ data: reference(result.createReference.reference) }),
    }),
    route<z.infer<typeof updateReferenceBody>, undefined, { updateReference: { reference: ReferenceNode } }>({
      method: 'PATCH',
      path: '/references/:id',
      summary: 'Update a reference; only the fields given change',
      resource: 'reference',
      body: updateReferenceBody,
      response: data(referenceResponse),
      operation: ({ params, body: { datetime, ...body } }) => ({
        document: `mutation ($input: UpdateReferenceInput!) { updateReference(input: $input) { reference { ${REFERENCE} } ${USER_ERRORS} } }`,
        variables: { input: { ...body, id: params.id, ...(datetime === undefined ? {} : { date: datetime }) } },
      }),
      respond: (result) => ({ data: reference(result.updateReference.reference) }),
    }),
    deletion('reference', '/references/:id', 'deleteReference', 'deletedReferenceId', 'Delete a reference'),
  ],
};

const NOT_FOUND: Record<string, string> = {
  project: 'Project not found',
  projectId: 'Project not found',
  client: 'Client not found',
  reference: 'Reference not found',
};

const CLIENT_REFUSALS = {
  'malformed-client-id': 'Client ID must be a valid UUIDv4',
  'unknown-client': 'Invalid client id',
  'not-root': 'Only root clients are allowed to manage resources',
  'wrong-secret': 'Invalid client secret',
} as const;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};
