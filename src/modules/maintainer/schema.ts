import type { Maintainer as MaintainerRow, MaintainerMember as MaintainerMemberRow, Prisma } from '../../generated/prisma/client.js';
import { scopesGrant } from '../../access/permissions.js';
import { isUser } from '../../access/principal.js';
import type { Context } from '../../context.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { User } from '../user/schema.js';
import {
  addMaintainerMember,
  createMaintainer,
  deleteMaintainer,
  loadUser,
  maintainersWhere,
  readMaintainer,
  removeMaintainerMember,
  updateMaintainer,
} from './service.js';

/** A group of organizations with members of its own (Keboola's maintainer). */
export const Maintainer = builder.prismaNode('Maintainer', {
  id: { field: 'id' },
  authScopes: (maintainer, context) => context.access.isReachedThrough(maintainer) || { maintainer: maintainer.id },
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
    name: t.exposeString('name'),
    zendeskUrl: t.exposeString('zendeskUrl', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    members: t.relatedConnection('members', {
      cursor: 'id',
      query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    }),
    organizations: t.relatedConnection('organizations', {
      cursor: 'id',
      description: "The maintainer's organizations that the caller may read: all of them for its members.",
      query: (_args, context) => ({ where: organizationVisibility(context), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    }),
  }),
});

/**
 * Organizations a principal reads, as a filter that needs no parent: a user's own, its projects' and
 * its maintainers'; the operator's with organization:read; a key's or client's own.
 */
function organizationVisibility(context: Context): Prisma.OrganizationWhereInput {
  const { principal } = context.access;
  if (isUser(principal)) {
    const { userId } = principal;
    return {
      OR: [
        { members: { some: { userId } } },
        { maintainer: { members: { some: { userId } } } },
        { projects: { some: { members: { some: { userId, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] } } } } },
      ],
    };
  }
  if (principal.kind === 'OPERATOR') return scopesGrant(principal.scopes, 'organization:read') ? {} : { id: { in: [] } };
  return { id: principal.organizationId };
}

export const MaintainerMember = builder.prismaNode('MaintainerMember', {
  id: { field: 'id' },
  authScopes: (member) => ({ maintainer: member.maintainerId }),
  fields: (t) => ({
    user: t.relation('user'),
    addedBy: t.field({
      type: User,
      nullable: true,
      description: 'The user who added the member; null when the operator did, or the user no longer exists.',
      resolve: (member, _args, context) => (member.addedById ? loadUser(context, member.addedById) : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    maintainer: t.relation('maintainer'),
  }),
});

builder.queryFields((t) => ({
  maintainers: t.prismaConnection({
    type: 'Maintainer',
    cursor: 'id',
    description: "Every maintainer for the operator with maintainer:read; a user's own maintainers; none for anyone else.",
    resolve: (query, _root, _args, context) =>
      context.prisma.maintainer.findMany({ ...query, where: maintainersWhere(context), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
  maintainer: t.prismaField({
    type: 'Maintainer',
    nullable: true,
    args: { id: t.arg.id({ description: 'The id or the number (databaseId).' }) },
    resolve: (query, _root, { id }, context) => readMaintainer(context, id, query),
  }),
}));

const maintainerResult = (t: PayloadFieldBuilder<{ maintainer: MaintainerRow }>) => ({
  maintainer: t.field({ type: Maintainer, nullable: true, resolve: (payload) => payload.maintainer }),
});

defineMutation('createMaintainer', {
  description: 'Creates a maintainer. Only the platform operator (maintainer:write) may.',
  input: (t) => ({ name: t.string(), zendeskUrl: t.string({ required: false }) }),
  payload: maintainerResult,
  resolve: (input, context) => createMaintainer(context, input),
});

defineMutation('updateMaintainer', {
  description: "Renames a maintainer or changes its Zendesk URL (null removes it). Its members or the operator with maintainer:write.",
  input: (t) => ({ id: t.id(), name: t.string({ required: false }), zendeskUrl: t.string({ required: false }) }),
  payload: maintainerResult,
  resolve: (input, context) => updateMaintainer(context, input),
});

defineMutation('deleteMaintainer', {
  description: 'Deletes a maintainer, its members, invitations and metadata; its organizations stay, without a maintainer. Operator only.',
  input: (t) => ({ id: t.id() }),
  payload: removedId('deletedMaintainerId'),
  resolve: (input, context) => deleteMaintainer(context, input),
});

defineMutation('addMaintainerMember', {
  description:
    "Adds a user to a maintainer by id (or number) or by e-mail address (a user with an unknown address is created); removes the user's pending invitation to it.",
  input: (t) => ({
    maintainerId: t.id(),
    userId: t.id({ required: false }),
    email: t.string({ required: false }),
  }),
  payload: (t: PayloadFieldBuilder<{ member: MaintainerMemberRow }>) => ({
    member: t.field({ type: MaintainerMember, nullable: true, resolve: (payload) => payload.member }),
  }),
  resolve: (input, context) => addMaintainerMember(context, input),
});

defineMutation('removeMaintainerMember', {
  description: 'Removes a user (by id, number or e-mail address) from a maintainer; its last member stays.',
  input: (t) => ({
    maintainerId: t.id(),
    userId: t.id({ required: false }),
    email: t.string({ required: false }),
  }),
  payload: removedId('removedMemberId'),
  resolve: async (input, context) => {
    const { removedMemberId } = await removeMaintainerMember(context, input);
    return { removedMemberId };
  },
});
