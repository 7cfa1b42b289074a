import { z } from 'zod';
import { listRoute, operation, route, type RestRoute } from '../route.js';
import {
  KeboolaAddMaintainerUserDocument,
  KeboolaCreateMaintainerDocument,
  KeboolaCreateOrganizationDocument,
  KeboolaDeleteMaintainerDocument,
  KeboolaMaintainerDocument,
  KeboolaMaintainerOrganizationsDocument,
  KeboolaMaintainersDocument,
  KeboolaMaintainerUsersDocument,
  KeboolaRemoveMaintainerUserDocument,
  KeboolaUpdateMaintainerDocument,
} from './operations.generated.js';
import { keboolaTime, maintainer, organization, organizationResponse, pathId, returned, user, userByIdOrEmail, userResponse } from './shared.js';

const name = z.string({ error: 'A name must be set' }).trim().min(1, 'A name must be set');
const maintainerResponse = z.object({ id: z.number().int(), name: z.string(), created: z.string(), zendeskUrl: z.string().nullable() }).loose();
const maintainerBody = z.object({ name: name.optional(), zendeskUrl: z.string().nullish() }).loose();

export const maintainerRoutes: RestRoute[] = [
  listRoute({
    method: 'GET',
    path: '/maintainers',
    operationId: 'listMaintainers',
    summary: "The maintainers the token's user belongs to (every one for the operator)",
    resource: 'maintainer',
    response: z.array(maintainerResponse),
    operation: () => operation(KeboolaMaintainersDocument, {}),
    connection: (data) => data.maintainers,
    respond: (nodes) => nodes.map(maintainer),
  }),
  route({
    method: 'POST',
    path: '/maintainers',
    operationId: 'createMaintainer',
    summary: 'Creates a maintainer (the platform operator only)',
    resource: 'maintainer',
    status: 201,
    body: z.object({ name, zendeskUrl: z.string().nullish() }).loose(),
    response: maintainerResponse,
    operation: ({ body }) => operation(KeboolaCreateMaintainerDocument, { input: { name: body.name, zendeskUrl: body.zendeskUrl } }),
    respond: (data) => maintainer(returned(data.createMaintainer?.maintainer)),
  }),
  route({
    method: 'GET',
    path: '/maintainers/:id',
    operationId: 'getMaintainer',
    summary: 'A maintainer, to its members and the operator',
    resource: 'maintainer',
    response: maintainerResponse,
    operation: ({ params }) => operation(KeboolaMaintainerDocument, { id: pathId(params) }),
    respond: (data) => maintainer(returned(data.maintainer)),
  }),
  route({
    method: 'PATCH',
    path: '/maintainers/:id',
    operationId: 'updateMaintainer',
    summary: 'Changes the fields given',
    resource: 'maintainer',
    body: maintainerBody,
    response: maintainerResponse,
    operation: ({ params, body }) => operation(KeboolaUpdateMaintainerDocument, { input: { id: pathId(params), name: body.name, zendeskUrl: body.zendeskUrl } }),
    respond: (data) => maintainer(returned(data.updateMaintainer?.maintainer)),
  }),
  route({
    method: 'DELETE',
    path: '/maintainers/:id',
    operationId: 'deleteMaintainer',
    summary: 'Deletes a maintainer (the operator); its organizations stay, without one',
    resource: 'maintainer',
    status: 204,
    operation: ({ params }) => operation(KeboolaDeleteMaintainerDocument, { input: { id: pathId(params) } }),
    respond: () => undefined,
  }),
  listRoute({
    method: 'GET',
    path: '/maintainers/:id/users',
    operationId: 'listMaintainerMembers',
    summary: "The maintainer's members",
    resource: 'maintainer',
    response: z.array(userResponse.extend({ created: z.string() }).loose()),
    operation: ({ params }) => operation(KeboolaMaintainerUsersDocument, { id: pathId(params) }),
    connection: (data) => data.maintainer?.members,
    respond: (nodes) =>
      nodes.map((node) => ({
        ...user(node.user),
        created: keboolaTime(node.createdAt),
        invitor: node.addedBy ? { id: node.addedBy.databaseId, name: node.addedBy.name, email: node.addedBy.email } : null,
      })),
  }),
  route({
    method: 'POST',
    path: '/maintainers/:id/users',
    operationId: 'addUserToMaintainer',
    summary: 'Adds a user by id or e-mail address (an unknown address makes a new user)',
    resource: 'maintainer',
    status: 204,
    body: z.object({ id: z.union([z.number().int(), z.string()]).optional(), email: z.string().optional() }).loose(),
    operation: ({ params, body }) =>
      operation(KeboolaAddMaintainerUserDocument, {
        input: { maintainerId: pathId(params), ...(body.email ? { email: body.email } : { userId: String(body.id ?? '') }) },
      }),
    respond: () => undefined,
  }),
  route({
    method: 'DELETE',
    path: '/maintainers/:id/users/:user',
    operationId: 'removeUserFromMaintainer',
    summary: 'Removes a member (by id or e-mail address); the last one stays',
    resource: 'maintainer',
    status: 204,
    operation: ({ params }) =>
      operation(KeboolaRemoveMaintainerUserDocument, { input: { maintainerId: pathId(params), ...userByIdOrEmail(pathId(params, 'user')) } }),
    respond: () => undefined,
  }),
  listRoute({
    method: 'GET',
    path: '/maintainers/:id/organizations',
    operationId: 'listMaintainerOrganizations',
    summary: "The maintainer's organizations",
    resource: 'maintainer',
    response: z.array(organizationResponse),
    operation: ({ params }) => operation(KeboolaMaintainerOrganizationsDocument, { id: pathId(params) }),
    connection: (data) => data.maintainer?.organizations,
    respond: (nodes) => nodes.map(organization),
  }),
  route({
    method: 'POST',
    path: '/maintainers/:id/organizations',
    operationId: 'createOrganization',
    summary: 'Creates an organization under the maintainer (its members and the operator); a user creator becomes its OWNER',
    resource: 'maintainer',
    status: 201,
    body: z.object({ name, crmId: z.string().nullish() }).loose(),
    response: organizationResponse,
    operation: ({ params, body }) =>
      operation(KeboolaCreateOrganizationDocument, { input: { maintainerId: pathId(params), name: body.name, crmId: body.crmId } }),
    respond: (data) => organization(returned(data.createOrganization?.organization)),
  }),
];
