import type { OrganizationMember as MemberRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Organization } from '../organization/schema.js';
import { User } from '../user/schema.js';
import { addOrganizationMember, changeOrganizationMember, organizationMembershipId, rolesInOrganization } from './service.js';

export const OrganizationRoleEnum = builder.enumType('OrganizationRole', { values: ['OWNER', 'ADMIN', 'MEMBER'] as const });

export const OrganizationMember = builder.prismaNode('OrganizationMember', {
  id: { field: 'id' },
  authScopes: (member) => ({ permission: { permission: 'member:read', organizationId: member.organizationId } }),
  fields: (t) => ({
    role: t.expose('role', { type: OrganizationRoleEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    user: t.relation('user'),
    organization: t.relation('organization'),
  }),
});

builder.prismaObjectField(Organization, 'members', (t) =>
  t.relatedConnection('members', {
    cursor: 'id',
    nullable: true,
    authScopes: (organization) => ({ permission: { permission: 'member:read', organizationId: organization.id } }),
    query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);

builder.objectField(User, 'organizationRole', (t) =>
  t.field({
    type: OrganizationRoleEnum,
    nullable: true,
    description: 'The user’s role in the organization; null when not a member.',
    args: { organizationId: t.arg.id() },
    authScopes: (_user, { organizationId }) => ({ permission: { permission: 'member:read', organizationId: String(organizationId) } }),
    resolve: async (user, { organizationId }, context) => (await rolesInOrganization(context, String(organizationId)).load(user.id)) ?? null,
  }),
);

const memberResult = (t: PayloadFieldBuilder<{ member: MemberRow }>) => ({
  member: t.field({ type: OrganizationMember, nullable: true, resolve: (payload) => payload.member }),
});

defineMutation('addOrganizationMember', {
  rateLimit: { max: 30, windowSeconds: 3600 },
  input: (t) => ({
    organizationId: t.id(),
    email: t.string({ required: false, description: 'The user to add; a user with this address is created when none exists.' }),
    userId: t.id({ required: false, description: 'Or the user by id or number: one the caller can see.' }),
    name: t.string({ required: false, description: 'Display name for a user created by this call.' }),
    role: t.field({ type: OrganizationRoleEnum }),
  }),
  payload: memberResult,
  resolve: (input, context) => addOrganizationMember(context, input),
});

defineMutation('updateOrganizationMember', {
  input: (t) => ({ id: t.id(), role: t.field({ type: OrganizationRoleEnum }) }),
  payload: memberResult,
  resolve: (input, context) => changeOrganizationMember(context, input.id, input.role),
});

defineMutation('removeOrganizationMember', {
  input: (t) => ({
    id: t.id({ required: false, description: 'The membership; or name it by organizationId and user.' }),
    organizationId: t.id({ required: false }),
    user: t.string({ required: false, description: 'The user’s id, number or e-mail address.' }),
  }),
  payload: removedId('removedMemberId'),
  resolve: async (input, context) => {
    const { member } = await changeOrganizationMember(context, await organizationMembershipId(context, input), null);
    return { removedMemberId: member.id };
  },
});
