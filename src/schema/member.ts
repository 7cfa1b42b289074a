import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { Context } from '../context.js';
import { isIdOf, newId } from '../domain/ids.js';
import { auditedTransaction } from '../domain/audit.js';
import { findOrCreateUser, lockOrganization } from '../domain/organizations.js';
import type { OrganizationMember as MemberRow, OrganizationRole } from '../generated/prisma/client.js';
import { fieldRateLimit } from '../guards/field-limits.js';
import { builder } from './builder.js';
import { authorize, authorizeIn, payloadType, userError, validate, type Payload } from './errors.js';
import { findOrganizationTarget, Organization } from './organization.js';

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

/** Only an OWNER (or a key holding every scope) may grant, take away or remove the OWNER role. */
async function requireOwnerPower(context: Context, organizationId: string) {
  const { principal } = context.access;
  const allowed =
    (await context.access.organizationRole(organizationId)) === 'OWNER' ||
    (principal.kind === 'MANAGEMENT_KEY' && principal.scopes.includes('*'));
  if (!allowed) {
    throw new GraphQLError('only an OWNER can grant, take away or remove the OWNER role', {
      extensions: { code: 'FORBIDDEN', requires: 'OWNER' },
    });
  }
}

async function findMember(context: Context, id: string) {
  return isIdOf('OrganizationMember', id) ? context.prisma.organizationMember.findUnique({ where: { id } }) : null;
}

const memberPayload = (name: string) =>
  payloadType<{ member: MemberRow }>(name, (t) => ({
    member: t.field({ type: OrganizationMember, nullable: true, resolve: (payload) => payload.member }),
  }));

const AddOrganizationMemberInput = builder.inputType('AddOrganizationMemberInput', {
  fields: (t) => ({
    organizationId: t.id(),
    email: t.string({ description: 'The user to add; a user with this address is created when none exists.' }),
    name: t.string({ required: false, description: 'Display name for a user created by this call.' }),
    role: t.field({ type: OrganizationRoleEnum }),
  }),
});

const UpdateOrganizationMemberInput = builder.inputType('UpdateOrganizationMemberInput', {
  fields: (t) => ({ id: t.id(), role: t.field({ type: OrganizationRoleEnum }) }),
});

const RemoveOrganizationMemberInput = builder.inputType('RemoveOrganizationMemberInput', {
  fields: (t) => ({ id: t.id() }),
});

const RemoveOrganizationMemberPayload = payloadType<{ removedMemberId: string }>('RemoveOrganizationMemberPayload', (t) => ({
  removedMemberId: t.id({ nullable: true, resolve: (payload) => payload.removedMemberId }),
}));

const addMemberInput = z.object({
  organizationId: z.string(),
  email: z.email('email must be an e-mail address').max(254, 'email must be at most 254 characters'),
  name: z.string().trim().min(1).max(100, 'name must be at most 100 characters').nullish(),
  role: z.enum(['OWNER', 'ADMIN', 'MEMBER']),
});

/** Changes a member's role or removes it, keeping at least one OWNER. */
async function changeMember(context: Context, id: string, role: OrganizationRole | null): Promise<Payload<{ member: MemberRow }>> {
  const member = await findMember(context, id);
  if (!member || !(await authorize(context, 'member:write', { organizationId: member.organizationId }))) {
    return userError('NOT_FOUND', ['id'], 'member not found');
  }
  if (member.role === 'OWNER' || role === 'OWNER') await requireOwnerPower(context, member.organizationId);
  return auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
    await lockOrganization(tx, member.organizationId);
    if (member.role === 'OWNER' && role !== 'OWNER') {
      const owners = await tx.organizationMember.count({ where: { organizationId: member.organizationId, role: 'OWNER' } });
      if (owners <= 1) return userError('LAST_OWNER', ['id'], 'an organization keeps at least one OWNER');
    }
    const target = { type: 'OrganizationMember' as const, id };
    if (role === null) {
      await tx.projectMember.deleteMany({ where: { userId: member.userId, project: { organizationId: member.organizationId } } });
      await tx.organizationMember.delete({ where: { id } });
      await audit({ organizationId: member.organizationId, action: 'member.remove', target, changes: { userId: member.userId } });
      return { member, userErrors: [] };
    }
    await audit({ organizationId: member.organizationId, action: 'member.update', target, changes: { role } });
    return { member: await tx.organizationMember.update({ where: { id }, data: { role } }), userErrors: [] };
  });
}

builder.mutationFields((t) => ({
  addOrganizationMember: t.field({
    nullable: true,
    extensions: fieldRateLimit(30, 3600),
    type: memberPayload('AddOrganizationMemberPayload'),
    args: { input: t.arg({ type: AddOrganizationMemberInput }) },
    resolve: async (_root, { input }, context) => {
      const { data, userErrors } = validate(addMemberInput, input);
      if (userErrors) return { userErrors };
      const target = await findOrganizationTarget(context, data.organizationId);
      if (!(await authorize(context, 'organization:read', target))) {
        return userError('NOT_FOUND', ['organizationId'], 'organization not found');
      }
      await authorizeIn(context, 'member:write', target!);
      if (data.role === 'OWNER') await requireOwnerPower(context, data.organizationId);
      return auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        await lockOrganization(tx, data.organizationId);
        const user = await findOrCreateUser(tx, data.email, data.name);
        const existing = await tx.organizationMember.findUnique({
          where: { organizationId_userId: { organizationId: data.organizationId, userId: user.id } },
        });
        if (existing) return userError('ALREADY_MEMBER', ['email'], 'this user is already a member of the organization');
        const member = await tx.organizationMember.create({
          data: { id: newId('OrganizationMember'), organizationId: data.organizationId, userId: user.id, role: data.role },
        });
        await audit({
          organizationId: data.organizationId,
          action: 'member.add',
          target: { type: 'OrganizationMember', id: member.id },
          changes: { userId: user.id, role: data.role },
        });
        return { member, userErrors: [] };
      });
    },
  }),
  updateOrganizationMember: t.field({
    nullable: true,
    type: memberPayload('UpdateOrganizationMemberPayload'),
    args: { input: t.arg({ type: UpdateOrganizationMemberInput }) },
    resolve: (_root, { input }, context) => changeMember(context, String(input.id), input.role),
  }),
  removeOrganizationMember: t.field({
    nullable: true,
    type: RemoveOrganizationMemberPayload,
    args: { input: t.arg({ type: RemoveOrganizationMemberInput }) },
    resolve: async (_root, { input }, context) => {
      const { member, userErrors } = await changeMember(context, String(input.id), null);
      return member ? { removedMemberId: member.id, userErrors } : { userErrors };
    },
  }),
}));
