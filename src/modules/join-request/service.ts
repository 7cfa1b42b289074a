import { z } from 'zod';
import type { Context } from '../../context.js';
import { idOrNumber, newId } from '../../db/ids.js';
import { forbidden, parseInput, userError } from '../../errors.js';
import { audited } from '../audit/service.js';
import { lockOrganization } from '../organization/service.js';
import { expiryIn, insertProjectMember, live, liveMembership, membershipFields } from '../project-member/service.js';
import { authorizedProject, findProjectTarget } from '../project/service.js';

/** The type rule: the requesting user, and whoever reads the project's members. */
export function canReadJoinRequest(context: Context, request: { userId: string; organizationId: string; projectId: string }) {
  return context.access.userId === request.userId || context.access.can('member:read', request);
}

const joining = z.object({ projectId: z.string(), ...membershipFields });

/**
 * The project a user asks to join or joins, with what decides how: NOT_FOUND unless the caller
 * reaches its organization (a member of it, of its maintainer, or of one of its projects); INVALID
 * for keys, clients and the operator, who cannot be members; ALREADY_MEMBER for a live member.
 */
async function projectToJoin(context: Context, projectId: string) {
  const target = await findProjectTarget(context, projectId);
  const project = target && (await context.prisma.project.findFirst({ where: { id: target.projectId, deleteAt: null }, select: { id: true } }));
  if (!project || !(await context.access.can('organization:read', { organizationId: target.organizationId }))) {
    throw userError('NOT_FOUND', ['projectId'], 'project not found');
  }
  const userId = context.access.userId;
  if (!userId) throw userError('INVALID', [], 'only a user (personal access token) can join a project or ask to');
  const { organizationId } = target;
  if (await liveMembership(context.prisma, target.projectId, userId)) {
    throw userError('ALREADY_MEMBER', ['projectId'], 'you are already a member of the project');
  }
  const organization = await context.prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { maintainerId: true, allowAutoJoin: true } });
  const organizationMember = (await context.access.organizationRole(organizationId)) !== null;
  const maintainerMember = organization.maintainerId !== null && (await context.access.isMaintainerMember(organization.maintainerId));
  return { organizationId, projectId: target.projectId, userId, organizationMember, maintainerMember, allowAutoJoin: organization.allowAutoJoin };
}

/**
 * Asks to join a project: for members of the organization's maintainer while the organization does
 * not let them join directly (allowAutoJoin false). Organization members, and maintainer members
 * while allowAutoJoin is true, are told to join directly (JOIN_DIRECTLY).
 */
export async function requestProjectAccess(context: Context, input: z.input<typeof joining>) {
  const data = parseInput(joining, input);
  const place = await projectToJoin(context, data.projectId);
  const { organizationId, projectId, userId } = place;
  if (place.organizationMember || (place.maintainerMember && place.allowAutoJoin)) {
    throw userError('JOIN_DIRECTLY', ['projectId'], 'you may join this project directly: use joinProject');
  }
  if (!place.maintainerMember) {
    throw forbidden('only members of the organization’s maintainer may ask to join its projects', 'membership of the organization’s maintainer');
  }
  return audited(context, async (tx, audit) => {
    await lockOrganization(tx, organizationId);
    if (await tx.invitation.findFirst({ where: { projectId, userId, ...live() }, select: { id: true } })) {
      throw userError('ALREADY_INVITED', ['projectId'], 'you are invited to this project: accept the invitation instead');
    }
    if (await tx.joinRequest.findFirst({ where: { projectId, userId, ...live() }, select: { id: true } })) {
      throw userError('ALREADY_REQUESTED', ['projectId'], 'you have already asked to join this project');
    }
    await tx.joinRequest.deleteMany({ where: { projectId, userId } });
    const joinRequest = await tx.joinRequest.create({
      data: {
        id: newId('JoinRequest'),
        organizationId,
        projectId,
        userId,
        reason: data.reason,
        expiresAt: expiryIn(data.expiresInSeconds),
        membershipSeconds: data.expiresInSeconds ?? null,
      },
    });
    const changes = { projectId, userId, reason: data.reason, expiresAt: joinRequest.expiresAt };
    await audit({ organizationId, action: 'join_request.create', target: { type: 'JoinRequest', id: joinRequest.id }, changes });
    return { joinRequest };
  });
}

/**
 * Joins a project as an ADMIN, recorded as the member's own approver: organization members (any
 * role) always; members of the organization's maintainer while allowAutoJoin is true.
 */
export async function joinProject(context: Context, input: z.input<typeof joining>) {
  const data = parseInput(joining, input);
  const place = await projectToJoin(context, data.projectId);
  const { organizationId, projectId, userId } = place;
  if (!place.organizationMember && !(place.maintainerMember && place.allowAutoJoin)) {
    throw place.maintainerMember
      ? forbidden('this organization does not let its maintainer’s members join directly: use requestProjectAccess', 'organization membership, or allowAutoJoin')
      : forbidden('only members of the organization, or of its maintainer while allowAutoJoin is on, may join its projects', 'organization membership');
  }
  const member = await audited(context, async (tx, audit) => {
    await lockOrganization(tx, organizationId);
    if (await liveMembership(tx, projectId, userId)) throw userError('ALREADY_MEMBER', ['projectId'], 'you are already a member of the project');
    const created = await insertProjectMember(tx, {
      organizationId,
      projectId,
      userId,
      role: 'ADMIN',
      canShare: false,
      expiresAt: expiryIn(data.expiresInSeconds),
      reason: data.reason,
      addedById: userId,
    });
    const changes = { projectId, userId, role: 'ADMIN', expiresAt: created.expiresAt, reason: data.reason, joined: true };
    await audit({ organizationId, projectId, action: 'project_member.add', target: { type: 'ProjectMember', id: created.id }, changes });
    return created;
  });
  context.access.forgetGrants();
  return { member };
}

async function findJoinRequest(context: Context, id: string, projectId?: string) {
  const key = idOrNumber('JoinRequest', id);
  const include = { project: { select: { deleteAt: true } } };
  const request = key ? await context.prisma.joinRequest.findFirst({ where: { AND: [key, projectId ? { projectId } : {}] }, include }) : null;
  return request && request.project.deleteAt === null ? request : null;
}

/** A join request named by its id or number, and by its project (id, slug or number) when a caller (a Keboola path) names it. */
export interface JoinRequestName {
  id: string;
  projectId?: string | null;
}

/**
 * A join request the caller may decide on: member:write on the project (its ADMINs, the
 * organization's OWNERs and ADMINs, keys with member:write). A project named must be one the caller
 * reads (NOT_FOUND at projectId otherwise); a request of another project is then NOT_FOUND.
 */
async function decidableJoinRequest(context: Context, { id, projectId }: JoinRequestName) {
  const project = projectId == null ? null : await authorizedProject(context, projectId, 'project:read', 'projectId');
  return context.access.authorizeOrNotFound('member:write', await findJoinRequest(context, id, project?.projectId), 'join request');
}

/** Approves a request: the user becomes an ADMIN of the project, with the request's reason and expiry; the approver is recorded. */
export async function approveJoinRequest(context: Context, name: JoinRequestName) {
  const request = await decidableJoinRequest(context, name);
  if (request.expiresAt && request.expiresAt <= new Date()) throw userError('EXPIRED', ['id'], 'the join request has expired');
  const { organizationId, projectId, userId } = request;
  const member = await audited(context, async (tx, audit) => {
    await lockOrganization(tx, organizationId);
    if (!(await tx.joinRequest.findUnique({ where: { id: request.id }, select: { id: true } }))) throw userError('NOT_FOUND', ['id'], 'join request not found');
    await audit({ organizationId, action: 'join_request.approve', target: { type: 'JoinRequest', id: request.id }, changes: { projectId, userId } });
    if (await liveMembership(tx, projectId, userId)) throw userError('ALREADY_MEMBER', ['id'], 'the user is already a member of the project');
    const created = await insertProjectMember(tx, {
      organizationId,
      projectId,
      userId,
      role: 'ADMIN',
      canShare: false,
      expiresAt: expiryIn(request.membershipSeconds),
      reason: request.reason,
      addedById: context.access.userId,
    });
    const changes = { projectId, userId, role: 'ADMIN', expiresAt: created.expiresAt, reason: request.reason };
    await audit({ organizationId, projectId, action: 'project_member.add', target: { type: 'ProjectMember', id: created.id }, changes });
    return created;
  });
  return { approvedJoinRequestId: request.id, member };
}

export async function rejectJoinRequest(context: Context, name: JoinRequestName) {
  const request = await decidableJoinRequest(context, name);
  await audited(context, async (tx, audit) => {
    await tx.joinRequest.deleteMany({ where: { id: request.id } });
    const changes = { projectId: request.projectId, userId: request.userId };
    await audit({ organizationId: request.organizationId, action: 'join_request.reject', target: { type: 'JoinRequest', id: request.id }, changes });
  });
  return { rejectedJoinRequestId: request.id };
}

/** The requesting user withdraws the request; FORBIDDEN to others who may read it, NOT_FOUND to the rest. */
export async function cancelJoinRequest(context: Context, id: string) {
  const request = await findJoinRequest(context, id);
  if (!request || request.userId !== context.access.userId) {
    if (request && (await context.access.can('member:read', request))) throw forbidden('only the requesting user may cancel a join request', 'the requesting user');
    throw userError('NOT_FOUND', ['id'], 'join request not found');
  }
  await audited(context, async (tx, audit) => {
    await tx.joinRequest.deleteMany({ where: { id: request.id } });
    const changes = { projectId: request.projectId, userId: request.userId };
    await audit({ organizationId: request.organizationId, action: 'join_request.cancel', target: { type: 'JoinRequest', id: request.id }, changes });
  });
  return { cancelledJoinRequestId: request.id };
}
