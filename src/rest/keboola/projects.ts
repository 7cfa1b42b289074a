import { z } from 'zod';
import { listRoute, operation, route, type RestRoute } from '../route.js';
import { KeboolaDeleteProjectDocument, KeboolaProjectDocument, KeboolaProjectUsersDocument, KeboolaUpdateProjectDocument } from './operations.generated.js';
import { liveProject, membership, membershipResponse, pathId, project, projectResponse, returned } from './shared.js';

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
    summary: 'Changes the fields given',
    resource: 'project',
    body: z.object({ name: z.string().trim().min(1, 'A name must be set').optional() }).loose(),
    response: projectResponse,
    operation: ({ params, body }) => operation(KeboolaUpdateProjectDocument, { input: { id: pathId(params), name: body.name } }),
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
];
