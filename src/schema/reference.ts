import { z } from 'zod';
import { projectVisibility } from '../auth/access.js';
import type { Context } from '../context.js';
import { auditedTransaction } from '../domain/audit.js';
import { isIdOf, newId } from '../domain/ids.js';
import { existingProject } from '../domain/projects.js';
import type { Reference as ReferenceRow } from '../generated/prisma/client.js';
import { builder } from './builder.js';
import { authorize, authorizeIn, payloadType, userError, validate } from './errors.js';
import { Organization } from './organization.js';
import { findProjectTarget, Project } from './project.js';

export const Reference = builder.prismaNode('Reference', {
  id: { field: 'id' },
  description: 'A dated annotation on a project, such as a release or a campaign start.',
  authScopes: (reference) => ({
    permission: { permission: 'reference:read', organizationId: reference.organizationId, projectId: reference.projectId },
  }),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    date: t.expose('date', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    project: t.relation('project'),
  }),
});

builder.prismaObjectField(Project, 'references', (t) =>
  t.relatedConnection('references', {
    cursor: 'id',
    nullable: true,
    description: 'Newest date first.',
    authScopes: (project) => ({
      permission: { permission: 'reference:read', organizationId: project.organizationId, projectId: project.id },
    }),
    query: () => ({ orderBy: [{ date: 'desc' }, { id: 'asc' }] }),
  }),
);

builder.prismaObjectField(Organization, 'references', (t) =>
  t.relatedConnection('references', {
    cursor: 'id',
    nullable: true,
    description: "Every reference of the organization's projects that the caller may see, deleted projects within their retention window included; newest date first.",
    authScopes: (organization) => ({ permission: { permission: 'reference:read', organizationId: organization.id } }),
    query: (_args, context) => ({
      where: { project: { AND: [projectVisibility(context.access.principal, 'reference:read'), existingProject()] } },
      orderBy: [{ date: 'desc' }, { id: 'asc' }],
    }),
  }),
);

export async function findReferenceTarget(context: Context, id: string) {
  if (!isIdOf('Reference', id)) return null;
  return context.prisma.reference.findFirst({
    where: { id, project: existingProject() },
    select: { organizationId: true, projectId: true },
  });
}

const title = z.string().trim().min(1, 'title must not be empty').max(200, 'title must be at most 200 characters');
const description = z.string().max(2000, 'description must be at most 2000 characters');

const referencePayload = (name: string) =>
  payloadType<{ reference: ReferenceRow }>(name, (t) => ({
    reference: t.field({ type: Reference, nullable: true, resolve: (payload) => payload.reference }),
  }));

const CreateReferenceInput = builder.inputType('CreateReferenceInput', {
  fields: (t) => ({
    projectId: t.id(),
    title: t.string(),
    description: t.string({ required: false }),
    date: t.field({ type: 'DateTime' }),
  }),
});

const UpdateReferenceInput = builder.inputType('UpdateReferenceInput', {
  fields: (t) => ({
    id: t.id(),
    title: t.string({ required: false }),
    description: t.string({ required: false, description: 'null clears it.' }),
    date: t.field({ type: 'DateTime', required: false }),
  }),
});

const DeleteReferenceInput = builder.inputType('DeleteReferenceInput', { fields: (t) => ({ id: t.id() }) });

builder.mutationFields((t) => ({
  createReference: t.field({
    nullable: true,
    type: referencePayload('CreateReferencePayload'),
    args: { input: t.arg({ type: CreateReferenceInput }) },
    resolve: async (_root, { input }, context) => {
      const schema = z.object({ projectId: z.string(), title, description: description.nullish(), date: z.date() });
      const { data, userErrors } = validate(schema, input);
      if (userErrors) return { userErrors };
      const target = await findProjectTarget(context, data.projectId);
      if (!(await authorize(context, 'reference:read', target))) return userError('NOT_FOUND', ['projectId'], 'project not found');
      await authorizeIn(context, 'reference:write', target!);
      const reference = await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        const located = { ...data, projectId: target!.projectId };
        const created = await tx.reference.create({ data: { ...located, id: newId('Reference'), organizationId: target!.organizationId } });
        await audit({ organizationId: target!.organizationId, action: 'reference.create', target: { type: 'Reference', id: created.id }, changes: located });
        return created;
      });
      return { reference, userErrors: [] };
    },
  }),
  updateReference: t.field({
    nullable: true,
    type: referencePayload('UpdateReferencePayload'),
    args: { input: t.arg({ type: UpdateReferenceInput }) },
    resolve: async (_root, { input }, context) => {
      const schema = z.object({ id: z.string(), title: title.nullish(), description: description.nullish(), date: z.date().nullish() });
      const { data, userErrors } = validate(schema, input);
      if (userErrors) return { userErrors };
      const target = await findReferenceTarget(context, data.id);
      if (!(await authorize(context, 'reference:write', target))) return userError('NOT_FOUND', ['id'], 'reference not found');
      const changes = {
        title: data.title ?? undefined,
        date: data.date ?? undefined,
        description: 'description' in input ? (data.description ?? null) : undefined,
      };
      const reference = await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        await audit({ organizationId: target!.organizationId, action: 'reference.update', target: { type: 'Reference', id: data.id }, changes });
        return tx.reference.update({ where: { id: data.id }, data: changes });
      });
      return { reference, userErrors: [] };
    },
  }),
  deleteReference: t.field({
    nullable: true,
    type: payloadType<{ deletedReferenceId: string }>('DeleteReferencePayload', (t) => ({
      deletedReferenceId: t.id({ nullable: true, resolve: (payload) => payload.deletedReferenceId }),
    })),
    args: { input: t.arg({ type: DeleteReferenceInput }) },
    resolve: async (_root, { input }, context) => {
      const id = String(input.id);
      const target = await findReferenceTarget(context, id);
      if (!(await authorize(context, 'reference:write', target))) return userError('NOT_FOUND', ['id'], 'reference not found');
      await auditedTransaction(context.prisma, context.access.principal, async (tx, audit) => {
        const removed = await tx.reference.delete({ where: { id } });
        await audit({ organizationId: target!.organizationId, action: 'reference.delete', target: { type: 'Reference', id }, changes: { title: removed.title } });
      });
      return { deletedReferenceId: id, userErrors: [] };
    },
  }),
}));
