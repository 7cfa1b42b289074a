import type { Organization as OrganizationRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import '../maintainer/schema.js';
import { createOrganization, deleteOrganization, readOrganization, updateOrganization, updateOrganizationLimits } from './service.js';

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
    maintainer: t.relation('maintainer', {
      nullable: true,
      description: "Null without one; null with FORBIDDEN at this path for callers who may not read the maintainer (the organization itself still reads).",
    }),
    allowAutoJoin: t.exposeBoolean('allowAutoJoin', {
      description: 'Members of its maintainer and the platform operator may join its projects directly (else they request access).',
    }),
    mfaRequired: t.exposeBoolean('mfaRequired'),
    crmId: t.exposeString('crmId', {
      nullable: true,
      description: 'A CRM reference: visible to OWNERs and ADMINs (organization:write), members of its maintainer and the operator.',
      authScopes: (organization) => ({
        permission: { permission: 'organization:write', organizationId: organization.id },
        ...(organization.maintainerId ? { maintainer: organization.maintainerId } : {}),
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    description: 'The organizations the caller belongs to.',
    resolve: (query, _root, _args, context) =>
      context.prisma.organization.findMany({ ...query, where: context.access.organizationsWhere(), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
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
  description:
    "Creates an organization with the calling user as its OWNER. Under a maintainer (its id or number), only the maintainer's members or the operator with maintainer:write may; crmId only there.",
  input: (t) => ({ name: t.string(), maintainerId: t.id({ required: false }), crmId: t.string({ required: false }) }),
  payload: organizationResult,
  resolve: (input, context) => createOrganization(context, input),
});

defineMutation('updateOrganization', {
  description:
    "name, allowAutoJoin and mfaRequired need organization:write (OWNER, ADMIN); crmId, a member of the organization's maintainer or the operator; maintainerId (null: none) moves it, for members of both maintainers or the operator with maintainer:write.",
  input: (t) => ({
    id: t.id(),
    name: t.string({ required: false }),
    allowAutoJoin: t.boolean({ required: false }),
    mfaRequired: t.boolean({ required: false }),
    crmId: t.string({ required: false, description: 'Null or empty removes it.' }),
    maintainerId: t.id({ required: false, description: 'The maintainer to move to (id or number); null leaves every maintainer.' }),
  }),
  payload: organizationResult,
  resolve: (input, context) => updateOrganization(context, input),
});

defineMutation('deleteOrganization', {
  description:
    'Deletes an organization with its members, keys, clients, invitations and metadata. Its OWNER or the operator with organization:write; refused (HAS_PROJECTS) while it has projects that are not deleted.',
  input: (t) => ({ id: t.id() }),
  payload: removedId('deletedOrganizationId'),
  resolve: (input, context) => deleteOrganization(context, input),
});
