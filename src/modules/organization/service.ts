import { z } from 'zod';
import { scopesGrant, type Target } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber, newId } from '../../db/ids.js';
import { forbidden, notFound, parseInput, userError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';
import { findReadableMaintainer } from '../maintainer/service.js';

const organizationName = z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters');

/** An organization, with its creator as OWNER when a user created it (the operator is no member of anything). */
export async function insertOrganization(tx: Prisma.TransactionClient, name: string, ownerUserId: string | null, maintainerId: string | null = null) {
  return tx.organization.create({
    data: {
      id: newId('Organization'),
      name,
      maintainerId,
      ...(ownerUserId ? { members: { create: { id: newId('OrganizationMember'), userId: ownerUserId, role: 'OWNER' } } } : {}),
    },
  });
}

/** Serializes changes to one organization's members or keys (a read-check-write on PostgreSQL would race). */
export async function lockOrganization(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
}

/**
 * The organization as a place to authorize in, or null when the id names none. A user's membership
 * or a key's own organization proves it exists; the operator's scopes do not, so it is read.
 */
export async function findOrganizationTarget(context: Context, id: string): Promise<Target | null> {
  const key = idOrNumber('Organization', id);
  if (!key) return null;
  if ('id' in key && context.access.principal.kind !== 'OPERATOR') return { organizationId: key.id };
  const organization = await context.prisma.organization.findUnique({ where: key, select: { id: true } });
  return organization && { organizationId: organization.id };
}

/**
 * The organization in which something is created: NOT_FOUND at `field` unless the caller may read it.
 * The id may be the organization's number: callers write the returned `organizationId`.
 */
export async function organizationToCreateIn(context: Context, id: string, field = 'organizationId'): Promise<Target> {
  return context.access.authorizeOrNotFound('organization:read', await findOrganizationTarget(context, id), 'organization', field);
}

/** For a root field: the organization, or NOT_FOUND for one that does not exist or that the caller may not read. */
export async function readOrganization<Query extends object>(context: Context, id: string, query: Query) {
  const key = idOrNumber('Organization', id);
  const organization = key ? await context.prisma.organization.findUnique({ ...query, where: key }) : null;
  if (!(await context.access.authorize('organization:read', organization && { organizationId: organization.id }))) {
    throw notFound('organization');
  }
  return organization!;
}

const crmId = z.string().trim().max(255, 'crmId must be at most 255 characters').transform((value) => value || null);

const newOrganization = z.object({ name: organizationName, maintainerId: z.string().nullish(), crmId: crmId.nullish() });

/**
 * The maintainer an organization is created under or moved to: NOT_FOUND at `field` unless the
 * caller reads it, FORBIDDEN unless the caller is a member or the operator with maintainer:write.
 */
async function maintainerToPlaceIn(context: Context, id: string, field: string): Promise<string> {
  const maintainerId = await findReadableMaintainer(context, id);
  if (!maintainerId) throw userError('NOT_FOUND', [field], 'maintainer not found');
  if (!(await context.access.canOnMaintainer('maintainer:write', maintainerId))) {
    throw forbidden("only the maintainer's members or the platform operator may place organizations under it", 'maintainer:write');
  }
  return maintainerId;
}

/**
 * Creates an organization with the calling user as its OWNER. Under a maintainer, only its members
 * and the operator with maintainer:write may (the operator's organization starts without members).
 */
export async function createOrganization(context: Context, input: z.input<typeof newOrganization>) {
  const userId = context.access.userId;
  const data = parseInput(newOrganization, input);
  const maintainerId = data.maintainerId != null ? await maintainerToPlaceIn(context, data.maintainerId, 'maintainerId') : null;
  if (!userId && !maintainerId) throw userError('INVALID', [], 'only a user (personal access token) can create organizations');
  if (data.crmId !== undefined && !maintainerId) {
    throw forbidden("only a maintainer's members or the platform operator may set crmId", 'maintainer membership');
  }
  const organization = await audited(context, async (tx, audit) => {
    const created = await insertOrganization(tx, data.name, userId, maintainerId);
    const changes = { name: data.name, maintainerId, ...(data.crmId != null ? { crmId: data.crmId } : {}) };
    const withCrm = data.crmId != null ? await tx.organization.update({ where: { id: created.id }, data: { crmId: data.crmId } }) : created;
    await audit({ organizationId: created.id, action: 'organization.create', target: { type: 'Organization', id: created.id }, changes });
    return withCrm;
  });
  return { organization };
}

const organizationChanges = z.object({
  id: z.string(),
  name: organizationName.nullish(),
  allowAutoJoin: z.boolean().nullish(),
  mfaRequired: z.boolean().nullish(),
  crmId: crmId.nullish(),
  maintainerId: z.string().nullish(),
});

/** Whether the caller acts for the organization's maintainer: a member of it, or the operator with the permission. */
async function actsForMaintainer(context: Context, maintainerId: string | null, operatorPermission: 'organization:write' | 'maintainer:write') {
  const { principal } = context.access;
  if (principal.kind === 'OPERATOR') return scopesGrant(principal.scopes, operatorPermission);
  return maintainerId !== null && (await context.access.isMaintainerMember(maintainerId));
}

/**
 * Changes an organization. Its name, allowAutoJoin and mfaRequired need organization:write (OWNER,
 * ADMIN); crmId, a member of its maintainer or the operator; moving it to another maintainer (or out
 * of one, with null), a member of both maintainers or the operator with maintainer:write.
 */
export async function updateOrganization(context: Context, input: z.input<typeof organizationChanges>) {
  const { id: given, name, allowAutoJoin, mfaRequired, crmId: newCrmId, maintainerId: newMaintainer } = parseInput(organizationChanges, input);
  const target = await context.access.authorizeOrNotFound('organization:read', await findOrganizationTarget(context, given), 'organization');
  const id = target.organizationId;
  const current = await context.prisma.organization.findUniqueOrThrow({ where: { id }, select: { maintainerId: true } });
  const changes: Prisma.OrganizationUncheckedUpdateInput = {};
  if (name != null) changes.name = name;
  if (allowAutoJoin != null) changes.allowAutoJoin = allowAutoJoin;
  if (mfaRequired != null) changes.mfaRequired = mfaRequired;
  const ownChanges = Object.keys(changes).length > 0;
  if (ownChanges || (input.crmId === undefined && input.maintainerId === undefined)) await context.access.require('organization:write', target);
  if (input.crmId !== undefined) {
    if (!(await actsForMaintainer(context, current.maintainerId, 'organization:write'))) {
      throw forbidden("only a member of the organization's maintainer or the platform operator may change crmId", 'maintainer membership');
    }
    changes.crmId = newCrmId ?? null;
  }
  if (input.maintainerId !== undefined) {
    const maintainerId = newMaintainer != null ? await maintainerToPlaceIn(context, newMaintainer, 'maintainerId') : null;
    if (current.maintainerId !== null && !(await actsForMaintainer(context, current.maintainerId, 'maintainer:write'))) {
      throw forbidden("only a member of the organization's maintainer or the platform operator may move it", 'maintainer membership');
    }
    if (current.maintainerId === null && maintainerId === null) {
      // Nothing to move; still only the maintainer side may touch the field.
      if (!(await actsForMaintainer(context, null, 'maintainer:write'))) throw forbidden('only the platform operator may change this', 'maintainer:write');
    }
    changes.maintainerId = maintainerId;
  }
  const organization = await audited(context, async (tx, audit) => {
    await audit({ organizationId: id, action: 'organization.update', target: { type: 'Organization', id }, changes });
    return tx.organization.update({ where: { id }, data: changes });
  });
  return { organization };
}

/**
 * Deletes an organization with its members, keys, clients, invitations and metadata (the database
 * cascades). Only its OWNER (or a key holding every scope) or the operator with organization:write;
 * refused while it has live projects, which must be deleted first. The audit event outlives it.
 */
export async function deleteOrganization(context: Context, input: { id: string }) {
  const target = await context.access.authorizeOrNotFound('organization:read', await findOrganizationTarget(context, input.id), 'organization');
  const id = target.organizationId;
  const { principal } = context.access;
  const allowed =
    (principal.kind === 'OPERATOR' && scopesGrant(principal.scopes, 'organization:write')) ||
    (principal.kind === 'MANAGEMENT_KEY' && principal.scopes.includes('*')) ||
    (await context.access.organizationRole(id)) === 'OWNER';
  if (!allowed) throw forbidden('only an OWNER or the platform operator may delete an organization', 'OWNER');
  // Its keys, clients and storage tokens go with it: no instance may go on trusting a cached verification of them.
  const known = await credentialsOf(context.prisma, id);
  await context.credentials.changeMany(known, () =>
    audited(context, async (tx, audit) => {
      await lockOrganization(tx, id);
      const projects = await tx.project.count({ where: { organizationId: id, deleteAt: null, deletedAt: null } });
      if (projects > 0) {
        throw userError('HAS_PROJECTS', ['id'], `the organization still has ${projects} project${projects === 1 ? '' : 's'}; delete ${projects === 1 ? 'it' : 'them'} first`);
      }
      const credentialIds = await credentialsOf(tx, id);
      // Events of the organization go with it: this one is kept outside any organization.
      await audit({ organizationId: null, action: 'organization.delete', target: { type: 'Organization', id }, changes: {} });
      await tx.organization.delete({ where: { id } });
      return { credentialIds };
    }),
  );
  return { deletedOrganizationId: id };
}

function limitSchema(field: string, minimum: number, maximum: number) {
  return z.number().int().min(minimum, `${field} must be at least ${minimum}`).max(maximum, `${field} must be at most ${maximum}`).nullish();
}

const organizationLimits = z.object({
  organizationId: z.string(),
  managementKeyLimit: limitSchema('managementKeyLimit', 0, 1000),
  requestLimit: limitSchema('requestLimit', 1, 100_000),
  costLimit: limitSchema('costLimit', 1, 10_000_000),
});

/** Every credential of the organization that a verification cache may hold: keys, clients and storage tokens. */
async function credentialsOf(db: Prisma.TransactionClient, organizationId: string): Promise<string[]> {
  const keys = await db.managementKey.findMany({ where: { organizationId }, select: { id: true } });
  const clients = await db.client.findMany({ where: { organizationId }, select: { id: true } });
  const storageTokens = await db.storageToken.findMany({ where: { organizationId, revokedAt: null }, select: { id: true } });
  return [...keys, ...clients, ...storageTokens].map(({ id }) => id);
}

/** Keys, clients and storage tokens carry their organization's budgets in the credential cache: every instance must read them again. */
async function forgetCachedBudgets(context: Context, organizationId: string) {
  await context.credentials.invalidateAll(await credentialsOf(context.prisma, organizationId));
}

/** What an organization may hold and spend; the platform operator's alone to change. */
export async function updateOrganizationLimits(context: Context, input: z.input<typeof organizationLimits>) {
  const { principal } = context.access;
  if (principal.kind !== 'OPERATOR' || !scopesGrant(principal.scopes, 'organization:write')) {
    throw forbidden('only the platform operator may change organization limits', 'an operator token with organization:write');
  }
  const { organizationId: given, ...limits } = parseInput(organizationLimits, input);
  const key = idOrNumber('Organization', given);
  const existing = key ? await context.prisma.organization.findUnique({ where: key, select: { id: true } }) : null;
  if (!existing) throw userError('NOT_FOUND', ['organizationId'], 'organization not found');
  const organizationId = existing.id;
  const changes = Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
  const organization = await audited(context, async (tx, audit) => {
    await audit({ organizationId, action: 'organization.update_limits', target: { type: 'Organization', id: organizationId }, changes });
    return tx.organization.update({ where: { id: organizationId }, data: changes });
  });
  await forgetCachedBudgets(context, organizationId);
  return { organization };
}
