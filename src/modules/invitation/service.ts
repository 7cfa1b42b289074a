import { z } from 'zod';
import type { Context } from '../../context.js';
import { idOrNumber, newId } from '../../db/ids.js';
import { forbidden, forbiddenWithout, parseInput, userError } from '../../errors.js';
import type { Invitation, Prisma, User } from '../../generated/prisma/client.js';
import { audited, type Audit } from '../audit/service.js';
import { findReadableMaintainer } from '../maintainer/service.js';
import { lockOrganization, organizationToCreateIn } from '../organization/service.js';
import {
  emailField,
  expiryIn,
  insertProjectMember,
  live,
  liveMembership,
  membershipFields,
  requireSharePower,
} from '../project-member/service.js';
import { projectRoleField, roleNameField } from '../project/roles.js';
import { authorizedProject, findProjectTarget } from '../project/service.js';
import { findOrCreateUser } from '../user/service.js';

export type InvitationKind = 'PROJECT' | 'ORGANIZATION' | 'MAINTAINER';

/** What decides who may read an invitation: its place, and the project's organization for a project. */
export interface InvitationPlace {
  userId: string;
  organizationId: string | null;
  maintainerId: string | null;
  projectId: string | null;
  project?: { organizationId: string } | null;
}

export function kindOf(invitation: Pick<Invitation, 'projectId' | 'organizationId'>): InvitationKind {
  return invitation.projectId ? 'PROJECT' : invitation.organizationId ? 'ORGANIZATION' : 'MAINTAINER';
}

/**
 * Whether the caller may read (`read`) or make and cancel (`write`) invitations at this place:
 * member:read / member:write on the project or the organization; for a maintainer, its members and
 * the operator with maintainer:read / maintainer:write.
 */
async function canAtPlace(context: Context, place: InvitationPlace, level: 'read' | 'write'): Promise<boolean> {
  if (place.maintainerId) return context.access.canOnMaintainer(`maintainer:${level}`, place.maintainerId);
  const organizationId = place.organizationId ?? place.project?.organizationId;
  if (!organizationId) return false;
  return context.access.can(`member:${level}`, { organizationId, projectId: place.projectId });
}

/** The type rule: the invited user, and whoever reads invitations at the place. */
export function canReadInvitation(context: Context, invitation: InvitationPlace): Promise<boolean> | boolean {
  return context.access.userId === invitation.userId || canAtPlace(context, invitation, 'read');
}

const WITH_PROJECT = { project: { select: { organizationId: true } } } as const;
/** The invited address: for the invited user and whoever may invite there; else as the user's own e-mail rule says. */
export async function canSeeInvitedAddress(context: Context, invitation: InvitationPlace): Promise<boolean> {
  return context.access.userId === invitation.userId || (await canAtPlace(context, invitation, 'write')) || context.access.canSeeUser(invitation.userId, 'email');
}

const INVITATION_PLACE = { project: { select: { organizationId: true, deleteAt: true } } } as const;

/** The invitation with this id or number, if it is where `at` says (a place, a kind); its project must not be deleted. */
async function findInvitation(context: Context, id: string, at: Prisma.InvitationWhereInput = {}) {
  const key = idOrNumber('Invitation', id);
  const invitation = key ? await context.prisma.invitation.findFirst({ where: { AND: [key, at] }, include: INVITATION_PLACE }) : null;
  return invitation && (!invitation.project || invitation.project.deleteAt === null) ? invitation : null;
}

/** Where the invitation is to be: one place by id or number, when a caller (a Keboola path) names it. */
interface InvitationPlaceName {
  projectId?: string | null;
  organizationId?: string | null;
  maintainerId?: string | null;
}

const placeName = z
  .object({ id: z.string(), projectId: z.string().nullish(), organizationId: z.string().nullish(), maintainerId: z.string().nullish() })
  .refine((input) => [input.projectId, input.organizationId, input.maintainerId].filter((place) => place != null).length <= 1, {
    message: 'give at most one of projectId, organizationId and maintainerId',
    path: ['projectId'],
  });

/**
 * The place a caller names, as a filter of invitations: NOT_FOUND at its field when the caller cannot
 * read it (a missing one alike); an invitation elsewhere then answers as a missing one.
 */
async function namedPlace(context: Context, place: InvitationPlaceName): Promise<Prisma.InvitationWhereInput> {
  if (place.projectId != null) {
    const target = await context.access.authorizeOrNotFound('project:read', await findProjectTarget(context, place.projectId), 'project', 'projectId');
    return { projectId: target.projectId };
  }
  if (place.organizationId != null) return { organizationId: (await organizationToCreateIn(context, place.organizationId)).organizationId };
  if (place.maintainerId != null) {
    const maintainerId = await findReadableMaintainer(context, place.maintainerId);
    if (!maintainerId) throw userError('NOT_FOUND', ['maintainerId'], 'maintainer not found');
    return { maintainerId };
  }
  return {};
}

const KIND_FILTER: Record<InvitationKind, Prisma.InvitationWhereInput> = {
  PROJECT: { projectId: { not: null } },
  ORGANIZATION: { organizationId: { not: null } },
  MAINTAINER: { maintainerId: { not: null } },
};

/** Refuses when the user is the caller, or already has a live invitation here; clears an expired one. */
async function clearForInvitation(context: Context, tx: Prisma.TransactionClient, user: User, where: Prisma.InvitationWhereInput) {
  if (user.id === context.access.userId) throw userError('CANNOT_INVITE_SELF', ['email'], 'you cannot invite yourself');
  if (await tx.invitation.findFirst({ where: { ...where, userId: user.id, ...live() }, select: { id: true } })) {
    throw userError('ALREADY_INVITED', ['email'], 'this user is already invited');
  }
  await tx.invitation.deleteMany({ where: { ...where, userId: user.id } });
}

async function recordInvitation(audit: Audit, organizationId: string | null, invitation: Invitation) {
  const { projectId, maintainerId, userId, role, canShare, expiresAt, reason } = invitation;
  const changes = { kind: kindOf(invitation), organizationId: invitation.organizationId, projectId, maintainerId, userId, role, canShare, expiresAt, reason };
  await audit({ organizationId, action: 'invitation.create', target: { type: 'Invitation', id: invitation.id }, changes });
}

const projectInvitation = z
  .object({
    projectId: z.string(),
    email: emailField,
    role: z.enum(['ADMIN', 'EDITOR', 'VIEWER']).nullish().transform((role) => role ?? 'ADMIN'),
    canShare: z.boolean().nullish().transform((value) => value ?? false),
    ...membershipFields,
  })
  .refine((data) => !data.canShare || data.role === 'ADMIN', { path: ['canShare'], message: 'only an ADMIN may have canShare' });

/** Invites a user, by e-mail address, to a project; the invitation's expiry applies to the membership it makes too. */
export async function inviteToProject(context: Context, input: z.input<typeof projectInvitation>) {
  const data = parseInput(projectInvitation, input);
  const { organizationId, projectId } = await authorizedProject(context, data.projectId, 'member:write', 'projectId');
  if (data.canShare) await requireSharePower(context, organizationId, ['canShare']);
  return audited(context, async (tx, audit) => {
    await lockOrganization(tx, organizationId);
    const user = await findOrCreateUser(tx, data.email);
    if (user.id !== context.access.userId && (await liveMembership(tx, projectId, user.id))) {
      throw userError('ALREADY_MEMBER', ['email'], 'this user is already a member of the project');
    }
    await clearForInvitation(context, tx, user, { projectId });
    if (await tx.joinRequest.findFirst({ where: { projectId, userId: user.id, ...live() }, select: { id: true } })) {
      throw userError('HAS_JOIN_REQUEST', ['email'], 'this user has asked to join the project: approve or reject the request instead');
    }
    const invitation = await tx.invitation.create({
      include: WITH_PROJECT,
      data: {
        id: newId('Invitation'),
        projectId,
        userId: user.id,
        invitedById: context.access.userId,
        role: data.role,
        canShare: data.canShare,
        reason: data.reason,
        expiresAt: expiryIn(data.expiresInSeconds),
        membershipSeconds: data.expiresInSeconds ?? null,
      },
    });
    await recordInvitation(audit, organizationId, invitation);
    return { invitation };
  });
}

const newUserInvitation = z.object({
  email: emailField,
  name: z.string().trim().min(1, 'name must not be empty').max(200, 'name must be at most 200 characters'),
  projects: z
    .array(z.object({ projectId: z.string(), role: projectRoleField, roleName: roleNameField }))
    .min(1, 'give at least one project')
    .max(100, 'at most 100 projects'),
});

/**
 * Voucherify's invitation: a person who is not yet a user, invited to several projects at once with
 * a role in each. The user is created with the invitations, in one transaction; an address that
 * already has a user is ALREADY_EXISTS (Voucherify's 409).
 */
export async function inviteNewUser(context: Context, input: z.input<typeof newUserInvitation>) {
  const data = parseInput(newUserInvitation, input);
  const places = await Promise.all(
    data.projects.map(async (grant, index) => ({ ...grant, ...(await authorizedProject(context, grant.projectId, 'member:write', `projects.${index}.projectId`)) })),
  );
  if (new Set(places.map((place) => place.projectId)).size !== places.length) throw userError('INVALID', ['projects'], 'a project is named twice');
  return audited(context, async (tx, audit) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw userError('ALREADY_EXISTS', ['email'], 'a user with this address exists already');
    }
    const user = await findOrCreateUser(tx, data.email, data.name);
    const invitations = [];
    for (const place of places) {
      await lockOrganization(tx, place.organizationId);
      const invitation = await tx.invitation.create({
        include: WITH_PROJECT,
        data: { id: newId('Invitation'), projectId: place.projectId, userId: user.id, invitedById: context.access.userId, role: place.role, roleName: place.roleName },
      });
      await recordInvitation(audit, place.organizationId, invitation);
      invitations.push(invitation);
    }
    return { invitations };
  });
}

const organizationInvitation = z.object({ organizationId: z.string(), email: emailField });

/** Invites a user to an organization, which they join as an ADMIN (Keboola's organization members are all equal). */
export async function inviteToOrganization(context: Context, input: z.input<typeof organizationInvitation>) {
  const data = parseInput(organizationInvitation, input);
  const target = await organizationToCreateIn(context, data.organizationId);
  await context.access.require('member:write', target);
  const { organizationId } = target;
  return audited(context, async (tx, audit) => {
    await lockOrganization(tx, organizationId);
    const user = await findOrCreateUser(tx, data.email);
    if (user.id !== context.access.userId && (await tx.organizationMember.findUnique({ where: { organizationId_userId: { organizationId, userId: user.id } } }))) {
      throw userError('ALREADY_MEMBER', ['email'], 'this user is already a member of the organization');
    }
    await clearForInvitation(context, tx, user, { organizationId });
    const invitation = await tx.invitation.create({
      include: WITH_PROJECT,
      data: { id: newId('Invitation'), organizationId, userId: user.id, invitedById: context.access.userId, role: null },
    });
    await recordInvitation(audit, organizationId, invitation);
    return { invitation };
  });
}

/** The maintainer with this id or number if the caller may manage it; NOT_FOUND if it may not even read it, FORBIDDEN otherwise. */
async function writableMaintainer(context: Context, id: string, field: string): Promise<string> {
  const key = idOrNumber('Maintainer', id);
  const maintainer = key ? await context.prisma.maintainer.findUnique({ where: key, select: { id: true } }) : null;
  if (!maintainer || !(await context.access.canOnMaintainer('maintainer:read', maintainer.id))) {
    throw userError('NOT_FOUND', [field], 'maintainer not found');
  }
  if (!(await context.access.canOnMaintainer('maintainer:write', maintainer.id))) throw forbiddenWithout('maintainer:write');
  return maintainer.id;
}

const maintainerInvitation = z.object({ maintainerId: z.string(), email: emailField });

/** Invites a user to a maintainer: its members and the operator with maintainer:write may. */
export async function inviteToMaintainer(context: Context, input: z.input<typeof maintainerInvitation>) {
  const data = parseInput(maintainerInvitation, input);
  const maintainerId = await writableMaintainer(context, data.maintainerId, 'maintainerId');
  return audited(context, async (tx, audit) => {
    await tx.$queryRaw`SELECT id FROM "Maintainer" WHERE id = ${maintainerId} FOR UPDATE`;
    const user = await findOrCreateUser(tx, data.email);
    if (user.id !== context.access.userId && (await tx.maintainerMember.findUnique({ where: { maintainerId_userId: { maintainerId, userId: user.id } } }))) {
      throw userError('ALREADY_MEMBER', ['email'], 'this user is already a member of the maintainer');
    }
    await clearForInvitation(context, tx, user, { maintainerId });
    const invitation = await tx.invitation.create({
      include: WITH_PROJECT,
      data: { id: newId('Invitation'), maintainerId, userId: user.id, invitedById: context.access.userId, role: null },
    });
    await recordInvitation(audit, null, invitation);
    return { invitation };
  });
}

/** The organization an invitation's audit event belongs to (none for a maintainer's). */
function auditOrganization(invitation: Invitation & { project: { organizationId: string } | null }): string | null {
  return invitation.organizationId ?? invitation.project?.organizationId ?? null;
}

/** Withdraws an invitation: whoever may invite there may. With a place named, an invitation elsewhere is NOT_FOUND. */
export async function cancelInvitation(context: Context, input: z.input<typeof placeName>) {
  const { id, ...place } = parseInput(placeName, input);
  const live = await findInvitation(context, id, await namedPlace(context, place));
  if (!live || !(await canAtPlace(context, live, 'read'))) throw userError('NOT_FOUND', ['id'], 'invitation not found');
  if (!(await canAtPlace(context, live, 'write'))) throw forbiddenWithout(live.maintainerId ? 'maintainer:write' : 'member:write');
  await audited(context, async (tx, audit) => {
    await tx.invitation.deleteMany({ where: { id: live.id } });
    await audit({ organizationId: auditOrganization(live), action: 'invitation.cancel', target: { type: 'Invitation', id: live.id }, changes: { userId: live.userId } });
  });
  return { cancelledInvitationId: live.id };
}

/** How the invited user names its invitation: by id or number, and by its kind when the caller (a Keboola path) says it. */
export interface OwnInvitationName {
  id: string;
  kind?: InvitationKind | null;
}

/** The caller's own invitation; FORBIDDEN to others who may read it, NOT_FOUND to the rest and for one of another kind than named. */
async function ownInvitation(context: Context, { id, kind }: OwnInvitationName) {
  const found = await findInvitation(context, id, kind ? KIND_FILTER[kind] : {});
  if (found && found.userId === context.access.userId) return found;
  if (found && (await canAtPlace(context, found, 'read'))) throw forbidden('only the invited user may accept or decline an invitation', 'the invited user');
  throw userError('NOT_FOUND', ['id'], 'invitation not found');
}

/** The invited user joins: a project with the invitation's role, share right, reason and expiry; an organization as an ADMIN; a maintainer as a member. */
export async function acceptInvitation(context: Context, name: OwnInvitationName) {
  const invitation = await ownInvitation(context, name);
  if (invitation.expiresAt && invitation.expiresAt <= new Date()) throw userError('EXPIRED', ['id'], 'the invitation has expired');
  const { userId } = invitation;
  const organizationId = auditOrganization(invitation);
  const result = await audited(context, async (tx, audit) => {
    if (organizationId) await lockOrganization(tx, organizationId);
    if (!(await tx.invitation.findUnique({ where: { id: invitation.id }, select: { id: true } }))) {
      throw userError('NOT_FOUND', ['id'], 'invitation not found');
    }
    await tx.invitation.delete({ where: { id: invitation.id } });
    const changes = { kind: kindOf(invitation), userId };
    await audit({ organizationId, action: 'invitation.accept', target: { type: 'Invitation', id: invitation.id }, changes });
    if (invitation.projectId) {
      const { projectId } = invitation;
      if (await liveMembership(tx, projectId, userId)) throw userError('ALREADY_MEMBER', ['id'], 'you are already a member of the project');
      const member = await insertProjectMember(tx, {
        organizationId: organizationId!,
        projectId,
        userId,
        role: invitation.role ?? 'ADMIN',
        roleName: invitation.roleName,
        canShare: invitation.canShare,
        expiresAt: expiryIn(invitation.membershipSeconds),
        reason: invitation.reason,
        addedById: invitation.invitedById,
      });
      const memberChanges = { projectId, userId, role: member.role, canShare: member.canShare, expiresAt: member.expiresAt, reason: member.reason };
      await audit({ organizationId, projectId, action: 'project_member.add', target: { type: 'ProjectMember', id: member.id }, changes: memberChanges });
      return { projectMember: member };
    }
    if (invitation.organizationId) {
      const where = { organizationId_userId: { organizationId: invitation.organizationId, userId } };
      if (await tx.organizationMember.findUnique({ where })) throw userError('ALREADY_MEMBER', ['id'], 'you are already a member of the organization');
      const member = await tx.organizationMember.create({
        data: { id: newId('OrganizationMember'), organizationId: invitation.organizationId, userId, role: 'ADMIN' },
      });
      await audit({ organizationId, action: 'member.add', target: { type: 'OrganizationMember', id: member.id }, changes: { userId, role: 'ADMIN' } });
      return { organizationMember: member };
    }
    const maintainerId = invitation.maintainerId!;
    if (await tx.maintainerMember.findUnique({ where: { maintainerId_userId: { maintainerId, userId } } })) {
      throw userError('ALREADY_MEMBER', ['id'], 'you are already a member of the maintainer');
    }
    const member = await tx.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId, userId, addedById: invitation.invitedById } });
    await audit({ organizationId: null, action: 'maintainer_member.add', target: { type: 'MaintainerMember', id: member.id }, changes: { maintainerId, userId } });
    return { maintainerId };
  });
  context.access.forgetGrants();
  return {
    acceptedInvitationId: invitation.id,
    kind: kindOf(invitation),
    projectId: invitation.projectId,
    organizationId: invitation.organizationId,
    maintainerId: invitation.maintainerId,
    ...result,
  };
}

/** The invited user says no; the invitation is gone (an expired one too). */
export async function declineInvitation(context: Context, name: OwnInvitationName) {
  const invitation = await ownInvitation(context, name);
  await audited(context, async (tx, audit) => {
    await tx.invitation.deleteMany({ where: { id: invitation.id } });
    const changes = { kind: kindOf(invitation), userId: invitation.userId };
    await audit({ organizationId: auditOrganization(invitation), action: 'invitation.decline', target: { type: 'Invitation', id: invitation.id }, changes });
  });
  return { declinedInvitationId: invitation.id };
}
