import { clientVisibility } from '../../access/permissions.js';
import { MAX_GRACE_PERIOD_SECONDS } from '../../access/rotation.js';
import type { Client as ClientRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Organization } from '../organization/schema.js';
import { Project } from '../project/schema.js';
import { createClient, deleteClient, rotateClientSecret, updateClient } from './service.js';

export const ClientTypeEnum = builder.enumType('ClientType', {
  values: {
    READ: { description: 'Reads analytics data of its project.' },
    WRITE: { description: 'Sends events to its project.' },
    ROOT: { description: 'Manages its organization through the management API.' },
  },
});

export const Client = builder.prismaNode('Client', {
  id: { field: 'id' },
  select: { id: true, organizationId: true, projectId: true },
  description: 'An API client. Its secret is shown once, by the mutation that created or rotated it.',
  authScopes: (client) => ({
    permission: { permission: 'client:read', organizationId: client.organizationId, projectId: client.projectId },
  }),
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.expose('type', { type: ClientTypeEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    project: t.relation('project', { nullable: true, description: 'Null for an organization-wide client.' }),
    organization: t.relation('organization'),
  }),
});

const clientOrder = () => ({ orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] });

builder.prismaObjectField(Organization, 'clients', (t) =>
  t.relatedConnection('clients', {
    cursor: 'id',
    nullable: true,
    description: 'Every client of the organization that the caller may see, project-bound or organization-wide.',
    authScopes: (organization) => ({ permission: { permission: 'client:read', organizationId: organization.id } }),
    query: (_args, context) => ({ where: clientVisibility(context.access.principal), ...clientOrder() }),
  }),
);

builder.prismaObjectField(Project, 'clients', (t) =>
  t.relatedConnection('clients', {
    cursor: 'id',
    nullable: true,
    authScopes: (project) => ({
      permission: { permission: 'client:read', organizationId: project.organizationId, projectId: project.id },
    }),
    query: clientOrder,
  }),
);

const clientResult = <Result extends { client: ClientRow }>(t: PayloadFieldBuilder<Result>) => ({
  client: t.field({ type: Client, nullable: true, resolve: (payload) => payload.client }),
});

const clientWithSecret = (t: PayloadFieldBuilder<{ client: ClientRow; clientSecret: string }>) => ({
  ...clientResult(t),
  clientSecret: t.string({
    nullable: true,
    description: 'Shown only here: Steward keeps just a digest.',
    resolve: (payload) => payload.clientSecret,
  }),
});

defineMutation('createClient', {
  description: 'Creates a client; its secret is returned once.',
  rateLimit: { max: 30, windowSeconds: 3600 },
  input: (t) => ({
    organizationId: t.id(),
    projectId: t.id({ required: false, description: 'Leave out for an organization-wide client.' }),
    name: t.string(),
    type: t.field({ type: ClientTypeEnum }),
  }),
  payload: clientWithSecret,
  resolve: (input, context) => createClient(context, input),
});

defineMutation('updateClient', {
  input: (t) => ({ id: t.id(), name: t.string({ required: false, description: 'Left out: the name stays.' }) }),
  payload: clientResult,
  resolve: (input, context) => updateClient(context, input),
});

defineMutation('rotateClientSecret', {
  description: 'Replaces the client secret; the old one keeps working for the grace period (none by default).',
  rateLimit: { max: 10, windowSeconds: 3600 },
  input: (t) => ({
    id: t.id(),
    gracePeriodSeconds: t.int({ required: false, description: `How long the old secret keeps working: 0 (default) to ${MAX_GRACE_PERIOD_SECONDS}.` }),
  }),
  payload: clientWithSecret,
  resolve: (input, context) => rotateClientSecret(context, input),
});

defineMutation('deleteClient', {
  input: (t) => ({ id: t.id() }),
  payload: removedId('deletedClientId'),
  resolve: (input, context) => deleteClient(context, input.id),
});
