import { z } from 'zod';
import { scopesGrant, type Target } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber, newId } from '../../db/ids.js';
import { forbidden, notFound, parseInput, userError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { audited } from '../audit/service.js';

const organizationName = z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters');

export async function insertOrganization(tx: Prisma.TransactionClient, name: string, ownerUserId: string) {
  return tx.organization.create({
    data: {
      id: newId('Organization'),
      name,
      members: { create: { id: newId('OrganizationMember'), userId: ownerUserId, role: 'OWNER' } },
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

export async function createOrganization(context: Context, input: { name: string }) {
  const userId = context.access.userId;
  if (!userId) throw userError('INVALID', [], 'only a user (personal access token) can create organizations');
  const data = parseInput(z.object({ name: organizationName }), input);
  const organization = await audited(context, async (tx, audit) => {
    const created = await insertOrganization(tx, data.name, userId);
    await audit({ organizationId: created.id, action: 'organization.create', target: { type: 'Organization', id: created.id }, changes: data });
    return created;
  });
  return { organization };
}

export async function updateOrganization(context: Context, input: { id: string; name?: string | null }) {
  const { id: given, ...changes } = parseInput(z.object({ id: z.string(), name: organizationName.optional() }), input);
  const { organizationId: id } = await context.access.authorizeOrNotFound('organization:write', await findOrganizationTarget(context, given), 'organization');
  const organization = await audited(context, async (tx, audit) => {
    await audit({ organizationId: id, action: 'organization.update', target: { type: 'Organization', id }, changes });
    return tx.organization.update({ where: { id }, data: changes });
  });
  return { organization };
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

/** Keys and clients carry their organization's budgets in the credential cache: every instance must read them again. */
async function forgetCachedBudgets(context: Context, organizationId: string) {
  const [keys, clients, storageTokens] = await Promise.all([
    context.prisma.managementKey.findMany({ where: { organizationId }, select: { id: true } }),
    context.prisma.client.findMany({ where: { organizationId }, select: { id: true } }),
    context.prisma.storageToken.findMany({ where: { organizationId, revokedAt: null }, select: { id: true } }),
  ]);
  await Promise.all([...keys, ...clients, ...storageTokens].map(({ id }) => context.credentials.invalidate(id)));
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
