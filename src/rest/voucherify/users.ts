import { z } from 'zod';
import { listRoute, operation, route, type Denial, type RestFailure, type RestRoute, type RouteCall } from '../route.js';
import { notFound, voucherifyError } from './dialect-errors.js';
import {
  VoucherifyAssignUserDocument,
  VoucherifyInviteUserDocument,
  VoucherifyProjectUsersDocument,
  VoucherifyUnassignUserDocument,
  VoucherifyUpdateUserDocument,
  type VoucherifyMemberFragment,
  type VoucherifyProjectUsersQuery,
} from './operations.generated.js';
import { liveProject } from './projects.js';
import { list, listResponse, organizationOf, returned, role, stewardRole, voucherifyRole } from './shared.js';

// A project's users (compat §3.2): a user is named by id or login in paths, and shows every project of
// the organization it belongs to with its role there.

const userResponse = z.object({
  id: z.string(),
  login: z.string(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  projects: z.record(z.string(), z.string()),
  is_owner: z.boolean(),
});

/** Steward keeps one name: its first word is the first name, the rest the last name. */
function splitName(name: string): { first: string; last: string } {
  const [first = '', ...rest] = name.trim().split(/\s+/);
  return { first, last: rest.join(' ') };
}

function userShape({ user }: VoucherifyMemberFragment) {
  const { first, last } = splitName(user.name);
  return {
    id: user.id,
    login: user.email,
    email: user.email,
    first_name: first,
    last_name: last,
    projects: Object.fromEntries((user.projectMemberships ?? []).map((membership) => [membership.project.id, voucherifyRole(membership)])),
    is_owner: user.organizationRole === 'OWNER',
  };
}

const assignBody = z.object({ role, id: z.string().optional(), login: z.string().optional() });
const updateBody = z.object({ role });
const inviteBody = z.object({
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  projects: z.record(z.string(), role),
});

const projectRef = (params: Record<string, string>) => params.projectId!;
const userRef = (params: Record<string, string>) => params.userId!;

/** Voucherify's 404 for a user the path names in a project it does not belong to. */
function notAssigned(params: Record<string, string>): RestFailure {
  return notFound('user', userRef(params), `Cannot find user '${userRef(params)}' assigned to the project '${projectRef(params)}'`);
}

/** A user named by id (or e-mail address, which Steward takes as the user's login) in a project's list. */
function named(member: VoucherifyMemberFragment, reference: string): boolean {
  return member.user.id === reference || member.user.email === reference.trim().toLowerCase();
}

function usersOperation({ params, principal }: RouteCall<unknown, unknown>) {
  return operation(VoucherifyProjectUsersDocument, { organizationId: organizationOf(principal), projectId: projectRef(params) });
}

const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).optional(),
});
type PageQuery = z.infer<typeof pageQuery>;

/** A path's user missing from the project: Voucherify's own 404 wording. */
const memberDenial = (denial: Denial, call: RouteCall<unknown, unknown>) =>
  denial.kind === 'user-error' && denial.error.code === 'NOT_FOUND' && denial.error.field[1] === 'user' ? notAssigned(call.params) : undefined;

export const userRoutes: RestRoute[] = [
  route<z.infer<typeof inviteBody>>({
    method: 'POST',
    path: '/projects/users/invite',
    operationId: 'invite-user',
    summary: 'Invite a person who is not yet a user to projects, with a role in each',
    resource: 'project',
    body: inviteBody,
    status: 204,
    operation: ({ body }) =>
      operation(VoucherifyInviteUserDocument, {
        input: {
          email: body.email,
          name: `${body.first_name} ${body.last_name}`.trim(),
          projects: Object.entries(body.projects).map(([projectId, name]) => ({ projectId, ...stewardRole(name) })),
        },
      }),
    deny: (denial, { body }) => {
      if (denial.kind !== 'user-error') return undefined;
      const { error } = denial;
      const invite = body as z.infer<typeof inviteBody>;
      if (error.code === 'ALREADY_EXISTS') return voucherifyError(409, 'duplicate_found', `Duplicated user exists with email ${invite.email}`, { id: invite.email, type: 'user' });
      // The service names the project at fault `projects.<index>.projectId`.
      const index = /^projects\.(\d+)\./.exec(error.field[1] ?? '')?.[1];
      if (error.code === 'NOT_FOUND' && index !== undefined) return notFound('project', Object.keys(invite.projects)[Number(index)] ?? '');
      return undefined;
    },
    respond: () => null,
  }),
  route<z.infer<typeof assignBody>>({
    method: 'POST',
    path: '/projects/:projectId/users',
    operationId: 'assign-user',
    summary: 'Assign a user of the organization to the project, by id or login',
    resource: 'user',
    body: assignBody,
    response: userResponse,
    operation: ({ params, body, principal }) => {
      if (!body.id === !body.login) throw voucherifyError(400, 'invalid_payload', "Payload must have either property 'id' or 'login'");
      return operation(VoucherifyAssignUserDocument, {
        organizationId: organizationOf(principal),
        input: { projectId: projectRef(params), userId: body.id, email: body.login, existingUserOnly: true, ...stewardRole(body.role) },
      });
    },
    deny: (denial, { body }) => {
      if (denial.kind !== 'user-error') return undefined;
      const assign = body as z.infer<typeof assignBody>;
      const { error } = denial;
      if (error.code === 'NOT_FOUND' && (error.field[1] === 'userId' || error.field[1] === 'email')) return notFound('user', (assign.id ?? assign.login)!);
      if (error.code === 'ALREADY_MEMBER') return voucherifyError(409, 'duplicate_found', 'The user is already assigned to the project', { id: (assign.id ?? assign.login)!, type: 'user' });
      return undefined;
    },
    respond: ({ addProjectMember }) => userShape(returned(addProjectMember?.member)),
  }),
  listRoute<undefined, PageQuery, VoucherifyProjectUsersQuery, VoucherifyMemberFragment>({
    method: 'GET',
    path: '/projects/:projectId/users',
    operationId: 'list-users',
    summary: 'List the users of the project (all of them, or a page with `limit` and `page`)',
    resource: 'project',
    query: pageQuery,
    response: listResponse(userResponse),
    operation: usersOperation,
    take: ({ query }) => (query.limit === undefined ? Number.MAX_SAFE_INTEGER : query.limit * (query.page ?? 1)),
    connection: (data, { params }) => liveProject(data.project, projectRef(params)).members,
    respond: (nodes: VoucherifyMemberFragment[], { query }) => {
      const page = query.limit === undefined ? nodes : nodes.slice(query.limit * ((query.page ?? 1) - 1), query.limit * (query.page ?? 1));
      return list(page.map(userShape));
    },
  }),
  listRoute({
    method: 'GET',
    path: '/projects/:projectId/users/:userId',
    operationId: 'get-user',
    summary: 'Get a user of the project, by id or login',
    resource: 'user',
    response: userResponse,
    operation: usersOperation,
    connection: (data, { params }) => liveProject(data.project, projectRef(params)).members,
    respond: (nodes: VoucherifyMemberFragment[], { params }) => {
      const member = nodes.find((node) => named(node, userRef(params)));
      if (!member) throw notAssigned(params);
      return userShape(member);
    },
  }),
  route<z.infer<typeof updateBody>>({
    method: 'PUT',
    path: '/projects/:projectId/users/:userId',
    operationId: 'update-user',
    summary: 'Change the role of a user in the project',
    resource: 'user',
    body: updateBody,
    response: userResponse,
    operation: ({ params, body, principal }) =>
      operation(VoucherifyUpdateUserDocument, {
        organizationId: organizationOf(principal),
        input: { projectId: projectRef(params), user: userRef(params), ...stewardRole(body.role) },
      }),
    deny: memberDenial,
    respond: ({ updateProjectMember }) => userShape(returned(updateProjectMember?.member)),
  }),
  route({
    method: 'DELETE',
    path: '/projects/:projectId/users/:userId',
    operationId: 'unassign-user',
    summary: 'Unassign a user from the project; a user with no other project of the organization cannot be',
    resource: 'user',
    status: 204,
    operation: ({ params }) => operation(VoucherifyUnassignUserDocument, { input: { projectId: projectRef(params), user: userRef(params), refuseLastProject: true } }),
    deny: (denial) => {
      if (denial.kind !== 'user-error') return undefined;
      if (denial.error.code === 'NOT_FOUND' && denial.error.field[1] === 'user') return voucherifyError(400, 'user_not_assigned', 'User is not assigned to the project');
      if (denial.error.code === 'LAST_PROJECT') return voucherifyError(400, 'user_last_project', 'The user is assigned to no other project and cannot be unassigned');
      return undefined;
    },
    respond: () => null,
  }),
];
