import type { ProjectMember as ProjectMemberRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { linkedNodes, type ConnectionQuery } from '../../graphql/linked-connection.js';
import { defineMutation, removedId, type InputFieldBuilder, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Organization } from '../organization/schema.js';
import { ProjectRoleEnum } from '../project/roles.js';
import { Project } from '../project/schema.js';
import { User } from '../user/schema.js';
import { usersById } from '../user/loader.js';
import { membershipsInOrganization } from './memberships.js';
import { addProjectMember, canListProjectUsers, live, removeProjectMember, updateProjectMember } from './service.js';

export { ProjectRoleEnum };

export const ProjectMember = builder.prismaNode('ProjectMember', {
  id: { field: 'id' },
  authScopes: (member) => ({
    permission: { permission: 'member:read', organizationId: member.organizationId, projectId: member.projectId },
  }),
  fields: (t) => ({
    role: t.expose('role', { type: ProjectRoleEnum }),
    roleName: t.exposeString('roleName', {
      nullable: true,
      description: 'A dialect’s name for a role narrower than `role` (Voucherify’s MERCHANT or USER_RESTRICTED, which grant what VIEWER grants).',
    }),
    canShare: t.exposeBoolean('canShare', { description: 'An ADMIN who may also share the project’s data (Keboola’s `share` role).' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'The membership grants nothing from this time on.' }),
    reason: t.exposeString('reason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    user: t.relation('user'),
    addedBy: t.field({
      type: User,
      nullable: true,
      description:
        'Who added the member, invited them or approved their request; the member themself after joining directly. Whoever reads the membership sees who that was (the e-mail address keeps its own rule).',
      select: { addedById: true },
      resolve: async (member, _args, context) => (member.addedById ? context.access.reachedThrough(await usersById(context).load(member.addedById)) : null),
    }),
    project: t.relation('project'),
  }),
});

builder.prismaObjectField(Project, 'members', (t) =>
  t.relatedConnection('members', {
    cursor: 'id',
    nullable: true,
    authScopes: (project) => ({
      permission: { permission: 'member:read', organizationId: project.organizationId, projectId: project.id },
    }),
    description: 'Live members: an expired membership is not listed (and grants nothing) from the moment it expires.',
    query: () => ({ where: live(), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);

builder.objectField(User, 'projectMemberships', (t) =>
  t.field({
    type: [ProjectMember],
    nullable: true,
    description: 'The user’s live memberships of the organization’s projects that the caller reads (Voucherify’s `projects` map of a user).',
    args: { organizationId: t.arg.id() },
    authScopes: (_user, { organizationId }) => ({ permission: { permission: 'member:read', organizationId: String(organizationId) } }),
    resolve: (user, { organizationId }, context) => membershipsInOrganization(context, String(organizationId)).load(user.id),
  }),
);

builder.prismaObjectField(Organization, 'projectUsers', (t) =>
  t.prismaConnection({
    type: 'User',
    cursor: 'id',
    nullable: true,
    description:
      'The users with a live membership of at least one of its projects (deleted projects left out), oldest first: for whoever reads its members (member:read), but not the platform operator (Keboola lists them to organization members only). A key limited to projects sees the users of those.',
    authScopes: (organization, _args, context) => canListProjectUsers(context, organization.id),
    resolve: (query, organization, _args, context) =>
      linkedNodes(context, organization.id, query as ConnectionQuery, {
        field: 'Organization.projectUsers',
        links: async (organizationIds) => {
          const { principal } = context.access;
          const limitedTo = principal.kind === 'MANAGEMENT_KEY' && principal.projectIds.length > 0 ? { projectId: { in: principal.projectIds } } : {};
          const memberships = await context.prisma.projectMember.findMany({
            where: { organizationId: { in: organizationIds }, project: { deleteAt: null }, ...limitedTo, ...live() },
            select: { organizationId: true, userId: true },
            orderBy: [{ user: { createdAt: 'asc' } }, { userId: 'asc' }],
          });
          return memberships.map((membership) => ({ parentId: membership.organizationId, nodeId: membership.userId }));
        },
        nodes: (selection, ids) => context.prisma.user.findMany({ ...selection, where: { id: { in: ids } } }),
      }),
  }),
);

const memberResult = (t: PayloadFieldBuilder<{ member: ProjectMemberRow }>) => ({
  member: t.field({ type: ProjectMember, nullable: true, resolve: (payload) => payload.member }),
});

defineMutation('addProjectMember', {
  rateLimit: { max: 30, windowSeconds: 3600 },
  input: (t) => ({
    projectId: t.id(),
    userId: t.id({ required: false, description: 'The user to add, one the caller can see; or give `email`.' }),
    email: t.string({ required: false, description: 'The user to add, inside the organization or not; a user with this address is created when none exists.' }),
    role: t.field({ type: ProjectRoleEnum }),
    roleName: t.string({ required: false, description: 'A dialect’s name for a narrower role, kept and read back as given (upper case, such as MERCHANT); a role change without one clears it.' }),
    canShare: t.boolean({ required: false, description: 'Only with role ADMIN; granted by an OWNER or ADMIN of the organization only.' }),
    existingUserOnly: t.boolean({ required: false, description: 'With `email`: only a member of the organization is added, no user is created (Voucherify’s rule).' }),
    expiresInSeconds: t.int({ required: false, description: 'The membership grants nothing after this many seconds.' }),
    reason: t.string({ required: false }),
  }),
  payload: memberResult,
  resolve: (input, context) => addProjectMember(context, input),
});

const membershipName = (t: InputFieldBuilder) => ({
  id: t.id({ required: false, description: 'The membership; or name it by projectId and user.' }),
  projectId: t.id({ required: false }),
  user: t.string({ required: false, description: 'The user’s id, number or e-mail address.' }),
});

defineMutation('updateProjectMember', {
  input: (t) => ({
    ...membershipName(t),
    role: t.field({ type: ProjectRoleEnum, required: false }),
    roleName: t.string({ required: false, description: 'A dialect’s name for a narrower role, kept and read back as given (upper case, such as MERCHANT); a role change without one clears it.' }),
    canShare: t.boolean({ required: false, description: 'Granting it needs an OWNER or ADMIN of the organization.' }),
  }),
  payload: memberResult,
  resolve: (input, context) => updateProjectMember(context, input),
});

defineMutation('removeProjectMember', {
  description: 'Removes a member; any member may remove themself.',
  input: (t) => ({
    ...membershipName(t),
    refuseLastProject: t.boolean({ required: false, description: 'Refuse (LAST_PROJECT) when the user would be left with no project of the organization, as Voucherify does.' }),
  }),
  payload: removedId('removedMemberId'),
  resolve: (input, context) => removeProjectMember(context, input),
});
