import { z } from 'zod';
import { listRoute, operation, RestFailure, route, type RestRoute } from '../route.js';
import {
  KeboolaAddOrganizationUserDocument,
  KeboolaCreateProjectDocument,
  KeboolaOrganizationProjectUsersDocument,
  KeboolaOrganizationsDocument,
  KeboolaOrganizationUsersDocument,
  KeboolaOrganizationWithProjectsDocument,
  KeboolaDeleteOrganizationDocument,
  KeboolaRemoveOrganizationUserDocument,
  KeboolaUpdateOrganizationDocument,
} from './operations.generated.js';
import { allowedList, keboolaTime, organization, organizationResponse, pathId, project, projectResponse, returned, user, userResponse } from './shared.js';

const name = z.string({ error: 'A name must be set' }).trim().min(1, 'A name must be set');
/** Keboola sends flags as booleans or as 0/1. */
const flag = z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((value) => value === true || value === 1);

export const organizationRoutes: RestRoute[] = [
  listRoute({
    method: 'GET',
    path: '/organizations',
    operationId: 'listOrganizations',
    summary: "The organizations the token's user belongs to",
    resource: 'organization',
    response: z.array(organizationResponse),
    operation: () => operation(KeboolaOrganizationsDocument, {}),
    connection: (data) => data.organizations,
    respond: (nodes) => nodes.map(organization),
  }),
  listRoute({
    method: 'GET',
    path: '/organizations/:id',
    operationId: 'getOrganization',
    summary: 'An organization with its projects',
    resource: 'organization',
    response: organizationResponse.extend({ projects: z.array(z.object({ id: z.number().int(), name: z.string(), created: z.string() })) }),
    operation: ({ params }) => operation(KeboolaOrganizationWithProjectsDocument, { id: pathId(params) }),
    connection: (data) => data.organization?.projects,
    respond: (nodes, _call, data) => ({
      ...organization(returned(data.organization)),
      projects: nodes.map((node) => ({ id: node.databaseId, name: node.name, created: keboolaTime(node.createdAt) })),
    }),
  }),
  route({
    method: 'PATCH',
    path: '/organizations/:id',
    operationId: 'updateOrganization',
    summary: 'Changes the fields given: name, allowAutoJoin, mfaRequired (OWNERs and ADMINs); crmId, maintainerId (maintainer members)',
    resource: 'organization',
    body: z
      .object({
        name: name.optional(),
        allowAutoJoin: flag.optional(),
        mfaRequired: flag.optional(),
        crmId: z.string().nullish(),
        maintainerId: z.union([z.number().int(), z.string()]).nullish(),
      })
      .loose(),
    response: organizationResponse,
    operation: ({ params, body }) =>
      operation(KeboolaUpdateOrganizationDocument, {
        input: {
          id: pathId(params),
          name: body.name,
          allowAutoJoin: body.allowAutoJoin,
          mfaRequired: body.mfaRequired,
          crmId: body.crmId,
          maintainerId: body.maintainerId === undefined || body.maintainerId === null ? body.maintainerId : String(body.maintainerId),
        },
      }),
    respond: (data) => organization(returned(data.updateOrganization?.organization)),
  }),
  route({
    method: 'DELETE',
    path: '/organizations/:id',
    operationId: 'deleteOrganization',
    summary: 'Deletes an organization that has no projects left',
    resource: 'organization',
    status: 204,
    operation: ({ params }) => operation(KeboolaDeleteOrganizationDocument, { input: { id: pathId(params) } }),
    respond: () => undefined,
  }),
  listRoute({
    method: 'GET',
    path: '/organizations/:id/projects',
    operationId: 'listOrganizationProjects',
    summary: "An organization's projects (deleted ones are left out)",
    resource: 'organization',
    response: z.array(projectResponse),
    operation: ({ params }) => operation(KeboolaOrganizationWithProjectsDocument, { id: pathId(params) }),
    connection: (data) => data.organization?.projects,
    respond: (nodes) => nodes.map(project),
  }),
  route({
    method: 'POST',
    path: '/organizations/:id/projects',
    operationId: 'createProject',
    summary: 'Creates a project in the organization; its creator needs a role there that creates projects',
    resource: 'organization',
    status: 201,
    body: z
      .object({
        name,
        type: z.string().optional(),
        description: z.string().optional(),
        defaultBackend: z.string().optional(),
        dataRetentionTimeInDays: z.number().int().optional(),
      })
      .loose(),
    response: projectResponse,
    operation: ({ params, body }) =>
      operation(KeboolaCreateProjectDocument, {
        input: {
          organizationId: pathId(params),
          name: body.name,
          templateId: body.type,
          description: body.description,
          defaultBackend: body.defaultBackend,
          dataRetentionTimeInDays: body.dataRetentionTimeInDays,
        },
      }),
    respond: (data) => project(returned(data.createProject?.project)),
    // Keboola refuses members of the maintainer (and super admins) who are not organization members with 400 and a code.
    deny: (denial) =>
      denial.kind === 'forbidden'
        ? new RestFailure(400, 'Only organization members can create new projects', undefined, 'application', 'manage.createProjectPermissionDenied')
        : undefined,
  }),
  listRoute({
    method: 'GET',
    path: '/organizations/:id/users',
    operationId: 'listOrganizationUsers',
    summary: "The organization's members",
    resource: 'organization',
    response: z.array(userResponse.extend({ created: z.string() }).loose()),
    operation: ({ params }) => operation(KeboolaOrganizationUsersDocument, { id: pathId(params) }),
    connection: (data) => data.organization?.members,
    respond: (nodes) => nodes.map((node) => ({ ...user(node.user), created: keboolaTime(node.createdAt), invitor: null })),
  }),
  listRoute({
    method: 'GET',
    path: '/organizations/:id/projects-users',
    operationId: 'listOrganizationProjectsUsers',
    summary: "The users who are members of at least one of the organization's projects; its members only (not the super admin, not its maintainer's members)",
    resource: 'organization',
    response: z.array(userResponse),
    operation: ({ params }) => operation(KeboolaOrganizationProjectUsersDocument, { id: pathId(params) }),
    connection: (data) => allowedList(data.organization?.projectUsers, 'Only organization members can get list of projects users'),
    respond: (nodes) => nodes.map(user),
  }),
  route({
    method: 'POST',
    path: '/organizations/:id/users',
    operationId: 'addUserToOrganization',
    summary: 'Adds a user, by id or e-mail address, to the organization as an ADMIN (an unknown address makes a new user)',
    resource: 'organization',
    status: 204,
    body: z.object({ id: z.union([z.number().int(), z.string()]).optional(), email: z.string().optional() }).loose(),
    operation: ({ params, body }) =>
      operation(KeboolaAddOrganizationUserDocument, {
        input: { organizationId: pathId(params), role: 'ADMIN', ...(body.email ? { email: body.email } : { userId: String(body.id ?? '') }) },
      }),
    respond: () => undefined,
  }),
  route({
    method: 'DELETE',
    path: '/organizations/:id/users/:user',
    operationId: 'removeUserFromOrganization',
    summary: 'Removes a member (by id or e-mail address), and with it its project roles there',
    resource: 'organization',
    status: 204,
    operation: ({ params }) =>
      operation(KeboolaRemoveOrganizationUserDocument, { input: { organizationId: pathId(params), user: pathId(params, 'user') } }),
    respond: () => undefined,
  }),
];
