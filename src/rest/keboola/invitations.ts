import { z } from 'zod';
import { listRoute, operation, RestFailure, route, type Connection, type Denial, type Operation, type RestRoute, type TypedDocument } from '../route.js';
import {
  KeboolaAcceptInvitationDocument,
  KeboolaApproveJoinRequestDocument,
  KeboolaCancelInvitationDocument,
  KeboolaCancelJoinRequestDocument,
  KeboolaDeclineInvitationDocument,
  KeboolaInviteToMaintainerDocument,
  KeboolaInviteToOrganizationDocument,
  KeboolaInviteToProjectDocument,
  KeboolaJoinProjectDocument,
  KeboolaMaintainerInvitationsDocument,
  KeboolaMyInvitationsDocument,
  KeboolaMyJoinRequestsDocument,
  KeboolaOrganizationInvitationsDocument,
  KeboolaProjectInvitationsDocument,
  KeboolaProjectJoinRequestsDocument,
  KeboolaRejectJoinRequestDocument,
  KeboolaRequestProjectAccessDocument,
  type InvitationKind,
  type KeboolaInvitationFragment,
  type KeboolaJoinRequestFragment,
  type KeboolaMyInvitationFragment,
  type KeboolaMyJoinRequestFragment,
  type KeboolaPersonFragment,
} from './operations.generated.js';
import { KEBOOLA_ROLES, keboolaRole, keboolaTime, liveProject, missing, pathId, returned, stewardRole } from './shared.js';

/**
 * Keboola's invitations (to projects, organizations and maintainers), the invited user's own view of
 * them, and joining projects: directly, or by a request that a project admin approves
 * (compat/keboola.md §3.6, §3.7).
 */

// Shapes (compat/keboola.md §2).

function person(node: KeboolaPersonFragment) {
  return { id: node.databaseId, name: node.name, email: node.email };
}

const place = (node: { databaseId: number; name: string }) => ({ id: node.databaseId, name: node.name });

/** An invitation as its place lists it: the invited user and its creator; the Keboola role for a project's. */
function invitation(node: KeboolaInvitationFragment) {
  return {
    id: node.databaseId,
    created: keboolaTime(node.createdAt),
    expires: keboolaTime(node.expiresAt),
    reason: node.reason,
    ...(node.role ? { role: keboolaRole(node.role, node.canShare) } : {}),
    user: person(node.user),
    creator: node.invitedBy ? person(node.invitedBy) : null,
  };
}

type Place = 'project' | 'organization' | 'maintainer';

/** An invitation as the invited user sees it: the place it invites to instead of the user. */
function myInvitation(node: KeboolaMyInvitationFragment, kind: Place) {
  const where = node[kind];
  return {
    id: node.databaseId,
    created: keboolaTime(node.createdAt),
    expires: keboolaTime(node.expiresAt),
    reason: node.reason,
    ...(node.role ? { role: keboolaRole(node.role, node.canShare) } : {}),
    [kind]: where ? place(where) : null,
    creator: node.invitedBy ? person(node.invitedBy) : null,
  };
}

function joinRequest(node: KeboolaJoinRequestFragment) {
  return { id: node.databaseId, created: keboolaTime(node.createdAt), expires: keboolaTime(node.expiresAt), reason: node.reason, user: person(node.user) };
}

function myJoinRequest(node: KeboolaMyJoinRequestFragment) {
  return { id: node.databaseId, created: keboolaTime(node.createdAt), expires: keboolaTime(node.expiresAt), reason: node.reason, project: place(node.project) };
}

/** The object with the path's integer id among those listed; Keboola answers 404 for one that is not there. */
function pick<Node extends { databaseId: number }>(nodes: Node[], id: string, what: string): Node {
  const found = nodes.find((node) => String(node.databaseId) === id);
  if (!found) throw new RestFailure(404, `${what} ${id} not found`);
  return found;
}

/**
 * Keboola answers 422 only for an address it cannot read: who the address names (already invited,
 * already a member, the inviter, someone who asked to join) is a business rule, refused with 400.
 */
function refusedAddress(denial: Denial) {
  if (denial.kind !== 'user-error' || denial.error.field.join('.') !== 'input.email') return undefined;
  return denial.error.code === 'INVALID' || denial.error.code === 'TOO_LONG' ? undefined : new RestFailure(400, denial.error.message);
}

// Bodies and responses.

const timestamp = z.string().describe('ISO 8601 with a +HHMM offset');
const personResponse = z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable() });
const placeResponse = z.object({ id: z.number().int(), name: z.string() });
const invitationBase = { id: z.number().int(), created: timestamp, expires: timestamp.nullable(), reason: z.string().nullable(), creator: personResponse.nullable() };
const invitationResponse = z.object({ ...invitationBase, role: z.enum(KEBOOLA_ROLES).optional(), user: personResponse });
const myInvitationResponse = (kind: Place) => z.object({ ...invitationBase, role: z.enum(KEBOOLA_ROLES).optional(), [kind]: placeResponse.nullable() });
const joinRequestBase = { id: z.number().int(), created: timestamp, expires: timestamp.nullable(), reason: z.string().nullable() };
const joinRequestResponse = z.object({ ...joinRequestBase, user: personResponse });
const myJoinRequestResponse = z.object({ ...joinRequestBase, project: placeResponse });

const email = z.string({ error: 'An email must be set' });
const expirationSeconds = z.number().int().positive().nullish();
const reason = z.string().nullish();

const projectInvitationBody = z
  .object({
    email,
    role: z.enum(KEBOOLA_ROLES, { error: `Role is not valid. Allowed roles are: ${KEBOOLA_ROLES.join(', ')}` }).default('admin'),
    expirationSeconds,
    reason,
  })
  .loose();

/** Reason and expiry of a membership asked for; Keboola's PHP client sends its empty parameters as `[]`, and none at all is fine. */
const joiningBody = z.union([z.object({ expirationSeconds, reason }).loose(), z.tuple([]), z.null()]);
const joining = (body: z.infer<typeof joiningBody>) => (body === null || Array.isArray(body) ? {} : body);

// Invitations at a place.

const projectInvitationRoutes: RestRoute[] = [
  listRoute({
    method: 'GET',
    path: '/projects/:id/invitations',
    operationId: 'listProjectInvitations',
    summary: "The project's pending invitations (any member may list them)",
    resource: 'project',
    response: z.array(invitationResponse),
    operation: ({ params }) => operation(KeboolaProjectInvitationsDocument, { id: pathId(params) }),
    connection: (data) => data.project?.invitations,
    respond: (nodes, { params }, data) => {
      liveProject(data.project, pathId(params));
      return nodes.map(invitation);
    },
  }),
  route({
    method: 'POST',
    path: '/projects/:id/invitations',
    operationId: 'inviteUserToProject',
    summary: "Invites a user, by e-mail address, to the project with a role (admin unless given); the expiry applies to the invitation and to the membership it makes",
    resource: 'project',
    status: 201,
    body: projectInvitationBody,
    response: invitationResponse,
    operation: ({ params, body }) => {
      const { role, canShare } = stewardRole(body.role);
      return operation(KeboolaInviteToProjectDocument, {
        input: { projectId: pathId(params), email: body.email, role, canShare, expiresInSeconds: body.expirationSeconds, reason: body.reason },
      });
    },
    respond: (data) => invitation(returned(data.inviteToProject?.invitation)),
    deny: refusedAddress,
  }),
  listRoute({
    method: 'GET',
    path: '/projects/:id/invitations/:invitationId',
    operationId: 'getProjectInvitation',
    summary: 'One pending invitation to the project',
    resource: 'project',
    response: invitationResponse,
    operation: ({ params }) => operation(KeboolaProjectInvitationsDocument, { id: pathId(params) }),
    connection: (data) => data.project?.invitations,
    respond: (nodes, { params }, data) => {
      liveProject(data.project, pathId(params));
      return invitation(pick(nodes, params.invitationId!, 'Invitation'));
    },
  }),
  route({
    method: 'DELETE',
    path: '/projects/:id/invitations/:invitationId',
    operationId: 'cancelProjectInvitation',
    summary: 'Withdraws a pending invitation to the project',
    resource: 'project',
    status: 204,
    operation: ({ params }) => operation(KeboolaCancelInvitationDocument, { input: { id: pathId(params, 'invitationId'), projectId: pathId(params) } }),
    respond: () => undefined,
    deny: missing('Invitation', 'invitationId'),
  }),
];

/** Where organizations and maintainers differ in their invitation routes: names and GraphQL documents. */
interface InvitationPlace<ListData, InviteData> {
  place: 'organization' | 'maintainer';
  noun: 'Organization' | 'Maintainer';
  list: TypedDocument<ListData, { id: string; after?: string | null }>;
  invitations(data: ListData): Connection<KeboolaInvitationFragment> | null | undefined;
  invite(placeId: string, email: string): Operation<InviteData>;
  invited(data: InviteData): KeboolaInvitationFragment | null | undefined;
}

/** List, invite (201), read and cancel (204) the invitations of an organization or a maintainer. */
function placeInvitationRoutes<ListData, InviteData>(where: InvitationPlace<ListData, InviteData>): RestRoute[] {
  const { place, noun } = where;
  return [
    listRoute({
      method: 'GET',
      path: `/${place}s/:id/invitations`,
      operationId: `list${noun}Invitations`,
      summary: `The ${place}'s pending invitations`,
      resource: place,
      response: z.array(invitationResponse),
      operation: ({ params }) => operation(where.list, { id: pathId(params) }),
      connection: where.invitations,
      respond: (nodes) => nodes.map(invitation),
    }),
    route({
      method: 'POST',
      path: `/${place}s/:id/invitations`,
      operationId: `inviteUserTo${noun}`,
      summary: `Invites a user, by e-mail address, to the ${place}`,
      resource: place,
      status: 201,
      body: z.object({ email }).loose(),
      response: invitationResponse,
      operation: ({ params, body }) => where.invite(pathId(params), body.email),
      respond: (data) => invitation(returned(where.invited(data))),
      deny: refusedAddress,
    }),
    listRoute({
      method: 'GET',
      path: `/${place}s/:id/invitations/:invitationId`,
      operationId: `get${noun}Invitation`,
      summary: `One pending invitation to the ${place}`,
      resource: place,
      response: invitationResponse,
      operation: ({ params }) => operation(where.list, { id: pathId(params) }),
      connection: where.invitations,
      respond: (nodes, { params }) => invitation(pick(nodes, params.invitationId!, 'Invitation')),
    }),
    route({
      method: 'DELETE',
      path: `/${place}s/:id/invitations/:invitationId`,
      operationId: `cancel${noun}Invitation`,
      summary: `Withdraws a pending invitation to the ${place}`,
      resource: place,
      status: 204,
      operation: ({ params }) => operation(KeboolaCancelInvitationDocument, { input: { id: pathId(params, 'invitationId'), [`${place}Id`]: pathId(params) } }),
      respond: () => undefined,
      deny: missing('Invitation', 'invitationId'),
    }),
  ];
}

const organizationInvitationRoutes = placeInvitationRoutes({
  place: 'organization',
  noun: 'Organization',
  list: KeboolaOrganizationInvitationsDocument,
  invitations: (data) => data.organization?.invitations,
  invite: (organizationId, email) => operation(KeboolaInviteToOrganizationDocument, { input: { organizationId, email } }),
  invited: (data) => data.inviteToOrganization?.invitation,
});

const maintainerInvitationRoutes = placeInvitationRoutes({
  place: 'maintainer',
  noun: 'Maintainer',
  list: KeboolaMaintainerInvitationsDocument,
  invitations: (data) => data.maintainer?.invitations,
  invite: (maintainerId, email) => operation(KeboolaInviteToMaintainerDocument, { input: { maintainerId, email } }),
  invited: (data) => data.inviteToMaintainer?.invitation,
});

// The invited user's own invitations, one kind per path.

const MY_INVITATIONS: { kind: InvitationKind; place: Place; segment: string; name: string }[] = [
  { kind: 'PROJECT', place: 'project', segment: 'projects-invitations', name: 'Project' },
  { kind: 'ORGANIZATION', place: 'organization', segment: 'organizations-invitations', name: 'Organization' },
  { kind: 'MAINTAINER', place: 'maintainer', segment: 'maintainers-invitations', name: 'Maintainer' },
];

const myInvitationRoutes: RestRoute[] = MY_INVITATIONS.flatMap(({ kind, place: where, segment, name }) => [
  listRoute({
    method: 'GET',
    path: `/current-user/${segment}`,
    operationId: `listMy${name}Invitations`,
    summary: `The pending invitations of the token's user to ${where}s`,
    resource: 'invitation',
    response: z.array(myInvitationResponse(where)),
    operation: () => operation(KeboolaMyInvitationsDocument, { kind }),
    connection: (data) => data.viewer.invitations,
    respond: (nodes) => nodes.map((node) => myInvitation(node, where)),
  }),
  listRoute({
    method: 'GET',
    path: `/current-user/${segment}/:invitationId`,
    operationId: `getMy${name}Invitation`,
    summary: `One pending invitation of the token's user to a ${where}`,
    resource: 'invitation',
    response: myInvitationResponse(where),
    operation: () => operation(KeboolaMyInvitationsDocument, { kind }),
    connection: (data) => data.viewer.invitations,
    respond: (nodes, { params }) => myInvitation(pick(nodes, params.invitationId!, 'Invitation'), where),
  }),
  route({
    method: 'PUT',
    path: `/current-user/${segment}/:invitationId`,
    operationId: `acceptMy${name}Invitation`,
    summary: `Accepts the invitation: the token's user joins the ${where} at once (202, no body)`,
    resource: 'invitation',
    status: 202,
    operation: ({ params }) => operation(KeboolaAcceptInvitationDocument, { input: { id: pathId(params, 'invitationId'), kind } }),
    respond: () => undefined,
    deny: missing('Invitation', 'invitationId'),
  }),
  route({
    method: 'DELETE',
    path: `/current-user/${segment}/:invitationId`,
    operationId: `declineMy${name}Invitation`,
    summary: 'Declines the invitation; it is removed',
    resource: 'invitation',
    status: 204,
    operation: ({ params }) => operation(KeboolaDeclineInvitationDocument, { input: { id: pathId(params, 'invitationId'), kind } }),
    respond: () => undefined,
    deny: missing('Invitation', 'invitationId'),
  }),
]);

// Joining projects.

const joinRoutes: RestRoute[] = [
  route({
    method: 'POST',
    path: '/projects/:id/join-project',
    operationId: 'joinProject',
    summary: "Joins the project as an admin: the organization's members always, its maintainer's members while allowAutoJoin is on",
    resource: 'project',
    status: 204,
    body: joiningBody,
    operation: ({ params, body }) => {
      const { expirationSeconds: seconds, reason: why } = joining(body);
      return operation(KeboolaJoinProjectDocument, { input: { projectId: pathId(params), expiresInSeconds: seconds, reason: why } });
    },
    respond: () => undefined,
  }),
  route({
    method: 'POST',
    path: '/projects/:id/request-access',
    operationId: 'requestAccessToProject',
    summary: "Asks the project's admins to let the token's user in: its maintainer's members while the organization's allowAutoJoin is off",
    resource: 'project',
    status: 201,
    body: joiningBody,
    response: myJoinRequestResponse,
    operation: ({ params, body }) => {
      const { expirationSeconds: seconds, reason: why } = joining(body);
      return operation(KeboolaRequestProjectAccessDocument, { input: { projectId: pathId(params), expiresInSeconds: seconds, reason: why } });
    },
    respond: (data) => myJoinRequest(returned(data.requestProjectAccess?.joinRequest)),
    // Whoever may join directly is told so, in Keboola's words.
    deny: (denial) =>
      denial.kind === 'user-error' && denial.error.code === 'JOIN_DIRECTLY'
        ? new RestFailure(400, 'You can join the project directly, use join-project method')
        : undefined,
  }),
  listRoute({
    method: 'GET',
    path: '/projects/:id/join-requests',
    operationId: 'listProjectJoinRequests',
    summary: "The project's pending join requests (any member may list them)",
    resource: 'project',
    response: z.array(joinRequestResponse),
    operation: ({ params }) => operation(KeboolaProjectJoinRequestsDocument, { id: pathId(params) }),
    connection: (data) => data.project?.joinRequests,
    respond: (nodes, { params }, data) => {
      liveProject(data.project, pathId(params));
      return nodes.map(joinRequest);
    },
  }),
  listRoute({
    method: 'GET',
    path: '/projects/:id/join-requests/:joinRequestId',
    operationId: 'getProjectJoinRequest',
    summary: 'One pending join request of the project',
    resource: 'project',
    response: joinRequestResponse,
    operation: ({ params }) => operation(KeboolaProjectJoinRequestsDocument, { id: pathId(params) }),
    connection: (data) => data.project?.joinRequests,
    respond: (nodes, { params }, data) => {
      liveProject(data.project, pathId(params));
      return joinRequest(pick(nodes, params.joinRequestId!, 'Join request'));
    },
  }),
  route({
    method: 'PUT',
    path: '/projects/:id/join-requests/:joinRequestId',
    operationId: 'approveProjectJoinRequest',
    summary: 'Approves the request: the user becomes an admin of the project at once (202, no body)',
    resource: 'project',
    status: 202,
    operation: ({ params }) => operation(KeboolaApproveJoinRequestDocument, { input: { id: pathId(params, 'joinRequestId'), projectId: pathId(params) } }),
    respond: () => undefined,
    deny: missing('Join request', 'joinRequestId'),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:id/join-requests/:joinRequestId',
    operationId: 'rejectProjectJoinRequest',
    summary: 'Rejects the request; it is removed',
    resource: 'project',
    status: 204,
    operation: ({ params }) => operation(KeboolaRejectJoinRequestDocument, { input: { id: pathId(params, 'joinRequestId'), projectId: pathId(params) } }),
    respond: () => undefined,
    deny: missing('Join request', 'joinRequestId'),
  }),
  listRoute({
    method: 'GET',
    path: '/current-user/projects-join-requests',
    operationId: 'listMyProjectJoinRequests',
    summary: "The pending join requests of the token's user",
    resource: 'join request',
    response: z.array(myJoinRequestResponse),
    operation: () => operation(KeboolaMyJoinRequestsDocument, {}),
    connection: (data) => data.viewer.joinRequests,
    respond: (nodes) => nodes.map(myJoinRequest),
  }),
  listRoute({
    method: 'GET',
    path: '/current-user/projects-join-requests/:joinRequestId',
    operationId: 'getMyProjectJoinRequest',
    summary: "One pending join request of the token's user",
    resource: 'join request',
    response: myJoinRequestResponse,
    operation: () => operation(KeboolaMyJoinRequestsDocument, {}),
    connection: (data) => data.viewer.joinRequests,
    respond: (nodes, { params }) => myJoinRequest(pick(nodes, params.joinRequestId!, 'Join request')),
  }),
  route({
    method: 'DELETE',
    path: '/current-user/projects-join-requests/:joinRequestId',
    operationId: 'deleteMyProjectJoinRequest',
    summary: "Withdraws a join request of the token's user",
    resource: 'join request',
    status: 204,
    operation: ({ params }) => operation(KeboolaCancelJoinRequestDocument, { input: { id: pathId(params, 'joinRequestId') } }),
    respond: () => undefined,
    deny: missing('Join request', 'joinRequestId'),
  }),
];

export const invitationRoutes: RestRoute[] = [
  ...projectInvitationRoutes,
  ...organizationInvitationRoutes,
  ...maintainerInvitationRoutes,
  ...myInvitationRoutes,
  ...joinRoutes,
];
