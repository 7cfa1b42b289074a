import { z } from 'zod';
import { listRoute, operation, route, type RestRoute } from '../route.js';
import {
  KeboolaAddProjectUserDocument,
  KeboolaDeleteProjectDocument,
  KeboolaProjectDocument,
  KeboolaProjectUsersDocument,
  KeboolaRemoveProjectUserDocument,
  KeboolaTransferProjectDocument,
  KeboolaUpdateProjectDocument,
  KeboolaUpdateProjectUserDocument,
} from './operations.generated.js';
import { KEBOOLA_ROLES, liveProject, membership, membershipResponse, pathId, project, projectResponse, returned, stewardRole } from './shared.js';

const role = z.enum(KEBOOLA_ROLES, { error: `Role is not valid. Allowed roles are: ${KEBOOLA_ROLES.join(', ')}` });

export const projectRoutes: RestRoute[] = [
  route({
    method: 'GET',
    path: '/projects/:id',
    operationId: 'getProject',
    summary: 'A project (a deleted one answers 404)',
    resource: 'project',
    response: projectResponse,
    operation: ({ params }) => operation(KeboolaProjectDocument, { id: pathId(params) }),
    respond: (data, { params }) => project(liveProject(data.project, pathId(params))),
  }),
  route({
    method: 'PUT',
    path: '/projects/:id',
    operationId: 'updateProject',
    summary: 'Changes the fields given (partial, as Keboola does with PUT); type, expirationDays and dataRetentionTimeInDays need the operator',
    resource: 'project',
    body: z
      .object({
        name: z.string().trim().min(1, 'A name must be set').optional(),
        description: z.string().optional(),
        defaultBackend: z.string().optional(),
        type: z.string().optional(),
        expirationDays: z.number().int().nullish(),
        dataRetentionTimeInDays: z.number().int().nullish(),
      })
      .loose(),
    response: projectResponse,
    operation: ({ params, body }) =>
      operation(KeboolaUpdateProjectDocument, {
        input: {
          id: pathId(params),
          name: body.name,
          description: body.description,
          defaultBackend: body.defaultBackend,
          templateId: body.type,
          expiresAt: body.expirationDays === undefined ? undefined : body.expirationDays === null ? null : new Date(Date.now() + body.expirationDays * 86_400_000).toISOString(),
          dataRetentionTimeInDays: body.dataRetentionTimeInDays,
        },
      }),
    respond: (data) => project(returned(data.updateProject?.project)),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:id',
    operationId: 'deleteProject',
    summary: 'Deletes a project: it answers 404 from now on and is purged after the retention time',
    resource: 'project',
    status: 204,
    operation: ({ params }) => operation(KeboolaDeleteProjectDocument, { input: { id: pathId(params) } }),
    respond: () => undefined,
  }),
  listRoute({
    method: 'GET',
    path: '/projects/:id/users',
    operationId: 'listProjectUsers',
    summary: "The project's members with their Keboola roles",
    resource: 'project',
    response: z.array(membershipResponse),
    operation: ({ params }) => operation(KeboolaProjectUsersDocument, { id: pathId(params) }),
    connection: (data) => data.project?.members,
    respond: (nodes, { params }, data) => {
      liveProject(data.project, pathId(params));
      return nodes.map(membership);
    },
  }),
  route({
    method: 'POST',
    path: '/projects/:id/users',
    operationId: 'addUserToProject',
    summary: 'Adds a user by e-mail address with a role (default admin), an expiry and a reason; an unknown address makes a new user',
    resource: 'project',
    status: 204,
    body: z
      .object({ email: z.string({ error: 'An email must be set' }), role: role.default('admin'), expirationSeconds: z.number().int().optional(), reason: z.string().optional() })
      .loose(),
    operation: ({ params, body }) =>
      operation(KeboolaAddProjectUserDocument, {
        input: { projectId: pathId(params), email: body.email, ...stewardRole(body.role), expiresInSeconds: body.expirationSeconds, reason: body.reason },
      }),
    respond: () => undefined,
  }),
  route({
    method: 'PATCH',
    path: '/projects/:id/users/:user',
    operationId: 'updateUserProjectMembership',
    summary: "Changes a member's role",
    resource: 'project',
    body: z.object({ role }).loose(),
    response: membershipResponse,
    operation: ({ params, body }) =>
      operation(KeboolaUpdateProjectUserDocument, { input: { projectId: pathId(params), user: pathId(params, 'user'), ...stewardRole(body.role) } }),
    respond: (data) => membership(returned(data.updateProjectMember?.member)),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:id/users/:user',
    operationId: 'removeUserFromProject',
    summary: 'Removes a member (by id or e-mail address); any member may remove themself',
    resource: 'project',
    status: 204,
    operation: ({ params }) => operation(KeboolaRemoveProjectUserDocument, { input: { projectId: pathId(params), user: pathId(params, 'user') } }),
    respond: () => undefined,
  }),
  route({
    method: 'POST',
    path: '/projects/:id/organizations',
    operationId: 'changeProjectOrganization',
    summary: 'Moves the project to another organization (its admins, who must be able to create projects there)',
    resource: 'project',
    body: z.object({ organizationId: z.union([z.number().int(), z.string()], { error: 'An organizationId must be set' }) }).loose(),
    response: projectResponse,
    operation: ({ params, body }) =>
      operation(KeboolaTransferProjectDocument, { input: { id: pathId(params), organizationId: String(body.organizationId) } }),
    respond: (data) => project(returned(data.transferProject?.project)),
  }),
];
