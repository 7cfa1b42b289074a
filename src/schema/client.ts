import { z } from 'zod';
import { clientVisibility, type Target } from '../auth/access.js';
import { issueToken } from '../auth/tokens.js';
import type { Context } from '../context.js';
import { auditedTransaction } from '../domain/audit.js';
import { createClient, gracePeriodEnd, gracePeriodInput, MAX_GRACE_PERIOD_SECONDS } from '../domain/credentials.js';
import { isIdOf } from '../domain/ids.js';
import type { Client as ClientRow } from '../generated/prisma/client.js';
import { fieldRateLimit } from '../guards/field-limits.js';
import { builder } from './builder.js';
import { authorize, authorizeIn, payloadType, userError, validate } from './errors.js';
import { findOrganizationTarget, Organization } from './organization.js';
import { findProjectTarget, Project } from './project.js';

export const ClientTypeEnum = builder.enumType('ClientType', {
  values: {
    READ: { description: 'Reads analytics data of its project.' },
    WRITE: { description: 'Sends events to its project.' },
    ROOT: { description: 'Manages its organization through the management API.' },
  },
});

export const Client = builder.prismaNode('Client', {
  id: { field: 'id' },
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

async function findClientTarget(context: Context, id: string) {
  if (!isIdOf('Client', id)) return null;
  const client = await context.prisma.client.findUnique({ where: { id }, select: { organizationId: true, projectId: true } });
  return client;
}

const clientWithSecretPayload = (name: string) =>
  payloadType<{ client: ClientRow; clientSecret: string }>(name, (t) => ({
    client: t.field({ type: Client, nullable: true, resolve: (payload) => payload.client }),
    clientSecret: t.string({
      nullable: true,
      description: 'Shown only here: Steward keeps just a digest.',
      resolve: (payload) => payload.clientSecret,
    }),
  }));

const CreateClientInput = builder.inputType('CreateClientInput', {
  fields: (t) => ({
    organizationId: t.id(),
    projectId: t.id({ required: false, description: 'Leave out for an organization-wide client.' }),
    name: t.string(),
    type: t.field({ type: ClientTypeEnum }),
  }),
});

const UpdateClientInput = builder.inputType('UpdateClientInput', {
  fields: (t) => ({ id: t.id(), name: t.string({ required: false, description: 'Left out: the name stays.' }) }),
});
const RotateClientSecretInput = builder.inputType('RotateClientSecretInput', {
  fields: (t) => ({
    id: t.id(),
    gracePeriodSeconds: t.int({ required: false, description: `How long the old secret keeps working: 0 (default) to ${MAX_GRACE_PERIOD_SECONDS}.` }),
  }),
});
const ClientIdInput = (name: string) => builder.inputType(name, { fields: (t) => ({ id: t.id() }) });

const clientName = z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters');

builder.mutationFields((t) => ({
  createClient: t.field({
    nullable: true,
    extensions: fieldRateLimit(30, 3600),
    type: clientWithSecretPayload('CreateClientPayload'),
    description: 'Creates a client; its secret is returned once.',
    args: { input: t.arg({ type: CreateClientInput }) },
    resolve: async (_root, { input }, context) => {
      const schema = z.object({
        organizationId: z.string(),
        projectId: z.string().nullish(),
        name: clientName,
        type: z.enum(['READ', 'WRITE', 'ROOT']),
      });
      const { data, userErrors } = validate(schema, input);
      if (userErrors) return { userErrors };
      if (data.type === 'ROOT' && data.projectId) {
        return userError('INVALID', ['projectId'], 'a ROOT client is organization-wide: leave out projectId');
      }
      const organization = await findOrganizationTarget(context, data.organizationId);
      if (!(await authorize(context, 'organization:read', organization))) {
        return userError('NOT_FOUND', ['organizationId'], 'organization not found');
      }
      let target: Target = organization!;
      if (data.projectId) {
        const project = await findProjectTarget(context, data.projectId);
        if (project?.organizationId !== data.organizationId || !(await authorize(context, 'project:read', project))) {
          return userError('NOT_FOUND', ['projectId'], 'project not found in this organization');
        }
        target = project;
      }
      await authorizeIn(context, 'client:write', target);
      const { client, secret } = await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        const projectId = target.projectId ?? null;
        const created = await createClient(tx, { ...data, projectId });
        const changes = { name: data.name, type: data.type, projectId };
        await audit({ organizationId: data.organizationId, action: 'client.create', target: { type: 'Client', id: created.client.id }, changes });
        return created;
      });
      return { client, clientSecret: secret, userErrors: [] };
    },
  }),
  updateClient: t.field({
    nullable: true,
    type: payloadType<{ client: ClientRow }>('UpdateClientPayload', (t) => ({
      client: t.field({ type: Client, nullable: true, resolve: (payload) => payload.client }),
    })),
    args: { input: t.arg({ type: UpdateClientInput }) },
    resolve: async (_root, { input }, context) => {
      const { data, userErrors } = validate(z.object({ id: z.string(), name: clientName.nullish() }), input);
      if (userErrors) return { userErrors };
      const target = await findClientTarget(context, data.id);
      if (!(await authorize(context, 'client:write', target))) return userError('NOT_FOUND', ['id'], 'client not found');
      const changes = { name: data.name ?? undefined };
      const client = await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        await audit({ organizationId: target!.organizationId, action: 'client.update', target: { type: 'Client', id: data.id }, changes });
        return tx.client.update({ where: { id: data.id }, data: changes });
      });
      return { client, userErrors: [] };
    },
  }),
  rotateClientSecret: t.field({
    nullable: true,
    extensions: fieldRateLimit(10, 3600),
    type: clientWithSecretPayload('RotateClientSecretPayload'),
    description: 'Replaces the client secret; the old one keeps working for the grace period (none by default).',
    args: { input: t.arg({ type: RotateClientSecretInput }) },
    resolve: async (_root, { input }, context) => {
      const { data, userErrors } = validate(z.object({ id: z.string(), gracePeriodSeconds: gracePeriodInput }), input);
      if (userErrors) return { userErrors };
      const target = await findClientTarget(context, data.id);
      if (!(await authorize(context, 'client:write', target))) return userError('NOT_FOUND', ['id'], 'client not found');
      const secret = issueToken('clientSecret');
      const client = await context.credentials.change(data.id, () =>
        auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
          const current = await tx.client.findUniqueOrThrow({ where: { id: data.id } });
          const previousSecretExpiresAt = gracePeriodEnd(data.gracePeriodSeconds);
          await audit({ organizationId: target!.organizationId, action: 'client.rotate_secret', target: { type: 'Client', id: data.id }, changes: { gracePeriodSeconds: data.gracePeriodSeconds } });
          return tx.client.update({
            where: { id: data.id },
            data: { secretDigest: secret.digest, previousSecretDigest: previousSecretExpiresAt && current.secretDigest, previousSecretExpiresAt },
          });
        }),
      );
      return { client, clientSecret: secret.token, userErrors: [] };
    },
  }),
  deleteClient: t.field({
    nullable: true,
    type: payloadType<{ deletedClientId: string }>('DeleteClientPayload', (t) => ({
      deletedClientId: t.id({ nullable: true, resolve: (payload) => payload.deletedClientId }),
    })),
    args: { input: t.arg({ type: ClientIdInput('DeleteClientInput') }) },
    resolve: async (_root, { input }, context) => {
      const id = String(input.id);
      const target = await findClientTarget(context, id);
      if (!(await authorize(context, 'client:write', target))) return userError('NOT_FOUND', ['id'], 'client not found');
      await context.credentials.change(id, () =>
        auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
          const removed = await tx.client.delete({ where: { id } });
          await audit({ organizationId: target!.organizationId, action: 'client.delete', target: { type: 'Client', id }, changes: { name: removed.name } });
        }),
      );
      return { deletedClientId: id, userErrors: [] };
    },
  }),
}));
