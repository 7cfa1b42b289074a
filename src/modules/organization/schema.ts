import type { Organization as OrganizationRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { createOrganization, readOrganization, updateOrganization, updateOrganizationLimits } from './service.js';

export const Organization = builder.prismaNode('Organization', {
  id: { field: 'id' },
  authScopes: (organization, context) =>
    context.access.isReachedThrough(organization) || { permission: { permission: 'organization:read', organizationId: organization.id } },
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
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
    resolve: (query, _root, { id }, context) => readOrganization(context, id, query),
  }),
}));

const organizationResult = (t: PayloadFieldBuilder<{ organization: OrganizationRow }>) => ({
  organization: t.field({ type: Organization, nullable: true, resolve: (payload) => payload.organization }),
});

defineMutation('updateOrganizationLimits', {
  description: 'Changes what an organization may hold. Only the platform operator may.',
  input: (t) => ({
    organizationId: t.id(),
    managementKeyLimit: t.int({ required: false, description: 'Active management keys allowed; null returns to the default, absent keeps it.' }),
    requestLimit: t.int({ required: false, description: 'Requests per rate-limit window for each key and client; null returns to the default, absent keeps it.' }),
    costLimit: t.int({ required: false, description: 'Cost points per rate-limit window for each key and client; null returns to the default, absent keeps it.' }),
  }),
  payload: organizationResult,
  resolve: (input, context) => updateOrganizationLimits(context, input),
});

defineMutation('createOrganization', {
  description: 'Creates an organization with the calling user as its OWNER.',
  input: (t) => ({ name: t.string() }),
  payload: organizationResult,
  resolve: (input, context) => createOrganization(context, input),
});

defineMutation('updateOrganization', {
  input: (t) => ({ id: t.id(), name: t.string({ required: false }) }),
  payload: organizationResult,
  resolve: (input, context) => updateOrganization(context, input),
});
