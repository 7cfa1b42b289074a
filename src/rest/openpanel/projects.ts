import { z } from 'zod';
import type { Principal } from '../../access/principal.js';
import { operation, type RestRoute } from '../route.js';
import {
  CreateProjectDocument,
  DeleteProjectDocument,
  OrganizationProjectsDocument,
  ProjectDocument,
  UpdateProjectDocument,
  type OpenPanelProjectFragment,
} from './operations.generated.js';
import {
  createRoute,
  data,
  deleteRoute,
  getRoute,
  organizationListRoute,
  lower,
  name,
  organizationOf,
  returned,
  timestamps,
  updateRoute,
  upper,
  type Resource,
} from './shared.js';

/** Projects are known by their slug, as OpenPanel's ids are. */

const TYPES = ['website', 'app', 'backend'] as const;

const withoutTrailingSlashes = (value: string) => value.trim().replace(/\/+$/, '');
const domain = z
  .string()
  .refine((value) => value.trim() === '' || URL.canParse(value.trim()), 'Invalid URL')
  .nullish()
  .transform((value) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : withoutTrailingSlashes(value)));
const cors = z.array(z.string()).transform((origins) => origins.map(withoutTrailingSlashes));

const createProjectBody = z.object({
  name,
  domain,
  cors: cors.default([]),
  crossDomain: z.boolean().default(false),
  types: z.array(z.enum(TYPES)).default([]),
});
const updateProjectBody = z.object({
  name: name.optional(),
  domain,
  cors: cors.optional(),
  crossDomain: z.boolean().optional(),
  allowUnsafeRevenueTracking: z.boolean().optional(),
});

const projectResponse = z.object({
  id: z.string().describe('The project slug'),
  name: z.string(),
  organizationId: z.string(),
  eventsCount: z.number().int(),
  types: z.array(z.enum(TYPES)),
  domain: z.string().nullable(),
  cors: z.array(z.string()),
  crossDomain: z.boolean(),
  allowUnsafeRevenueTracking: z.boolean(),
  filters: z.array(z.unknown()),
  deleteAt: z.iso.datetime().nullable(),
  ...timestamps,
});

/** Steward models neither events nor event filters: a project has counted none and has none. */
function project(node: OpenPanelProjectFragment, principal: Principal) {
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

const projects: Resource<OpenPanelProjectFragment> = { name: 'project', path: '/projects', response: projectResponse, shape: project };

export const projectRoutes: RestRoute[] = [
  organizationListRoute(projects, 'List projects (deleted ones are left out)', {
    document: OrganizationProjectsDocument,
    connection: (result) => result.organization?.projects,
  }),
  getRoute(projects, 'Get a project, deleted or not', { document: ProjectDocument, found: (result) => result.project }),
  createRoute(projects, 'Create a project with its default write client; the client secret is shown only here', {
    body: createProjectBody,
    response: data(projectResponse.extend({ clients: z.array(z.object({ id: z.uuid() })), client: z.object({ id: z.uuid(), secret: z.string() }) })),
    operation: ({ body, principal }) =>
      operation(CreateProjectDocument, { input: { ...body, organizationId: organizationOf(principal), types: body.types.map(upper) } }),
    created: (result, { principal }) => {
      const created = returned(result.createProject);
      const client = returned(created.client);
      return { ...project(returned(created.project), principal), clients: [{ id: client.id }], client: { id: client.id, secret: created.clientSecret } };
    },
  }),
  updateRoute(projects, 'Update a project; only the fields given change (types cannot)', {
    body: updateProjectBody,
    document: UpdateProjectDocument,
    updated: (result) => result.updateProject?.project,
  }),
  deleteRoute(projects, 'Delete a project: it leaves the list now and is purged after 24 hours (restoreProject in GraphQL undoes it)', DeleteProjectDocument),
];
