import { isUser, type Principal } from '../../access/principal.js';
import type { Invitation as InvitationRow, OrganizationMember as OrganizationMemberRow, ProjectMember as ProjectMemberRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type InputFieldBuilder, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Maintainer } from '../maintainer/schema.js';
import { OrganizationMember } from '../member/schema.js';
import { Organization } from '../organization/schema.js';
import { ProjectMember, ProjectRoleEnum } from '../project-member/schema.js';
import { live } from '../project-member/service.js';
import { Project } from '../project/schema.js';
import { usersById } from '../user/loader.js';
import { User } from '../user/schema.js';
import { Viewer } from '../viewer/schema.js';
import {
  acceptInvitation,
  cancelInvitation,
  canReadInvitation,
  canSeeInvitedAddress,
  declineInvitation,
  inviteToMaintainer,
  inviteToOrganization,
  inviteNewUser,
  inviteToProject,
  kindOf,
  type InvitationKind,
} from './service.js';

export const InvitationKindEnum = builder.enumType('InvitationKind', { values: ['PROJECT', 'ORGANIZATION', 'MAINTAINER'] as const });

const listed = () => ({ where: live(), orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] });

/**
 * An invitation of a user to exactly one of a project, an organization or a maintainer. Read by the
 * invited user and by whoever reads invitations there (member:read on the project or organization;
 * the maintainer's members). Whoever reads it sees the place it invites to (its name at least; the
 * place's guarded fields keep their rules) and who sent it.
 */
export const Invitation = builder.prismaNode('Invitation', {
  id: { field: 'id' },
  include: { project: { select: { organizationId: true } } },
  authScopes: (invitation, context) => canReadInvitation(context, invitation),
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
    kind: t.field({ type: InvitationKindEnum, resolve: (invitation) => kindOf(invitation) }),
    user: t.field({
      type: User,
      description: 'The invited user: whoever reads the invitation sees whom it invites (the e-mail address keeps its own rule; see `email`).',
      select: { userId: true },
      resolve: async (invitation, _args, context) => context.access.reachedThrough((await usersById(context).load(invitation.userId))!),
    }),
    email: t.string({
      nullable: true,
      description: 'The invited address: visible to the invited user, to whoever may invite there, and to whoever may see the user’s e-mail address.',
      authScopes: async (invitation, _args, context) => canSeeInvitedAddress(context, invitation),
      select: { user: { select: { email: true } } },
      resolve: (invitation) => invitation.user.email,
    }),
    invitedBy: t.field({
      type: User,
      nullable: true,
      description: 'Whoever reads the invitation sees who sent it (the e-mail address keeps its own rule).',
      select: { invitedById: true },
      resolve: async (invitation, _args, context) =>
        invitation.invitedById ? context.access.reachedThrough(await usersById(context).load(invitation.invitedById)) : null,
    }),
    role: t.expose('role', { type: ProjectRoleEnum, nullable: true, description: 'For a project: the role the membership will have.' }),
    canShare: t.exposeBoolean('canShare'),
    reason: t.exposeString('reason', { nullable: true }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The invitation cannot be accepted from this time on; a membership it makes lasts as long from its acceptance.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    project: t.field({
      type: Project,
      nullable: true,
      select: (_args, _context, nested) => ({ project: nested(true) }),
      resolve: (invitation, _args, context) => context.access.reachedThrough(invitation.project),
    }),
    organization: t.field({
      type: Organization,
      nullable: true,
      select: (_args, _context, nested) => ({ organization: nested(true) }),
      resolve: (invitation, _args, context) => context.access.reachedThrough(invitation.organization),
    }),
    maintainer: t.field({
      type: Maintainer,
      nullable: true,
      select: (_args, _context, nested) => ({ maintainer: nested(true) }),
      resolve: (invitation, _args, context) => context.access.reachedThrough(invitation.maintainer),
    }),
  }),
});

builder.prismaObjectField(Project, 'invitations', (t) =>
  t.relatedConnection('invitations', {
    cursor: 'id',
    nullable: true,
    description: 'Pending invitations; expired ones are not listed.',
    authScopes: (project) => ({ permission: { permission: 'member:read', organizationId: project.organizationId, projectId: project.id } }),
    query: listed,
  }),
);

builder.prismaObjectField(Organization, 'invitations', (t) =>
  t.relatedConnection('invitations', {
    cursor: 'id',
    nullable: true,
    description: 'Pending invitations to the organization itself (not to its projects); expired ones are not listed.',
    authScopes: (organization) => ({ permission: { permission: 'member:read', organizationId: organization.id } }),
    query: listed,
  }),
);

builder.prismaObjectField(Maintainer, 'invitations', (t) =>
  t.relatedConnection('invitations', {
    cursor: 'id',
    nullable: true,
    description: 'Pending invitations; expired ones are not listed.',
    authScopes: (maintainer) => ({ maintainer: maintainer.id }),
    query: listed,
  }),
);

builder.objectField(Viewer, 'invitations', (t) =>
  t.prismaConnection({
    type: 'Invitation',
    cursor: 'id',
    description: 'The user’s own pending invitations, of one kind if asked; empty for keys, clients and the operator.',
    args: { kind: t.arg({ type: InvitationKindEnum, required: false }) },
    resolve: (query, principal: Principal, args, context) => {
      if (!isUser(principal)) return [];
      const kind: Record<InvitationKind, object> = {
        PROJECT: { projectId: { not: null }, project: { deleteAt: null } },
        ORGANIZATION: { organizationId: { not: null } },
        MAINTAINER: { maintainerId: { not: null } },
      };
      const place = args.kind ? kind[args.kind] : { OR: [{ projectId: null }, { project: { deleteAt: null } }] };
      const { where, orderBy } = listed();
      return context.prisma.invitation.findMany({ ...query, where: { userId: principal.userId, AND: [where, place] }, orderBy });
    },
  }),
);

type InvitationWithPlace = InvitationRow & { project: { organizationId: string } | null };

const invitationResult = (t: PayloadFieldBuilder<{ invitation: InvitationWithPlace }>) => ({
  invitation: t.field({ type: Invitation, nullable: true, resolve: (payload) => payload.invitation }),
});

const expiresInSeconds = (t: Parameters<Parameters<typeof defineMutation>[1]['input']>[0], what: string) =>
  t.int({ required: false, description: `Seconds until ${what} expires.` });

const INVITATION_LIMIT = { max: 30, windowSeconds: 3600 };

defineMutation('inviteToProject', {
  description: 'Invites a user, by e-mail address (created when unknown), to a project: member:write on the project.',
  rateLimit: INVITATION_LIMIT,
  input: (t) => ({
    projectId: t.id(),
    email: t.string(),
    role: t.field({ type: ProjectRoleEnum, required: false, description: 'ADMIN when not given.' }),
    canShare: t.boolean({ required: false, description: 'Only with role ADMIN; granted by an OWNER or ADMIN of the organization only.' }),
    expiresInSeconds: expiresInSeconds(t, 'the invitation, and from its acceptance the membership,'),
    reason: t.string({ required: false }),
  }),
  payload: invitationResult,
  resolve: (input, context) => inviteToProject(context, input),
});

const ProjectGrantInput = builder.inputType('ProjectGrantInput', {
  fields: (t) => ({
    projectId: t.id(),
    role: t.field({ type: ProjectRoleEnum }),
    roleName: t.string({ required: false, description: 'A dialect’s name for a narrower role (see ProjectMember.roleName).' }),
  }),
});

defineMutation('inviteNewUser', {
  description:
    'Invites a person who is not yet a user to projects, with a role in each (Voucherify’s invitation): the user is created with the invitations; an address that has a user already is ALREADY_EXISTS. member:write on every project.',
  rateLimit: INVITATION_LIMIT,
  input: (t) => ({
    email: t.string(),
    name: t.string({ description: 'The person’s full name.' }),
    projects: t.field({ type: [ProjectGrantInput] }),
  }),
  payload: (t: PayloadFieldBuilder<{ invitations: InvitationWithPlace[] }>) => ({
    invitations: t.field({ type: [Invitation], nullable: true, resolve: (payload) => payload.invitations }),
  }),
  resolve: (input, context) => inviteNewUser(context, input),
});

defineMutation('inviteToOrganization', {
  description: 'Invites a user to an organization, which they join as an ADMIN: member:write on the organization.',
  rateLimit: INVITATION_LIMIT,
  input: (t) => ({ organizationId: t.id(), email: t.string() }),
  payload: invitationResult,
  resolve: (input, context) => inviteToOrganization(context, input),
});

defineMutation('inviteToMaintainer', {
  description: 'Invites a user to a maintainer: its members, or the operator with maintainer:write.',
  rateLimit: INVITATION_LIMIT,
  input: (t) => ({ maintainerId: t.id(), email: t.string() }),
  payload: invitationResult,
  resolve: (input, context) => inviteToMaintainer(context, input),
});

const placeDescription = (place: string) =>
  `The ${place} the invitation must be to (id or number), as a Keboola path names it: an invitation elsewhere is NOT_FOUND. At most one place.`;

defineMutation('cancelInvitation', {
  description: 'Withdraws a pending invitation: whoever may invite there.',
  input: (t) => ({
    id: t.id({ description: 'The invitation’s id or number.' }),
    projectId: t.id({ required: false, description: placeDescription('project') }),
    organizationId: t.id({ required: false, description: placeDescription('organization') }),
    maintainerId: t.id({ required: false, description: placeDescription('maintainer') }),
  }),
  payload: removedId('cancelledInvitationId'),
  resolve: (input, context) => cancelInvitation(context, input),
});

const ownInvitationInput = (t: InputFieldBuilder) => ({
  id: t.id({ description: 'The invitation’s id or number.' }),
  kind: t.field({
    type: InvitationKindEnum,
    required: false,
    description: 'The kind the invitation must be, as a Keboola path says it: one of another kind is NOT_FOUND.',
  }),
});

interface Accepted {
  acceptedInvitationId: string;
  kind: InvitationKind;
  projectId: string | null;
  organizationId: string | null;
  maintainerId: string | null;
  projectMember?: ProjectMemberRow;
  organizationMember?: OrganizationMemberRow;
}

defineMutation('acceptInvitation', {
  description: 'The invited user accepts: joins the project (with the invitation’s role, share right, reason and expiry), the organization (as an ADMIN) or the maintainer.',
  input: ownInvitationInput,
  payload: (t: PayloadFieldBuilder<Accepted>) => ({
    acceptedInvitationId: t.id({ nullable: true, resolve: (payload) => payload.acceptedInvitationId }),
    kind: t.field({ type: InvitationKindEnum, nullable: true, resolve: (payload) => payload.kind }),
    projectMember: t.field({ type: ProjectMember, nullable: true, resolve: (payload) => payload.projectMember }),
    organizationMember: t.field({ type: OrganizationMember, nullable: true, resolve: (payload) => payload.organizationMember }),
    project: t.prismaField({
      type: 'Project',
      nullable: true,
      resolve: (query, payload, _args, context) =>
        payload.projectId ? context.prisma.project.findUnique({ ...query, where: { id: payload.projectId } }) : null,
    }),
    organization: t.prismaField({
      type: 'Organization',
      nullable: true,
      resolve: (query, payload, _args, context) =>
        payload.organizationId ? context.prisma.organization.findUnique({ ...query, where: { id: payload.organizationId } }) : null,
    }),
    maintainer: t.prismaField({
      type: 'Maintainer',
      nullable: true,
      resolve: (query, payload, _args, context) =>
        payload.maintainerId ? context.prisma.maintainer.findUnique({ ...query, where: { id: payload.maintainerId } }) : null,
    }),
  }),
  resolve: (input, context) => acceptInvitation(context, input),
});

defineMutation('declineInvitation', {
  description: 'The invited user declines; the invitation is removed.',
  input: ownInvitationInput,
  payload: removedId('declinedInvitationId'),
  resolve: (input, context) => declineInvitation(context, input),
});
