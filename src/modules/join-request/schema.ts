import { isUser, type Principal } from '../../access/principal.js';
import type { JoinRequest as JoinRequestRow, ProjectMember as ProjectMemberRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type InputFieldBuilder, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { ProjectMember } from '../project-member/schema.js';
import { live } from '../project-member/service.js';
import { Project } from '../project/schema.js';
import { usersById } from '../user/loader.js';
import { User } from '../user/schema.js';
import { Viewer } from '../viewer/schema.js';
import {
  approveJoinRequest,
  cancelJoinRequest,
  canReadJoinRequest,
  joinProject,
  rejectJoinRequest,
  requestProjectAccess,
} from './service.js';

const listed = () => ({ where: live(), orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] });

/**
 * A user's request to join a project (a member of the organization's maintainer while the
 * organization does not let them join directly). Read by the requesting user, who sees the project
 * it names, and by whoever reads the project's members.
 */
export const JoinRequest = builder.prismaNode('JoinRequest', {
  id: { field: 'id' },
  authScopes: (request, context) => canReadJoinRequest(context, request),
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
    user: t.field({
      type: User,
      description: 'The requesting user: whoever reads the request sees who asks (the e-mail address keeps its own rule).',
      select: { userId: true },
      resolve: async (request, _args, context) => context.access.reachedThrough((await usersById(context).load(request.userId))!),
    }),
    project: t.field({
      type: Project,
      description: 'The requesting user sees the project it names (its guarded fields keep their rules).',
      select: (_args, _context, nested) => ({ project: nested(true) }),
      resolve: (request, _args, context) => context.access.reachedThrough(request.project),
    }),
    reason: t.exposeString('reason', { nullable: true }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The request cannot be approved from this time on; a membership it makes lasts as long from its approval.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectField(Project, 'joinRequests', (t) =>
  t.relatedConnection('joinRequests', {
    cursor: 'id',
    nullable: true,
    description: 'Pending requests to join; expired ones are not listed.',
    authScopes: (project) => ({ permission: { permission: 'member:read', organizationId: project.organizationId, projectId: project.id } }),
    query: listed,
  }),
);

builder.objectField(Viewer, 'joinRequests', (t) =>
  t.prismaConnection({
    type: 'JoinRequest',
    cursor: 'id',
    description: 'The user’s own pending requests to join projects; empty for keys, clients and the operator.',
    resolve: (query, principal: Principal, _args, context) => {
      if (!isUser(principal)) return [];
      const { where, orderBy } = listed();
      return context.prisma.joinRequest.findMany({ ...query, where: { userId: principal.userId, project: { deleteAt: null }, ...where }, orderBy });
    },
  }),
);

const joiningInput = (t: Parameters<Parameters<typeof defineMutation>[1]['input']>[0], what: string) => ({
  projectId: t.id(),
  reason: t.string({ required: false }),
  expiresInSeconds: t.int({ required: false, description: `Seconds until ${what} expires.` }),
});

const JOIN_LIMIT = { max: 30, windowSeconds: 3600 };

defineMutation('requestProjectAccess', {
  description:
    'Asks the project’s ADMINs to let the caller in: for members of the organization’s maintainer while its allowAutoJoin is false. Those who may join directly get JOIN_DIRECTLY.',
  rateLimit: JOIN_LIMIT,
  input: (t) => joiningInput(t, 'the request, and from its approval the membership,'),
  payload: (t: PayloadFieldBuilder<{ joinRequest: JoinRequestRow }>) => ({
    joinRequest: t.field({ type: JoinRequest, nullable: true, resolve: (payload) => payload.joinRequest }),
  }),
  resolve: (input, context) => requestProjectAccess(context, input),
});

const memberResult = (t: PayloadFieldBuilder<{ member: ProjectMemberRow }>) => ({
  member: t.field({ type: ProjectMember, nullable: true, resolve: (payload) => payload.member }),
});

defineMutation('joinProject', {
  description:
    'Joins a project as an ADMIN: members of its organization (any role) always, members of the organization’s maintainer while allowAutoJoin is true.',
  rateLimit: JOIN_LIMIT,
  input: (t) => joiningInput(t, 'the membership'),
  payload: memberResult,
  resolve: (input, context) => joinProject(context, input),
});

const decisionInput = (t: InputFieldBuilder) => ({
  id: t.id({ description: 'The request’s id or number.' }),
  projectId: t.id({
    required: false,
    description: 'The project the request must be to (id, slug or number), as a Keboola path names it: a request to another project is NOT_FOUND.',
  }),
});

defineMutation('approveJoinRequest', {
  description: 'Lets the requesting user in as an ADMIN, with the request’s reason and expiry: member:write on the project.',
  input: decisionInput,
  payload: (t: PayloadFieldBuilder<{ approvedJoinRequestId: string; member: ProjectMemberRow }>) => ({
    approvedJoinRequestId: t.id({ nullable: true, resolve: (payload) => payload.approvedJoinRequestId }),
    member: t.field({ type: ProjectMember, nullable: true, resolve: (payload) => payload.member }),
  }),
  resolve: (input, context) => approveJoinRequest(context, input),
});

defineMutation('rejectJoinRequest', {
  description: 'Turns a request down; it is removed. member:write on the project.',
  input: decisionInput,
  payload: removedId('rejectedJoinRequestId'),
  resolve: (input, context) => rejectJoinRequest(context, input),
});

defineMutation('cancelJoinRequest', {
  description: 'The requesting user withdraws the request.',
  input: (t) => ({ id: t.id() }),
  payload: removedId('cancelledJoinRequestId'),
  resolve: (input, context) => cancelJoinRequest(context, input.id),
});
