import { z } from 'zod';
import type { Context } from '../../context.js';
import { isIdOf, newId } from '../../db/ids.js';
import { parseInput, userError } from '../../errors.js';
import type { Prisma, ProjectRole } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { lockOrganization } from '../organization/service.js';
import { projectRoleField, roleNameField } from '../project/roles.js';
import { authorizedProject, findProjectTarget } from '../project/service.js';
import { findOrCreateUser, userKey } from '../user/service.js';

/** Ten years: longer than any membership, invitation or request is meant to last, and within an Int of seconds. */
const MAX_EXPIRY_SECONDS = 10 * 365 * 24 * 3600;

/** Fields shared by the ways in which a membership comes to be: adding, inviting, joining, requesting. */
export const membershipFields = {
  expiresInSeconds: z.number().int().min(1, 'expiresInSeconds must be positive').max(MAX_EXPIRY_SECONDS, 'expiresInSeconds must be at most ten years').nullish(),
  reason: z.string().trim().max(1000, 'reason must be at most 1000 characters').nullish().transform((reason) => reason || null),
};

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('email must be an e-mail address').max(254, 'email must be at most 254 characters'));

/** The time a given number of seconds from now, or null for none. */
export function expiryIn(seconds: number | null | undefined, from = new Date()): Date | null {
  return seconds ? new Date(from.getTime() + seconds * 1000) : null;
}

/** Rows that still count: never expiring, or expiring later than now. Expired ones grant and block nothing, swept or not. */
export function live(now = new Date()) {
  return { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}

/**
 * Granting `canShare` (Keboola's `share` role) needs power over the organization itself, not only
 * over the project: member:write on the organization (its OWNERs and ADMINs, a key of it holding
 * member:write for every project, an operator with member:write).
 */
export async function requireSharePower(context: Context, organizationId: string, field: string[]): Promise<void> {
  if (!(await context.access.can('member:write', { organizationId }))) {
    throw userError('SHARE_NEEDS_ORGANIZATION_ADMIN', field, 'only an OWNER or ADMIN of the organization may grant canShare');
  }
}

/**
 * Who lists the users of an organization's projects: whoever reads its members (its members of any
 * role, its keys and clients holding member:read), but not the platform operator, whom Keboola
 * refuses too (its organization members only).
 */
export async function canListProjectUsers(context: Context, organizationId: string): Promise<boolean> {
  return context.access.principal.kind !== 'OPERATOR' && context.access.can('member:read', { organizationId });
}

/** The user's membership of the project if it is live (an expired one does not count). */
export function liveMembership(tx: Prisma.TransactionClient, projectId: string, userId: string) {
  return tx.projectMember.findFirst({ where: { projectId, userId, ...live() } });
}

export interface NewMembership {
  organizationId: string;
  projectId: string;
  userId: string;
  role: ProjectRole;
  roleName?: string | null;
  canShare: boolean;
  expiresAt: Date | null;
  reason: string | null;
  addedById: string | null;
}

/**
 * Makes the user a member, replacing an expired membership, and removes the user's pending
 * invitation to the project and request to join it: being a member settles both. The caller holds
 * the organization's lock and has checked that no live membership exists.
 */
export async function insertProjectMember(tx: Prisma.TransactionClient, membership: NewMembership) {
  const { projectId, userId } = membership;
  await tx.projectMember.deleteMany({ where: { projectId, userId } });
  await tx.invitation.deleteMany({ where: { projectId, userId } });
  await tx.joinRequest.deleteMany({ where: { projectId, userId } });
  return tx.projectMember.create({ data: { id: newId('ProjectMember'), ...membership } });
}

/** The project member with this id and its place, if the caller may change it; NOT_FOUND otherwise. */
async function changeableProjectMember(context: Context, id: string) {
  const target = isIdOf('ProjectMember', id)
    ? await context.prisma.projectMember.findFirst({
        where: { id, project: { deleteAt: null } },
        select: { organizationId: true, projectId: true, userId: true, role: true, roleName: true, canShare: true },
      })
    : null;
  return context.access.authorizeOrNotFound('member:write', target, 'project member');
}

/** A membership named by its id, or by its project (id, slug or number) and user (id, number or e-mail), as Keboola's paths name it. */
export interface MembershipName {
  id?: string | null;
  projectId?: string | null;
  user?: string | null;
}

async function membershipId(context: Context, name: MembershipName): Promise<string> {
  if (name.id) return name.id;
  if (!name.projectId || !name.user) throw userError('INVALID', ['id'], 'give the membership’s id, or projectId and user');
  const project = await findProjectTarget(context, name.projectId);
  const key = userKey(name.user);
  const user = project && key ? await context.prisma.user.findUnique({ where: key, select: { id: true } }) : null;
  const member = user
    ? await context.prisma.projectMember.findUnique({ where: { projectId_userId: { projectId: project!.projectId, userId: user.id } }, select: { id: true } })
    : null;
  if (!member) throw userError('NOT_FOUND', ['user'], 'project member not found');
  return member.id;
}

const ROLE = projectRoleField;

const newProjectMember = z
  .object({
    projectId: z.string(),
    userId: z.string().nullish(),
    email: emailField.nullish(),
    role: ROLE,
    roleName: roleNameField,
    canShare: z.boolean().nullish().transform((value) => value ?? false),
    existingUserOnly: z.boolean().nullish(),
    ...membershipFields,
  })
  .superRefine((data, issues) => {
    if (!data.userId === !data.email) issues.addIssue({ code: 'custom', path: ['userId'], message: 'give exactly one of userId and email' });
    if (data.canShare && data.role !== 'ADMIN') issues.addIssue({ code: 'custom', path: ['canShare'], message: 'only an ADMIN may have canShare' });
  });

/**
 * Gives a user a role on the project. The user need not belong to the organization (Keboola adds
 * anyone by e-mail address, creating an unknown user); by id, the user must be one the caller can see.
 */
export async function addProjectMember(context: Context, input: z.input<typeof newProjectMember>) {
  const data = parseInput(newProjectMember, input);
  const { organizationId, projectId } = await authorizedProject(context, data.projectId, 'member:write', 'projectId');
  if (data.canShare) await requireSharePower(context, organizationId, ['canShare']);
  if (data.userId) {
    const known = isIdOf('User', data.userId) && (await context.access.canSeeUser(data.userId, 'profile'));
    if (!known || !(await context.prisma.user.findUnique({ where: { id: data.userId }, select: { id: true } }))) {
      throw userError('NOT_FOUND', ['userId'], 'user not found');
    }
  }
  const userField = data.userId ? 'userId' : 'email';
  const member = await audited(context, async (tx, audit) => {
    await lockOrganization(tx, organizationId);
    const userId = data.userId ?? (data.existingUserOnly ? await organizationMemberByEmail(tx, organizationId, data.email!) : (await findOrCreateUser(tx, data.email!)).id);
    if (await liveMembership(tx, projectId, userId)) throw userError('ALREADY_MEMBER', [userField], 'this user is already a member of the project');
    const created = await insertProjectMember(tx, {
      organizationId,
      projectId,
      userId,
      role: data.role,
      roleName: data.roleName,
      canShare: data.canShare,
      expiresAt: expiryIn(data.expiresInSeconds),
      reason: data.reason,
      addedById: context.access.userId,
    });
    const changes = { projectId, userId, role: data.role, roleName: data.roleName, canShare: data.canShare, expiresAt: created.expiresAt, reason: data.reason };
    await audit({ organizationId, projectId, action: 'project_member.add', target: { type: 'ProjectMember', id: created.id }, changes });
    return created;
  });
  return { member };
}

const projectMemberChanges = z
  .object({
    id: z.string().nullish(),
    projectId: z.string().nullish(),
    user: z.string().nullish(),
    role: ROLE.nullish(),
    roleName: roleNameField,
    canShare: z.boolean().nullish(),
  })
  .refine((data) => data.role || data.roleName || typeof data.canShare === 'boolean', { path: ['role'], message: 'give role, roleName or canShare' });

/** Changes a member's role or share right; granting canShare needs the organization's OWNER or ADMIN. */
export async function updateProjectMember(context: Context, input: z.input<typeof projectMemberChanges>) {
  const data = parseInput(projectMemberChanges, input);
  const id = await membershipId(context, data);
  const current = await changeableProjectMember(context, id);
  const role = data.role ?? current.role;
  // A member who is no longer an ADMIN loses the share right with it.
  const canShare = role === 'ADMIN' ? (data.canShare ?? current.canShare) : false;
  if (data.canShare && role !== 'ADMIN') throw userError('INVALID', ['canShare'], 'only an ADMIN may have canShare');
  if (canShare && !current.canShare) await requireSharePower(context, current.organizationId, ['canShare']);
  const member = await audited(context, async (tx, audit) => {
    const roleName = data.role || data.roleName ? data.roleName : current.roleName;
    const changes = { role, roleName, canShare };
    await audit({ organizationId: current.organizationId, projectId: current.projectId, action: 'project_member.update', target: { type: 'ProjectMember', id }, changes });
    return tx.projectMember.update({ where: { id }, data: { role, roleName, canShare } });
  });
  return { member };
}

/** The id of the organization's member with this address; NOT_FOUND on `email` for anyone else. */
async function organizationMemberByEmail(tx: Prisma.TransactionClient, organizationId: string, email: string): Promise<string> {
  const member = await tx.organizationMember.findFirst({ where: { organizationId, user: { email } }, select: { userId: true } });
  if (!member) throw userError('NOT_FOUND', ['email'], 'no user of the organization has this address');
  return member.userId;
}

/**
 * Removes a member; any member may remove themself, whatever their role and even when the last one.
 * With `refuseLastProject` (Voucherify's rule), a user left with no project of the organization is refused.
 */
export async function removeProjectMember(context: Context, name: MembershipName & { refuseLastProject?: boolean | null }) {
  const id = await membershipId(context, name);
  const own = isIdOf('ProjectMember', id) && context.access.userId
    ? await context.prisma.projectMember.findFirst({ where: { id, userId: context.access.userId, project: { deleteAt: null } }, select: { organizationId: true } })
    : null;
  const { organizationId } = own ?? (await changeableProjectMember(context, id));
  await audited(context, async (tx, audit) => {
    const removed = await tx.projectMember.delete({ where: { id } });
    if (name.refuseLastProject && !(await tx.projectMember.findFirst({ where: { organizationId, userId: removed.userId, project: { deleteAt: null }, ...live() } }))) {
      throw userError('LAST_PROJECT', ['user'], 'the user is assigned to no other project of the organization');
    }
    await audit({ organizationId, projectId: removed.projectId, action: 'project_member.remove', target: { type: 'ProjectMember', id }, changes: { userId: removed.userId } });
  });
  return { removedMemberId: id };
}
