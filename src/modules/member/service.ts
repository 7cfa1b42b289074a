import { z } from 'zod';
import type { Context } from '../../context.js';
import { requestLoader } from '../../graphql/request-loader.js';
import { isIdOf, newId } from '../../db/ids.js';
import { forbidden, parseInput, userError } from '../../errors.js';
import type { OrganizationMember, OrganizationRole } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { findOrganizationTarget, lockOrganization, organizationToCreateIn } from '../organization/service.js';
import { findOrCreateUser, userKey } from '../user/service.js';

/** Only an OWNER (or a key holding every scope) may grant, take away or remove the OWNER role. */
async function requireOwnerPower(context: Context, organizationId: string) {
  const { principal } = context.access;
  const allowed =
    (await context.access.organizationRole(organizationId)) === 'OWNER' ||
    (principal.kind === 'MANAGEMENT_KEY' && principal.scopes.includes('*'));
  if (!allowed) throw forbidden('only an OWNER can grant, take away or remove the OWNER role', 'OWNER');
}

const newMember = z
  .object({
    organizationId: z.string(),
    email: z.email('email must be an e-mail address').max(254, 'email must be at most 254 characters').nullish(),
    userId: z.string().nullish(),
    name: z.string().trim().min(1).max(100, 'name must be at most 100 characters').nullish(),
    role: z.enum(['OWNER', 'ADMIN', 'MEMBER']),
  })
  .refine((data) => Boolean(data.email) !== Boolean(data.userId), { path: ['email'], message: 'give either email or userId' });

/** The e-mail address of a user the caller may see, named by id, number or address; NOT_FOUND at userId otherwise. */
async function emailOfVisibleUser(context: Context, idOrNumber: string): Promise<string> {
  const key = userKey(idOrNumber);
  const user = key ? await context.prisma.user.findUnique({ where: key, select: { id: true, email: true } }) : null;
  if (!user || !(await context.access.canSeeUser(user.id, 'profile'))) throw userError('NOT_FOUND', ['userId'], 'user not found');
  return user.email;
}

/** Adds a user, by e-mail address (a user is created when none has it) or by id, to an organization. */
export async function addOrganizationMember(context: Context, input: z.input<typeof newMember>) {
  const data = parseInput(newMember, input);
  const target = await organizationToCreateIn(context, data.organizationId);
  data.organizationId = target.organizationId;
  await context.access.require('member:write', target);
  if (data.role === 'OWNER') await requireOwnerPower(context, data.organizationId);
  const email = data.email ?? (await emailOfVisibleUser(context, data.userId!));
  return audited(context, async (tx, audit) => {
    await lockOrganization(tx, data.organizationId);
    const user = await findOrCreateUser(tx, email, data.name);
    const existing = await tx.organizationMember.findUnique({
      where: { organizationId_userId: { organizationId: data.organizationId, userId: user.id } },
    });
    if (existing) throw userError('ALREADY_MEMBER', ['email'], 'this user is already a member of the organization');
    const member = await tx.organizationMember.create({
      data: { id: newId('OrganizationMember'), organizationId: data.organizationId, userId: user.id, role: data.role },
    });
    // Being added settles a pending invitation to the organization.
    await tx.invitation.deleteMany({ where: { organizationId: data.organizationId, userId: user.id } });
    const changes = { userId: user.id, role: data.role };
    await audit({ organizationId: data.organizationId, action: 'member.add', target: { type: 'OrganizationMember', id: member.id }, changes });
    return { member };
  });
}

/** Changes a member's role, or with null removes the member and its project roles, keeping at least one OWNER. */
/** A membership named by its id, or by its organization (id or number) and user (id, number or e-mail), as Keboola's paths name it. */
export async function organizationMembershipId(context: Context, name: { id?: string | null; organizationId?: string | null; user?: string | null }): Promise<string> {
  if (name.id) return name.id;
  if (!name.organizationId || !name.user) throw userError('INVALID', ['id'], 'give the membership’s id, or organizationId and user');
  const organization = await findOrganizationTarget(context, name.organizationId);
  const key = userKey(name.user);
  const user = organization && key ? await context.prisma.user.findUnique({ where: key, select: { id: true } }) : null;
  const member = user
    ? await context.prisma.organizationMember.findUnique({
        where: { organizationId_userId: { organizationId: organization!.organizationId, userId: user.id } },
        select: { id: true },
      })
    : null;
  if (!member) throw userError('NOT_FOUND', ['user'], 'member not found');
  return member.id;
}

export async function changeOrganizationMember(context: Context, id: string, role: OrganizationRole | null): Promise<{ member: OrganizationMember }> {
  const found = isIdOf('OrganizationMember', id) ? await context.prisma.organizationMember.findUnique({ where: { id } }) : null;
  const member = await context.access.authorizeOrNotFound('member:write', found, 'member');
  const { organizationId } = member;
  if (member.role === 'OWNER' || role === 'OWNER') await requireOwnerPower(context, organizationId);
  return audited(context, async (tx, audit) => {
    await lockOrganization(tx, organizationId);
    if (member.role === 'OWNER' && role !== 'OWNER') {
      const owners = await tx.organizationMember.count({ where: { organizationId, role: 'OWNER' } });
      if (owners <= 1) throw userError('LAST_OWNER', ['id'], 'an organization keeps at least one OWNER');
    }
    const target = { type: 'OrganizationMember' as const, id };
    if (role === null) {
      await tx.projectMember.deleteMany({ where: { userId: member.userId, project: { organizationId } } });
      await tx.organizationMember.delete({ where: { id } });
      await audit({ organizationId, action: 'member.remove', target, changes: { userId: member.userId } });
      return { member };
    }
    await audit({ organizationId, action: 'member.update', target, changes: { role } });
    return { member: await tx.organizationMember.update({ where: { id }, data: { role } }) };
  });
}

/** Each user's role in the organization, one query for every user of a list. */
export function rolesInOrganization(context: Context, organizationId: string) {
  return requestLoader<string, OrganizationRole | undefined>(context, `organization-roles:${organizationId}`, async (userIds) => {
    const rows = await context.prisma.organizationMember.findMany({ where: { organizationId, userId: { in: [...userIds] } }, select: { userId: true, role: true } });
    return userIds.map((userId) => rows.find((row) => row.userId === userId)?.role);
  });
}
