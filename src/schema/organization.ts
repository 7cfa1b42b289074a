import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { scopesGrant, type Target } from '../auth/access.js';
import type { Context } from '../context.js';
import { auditedTransaction } from '../domain/audit.js';
import { createOrganization } from '../domain/organizations.js';
import { isIdOf } from '../domain/ids.js';
import type { Organization as OrganizationRow } from '../generated/prisma/client.js';
import { builder } from './builder.js';
import { authorize, notFoundError, payloadType, userError, validate } from './errors.js';

export const Organization = builder.prismaNode('Organization', {
  id: { field: 'id' },
  authScopes: (organization) => ({ permission: { permission: 'organization:read', organizationId: organization.id } }),
  fields: (t) => ({
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    managementKeyLimit: t.int({
      description: 'How many active management keys the organization may hold.',
      select: { managementKeyLimit: true },
      resolve: (organization, _args, context) => organization.managementKeyLimit ?? context.managementKeyLimit,
    }),
    requestLimit: t.int({
      description: 'Requests each of its management keys and clients may make per rate-limit window.',
      select: { requestLimit: true },
      resolve: (organization, _args, context) => organization.requestLimit ?? context.limits.options.requests,
    }),
    costLimit: t.int({
      description: 'Cost points each of its management keys and clients may spend per rate-limit window.',
      select: { costLimit: true },
      resolve: (organization, _args, context) => organization.costLimit ?? context.limits.options.cost,
    }),
    rateLimitWindowSeconds: t.int({ resolve: (_organization, _args, context) => context.limits.options.windowSeconds }),
  }),
});

/**
 * The organization as a place to authorize in, or null when the id names none. A user's membership
 * or a key's own organization proves it exists; the operator's scopes do not, so it is read.
 */
export async function findOrganizationTarget(context: Context, id: string): Promise<Target | null> {
  if (!isIdOf('Organization', id)) return null;
  if (context.access.principal.kind !== 'OPERATOR') return { organizationId: id };
  const organization = await context.prisma.organization.findUnique({ where: { id }, select: { id: true } });
  return organization && { organizationId: organization.id };
}

export const organizationName = z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters');

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    description: 'The organizations the caller belongs to.',
    resolve: (query, _root, _args, context) =>
      context.prisma.organization.findMany({ ...query, where: context.access.organizationsWhere(), orderBy: { createdAt: 'asc' } }),
  }),
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, context) => {
      const organization = isIdOf('Organization', id)
        ? await context.prisma.organization.findUnique({ ...query, where: { id } })
        : null;
      if (!(await authorize(context, 'organization:read', organization && { organizationId: organization.id }))) {
        throw notFoundError('organization');
      }
      return organization;
    },
  }),
}));

const CreateOrganizationInput = builder.inputType('CreateOrganizationInput', {
  fields: (t) => ({ name: t.string() }),
});

const organizationPayload = (name: string) =>
  payloadType<{ organization: OrganizationRow }>(name, (t) => ({
    organization: t.field({ type: Organization, nullable: true, resolve: (payload) => payload.organization }),
  }));

const UpdateOrganizationInput = builder.inputType('UpdateOrganizationInput', {
  fields: (t) => ({ id: t.id(), name: t.string({ required: false }) }),
});

const UpdateOrganizationLimitsInput = builder.inputType('UpdateOrganizationLimitsInput', {
  fields: (t) => ({
    organizationId: t.id(),
    managementKeyLimit: t.int({ required: false, description: 'Active management keys allowed; null returns to the default, absent keeps it.' }),
    requestLimit: t.int({ required: false, description: 'Requests per rate-limit window for each key and client; null returns to the default, absent keeps it.' }),
    costLimit: t.int({ required: false, description: 'Cost points per rate-limit window for each key and client; null returns to the default, absent keeps it.' }),
  }),
});

function limitSchema(field: string, minimum: number, maximum: number) {
  return z.number().int().min(minimum, `${field} must be at least ${minimum}`).max(maximum, `${field} must be at most ${maximum}`).nullish();
}

/** Keys and clients carry their organization's budgets in the credential cache: every instance must read them again. */
async function forgetCachedBudgets(context: Context, organizationId: string) {
  const [keys, clients] = await Promise.all([
    context.prisma.managementKey.findMany({ where: { organizationId }, select: { id: true } }),
    context.prisma.client.findMany({ where: { organizationId }, select: { id: true } }),
  ]);
  await Promise.all([...keys, ...clients].map(({ id }) => context.credentials.invalidate(id)));
}

builder.mutationFields((t) => ({
  updateOrganizationLimits: t.field({
    nullable: true,
    type: organizationPayload('UpdateOrganizationLimitsPayload'),
    description: 'Changes what an organization may hold. Only the platform operator may.',
    args: { input: t.arg({ type: UpdateOrganizationLimitsInput }) },
    resolve: async (_root, { input }, context) => {
      const { principal } = context.access;
      if (principal.kind !== 'OPERATOR' || !scopesGrant(principal.scopes, 'organization:write')) {
        throw new GraphQLError('only the platform operator may change organization limits', {
          extensions: { code: 'FORBIDDEN', requires: 'an operator token with organization:write' },
        });
      }
      const schema = z.object({
        organizationId: z.string(),
        managementKeyLimit: limitSchema('managementKeyLimit', 0, 1000),
        requestLimit: limitSchema('requestLimit', 1, 100_000),
        costLimit: limitSchema('costLimit', 1, 10_000_000),
      });
      const { data, userErrors } = validate(schema, input);
      if (userErrors) return { userErrors };
      const existing = isIdOf('Organization', data.organizationId)
        ? await context.prisma.organization.findUnique({ where: { id: data.organizationId }, select: { id: true } })
        : null;
      if (!existing) return userError('NOT_FOUND', ['organizationId'], 'organization not found');
      const { organizationId, ...limits } = data;
      const changes = Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
      const organization = await auditedTransaction(context.prisma, principal, async (tx, audit) => {
        await audit({ organizationId, action: 'organization.update_limits', target: { type: 'Organization', id: organizationId }, changes });
        return tx.organization.update({ where: { id: organizationId }, data: changes });
      });
      await forgetCachedBudgets(context, organizationId);
      return { organization, userErrors: [] };
    },
  }),
  createOrganization: t.field({
    nullable: true,
    type: organizationPayload('CreateOrganizationPayload'),
    description: 'Creates an organization with the calling user as its OWNER.',
    args: { input: t.arg({ type: CreateOrganizationInput }) },
    resolve: async (_root, { input }, context) => {
      const userId = context.access.userId;
      if (!userId) return userError('INVALID', [], 'only a user (personal access token) can create organizations');
      const { data, userErrors } = validate(z.object({ name: organizationName }), input);
      if (userErrors) return { userErrors };
      const organization = await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        const created = await createOrganization(tx, data.name, userId);
        await audit({ organizationId: created.id, action: 'organization.create', target: { type: 'Organization', id: created.id }, changes: data });
        return created;
      });
      return { organization, userErrors: [] };
    },
  }),
  updateOrganization: t.field({
    nullable: true,
    type: organizationPayload('UpdateOrganizationPayload'),
    args: { input: t.arg({ type: UpdateOrganizationInput }) },
    resolve: async (_root, { input }, context) => {
      const { data, userErrors } = validate(z.object({ id: z.string(), name: organizationName.optional() }), input);
      if (userErrors) return { userErrors };
      const target = await findOrganizationTarget(context, data.id);
      if (!(await authorize(context, 'organization:write', target))) {
        return userError('NOT_FOUND', ['id'], 'organization not found');
      }
      const { id, ...changes } = data;
      const organization = await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        await audit({ organizationId: id, action: 'organization.update', target: { type: 'Organization', id }, changes });
        return tx.organization.update({ where: { id }, data: changes });
      });
      return { organization, userErrors: [] };
    },
  }),
}));
